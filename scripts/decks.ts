// npm run decks: regenerate the shipped decks in decks/ from every decks/sources/*.txt.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeLanguageFor } from './lib/language-node';
import { generateFor, writeDecks } from './lib/generate-files';

const sources = 'decks/sources';
const files = readdirSync(sources)
	.filter((f) => f.endsWith('.txt'))
	.sort();
if (!files.length) {
	console.error(`decks: no articles in ${sources}`);
	process.exitCode = 1;
}
for (const f of files) {
	try {
		// Each article with the pack of its language (an English article makes English decks).
		const language = await nodeLanguageFor(readFileSync(join(sources, f), 'utf8'));
		const { name, decks } = generateFor(join(sources, f), language);
		for (const line of writeDecks(name, decks, 'decks')) console.log(line);
	} catch (e) {
		console.error(`decks: ${f}: ${e instanceof Error ? e.message : String(e)}`);
		process.exitCode = 1;
	}
}
