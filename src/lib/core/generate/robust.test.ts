// The generator on pieces of real articles cut anywhere: every rule must cope with a text that
// starts or ends mid-sentence, on a date, a name or a treaty (an index before the first token
// crashed two rules once; only the e2e test of the browser's worker saw it). Seeded, so a failure
// names the piece that broke it.
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeRussian } from '../../../../scripts/lib/language-node';
import { seededRandom } from '../util/random';
import { generateDecks, NoFactsError, type Language } from './index';

let language: Language;
beforeAll(async () => {
	language = await nodeRussian();
});

const articles = readdirSync('tests/articles')
	.filter((f) => f.endsWith('.txt'))
	.map((f) => readFileSync(`tests/articles/${f}`, 'utf8'));

describe('the generator on pieces of articles', () => {
	it('makes decks or says it found nothing, for any piece', () => {
		const random = seededRandom(7);
		const failures: string[] = [];
		for (let k = 0; k < 150; k++) {
			const text = articles[Math.floor(random() * articles.length)];
			const start = Math.floor(random() * text.length);
			const piece = text.slice(start, start + 20 + Math.floor(random() * 600));
			try {
				generateDecks({ text: piece, name: 'p', language });
			} catch (e) {
				if (!(e instanceof NoFactsError))
					failures.push(`${(e as Error).message}: «${piece.slice(0, 80)}»`);
			}
		}
		expect(failures).toEqual([]);
	});
});
