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
		const miss = s.missed.length ? `  missed: ${s.missed.map((m) => t.written.get(m)).join(', ')}` : '';
		const extra = s.extra.length ? `  extra: ${s.extra.join(', ')}` : '';
		console.log(line + (verbose ? miss + extra : ''));
	}
}
const ms = performance.now() - t0;
console.log(
	`\nfactRuEval-2016 dev, ${texts.length} texts: surname recall ${pct(pooled.tp, pooled.gold)}% (${pooled.tp}/${pooled.gold}), precision ${pct(pooled.tp, pooled.found)}% (${pooled.tp}/${pooled.found}); ${ms.toFixed(0)} ms`
);
