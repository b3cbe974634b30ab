// Shared by generate.ts and decks.ts: read an article, generate its three decks, write them
// atomically (temp files renamed only after all three are written).

import { createHash } from 'node:crypto';
import { decodeUtf8 } from '../../src/lib/core/text/utf8';
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import {
	generateDecks,
	type GeneratedDecks,
	type Language
} from '../../src/lib/core/generate/index';

export class InputError extends Error {}

const KINDS = ['dates', 'actors', 'positions'] as const;

/** The deck JSON exactly as shipped: 2-space indent, trailing newline. */
export function deckJson(deck: unknown): string {
	return JSON.stringify(deck, null, 2) + '\n';
}

export function readArticle(path: string): { text: string; sha256: string } {
	if (!existsSync(path) || !statSync(path).isFile()) throw new InputError(`no such file: ${path}`);
	const bytes = readFileSync(path);
	if (bytes.length === 0) throw new InputError(`the file is empty: ${path}`);
	const text = decodeUtf8(bytes);
	if (text === null) throw new InputError(`the file is not valid UTF-8: ${path}`);
	if (!text.trim()) throw new InputError(`the file has no text: ${path}`);
	return {
		text: text.replace(/^\uFEFF/, ''),
		sha256: createHash('sha256').update(bytes).digest('hex')
	};
}

/** Generate the decks of one article (no files written). `root` makes the recorded path relative. */
export function generateFor(
	path: string,
	language: Language,
	root = process.cwd()
): { name: string; decks: GeneratedDecks } {
	const { text, sha256 } = readArticle(path);
	const name = basename(path).replace(/\.txt$/i, '');
	const file = relative(root, path).split('\\').join('/');
	try {
		return { name, decks: generateDecks({ text, name, file, sha256, language }) };
	} catch (e) {
		if (e instanceof Error && e.name === 'NoFactsError')
			throw new InputError(`no facts could be extracted from ${path}: ${e.message}`);
		throw e;
	}
}

/** Write the three decks to `<out>/<name>.<kind>.json`; nothing is left half-written on failure. */
export function writeDecks(name: string, decks: GeneratedDecks, out: string): string[] {
	const targets = KINDS.map((k) => join(out, `${name}.${k}.json`));
	const temps = targets.map((t) => `${t}.tmp-${process.pid}`);
	try {
		KINDS.forEach((k, i) => writeFileSync(temps[i], deckJson(decks[k])));
		targets.forEach((t, i) => renameSync(temps[i], t));
	} catch (e) {
		for (const t of temps) rmSync(t, { force: true });
		throw e;
	}
	return KINDS.map((k, i) => `${k}: ${decks[k].cards.length} cards -> ${targets[i]}`);
}
