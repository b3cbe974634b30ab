// npx tsx scripts/debug-offices.ts: every gold post the decks miss, with what findOffices found for
// that person (development aid).
import { readFileSync, readdirSync } from 'node:fs';
import { cleanText } from '../src/lib/core/generate/clean';
import { tokenize } from '../src/lib/core/generate/doc';
import { createRussian } from '../src/lib/core/generate/lang/ru/index';
import { findOffices } from '../src/lib/core/generate/lang/ru/offices';
import { personIndex } from '../src/lib/core/generate/lang/ru/phrases';
import { Words } from '../src/lib/core/generate/lang/ru/words';
import { nodeMorphology } from './lib/morphology-node';

const morph = await nodeMorphology();
const lang = createRussian(morph);
const dir = process.argv[2] ?? 'tests/articles';
for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json'))) {
	const gold = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
	if (!gold.style) continue;
	const text = readFileSync(gold.article, 'utf8');
	const clean = cleanText(text);
	const doc = tokenize(clean, lang.sentences(clean.text), text);
	const m = lang.mentions(doc);
	const ctx = { w: new Words(doc, morph), persons: m.persons, people: personIndex(m.persons) };
	const offices = findOffices(ctx, m.dates);
	console.log(`\n## ${f}`);
	for (const g of gold.posts) {
		const sur = g.person.split(' ').pop()!.slice(0, 4);
		const got = offices.filter((o) => o.person.surname.startsWith(sur));
		const hit = got.some(
			(o) =>
				o.post.toLowerCase().split(' ')[0].slice(0, 5) ===
				g.post.toLowerCase().split(' ')[0].slice(0, 5)
		);
		const p = m.persons.find((x) => x.surname.startsWith(sur));
		console.log(
			`${hit ? 'FOUND' : 'miss '} ${g.worth?.[0] ?? '?'} ${g.person}: ${g.post}  «${g.anchor.replace(/\s+/g, ' ')}»` +
				(got.length
					? `\n      got: ${got.map((o) => `${o.post} [${o.rule}${o.where ? ',where' : ''}${o.date ? ',' + o.date.iso : ''}]`).join('; ')}`
					: '') +
				(p ? `  (mentions ${p.mentions.length})` : '  (PERSON NOT FOUND)')
		);
	}
}
