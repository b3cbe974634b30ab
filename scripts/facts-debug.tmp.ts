import { readFileSync } from 'node:fs';
import { createRussian } from '../src/lib/core/generate/lang/ru/index';
import { cleanText } from '../src/lib/core/generate/clean';
import { tokenize } from '../src/lib/core/generate/doc';
import { score } from '../src/lib/core/generate/select';
import { nodeMorphology } from './lib/morphology-node';
const lang = createRussian(await nodeMorphology());
const text = readFileSync(process.argv[2], 'utf8');
const clean = cleanText(text);
const sentences = lang.sentences(clean.text);
const doc = tokenize(clean, sentences, text);
const mentions = lang.mentions(doc, () => {});
const facts = lang.facts(doc, mentions, () => {});
const deck = process.argv[3];
for (const f of facts) for (const c of f.cards) if (!deck || c.deck === deck)
  console.log(score(f).toFixed(2), f.kind, f.weight, f.hedged ? 'H' : '', '|', c.front, '→', c.back);
