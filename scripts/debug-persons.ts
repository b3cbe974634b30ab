// npx tsx scripts/debug-persons.ts <file>: anchors and persons found in one text (development aid).
import { readFileSync } from 'node:fs';
import { cleanText } from '../src/lib/core/generate/clean';
import { tokenize } from '../src/lib/core/generate/doc';
import { findPersons } from '../src/lib/core/generate/lang/ru/persons';
import { splitSentences } from '../src/lib/core/generate/sentences';
import { nodeMorphology } from './lib/morphology-node';

const morph = await nodeMorphology();
const clean = cleanText(readFileSync(process.argv[2], 'utf8'));
const doc = tokenize(clean, splitSentences(clean.text));
for (const p of findPersons(doc, morph))
	console.log(
		`${p.name} | ${p.surname} | ${p.gender} | ` +
			p.mentions.map((m) => `${m.rule}:${doc.text.slice(m.start, m.end)}`).join(', ')
	);
