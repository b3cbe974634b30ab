// Deck files and backups for the fuzz suite: valid ones built from the hostile material (which
// must be accepted and stay inert), and the same with one planted fault (which must be refused,
// naming the field). A fault is a label, where the message must point (`field`), and an edit.
import { hasHtmlTag } from '$lib/core/deck/plain-text';
import type { CardFile, DeckFile } from '$lib/core/deck/types';
import type { CardJson, CardProgress, ReviewJson } from '../progress';
import type { DeckBundle } from '../bundle';
import { PROTO_KEYS, ODD_VALUES, pickOdd, pickScript } from './pieces';
import type { Random } from './random';

/** The time of import every case is read at. */
export const FUZZ_NOW = new Date('2026-11-25T12:00:00.000Z');

const DECK_IDS = ['d1', 'constructor', 'tostring', 'valueof', 'proto', 'a.b-c_d', 'x'];
const CARD_IDS = [...PROTO_KEYS.filter((k) => /^[\w.:-]+$/.test(k)), 'c', 'a:b', 'x.y-z', '0'];
const WORDS = [
	'Рапалльский договор',
	'Чичерин',
	'16 апреля 1922 г.',
	'Генуя',
	'Ратенау',
	'рейхсвер'
];

/** Plain text a card may hold: words, and now and then something odd. */
function plain(rnd: Random): string {
	const parts = Array.from({ length: 1 + rnd.int(4) }, () =>
		rnd.chance(0.3) ? pickOdd(rnd) : rnd.pick(WORDS)
	);
	const text = parts.join(' ').trim() || 'Рапалло';
	// "x<y" next to "a > b" reads as markup by the deck rule: such a pair is a fault, not material.
	return hasHtmlTag(text) ? text.replace(/</g, '‹') : text;
}

function card(rnd: Random, i: number): CardFile {
	const c: CardFile = {
		id: rnd.chance(0.2) ? `${rnd.pick(CARD_IDS)}${i}` : `c${i}`,
		front: plain(rnd),
		back: plain(rnd)
	};
	if (rnd.chance(0.3)) c.context = plain(rnd);
	if (rnd.chance(0.2)) c.tags = rnd.chance(0.5) ? ['core'] : [rnd.pick(PROTO_KEYS), 'detail'];
	if (rnd.chance(0.15))
		c.fact = { type: 'date', ask: 'date', date: '1922-04-16', event: plain(rnd) };
	return c;
}

/** A valid deck of `cards` cards (ids unique). */
export function makeFuzzDeck(rnd: Random, cards: number, id = rnd.pick(DECK_IDS)): DeckFile {
	return {
		format: 'kartoteka-deck',
		version: 1,
		id,
		title: plain(rnd),
		...(rnd.chance(0.3) ? { description: plain(rnd) } : {}),
		lang: rnd.pick(['ru', 'en', 'de-AT']),
		kind: rnd.pick(['dates', 'actors', 'positions', 'custom'] as const),
		cards: Array.from({ length: Math.max(1, cards) }, (_, i) => card(rnd, i))
	};
}

const iso = (ms: number) => new Date(ms).toISOString();
const DAY = 86_400_000;

function cardJson(rnd: Random, at: number): CardJson {
	return {
		due: iso(at + rnd.int(60) * DAY),
		stability: 0.5 + rnd.next() * 50,
		difficulty: 1 + rnd.next() * 9,
		elapsed_days: rnd.int(30),
		scheduled_days: rnd.int(60),
		learning_steps: 0,
		reps: 1 + rnd.int(20),
		lapses: rnd.int(3),
		state: 2,
		last_review: iso(at)
	};
}

function review(rnd: Random, at: number): ReviewJson {
	const prev = cardJson(rnd, at - DAY);
	return {
		rating: 1 + rnd.int(4),
		state: 2,
		due: prev.due,
		stability: prev.stability,
		difficulty: prev.difficulty,
		elapsed_days: 1,
		last_elapsed_days: 1,
		scheduled_days: 3,
		learning_steps: 0,
		review: iso(at),
		durationMs: 1000 + rnd.int(60_000),
		prev
	};
}

