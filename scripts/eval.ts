// npm run eval [-- --verbose]: per gold article, recall and precision of the generated decks
// (definitions in src/lib/core/generate/evaluate.ts).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, pct, type Gold, type Ratio } from '../src/lib/core/generate/evaluate';
import { generateDecks } from '../src/lib/core/generate/index';

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const dir = 'tests/articles';
const golds = readdirSync(dir)
	.filter((f) => f.endsWith('.gold.json'))
	.sort();
const f = (r: Ratio) => `${pct(r).toFixed(1)}% (${r.hit}/${r.total})`;
for (const g of golds) {
	const gold = JSON.parse(readFileSync(join(dir, g), 'utf8')) as Gold;
	const raw = readFileSync(gold.article, 'utf8');
	const name = g.replace(/\.gold\.json$/, '');
	const d = generateDecks({ text: raw, name });
	const e = evaluate(gold, raw, [d.dates, d.actors, d.positions]);
	console.log(`\n## ${name}`);
	console.log(
		`dates:     recall ${f(e.dates)}, wrong years ${e.wrongYears.length}, precision ${f(e.precision.dates)}`
	);
	console.log(
		`actors:    persons ${f(e.persons)}, non-persons taken for persons ${e.nonPersons.length}, precision ${f(e.precision.actors)}`
	);
	console.log(
		`positions: posts ${f(e.posts)}, stances ${f(e.stances)}, precision ${f(e.precision.positions)}`
	);
	if (e.nonPersons.length) console.log(`  non-persons: ${e.nonPersons.join(', ')}`);
	if (e.extraPersons.length) console.log(`  persons not in gold: ${e.extraPersons.join(', ')}`);
	if (verbose) {
		const list = (title: string, xs: string[]) => {
			if (xs.length) console.log(`  ${title}:\n    ${xs.join('\n    ')}`);
		};
		list('missed dates', e.dates.missed);
		list('wrong years', e.wrongYears);
		list('missed persons', e.persons.missed);
		list('missed posts', e.posts.missed);
		list('missed stances', e.stances.missed);
		list('imprecise dates', e.precision.dates.missed);
		list('imprecise actors', e.precision.actors.missed);
		list('imprecise positions', e.precision.positions.missed);
	}
}
