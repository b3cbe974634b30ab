import { describe, expect, it } from 'vitest';
import type { DeckFile } from '$lib/core/deck/types';
import { describeProblems } from '$lib/core/deck/validate';
import { emptyCard } from '$lib/core/schedule/state';
import { createScheduler, DEFAULT_SETTINGS } from '$lib/core/schedule';
import { makeBundle, parseBundleJson, type CardMark, type DeckBundle } from './bundle';
import { readBundleStream, type BundlePiece, type StreamStep } from './bundle-stream';
import { cardToJson, reviewToJson, type CardProgress } from './progress';

const deck = (id: string, cards: number, source?: DeckFile['source']): DeckFile => ({
	format: 'kartoteka-deck',
	version: 1,
	id,
	title: `Колода «${id}» \\ "в кавычках" {[`,
	lang: 'ru',
	kind: 'custom',
	...(source ? { source } : {}),
	cards: Array.from({ length: cards }, (_, i) => ({
		id: `c${i}`,
		front: `Вопрос ${i} — ёж 𝄞 ]}`,
		back: `Ответ ${i}\n"${i}"`
	}))
});

const now = new Date('2026-11-25T12:00:00Z');
function studied(deckId: string, cardId: string): CardProgress {
	const sched = createScheduler(DEFAULT_SETTINGS, { fuzz: false });
	const before = emptyCard(now);
	const { card, log } = sched.grade(before, 'good', now);
	return { deckId, cardId, card: cardToJson(card), reviews: [reviewToJson(log, before, 3200)] };
}

const sha = 'a'.repeat(64);
function sample(studiedCards = 1200): DeckBundle {
	const decks = [
		deck('d', 3, { title: 'A', file: 'a.md', sha256: sha }),
		deck('e', studiedCards),
		deck('f', 0)
	];
	decks[2].cards = [{ id: 'x', front: 'f', back: 'b' }];
	const progress = decks[1].cards.map((c) => studied('e', c.id));
	const marks: CardMark[] = [{ deckId: 'd', cardId: 'c1', flag: 1 }];
	const articles = [{ file: 'a.md', title: 'A', sha256: sha, text: 'текст' }];
	return makeBundle(decks, progress, now, articles, marks);
}

async function steps(text: string, readBytes: number): Promise<StreamStep[]> {
	const out: StreamStep[] = [];
	const blob = new Blob([new TextEncoder().encode(text)]);
	for await (const s of readBundleStream(blob, now, readBytes)) out.push(s);
	return out;
}

/** The pieces put back together as one bundle, as validateBundle makes it. */
function joined(list: StreamStep[]): DeckBundle {
	const pieces = list.map((s) => {
		if (!s.ok) throw new Error(describeProblems(s.problems));
		return s.piece;
	});
	const of = <K extends BundlePiece['kind']>(k: K) =>
		pieces.filter((p): p is Extract<BundlePiece, { kind: K }> => p.kind === k);
	const end = of('end');
	expect(end).toHaveLength(1);
	expect(pieces.at(-1)?.kind).toBe('end');
	return makeBundle(
		of('decks').flatMap((p) => p.decks),
		of('progress').flatMap((p) => p.progress),
		end[0].exportedAt ? new Date(end[0].exportedAt) : undefined,
		of('articles').flatMap((p) => p.articles),
		of('marks').flatMap((p) => p.marks)
	);
}

const problemsOf = async (text: string, readBytes = 4096) => {
	const list = await steps(text, readBytes);
	const last = list.at(-1)!;
	if (last.ok) throw new Error('expected a rejection');
	return describeProblems(last.problems);
};

