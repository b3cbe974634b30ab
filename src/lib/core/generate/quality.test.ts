// The quality thresholds, per gold article in tests/articles/ (see evaluate.ts for how a
// card is matched to a gold item; `npm run eval -- -v` lists every miss).
//
// Thresholds the generator does not reach yet are listed in KNOWN_GAPS and run as `it.fails`:
// they stay visible in the test output, and the suite turns red when one starts to pass, so the
// list must then be shortened. Nothing here is loosened to make a figure look better.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, pct, type Gold } from './evaluate';
import { generateDecks } from './index';

const dir = 'tests/articles';
const golds = readdirSync(dir)
	.filter((f) => f.endsWith('.gold.json'))
	.sort();

/** "<article>:<check>" pairs below their threshold today. */
const KNOWN_GAPS = new Set<string>([]);

describe('quality against gold annotations', () => {
	it('has gold articles', () => expect(golds.length).toBeGreaterThan(0));
	for (const g of golds) {
		const name = g.replace(/\.gold\.json$/, '');
		const gold = JSON.parse(readFileSync(join(dir, g), 'utf8')) as Gold;
		const raw = readFileSync(gold.article, 'utf8');
		const d = generateDecks({ text: raw, name });
		const e = evaluate(gold, raw, [d.dates, d.actors, d.positions]);
		const check = (what: string, fn: () => void) =>
			(KNOWN_GAPS.has(`${name}:${what}`) ? it.fails : it)(`${name}: ${what}`, fn);
		describe(name, () => {
			check('dates', () => {
				expect(pct(e.dates), e.dates.missed.join('\n')).toBeGreaterThanOrEqual(95);
				expect(e.wrongYears).toEqual([]);
			});
			check('persons', () => {
				expect(e.persons.missed).toEqual([]);
				expect(e.nonPersons).toEqual([]);
			});
			check('posts', () =>
				expect(pct(e.posts), e.posts.missed.join('\n')).toBeGreaterThanOrEqual(90)
			);
			check('stances', () => expect(pct(e.stances)).toBeGreaterThanOrEqual(70));
			for (const kind of ['dates', 'actors', 'positions'] as const)
				check(`precision ${kind}`, () =>
					expect(
						pct(e.precision[kind]),
						e.precision[kind].missed.join('\n')
					).toBeGreaterThanOrEqual(95)
				);
		});
	}
});
