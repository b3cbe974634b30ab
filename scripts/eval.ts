// npm run eval [-- --verbose] [--holdout] [--en] [--dir D] [--dump F]: per gold article, recall and precision of the generated
// decks (definitions in src/lib/core/generate/evaluate.ts), and the pooled figures per language
// (Russian articles in tests/articles/, English ones in tests/articles/en/; each generated with
// the pack detectLanguage picks). The held-out articles (tests/articles/holdout/, and its en/)
// are measured only with --holdout: they are not read while tuning.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, pct, type Gold, type Ratio } from '../src/lib/core/generate/evaluate';
import { generateDecks } from '../src/lib/core/generate/index';
import { detectLanguage } from '../src/lib/core/generate/detect-language';
import { nodeLanguageFor } from './lib/language-node';

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
// --dir D measures one folder of gold files instead (a round's fresh articles before they join a set);
// an article is then read beside its gold file.
const dirArg = process.argv.indexOf('--dir');
const dirs = (
	dirArg > 0
		? [process.argv[dirArg + 1]]
		: process.argv.includes('--holdout')
			? ['tests/articles/holdout', 'tests/articles/holdout/en']
			: ['tests/articles', 'tests/articles/en']
)
	.filter((d) => existsSync(d))
	// --en: the English articles only (the Russian pack, its dictionary and articles take most of the time).
	.filter((d) => !process.argv.includes('--en') || d.endsWith('/en'));
// --dump F writes every card (article, deck, core/detail, question → answer) to F: diff two dumps
// to see what a change did to the questions, which the figures above do not show.
const dumpArg = process.argv.indexOf('--dump');
const dump: string[] = [];
const f = (r: Ratio) => `${pct(r).toFixed(1)}% (${r.hit}/${r.total})`;
const pooledBy: Record<string, Record<string, Ratio>> = {};
const counts: Record<string, { cards: number; core: number }> = {};
const add = (lang: string, k: string, r: Ratio) => {
	const p = ((pooledBy[lang] ??= {})[k] ??= { hit: 0, total: 0, missed: [] });
	p.hit += r.hit;
	p.total += r.total;
};
for (const dir of dirs) {
	for (const g of readdirSync(dir)
		.filter((x) => x.endsWith('.gold.json'))
		.sort()) {
		const gold = JSON.parse(readFileSync(join(dir, g), 'utf8')) as Gold;
		const beside = join(dir, gold.article.split('/').pop()!);
		const raw = readFileSync(dirArg > 0 && existsSync(beside) ? beside : gold.article, 'utf8');
		const name = g.replace(/\.gold\.json$/, '');
		const lang = detectLanguage(raw) === 'en' ? 'en' : 'ru';
		const language = await nodeLanguageFor(raw);
		const d = generateDecks({ text: raw, name, language });
		const decks = [d.dates, d.actors, d.positions];
		const e = evaluate(gold, raw, decks);
		const all = decks.flatMap((x) => x.cards);
		for (const x of decks)
			for (const c of x.cards)
				dump.push(
					`${name}\t${x.id.split('.').pop()}\t${c.tags?.[0] ?? ''}\t${c.front} → ${c.back}`
				);
		const n = (counts[lang] ??= { cards: 0, core: 0 });
		n.cards += all.length;
		n.core += all.filter((c) => c.tags?.includes('core')).length;
		console.log(`\n## ${lang}/${name}${gold.style ? ` (${gold.style})` : ''}: ${all.length} cards`);
		console.log(
			`dates:     recall ${f(e.dates)}, wrong years ${e.wrongYears.length}, precision ${f(e.precision.dates)}, on trivial dates ${e.trivialDates.length}`
		);
		console.log(
			`actors:    persons ${f(e.persons)}, non-persons ${e.nonPersons.length}, persons not in gold ${e.extraPersons.length}, precision ${f(e.precision.actors)}`
		);
		console.log(
			`positions: posts ${f(e.posts)}, stances ${f(e.stances)}, precision ${f(e.precision.positions)}`
		);
		for (const [k, r] of Object.entries({
			dates: e.dates,
			persons: e.persons,
			posts: e.posts,
			stances: e.stances,
			'dates precision': e.precision.dates,
			'actors precision': e.precision.actors,
			'positions precision': e.precision.positions
		}))
			add(lang, k, r);
		if (e.nonPersons.length) console.log(`  non-persons: ${e.nonPersons.join(', ')}`);
		if (e.extraPersons.length) console.log(`  persons not in gold: ${e.extraPersons.join(', ')}`);
		if (verbose) {
			const list = (title: string, xs: string[]) =>
				xs.length && console.log(`  ${title}:\n    ${xs.join('\n    ')}`);
			list('missed dates', e.dates.missed);
			list('wrong years', e.wrongYears);
			list('cards on trivial dates', e.trivialDates);
			list('missed persons', e.persons.missed);
			list('missed posts', e.posts.missed);
			list('missed stances', e.stances.missed);
			list('imprecise dates', e.precision.dates.missed);
			list('imprecise actors', e.precision.actors.missed);
			list('imprecise positions', e.precision.positions.missed);
		}
	}
}
// The languages side by side: one column each.
const langs = Object.keys(pooledBy).sort().reverse();
console.log(`\n## pooled (${dirs.join(', ')})`);
console.log(
	`${''.padEnd(20)} ${langs.map((l) => `${l}: ${counts[l].cards} cards, ${counts[l].core} core`.padEnd(32)).join('')}`
);
for (const k of Object.keys(pooledBy[langs[0]] ?? {}))
	console.log(`${k.padEnd(20)} ${langs.map((l) => f(pooledBy[l][k]).padEnd(32)).join('')}`);
if (dumpArg > 0) writeFileSync(process.argv[dumpArg + 1], dump.join('\n') + '\n');
