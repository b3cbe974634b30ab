// npx tsx scripts/trace-dates-en.ts <article.txt>…: every English date mention in text order, its rule,
// and the narrative year before and after it (development aid: where a yearless date took its year).
import { readFileSync } from 'node:fs';
import { cleanText } from '../src/lib/core/generate/clean';
import { sentenceDates, type DateContext } from '../src/lib/core/generate/lang/en/dates';
import { splitEnglish } from '../src/lib/core/generate/lang/en/sentences';

for (const f of process.argv.slice(2)) {
	const text = cleanText(readFileSync(f, 'utf8')).text;
	const ctx: DateContext = {};
	console.log(`## ${f}`);
	for (const s of splitEnglish(text)) {
		for (const m of sentenceDates(text, s.start, s.end, ctx)) {
			const around = text.slice(Math.max(s.start, m.start - 40), m.end + 12).replace(/\s+/g, ' ');
			const mark = m.explicitYear ? ' ' : '*';
			console.log(`${mark} ${m.iso.padEnd(22)} ${m.rule.padEnd(18)} → ${ctx.last?.y}  «${around}»`);
		}
	}
}