/** A valid backup: decks with distinct ids, progress for some of their cards. */
export function makeFuzzBundle(rnd: Random, decks: number, cards: number): DeckBundle {
	const list = Array.from({ length: Math.max(1, decks) }, (_, i) =>
		makeFuzzDeck(rnd, cards, i === 0 ? rnd.pick(DECK_IDS) : `deck-${i}`)
	);
	const progress: CardProgress[] = [];
	for (const d of list)
		for (const c of d.cards)
			if (rnd.chance(0.3)) {
				const at = FUZZ_NOW.getTime() - (1 + rnd.int(300)) * DAY;
				const reviews = Array.from({ length: rnd.int(3) }, (_, k) => review(rnd, at - k * DAY));
				progress.push({ deckId: d.id, cardId: c.id, card: cardJson(rnd, at), reviews });
			}
	return {
		format: 'kartoteka-bundle',
		version: 1,
		exportedAt: FUZZ_NOW.toISOString(),
		decks: list,
		...(progress.length ? { progress } : {})
	};
}

export interface Fault<T> {
	label: string;
	/** Matched against "field: message" of the refusal: the message must point at the fault. */
	field: RegExp;
	apply(value: T, rnd: Random): void;
}

export type FuzzDeck = DeckFile;
type Deck = FuzzDeck;
const someCard = (d: DeckFile, rnd: Random) => d.cards[rnd.int(d.cards.length)] as CardFile;
const set = (o: object, key: string, value: unknown) =>
	((o as Record<string, unknown>)[key] = value);

/** Faults of one deck file. Each must be refused. */
export const DECK_FAULTS: Fault<Deck>[] = [
	{
		label: 'script in front',
		field: /front/,
		apply: (d, r) => (someCard(d, r).front = pickScript(r))
	},
	{
		label: 'script in back',
		field: /back/,
		apply: (d, r) => (someCard(d, r).back = pickScript(r))
	},
	{
		label: 'script in context',
		field: /context/,
		apply: (d, r) => (someCard(d, r).context = pickScript(r))
	},
	{
		label: 'script in a tag',
		field: /tags/,
		apply: (d, r) => (someCard(d, r).tags = [pickScript(r)])
	},
	{ label: 'script in title', field: /^title/, apply: (d, r) => (d.title = pickScript(r)) },
	{
		label: 'script in fact',
		field: /fact/,
		apply: (d, r) =>
			(someCard(d, r).fact = { type: 'date', ask: 'event', date: '1922', event: pickScript(r) })
	},
	{ label: 'empty front', field: /front/, apply: (d, r) => (someCard(d, r).front = ' \n ') },
	{
		label: 'front too long',
		field: /front.*longer/,
		apply: (d, r) => (someCard(d, r).front = 'я'.repeat(2001))
	},
	{
		label: 'description too long',
		field: /description/,
		apply: (d) => (d.description = 'x'.repeat(2001))
	},
	{
		label: 'front not text',
		field: /front/,
		apply: (d, r) =>
			set(someCard(d, r), 'front', r.pick(ODD_VALUES.filter((v) => typeof v !== 'string')))
	},
	{
		label: 'duplicate card id',
		field: /id.*duplicate/,
		apply: (d) => d.cards.push({ ...d.cards[0] })
	},
	{ label: 'card id with a space', field: /id/, apply: (d, r) => (someCard(d, r).id = 'a b') },
	{ label: 'no cards', field: /cards/, apply: (d) => (d.cards = []) },
	{ label: 'deck id __proto__', field: /^id/, apply: (d) => (d.id = '__proto__') },
	{ label: 'deck id upper case', field: /^id/, apply: (d) => (d.id = 'Deck') },
	{ label: 'version 2', field: /version/, apply: (d) => set(d, 'version', 2) },
	{ label: 'wrong format', field: /format/, apply: (d) => set(d, 'format', 'kartoteka-decks') },
	{ label: 'language not BCP 47', field: /lang/, apply: (d) => (d.lang = 'русский') },
	{ label: 'kind constructor', field: /kind/, apply: (d) => set(d, 'kind', 'constructor') },
	{ label: 'tags not a list', field: /tags/, apply: (d, r) => set(someCard(d, r), 'tags', 'core') },
	{
		label: 'fact date not a date',
		field: /date/,
		apply: (d, r) =>
			(someCard(d, r).fact = { type: 'date', ask: 'date', date: 'yesterday', event: 'e' })
	},
	{
		label: 'fact of type __proto__',
		field: /fact/,
		apply: (d, r) => set(someCard(d, r), 'fact', { type: '__proto__' })
	},
	{
		label: 'source end before start',
		field: /source/,
		apply: (d, r) => (someCard(d, r).source = { start: 5, end: 2 })
	},
	{
		label: 'title missing',
		field: /title.*missing/,
		apply: (d) => delete (d as Partial<DeckFile>).title
	}
];