describe('a bundle read in pieces', () => {
	it('gives the bundle validateBundle gives, whatever the size of the pieces read', async () => {
		for (const [b, sizes] of [
			[sample(4), [1, 3, 64]],
			[sample(), [4096, 1 << 20]]
		] as const) {
			const whole = parseBundleJson(JSON.stringify(b), now);
			if (!whole.ok) throw new Error(describeProblems(whole.problems));
			for (const text of [JSON.stringify(b), JSON.stringify(b, null, '\t')])
				for (const size of sizes) expect(joined(await steps(text, size))).toEqual(whole.bundle);
		}
	});

	it('hands over each deck alone, progress in batches, and the bytes read', async () => {
		const text = JSON.stringify(sample());
		const list = await steps(text, 1000);
		const kinds = list.map((s) => (s.ok ? s.piece.kind : 'problems'));
		expect(kinds).toEqual([
			'decks',
			'decks',
			'decks',
			'progress',
			'progress',
			'marks',
			'articles',
			'end'
		]);
		const read = list.map((s) => (s.ok ? s.read : -1));
		expect(read).toEqual([...read].sort((a, b) => a - b));
		expect(read.at(-1)).toBe(new TextEncoder().encode(text).length);
		const first = list[3];
		expect(first.ok && first.piece.kind === 'progress' && first.piece.progress.length).toBe(1000);
	});

	it('names the line and column of broken JSON, and a file that ends early', async () => {
		const text = JSON.stringify(sample(), null, '\t');
		const at = text.indexOf('"c2"');
		const broken = text.slice(0, at) + '"c2",,' + text.slice(at + 4);
		const lines = broken.slice(0, at + 5).split('\n');
		expect(await problemsOf(broken)).toContain(
			`not valid JSON at line ${lines.length}, column ${lines.at(-1)!.length + 1}`
		);
		expect(await problemsOf(text.slice(0, -40))).toContain('the text ends early');
		expect(await problemsOf(text + ' {}')).toContain('text after the end of the object');
	});

	it('refuses what validateBundle refuses, naming the same field', async () => {
		const b = sample();
		const cases: DeckBundle[] = [
			{ ...b, decks: [b.decks[0], b.decks[0]] },
			{ ...b, progress: [studied('e', 'nope')] },
			{ ...b, progress: [studied('zz', 'c0')] },
			{ ...b, progress: [studied('e', 'c0'), studied('e', 'c0')] },
			{
				...b,
				progress: [{ ...studied('e', 'c0'), card: { ...studied('e', 'c0').card, stability: 0 } }]
			},
			{ ...b, marks: [{ deckId: 'd', cardId: 'c9', flag: 1 }] },
			{ ...b, articles: [{ ...b.articles![0], file: 'other.md' }] },
			{ ...b, decks: [{ ...b.decks[0], cards: [{ id: 'c0', front: '', back: 'b' }] }] },
			{ ...b, version: 2 as 1 },
			{ format: b.format, version: 1, decks: [] }
		];
		for (const c of cases) {
			const text = JSON.stringify(c);
			const whole = parseBundleJson(text, now);
			if (whole.ok) throw new Error('expected validateBundle to refuse');
			// The stream stops at the first bad element; the whole file's check goes on up to 20.
			expect(await problemsOf(text)).toBe(describeProblems(whole.problems.slice(0, 1)));
		}
	});

	it('refuses a large file whose decks come after its progress, and a single deck', async () => {
		const b = sample();
		const late = JSON.stringify({
			format: b.format,
			version: 1,
			progress: b.progress,
			decks: b.decks
		});
		expect(await problemsOf(late)).toContain('decks must come before progress');
		expect(await problemsOf(JSON.stringify(deck('d', 2)))).toContain('a single deck is read whole');
		expect(await problemsOf('')).toContain('the file is empty');
		expect(await problemsOf('PK\u0003\u0004')).toContain('zip archive');
	});

	it('refuses bytes that are not UTF-8, naming the byte', async () => {
		const good = new TextEncoder().encode('{"format": "kartoteka-bundle", "decks": [');
		const bytes = new Uint8Array([...good, 0xff, 0x20]);
		const out: StreamStep[] = [];
		for await (const s of readBundleStream(new Blob([bytes]), now, 5)) out.push(s);
		const last = out.at(-1)!;
		expect(!last.ok && describeProblems(last.problems)).toContain(
			`byte ${good.length + 1} is invalid`
		);
	});
});
