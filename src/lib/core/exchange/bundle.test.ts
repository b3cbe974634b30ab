import { describe, expect, it } from 'vitest';
import type { DeckFile } from '$lib/core/deck/types';
import { describeProblems } from '$lib/core/deck/validate';
import { emptyCard } from '$lib/core/schedule/state';
import { createScheduler, DEFAULT_SETTINGS } from '$lib/core/schedule';
import { makeBundle, parseBundleJson, validateBundle, type BundleResult } from './bundle';
import {
	cardFromJson,
	cardToJson,
	isNewerProgress,
	reviewFromJson,
	reviewToJson,
	type CardProgress
} from './progress';

const deck = (id = 'd', cards = 2): DeckFile => ({
	format: 'kartoteka-deck',
	version: 1,
	id,
	title: 'Колода',
	lang: 'ru',
	kind: 'custom',
	cards: Array.from({ length: cards }, (_, i) => ({
		id: `c${i}`,
		front: `Вопрос ${i}`,
		back: `Ответ ${i}`
	}))
});

const now = new Date('2026-11-25T12:00:00Z');
function studied(): CardProgress {
	const sched = createScheduler(DEFAULT_SETTINGS, { fuzz: false });
	const before = emptyCard(now);
	const { card, log } = sched.grade(before, 'good', now);
	return {
		deckId: 'd',
		cardId: 'c0',
		card: cardToJson(card),
		reviews: [reviewToJson(log, before, 3200)]
	};
}

const problems = (r: BundleResult) => {
	if (r.ok) throw new Error('expected a rejection');
	return describeProblems(r.problems);
};

describe('bundle format', () => {
	it('reads a single deck file as a bundle of one', () => {
		const r = parseBundleJson(JSON.stringify(deck()));
		expect(r.ok && r.bundle.decks).toEqual([deck()]);
	});

	it('round-trips decks with progress: the whole ts-fsrs card and its review log', () => {
		const p = studied();
		const text = JSON.stringify(makeBundle([deck(), deck('e', 1)], [p], now));
		const r = parseBundleJson(text);
		if (!r.ok) throw new Error(describeProblems(r.problems));
		expect(r.bundle.decks.map((d) => d.id)).toEqual(['d', 'e']);
		expect(r.bundle.progress).toEqual([p]);
		const card = cardFromJson(r.bundle.progress![0].card);
		expect(card.state).toBe(1);
		expect(card.last_review).toEqual(now);
		expect(card.learning_steps).toBe(1);
		const { log, prev, durationMs } = reviewFromJson(r.bundle.progress![0].reviews[0]);
		expect(log.review).toEqual(now);
		expect(prev.state).toBe(0);
		expect(durationMs).toBe(3200);
	});

	it('broken JSON gives its line and column', () => {
		expect(problems(parseBundleJson('{\n  "format": "kartoteka-deck",\n  "id": oops\n}'))).toMatch(
			/^not valid JSON at line 3, column 9 /
		);
		expect(problems(parseBundleJson('{"format": '))).toMatch(
			/^not valid JSON at line 1, column 12/
		);
	});

	it('names the field of a deck inside a bundle', () => {
		const bad = deck('e');
		(bad.cards[1] as { front: string }).front = '<img src=x onerror=alert(1)>';
		expect(problems(parseBundleJson(JSON.stringify(makeBundle([deck(), bad]))))).toBe(
			'decks[1].cards[1].front: contains HTML markup; card text must be plain text'
		);
	});

	it('rejects duplicate decks, unknown formats, missing fields and stray progress', () => {
		expect(problems(validateBundle(makeBundle([deck(), deck()])))).toBe(
			'decks[1].id: duplicate deck id "d" (also decks[0])'
		);
		expect(problems(validateBundle({ format: 'anki' }))).toMatch(
			/^format: expected "kartoteka-deck" or "kartoteka-bundle"/
		);
		expect(problems(validateBundle([1, 2]))).toMatch(/^expected a deck or a bundle/);
		expect(problems(validateBundle({ format: 'kartoteka-bundle', version: 1 }))).toBe(
			'decks: is missing'
		);
		const p = studied();
		expect(problems(validateBundle(makeBundle([deck()], [{ ...p, cardId: 'nope' }])))).toBe(
			'progress[0].cardId: no card "nope" in deck "d"'
		);
		expect(
			problems(
				validateBundle(makeBundle([deck()], [{ ...p, card: { ...p.card, due: 'yesterday' } }]))
			)
		).toMatch(/^progress\[0\]\.card\.due: expected an ISO 8601 date-time/);
		expect(problems(validateBundle(makeBundle([deck()], [p, p])))).toBe(
			'progress[1]: second progress entry for card "d/c0"'
		);
	});

	it('imported progress wins only when it is newer', () => {
		const a = cardFromJson(studied().card);
		expect(isNewerProgress(a, undefined)).toBe(true);
		expect(isNewerProgress(a, emptyCard(now))).toBe(true);
		expect(isNewerProgress(a, { ...a, last_review: new Date(now.getTime() + 1000) })).toBe(false);
		expect(isNewerProgress(emptyCard(now), undefined)).toBe(false);
	});

	// Issue 9, item 8: impossible memory states were accepted and blocked the session when due.
	it('refuses impossible memory states in progress and in the review log', () => {
		const p = studied();
		const withCard = (card: object) =>
			makeBundle([deck()], [{ ...p, card: { ...p.card, ...card } }]);
		const cases: [object, string][] = [
			[{ stability: 0 }, 'progress[0].card.stability: stability 0 is outside 0.001–36500 days'],
			[
				{ stability: 1e-300 },
				'progress[0].card.stability: stability 1e-300 is outside 0.001–36500 days'
			],
			[{ difficulty: -50 }, 'progress[0].card.difficulty: difficulty -50 is outside 1–10'],
			[
				{ scheduled_days: -1 },
				'progress[0].card.scheduled_days: Invalid value: Expected >=0 but received -1'
			],
			[
				{ last_review: '2100-01-01T00:00:00.000Z' },
				'progress[0].card.last_review: 2100-01-01T00:00:00.000Z is after the time of import'
			],
			[
				{ due: '2100-01-01T00:00:00.000Z', last_review: '2099-12-01T00:00:00.000Z' },
				'progress[0].card.last_review: 2099-12-01T00:00:00.000Z is after the time of import'
			]
		];
		for (const [card, message] of cases)
			expect(problems(validateBundle(withCard(card), now)), JSON.stringify(card)).toBe(message);
		const prev = { ...p.reviews[0].prev, state: 2, stability: 5, difficulty: 99 };
		expect(
			problems(
				validateBundle(makeBundle([deck()], [{ ...p, reviews: [{ ...p.reviews[0], prev }] }]), now)
			)
		).toBe('progress[0].reviews[0].prev.difficulty: difficulty 99 is outside 1–10');
		const review = { ...p.reviews[0], review: '2100-01-01T00:00:00.000Z' };
		expect(problems(validateBundle(makeBundle([deck()], [{ ...p, reviews: [review] }]), now))).toBe(
			'progress[0].reviews[0].review: 2100-01-01T00:00:00.000Z is after the time of import'
		);
		// A clock a few hours ahead on the exporting device is not a reason to refuse a backup.
		const soon = new Date(now.getTime() + 3 * 3600_000).toISOString();
		expect(validateBundle(withCard({ last_review: soon }), now).ok).toBe(true);
		expect(validateBundle(makeBundle([deck()], [p]), now).ok).toBe(true);
	});
});

