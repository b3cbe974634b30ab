// npx tsx scripts/diagnose-dates.ts: for each missed gold date, which stage lost it (development aid).
import { readdirSync, readFileSync } from 'node:fs';
import { cleanText, toRaw } from '../src/lib/core/generate/clean';
import { tokenize } from '../src/lib/core/generate/doc';
import { generateDecks } from '../src/lib/core/generate/index';
import type { Gold } from '../src/lib/core/generate/evaluate';
import { onStatementRejected } from '../src/lib/core/generate/lang/ru/events';
import { nodeRussian } from './lib/language-node';

const reasons: Record<string, number> = {};
// Why each date (by its offset in the cleaned text) got no statement, for the "no fact" lines.
let whyAt = new Map<number, string[]>();
onStatementRejected((r, at) => {
	reasons[r] = (reasons[r] ?? 0) + 1;
	whyAt.set(at, [...(whyAt.get(at) ?? []), r]);
});
const missed: Record<string, number> = {};

const language = await nodeRussian();
const counts: Record<string, number> = {};
for (const f of readdirSync(process.argv[2] ?? 'tests/articles').filter((x) =>
	x.endsWith('.gold.json')
)) {
	const gold = JSON.parse(
		readFileSync(`${process.argv[2] ?? 'tests/articles'}/${f}`, 'utf8')
	) as Gold;
	const raw = readFileSync(gold.article, 'utf8');
	const clean = cleanText(raw);
	const doc = tokenize(clean, language.sentences(clean.text));
	whyAt = new Map();
	const m = language.mentions(doc);
	const facts = language.facts(doc, m);
	const d = generateDecks({ text: raw, name: 'x', language });
	const cards = [...d.dates.cards];
	for (const g of gold.dates) {
		if (g.worth === 'trivial') continue;
		const at = raw.indexOf(g.anchor);
		const occ: [number, number] = [at, at + g.anchor.length];
		const hitCard = cards.some(
			(c) =>
				c.fact?.type === 'date' &&
				c.fact.date === g.date &&
				c.source &&
				c.source.start < occ[1] &&
				c.source.end > occ[0]
		);
		if (hitCard) continue;
		const mentions = m.dates
			.map((x) => ({ x, r: toRaw(clean, x.start, x.end) }))
			.filter(({ r }) => r.start < occ[1] && r.end > occ[0]);
		const same = mentions.find(({ x }) => x.iso === g.date);
		let why: string;
		if (!mentions.length) why = 'no date read';
		else if (!same) why = `read as ${mentions.map(({ x }) => x.iso).join(',')}`;
		else {
			const fact = facts.find(
				(ff) =>
					ff.cards.some((c) => c.fact.type === 'date' && c.fact.date === g.date) &&
					toRaw(clean, ff.clause[0], ff.clause[1]).start < occ[1] + 400 &&
					toRaw(clean, ff.clause[0], ff.clause[1]).end > occ[0] - 400
			);
			const rs = [...new Set(whyAt.get(same.x.start) ?? [])];
			for (const r of rs) missed[r] = (missed[r] ?? 0) + 1;
			why = fact
				? `fact dropped by selection (${fact.kind}, w${fact.weight})`
				: `no fact (${rs.join(',') || '?'})`;
		}
		const key = why.replace(/ \(.*\)$/, '').replace(/read as .*/, 'read as other');
		counts[key] = (counts[key] ?? 0) + 1;
		console.log(
			`${f.slice(0, 18)} ${g.date.padEnd(22)} ${why.padEnd(36)} «${g.anchor.replace(/\s+/g, ' ')}»`
		);
	}
}
console.log(counts);
console.log('statements rejected:', reasons);
console.log('why the missed gold dates got no statement:', missed);
