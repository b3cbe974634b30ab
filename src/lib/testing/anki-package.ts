// Anki packages built as Anki writes them (schema 11: col with models and decks JSON, notes,
// cards, revlog), for the importer's unit and feature tests and the e2e spec. Tests only.
import { strToU8, zipSync } from 'fflate';
import type { SqlJsStatic } from 'sql.js';
import { SCHEMA } from '../core/exchange/apkg';

export const DAY = 86_400_000;
export const crt = Math.floor(Date.parse('2026-01-01T04:00:00Z') / 1000);
const tmpl = (ord: number, qfmt: string, afmt: string) => ({
	name: `Card ${ord + 1}`,
	ord,
	qfmt,
	afmt
});
const flds = (...names: string[]) => names.map((name, ord) => ({ name, ord }));
export const MODELS = {
	'100': {
		name: 'Basic',
		type: 0,
		flds: flds('Front', 'Back'),
		tmpls: [tmpl(0, '{{Front}}', '{{FrontSide}}<hr id=answer>{{Back}}')]
	},
	'200': {
		name: 'Basic (and reversed card)',
		type: 0,
		flds: flds('Front', 'Back'),
		tmpls: [
			tmpl(0, '{{Front}}', '{{FrontSide}}<hr id=answer>{{Back}}'),
			tmpl(1, '{{Back}}', '{{FrontSide}}<hr id=answer>{{Front}}')
		]
	},
	'300': {
		name: 'Cloze',
		type: 1,
		flds: flds('Text', 'Back Extra'),
		tmpls: [tmpl(0, '{{cloze:Text}}', '{{cloze:Text}}<br>{{Back Extra}}')]
	}
};
export const DECKS = {
	'1': { id: 1, name: 'Default' },
	'10': { id: 10, name: 'История::Даты' },
	'20': { id: 20, name: 'Words' }
};

export interface Pkg {
	notes: [id: number, guid: string, mid: number, fields: string[], tags?: string][];
	/** id, nid, did, ord, type, queue, due, ivl, factor, reps, lapses, data, flags */
	cards: [
		number,
		number,
		number,
		number,
		number,
		number,
		number,
		number,
		number,
		number,
		number,
		string?,
		number?
	][];
	/** id (ms), cid, ease, ivl, lastIvl, factor, time, type */
	revlog?: [number, number, number, number, number, number, number, number][];
}

export function collection(
	SQL: SqlJsStatic,
	{ notes, cards, revlog = [] }: Pkg,
	decks: Record<string, { id: number; name: string }> = DECKS
): Uint8Array {
	const db = new SQL.Database();
	db.run(SCHEMA);
	// schedVer 2, as every Anki since 2.1.50 writes (a collection without it is on the v1
	// scheduler, whose learning answers Anki renumbers: apkg-tables.ts).
	db.run("INSERT INTO col VALUES (1, ?, 0, 0, 11, 0, 0, 0, '{\"schedVer\":2}', ?, ?, '{}', '{}')", [
		crt,
		JSON.stringify(MODELS),
		JSON.stringify(decks)
	]);
	for (const [id, guid, mid, f, tags = ''] of notes)
		db.run("INSERT INTO notes VALUES (?, ?, ?, 0, -1, ?, ?, '', 0, 0, '')", [
			id,
			guid,
			mid,
			tags,
			f.join('\x1f')
		]);
	for (const [
		id,
		nid,
		did,
		ord,
		type,
		queue,
		due,
		ivl,
		factor,
		reps,
		lapses,
		data = '',
		flags = 0
	] of cards)
		db.run('INSERT INTO cards VALUES (?, ?, ?, ?, 0, -1, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?)', [
			id,
			nid,
			did,
			ord,
			type,
			queue,
			due,
			ivl,
			factor,
			reps,
			lapses,
			flags,
			data
		]);
	for (const r of revlog) db.run('INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)', r);
	const bytes = db.export();
	db.close();
	return bytes;
}
export const pkg = (files: Record<string, Uint8Array>) =>
	zipSync({ media: strToU8('{}'), ...files });

export const t0 = Date.parse('2026-11-01T10:00:00Z');
export const legacy: Pkg = {
	notes: [
		[
			1,
			'basicGuid1',
			100,
			['Когда подписан<br>договор в Рапалло?', '16 апреля 1922 г. <img src="rapallo.jpg">'],
			' 1922 '
		],
		[2, 'revGuid2', 200, ['<b>dog</b>', 'собака [sound:dog.mp3]']],
		[3, 'clozeGuid3', 300, ['{{c1::Чичерин}} и {{c2::Ратенау}} подписали договор', 'в Рапалло']]
	],
	cards: [
		// Studied: a review card due on day 330 with a 10-day interval, ease 250 %.
		[11, 1, 10, 0, 2, 2, 330, 10, 2500, 3, 0],
		[21, 2, 20, 0, 0, 0, 1, 0, 0, 0, 0],
		[22, 2, 20, 1, 0, 0, 2, 0, 0, 0, 0],
		// Learning, due at a time; FSRS memory kept by Anki in data.
		[31, 3, 10, 0, 1, 1, Math.floor((t0 + 3 * DAY) / 1000), 0, 2500, 1, 0, '{"s":1.5,"d":6.2}'],
		[32, 3, 10, 1, 0, -1, 3, 0, 0, 0, 0]
	],
	revlog: [
		[t0 - 20 * DAY, 11, 3, -600, 0, 2500, 8000, 0],
		[t0 - 20 * DAY + 600_000, 11, 3, 3, -600, 2500, 5000, 0],
		[t0, 11, 3, 10, 3, 2500, 4000, 1],
		[t0 + 1000, 31, 1, -60, 0, 2500, 70_000, 0]
	]
};

/**
 * A large collection for measurements: `n` Basic notes over two decks, 7 in 10 studied (a review
 * card with `reviews` revlog rows each), the others new.
 */
export function manyNotes(n: number, reviews = 5): Pkg {
	const notes: Pkg['notes'] = [];
	const cards: Pkg['cards'] = [];
	const revlog: NonNullable<Pkg['revlog']> = [];
	for (let i = 1; i <= n; i++) {
		notes.push([
			i,
			`bulk${i}`,
			100,
			[`Вопрос номер ${i}: когда это было?`, `${1800 + (i % 200)} г.`]
		]);
		const studied = i % 10 < 7;
		const did = i % 2 ? 10 : 20;
		cards.push(
			studied
				? [i, i, did, 0, 2, 2, 300 + (i % 60), 5 + (i % 40), 2500, reviews, 0]
				: [i, i, did, 0, 0, 0, i, 0, 0, 0, 0]
		);
		if (studied)
			for (let r = 0; r < reviews; r++)
				revlog.push([t0 - (reviews - r) * 7 * DAY + i, i, 3, r + 1, r, 2500, 6000, r ? 1 : 0]);
	}
	return { notes, cards, revlog };
}