export type FuzzBundle = DeckBundle;
type Bundle = FuzzBundle;
const someEntry = (b: DeckBundle, r: Random) => b.progress![r.int(b.progress!.length)];
const withProgress = (b: DeckBundle) => !!b.progress?.length;

/** Faults of a backup. Each must be refused; `when` says whether it applies to this bundle. */
export const BUNDLE_FAULTS: (Fault<Bundle> & { when?: (b: DeckBundle) => boolean })[] = [
	{ label: 'no decks', field: /decks/, apply: (b) => (b.decks = []) },
	{
		label: 'two decks with one id',
		field: /duplicate deck id/,
		apply: (b) => b.decks.push({ ...b.decks[0] })
	},
	{
		label: 'more than 200 decks',
		field: /more than 200 decks/,
		apply: (b) =>
			(b.decks = Array.from({ length: 201 }, (_, i) => ({ ...b.decks[0], id: `d${i}` })))
	},
	{ label: 'bundle version 2', field: /version/, apply: (b) => set(b, 'version', 2) },
	{
		label: 'a deck with a script',
		field: /decks\[\d+\]\.cards/,
		apply: (b, r) => (b.decks[0].cards[0].front = pickScript(r))
	},
	{
		label: 'stability impossible',
		field: /stability/,
		when: withProgress,
		apply: (b, r) => (someEntry(b, r).card.stability = r.pick([0, -1, 1e-300, 1e9]))
	},
	{
		label: 'difficulty -50',
		field: /difficulty/,
		when: withProgress,
		apply: (b, r) => (someEntry(b, r).card.difficulty = -50)
	},
	{
		label: 'last review in 2100',
		field: /last_review.*after the time of import/,
		when: withProgress,
		apply: (b, r) => (someEntry(b, r).card.last_review = '2100-01-01T00:00:00.000Z')
	},
	{
		label: 'due not a date',
		field: /due/,
		when: withProgress,
		apply: (b, r) => (someEntry(b, r).card.due = 'tomorrow')
	},
	{
		label: 'stability not finite',
		field: /stability/,
		when: withProgress,
		apply: (b, r) => set(someEntry(b, r).card, 'stability', '1e309')
	},
	{
		label: 'progress for a missing card',
		field: /cardId/,
		when: withProgress,
		apply: (b, r) => (someEntry(b, r).cardId = 'missing')
	},
	{
		label: 'progress for constructor',
		field: /deckId/,
		when: withProgress,
		apply: (b, r) => (someEntry(b, r).deckId = 'constructor-x')
	},
	{
		label: 'progress twice',
		field: /second progress entry/,
		when: withProgress,
		apply: (b) => b.progress!.push(b.progress![0])
	},
	{
		label: 'rating 7',
		field: /rating/,
		when: (b) => !!b.progress?.some((p) => p.reviews.length),
		apply: (b) => set(b.progress!.find((p) => p.reviews.length)!.reviews[0], 'rating', 7)
	},
	{
		label: 'review in 2100',
		field: /review.*after the time of import/,
		when: (b) => !!b.progress?.some((p) => p.reviews.length),
		apply: (b) =>
			(b.progress!.find((p) => p.reviews.length)!.reviews[0].review = '2100-01-01T00:00:00.000Z')
	}
];
