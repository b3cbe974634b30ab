// npm run generate -- <article.txt> --out <dir>
// Writes <dir>/<name>.dates.json, .actors.json, .positions.json and prints one line per deck.

import { existsSync, mkdirSync } from 'node:fs';
import type { Language } from '../src/lib/core/generate/index';
import { nodeLanguageFor } from './lib/language-node';
import { generateFor, InputError, readArticle, writeDecks } from './lib/generate-files';

/** The pack of the article's language (Russian or English); any error is generateFor's to tell. */
async function languageOf(path: string): Promise<Language> {
	try {
		return await nodeLanguageFor(readArticle(path).text);
	} catch {
		return nodeLanguageFor('');
	}
}

async function main(argv: string[]): Promise<number> {
	let input: string | undefined;
	let out = 'decks';
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--out') out = argv[++i];
		else if (argv[i] === '--help' || argv[i] === '-h') {
			console.log('usage: npm run generate -- <article.txt> --out <dir>');
			return 0;
		} else if (!input) input = argv[i];
		else {
			console.error(`generate: unexpected argument: ${argv[i]}`);
			return 1;
		}
	}
	if (!input || !out) {
		console.error('usage: npm run generate -- <article.txt> --out <dir>');
		return 1;
	}
	const language = await languageOf(input);
	try {
		const { name, decks } = generateFor(input, language);
		if (!existsSync(out)) mkdirSync(out, { recursive: true });
		for (const line of writeDecks(name, decks, out)) console.log(line);
		return 0;
	} catch (e) {
		if (e instanceof InputError) {
			console.error(`generate: ${e.message}`);
			return 1;
		}
		console.error(`generate: ${e instanceof Error ? e.message : String(e)}`);
		return 1;
	}
}

process.exitCode = await main(process.argv.slice(2));
