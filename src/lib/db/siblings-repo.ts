// Holding back related cards (core/schedule/siblings.ts): the relations of the cards of some decks'
// articles and what was studied there today. Imported by path: the home screen loads it only once
// something was studied today (its first load stays small), the study session always.
import type { StudySettings } from '$lib/core/schedule/settings';
import { heldBack, siblingTies, type NamedCount, type Ties } from '$lib/core/schedule/siblings';
import type { KartotekaDB } from './database';
import type { CardRow, DeckRow } from './types';
import type { DeckCountsRow } from './deck-counts-hook';

/** The relations of the cards of some decks' articles, and the cards of them studied today. */
export interface SiblingsToday {
	ties: Map<string, Ties>;
	/** Keys of the articles' cards reviewed today, once per review. */
	reviewed: string[];
	/** Keys of the active cards of the decks asked for. */
	keys: string[];
	/** The active cards of the decks asked for, by key (read anyway: the session needs no other read). */
	cards: Map<string, CardRow>;
}

/**
 * What holding back related cards needs for some decks: the relations of every card of their
 * articles (decks with the same source key) and today's reviews there. Null when nothing was
 * reviewed today and `always` is not set: nothing is held back, nothing else is read.
 */
export function siblingsToday(
	db: KartotekaDB,
	deckIds: readonly string[],
	dayStartMs: number,
	always = false
): Promise<SiblingsToday | null> {
	// One transaction: a query per deck, each in its own, cost Chromium a round trip each (issue 11).
	return db.transaction('r', [db.decks, db.reviews, db.cards], () =>
		readSiblings(db, deckIds, dayStartMs, always)
	);
}

/**
 * The live decks of the articles of `deckIds`, and the keys of their cards reviewed today.
 * `every`: every deck's row, when read already.
 */
async function articlesToday(
	db: KartotekaDB,
	deckIds: readonly string[],
	dayStartMs: number,
	every?: readonly DeckRow[]
) {
	const byId = every && new Map(every.map((d) => [d.id, d]));
	const asked = (
		byId ? deckIds.map((id) => byId.get(id)) : await db.decks.bulkGet([...deckIds])
	).filter((d) => d !== undefined);
	const articles = [...new Set(asked.map((d) => d.sourceKey))];
	const sources = new Set(articles);
	const decks = !articles.length
		? []
		: (every
				? every.filter((d) => sources.has(d.sourceKey))
				: await db.decks.where('sourceKey').anyOf(articles).toArray()
			).filter((d) => !d.deletedAt);
	// Today's reviews of every deck are one range of the `at` index (issue 11, fifth pass: one
	// `[deckId+at]` range per deck, 103 at a session's start over all decks).
	const ids = new Set(decks.map((d) => d.id));
	const today = ids.size ? await db.reviews.where('at').aboveOrEqual(dayStartMs).toArray() : [];
	const reviewed = today.filter((r) => ids.has(r.deckId)).map((r) => r.key);
	return { decks, reviewed };
}

async function readSiblings(
	db: KartotekaDB,
	deckIds: readonly string[],
	dayStartMs: number,
	always: boolean
): Promise<SiblingsToday | null> {
	const { decks, reviewed } = await articlesToday(db, deckIds, dayStartMs);
	if (!reviewed.length && !always) return null;
	const article = new Map(decks.map((d) => [d.id, d.sourceKey]));
	// One index range per deck, read with getAll: anyOf walks a cursor over every card (issue 11:
	// a session over all decks read 100,000 cards that way).
	const cards = (
		await Promise.all(decks.map((d) => db.cards.where('deckId').equals(d.id).toArray()))
	)
		.flat()
		.filter((c) => c.retired === 0);
	const wanted = new Set(deckIds);
	const mine = cards.filter((c) => wanted.has(c.deckId));
	return {
		ties: siblingTies(cards.map((c) => ({ ...c, article: article.get(c.deckId) ?? '' }))),
		reviewed,
		keys: mine.map((c) => c.key),
		cards: new Map(mine.map((c) => [c.key, c]))
	};
}

/** The cards of these decks held back today; empty when the setting is off. */
export async function heldToday(
	db: KartotekaDB,
	deckIds: readonly string[],
	settings: StudySettings,
	dayStartMs: number
): Promise<Set<string>> {
	if (!settings.burySiblings) return new Set();
	const s = await siblingsToday(db, deckIds, dayStartMs);
	return s ? heldBack(s.ties, s.reviewed, s.keys) : new Set();
}

/**
 * What a study session needs to hold back related cards without reading every card of its
 * articles (issue 11: 100,000 cards for a session over all decks): today's reviewed cards of the
 * articles, and how many cards of each article name a person, from the decks' counters
 * (deck-counts-hook.ts). The session reads its candidates' cards itself and ties them with
 * `tiesOf`. Null when a deck of the articles has no counters yet: then siblingsToday.
 */
export interface SessionSiblings {
	reviewed: string[];
	/** The active cards reviewed today, by key. */
	cards: Map<string, CardRow>;
	/** The relations of `cards` and of any other cards of the articles. */
	tiesOf(cards: Iterable<CardRow>): Map<string, Ties>;
}

export function sessionSiblings(
	db: KartotekaDB,
	deckIds: readonly string[],
	dayStartMs: number,
	/** Every deck's row and every counters row, when read already (a session's start reads them). */
	known?: { decks: readonly DeckRow[]; counts: readonly DeckCountsRow[] }
): Promise<SessionSiblings | null> {
	return db.transaction('r', [db.decks, db.reviews, db.cards, db.deckCounts], async () => {
		const { decks, reviewed } = await articlesToday(db, deckIds, dayStartMs, known?.decks);
		const counted = known && new Map(known.counts.map((r) => [r.deckId, r]));
		const rows = counted
			? decks.map((d) => counted.get(d.id))
			: await db.deckCounts.bulkGet(decks.map((d) => d.id));
		if (rows.some((r) => !r)) return null;
		const article = new Map(decks.map((d) => [d.id, d.sourceKey]));
		const persons = new Map<string, number>();
		rows.forEach((r, i) => {
			for (const [who, n] of Object.entries(r!.p)) {
				const k = `${decks[i].sourceKey}\n${who}`;
				persons.set(k, (persons.get(k) ?? 0) + n);
			}
		});
		const named: NamedCount = (a, who) => persons.get(`${a}\n${who}`) ?? 0;
		const live = new Set(decks.map((d: DeckRow) => d.id));
		const cards = new Map(
			(await db.cards.bulkGet([...new Set(reviewed)]))
				.filter((c) => c !== undefined && c.retired === 0 && live.has(c.deckId))
				.map((c) => [c!.key, c!])
		);
		return {
			reviewed,
			cards,
			tiesOf: (more) =>
				siblingTies(
					[...cards.values(), ...more].map((c) => ({ ...c, article: article.get(c.deckId) ?? '' })),
					named
				)
		};
	});
}
