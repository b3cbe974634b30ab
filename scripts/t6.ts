import { readFileSync } from 'node:fs';
import { cleanText } from '../src/lib/core/generate/clean';
import { tokenize } from '../src/lib/core/generate/doc';
import { splitSentences } from '../src/lib/core/generate/sentences';
const clean = cleanText(readFileSync(process.argv[2], 'utf8'));
const doc = tokenize(clean, splitSentences(clean.text));
for (const s of doc.sentences) if (s.text.includes(process.argv[3])) console.log(JSON.stringify(s.text));
