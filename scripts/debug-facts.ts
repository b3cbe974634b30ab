// npx tsx scripts/debug-facts.ts <file> [grep]: every fact the language pack finds in one text, with
// its kind, weight, score and whether selection keeps it, then every date that gave no fact and why
// (development aid, like debug-persons.ts).
import { readFileSync } from 'node:fs';
import { cleanText } from '../src/lib/core/generate/clean';
import { articleTitle } from '../src/lib/core/generate/pipeline';
import { tokenize } from '../src/lib/core/generate/doc';
import { onStatementRejected } from '../src/lib/core/generate/lang/ru/events';
import { score, select } from '../src/lib/core/generate/select';
import { nodeLanguageFor } from './lib/language-node';

const [file, pattern] = process.argv.slice(2);
const raw = readFileSync(file, 'utf8');
// The pack of the article's language, as npm run generate picks it.
const lang = await nodeLanguageFor(raw);
const cleaned = cleanText(raw);
// As the pipeline does: the language's headwords in sentence case.
const clean = lang.recase ? { ...cleaned, text: lang.recase(cleaned.text) } : cleaned;
const sentences = lang.sentences(clean.text);
const doc = tokenize(clean, sentences, raw);
const reasons = new Map<number, string[]>();
onStatementRejected((r, at) => reasons.set(at, [...(reasons.get(at) ?? []), r]));
// As the pipeline does: the title paragraph tells no fact.
const head = articleTitle(sentences);
const facts = lang
	.facts(doc, lang.mentions(doc))
	.filter((f) => !head || sentences[f.sentence].paragraph !== head.paragraph);
const kept = new Map(select(facts).map((s) => [s.card, s.worth]));
const show = (line: string) => (!pattern || line.includes(pattern)) && console.log(line);
for (const f of facts)
	for (const c of f.cards)
		show(
			`${kept.get(c) ?? 'DROP'}\t${f.kind}/${f.weight}/${score(f).toFixed(1)}${f.hedged ? '/hedged' : ''}\t${c.deck}\t${c.front} → ${c.back}`
		);
const dated = new Set(
	facts.filter((f) => f.key.startsWith('date|')).map((f) => f.key.split('|')[1])
);
void dated;
for (const [at, rs] of reasons)
	show(
		`NOFACT\t${rs.join(',')}\t«${clean.text.slice(Math.max(0, at - 40), at + 60).replace(/\s+/g, ' ')}»`
	);
