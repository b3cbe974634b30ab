// npx tsx scripts/debug-facts.ts <article.txt> [kind]: every fact draft of the Russian pack before
// selection, with its kind, weight and cards (development aid).
import { readFileSync } from 'node:fs';
import { cleanText } from '../src/lib/core/generate/clean';
import { tokenize } from '../src/lib/core/generate/doc';
import { createRussian } from '../src/lib/core/generate/lang/ru/index';
import { nodeMorphology } from './lib/morphology-node';

const lang = createRussian(await nodeMorphology());
const text = readFileSync(process.argv[2], 'utf8');
const clean = cleanText(text);
const doc = tokenize(clean, lang.sentences(clean.text), text);
const facts = lang.facts(doc, lang.mentions(doc));
for (const f of facts) {
	if (process.argv[3] && f.kind !== process.argv[3] && !f.cards.some((c) => c.deck === process.argv[3]))
		continue;
	console.log(`[${f.kind} ${f.weight}] ${f.cards.map((c) => `${c.deck}: ${c.front} → ${c.back}`).join(' | ')}`);
}