// Each progress entry searched its deck's cards (20,000 × 20,000 comparisons at the limits):
// within the 5 MB limit that cost about half a second, not a hang, so this is a guard only.
describe('a large backup', () => {
	it('with an entry for each of 20,000 cards is read in well under the time bound', () => {
		const p = studied();
		const big = deck('d', 20_000);
		const progress = big.cards.map((c) => ({ ...p, cardId: c.id }));
		const text = JSON.stringify(makeBundle([big], progress));
		const t0 = performance.now();
		const r = parseBundleJson(text, now);
		expect(r.ok && r.bundle.progress).toHaveLength(20_000);
		// Generous: the machine may be busy (a quadratic read of 20,000 entries took far longer).
		expect(performance.now() - t0).toBeLessThan(10_000);
	}, 30_000);
});

describe('marks in a bundle', () => {
	const deck: DeckFile = {
		format: 'kartoteka-deck',
		version: 1,
		id: 'd',
		title: 'Колода',
		lang: 'ru',
		kind: 'dates',
		cards: [
			{ id: 'c0', front: 'Вопрос', back: 'Ответ' },
			{ id: 'c1', front: 'Вопрос 2', back: 'Ответ 2' }
		]
	};
	const withMarks = (marks: unknown) => ({ ...makeBundle([deck]), marks });

	it('keeps flags and set-aside cards, with the time of a bury', () => {
		const marks = [
			{ deckId: 'd', cardId: 'c0', flag: 1 },
			{ deckId: 'd', cardId: 'c1', setAside: 'buried', buriedAt: '2026-11-25T10:00:00.000Z' }
		];
		const r = validateBundle(withMarks(marks));
		expect(r.ok && r.bundle.marks).toEqual(marks);
	});

	it('refuses marks of cards the file does not hold, twice-marked cards and unknown marks', () => {
		const problems = (marks: unknown) => {
			const r = validateBundle(withMarks(marks));
			return r.ok ? [] : r.problems.map((p) => `${p.field}: ${p.message}`);
		};
		expect(problems([{ deckId: 'x', cardId: 'c0', flag: 1 }])).toEqual([
			'marks[0].deckId: no deck "x" in this file'
		]);
		expect(
			problems([
				{ deckId: 'd', cardId: 'c9', flag: 1 },
				{ deckId: 'd', cardId: 'c0', flag: 1 },
				{ deckId: 'd', cardId: 'c0', setAside: 'suspended' }
			])
		).toEqual([
			'marks[0].cardId: no card "c9" in deck "d"',
			'marks[2]: second marks entry for card "d/c0"'
		]);
		expect(problems([{ deckId: 'd', cardId: 'c0', setAside: 'hidden' }])).toEqual([
			'marks[0].setAside: expected "suspended" or "buried"'
		]);
		expect(problems([{ deckId: 'd', cardId: 'c0', flag: 2 }])).toEqual([
			'marks[0].flag: expected 1 (flagged)'
		]);
	});
});

describe('articles in a bundle', () => {
	const sha256 = 'a'.repeat(64);
	const article = { file: 'x.txt', title: 'X', sha256, text: 'Текст статьи.' };
	const named = { ...deck('g'), source: { title: 'X', file: 'x.txt', sha256 } };

	it('keeps an article its deck names by file and hash', () => {
		const r = validateBundle(makeBundle([named], undefined, undefined, [article]));
		expect(r.ok && r.bundle.articles).toEqual([article]);
	});

	it('refuses an article no deck names, naming the entry', () => {
		const r = validateBundle(makeBundle([deck('g')], undefined, undefined, [article]));
		expect(!r.ok && describeProblems(r.problems)).toContain('articles[0]');
	});
});
