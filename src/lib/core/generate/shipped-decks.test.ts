// The decks committed in decks/ must be exactly what the generator makes now from
// decks/sources/: run `npm run decks` after changing the generator or an article.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeLanguageFor } from '../../../../scripts/lib/language-node';
import { deckJson, generateFor } from '../../../../scripts/lib/generate-files';

const sources = 'decks/sources';
const articles = readdirSync(sources).filter((f) => f.endsWith('.txt'));

describe('shipped decks', () => {
	it('has at least one source article', () => {
		expect(articles.length).toBeGreaterThan(0);
	});
	for (const f of articles) {
		it(`decks/ matches the generator for ${f} (run npm run decks)`, async () => {
			// Each article with the pack of its language, as npm run decks does.
			const language = await nodeLanguageFor(readFileSync(join(sources, f), 'utf8'));
			const { name, decks } = generateFor(join(sources, f), language);
			for (const kind of ['dates', 'actors', 'positions'] as const) {
				const path = join('decks', `${name}.${kind}.json`);
				expect(existsSync(path), `${path} is missing`).toBe(true);
				expect(readFileSync(path, 'utf8'), `${path} is stale`).toBe(deckJson(decks[kind]));
			}
		});
	}
});
