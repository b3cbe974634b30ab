import { sentenceDates, DATE_RULES } from '../src/lib/core/generate/lang/ru/dates';
for (const r of DATE_RULES) {
	const ctx = { year: 1920 };
	const got = sentenceDates(r.example.text, 0, r.example.text.length, ctx).map((d) => d.iso);
	const ok = JSON.stringify(got) === JSON.stringify(r.example.iso);
	console.log(ok ? 'ok ' : 'BAD', r.id, got);
}
const ctx = { year: 1920, day: '1922-04-16' };
for (const t of ['через два дня Ратенау', 'спустя неделю', 'на следующий год', 'с 1982 по 1991 год', 'в 1971—1982 годах', 'В 2001—2009 гг.', 'в апреле 1999-го', 'в 1973', '(декабрь 1992 г.) Черномырдин был назначен', 'в начале 1920-х гг.', 'в XVIII веке', '1920–1923 гг.', 'в 1920-е годы было 2000 офицеров', 'с 5 по 7 мая'])
	console.log(t, '→', sentenceDates(t, 0, t.length, { ...ctx }).map((d) => `${d.iso} [${d.when}] (${t.slice(d.start, d.end)})`));
