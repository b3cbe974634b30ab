// npm run bench:persons [-- --verbose]: person extraction on the factRuEval-2016 development set.
// Recall and precision of nominative surnames over every Person chain, per text and pooled.

import { cleanText } from '../src/lib/core/generate/clean';
import { tokenize } from '../src/lib/core/generate/doc';
import { findPersons } from '../src/lib/core/generate/lang/ru/persons';
import { splitSentences } from '../src/lib/core/generate/sentences';
import { normSurname, readBenchmark, score, type Score } from './lib/factrueval';
import { nodeMorphology } from './lib/morphology-node';

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const dir = 'benchmarks/factrueval-2016-devset';
const morph = await nodeMorphology();
const texts = readBenchmark(dir);
const pooled: Score = { tp: 0, gold: 0, found: 0, missed: [], extra: [] };
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '100.0');
const t0 = performance.now();
for (const t of texts) {
	const clean = cleanText(t.text);
	const doc = tokenize(clean, splitSentences(clean.text));
	const persons = findPersons(doc, morph);
	const found = new Set(persons.map((p) => normSurname(p.surname)));
	const s = score(t.surnames, found);
	pooled.tp += s.tp;
	pooled.gold += s.gold;
	pooled.found += s.found;
	pooled.missed.push(...s.missed.map((m) => `${t.id}: ${t.written.get(m)}`));
	pooled.extra.push(...s.extra.map((m) => `${t.id}: ${m}`));
	if (verbose || s.missed.length || s.extra.length) {
		const line = `${t.id.padEnd(10)} recall ${pct(s.tp, s.gold).padStart(5)}% (${s.tp}/${s.gold})  precision ${pct(s.tp, s.found).padStart(5)}% (${s.tp}/${s.found})`;
		const miss = s.missed.length
			? `  missed: ${s.missed.map((m) => t.written.get(m)).join(', ')}`
			: '';
		const extra = s.extra.length ? `  extra: ${s.extra.join(', ')}` : '';
		console.log(line + (verbose ? miss + extra : ''));
	}
}
const ms = performance.now() - t0;
console.log(
	`\nfactRuEval-2016 dev, ${texts.length} texts: surname recall ${pct(pooled.tp, pooled.gold)}% (${pooled.tp}/${pooled.gold}), precision ${pct(pooled.tp, pooled.found)}% (${pooled.tp}/${pooled.found}); ${ms.toFixed(0)} ms`
);

// The same measure on the project's own history articles (their gold persons), and on the held-out
// set with --holdout (not to be read while tuning).
import { readdirSync, readFileSync } from 'node:fs';
const articleDirs = [
	'tests/articles',
	...(process.argv.includes('--holdout') ? ['tests/articles/holdout'] : [])
];
const art: Score = { tp: 0, gold: 0, found: 0, missed: [], extra: [] };
for (const d of articleDirs) {
	for (const f of readdirSync(d)
		.filter((x) => x.endsWith('.gold.json'))
		.sort()) {
		const gold = JSON.parse(readFileSync(`${d}/${f}`, 'utf8')) as {
			article: string;
			persons: { surname: string }[];
		};
		const clean = cleanText(readFileSync(gold.article, 'utf8'));
		const doc = tokenize(clean, splitSentences(clean.text));
		const found = new Set(findPersons(doc, morph).map((p) => normSurname(p.surname)));
		const s = score(new Set(gold.persons.map((p) => normSurname(p.surname))), found);
		art.tp += s.tp;
		art.gold += s.gold;
		art.found += s.found;
		console.log(
			`${f.replace('.gold.json', '').padEnd(40)} recall ${pct(s.tp, s.gold).padStart(5)}% (${s.tp}/${s.gold})  precision ${pct(s.tp, s.found).padStart(5)}% (${s.tp}/${s.found})` +
				(verbose ? `  missed: ${s.missed.join(', ')}  extra: ${s.extra.join(', ')}` : '')
		);
	}
}
console.log(
	`\nhistory articles (${articleDirs.join(', ')}): surname recall ${pct(art.tp, art.gold)}%, precision ${pct(art.tp, art.found)}%`
);
