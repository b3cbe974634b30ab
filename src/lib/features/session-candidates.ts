// A study session's candidates and what holding back related cards needs (core/schedule/
// siblings.ts), read without reading every card of the session's articles (issue 11: a session
// over all decks read 100,000 cards for it, 5.8 s at 100k). Cards read: today's reviewed ones and
// the candidates'; who the articles' cards name comes from the decks' counters (db/deck-counts*).
// In two phases (issue 11, fifth pass): readRelations and the first states (firstRead, or
// readSessionStates) before the session's first card; settleSession after it.
import {
	heldBack,
	QUEUE_CODE,
	type DayProgress,
	type DeckCandidates,
	type StudySettings,
	type Ties
} from '$lib/core/schedule';
import type { CardRow, DeckRow, KartotekaDB, StateRow } from '$lib/db';
import type { DeckCountsRow } from '$lib/db/deck-counts-hook';
import { queueCandidates, toQueueCard } from '$lib/db/review-repo';
import {
	sessionSiblings,
	siblingsToday,
	type SessionSiblings,
	type SiblingsToday
} from '$lib/db/siblings-repo';

export type Candidates = DeckCandidates & { rows: StateRow[]; limits: StudySettings };

export interface SessionRead {
	candidates: Candidates[];
	/** Cards already read, by key (the session reads only the others). */
	cards: Map<string, CardRow>;
	/** Keys of the articles' cards reviewed today, once per review (empty: nothing held back). */
	reviewed: string[];
	/** The relations of the given cards (null when related cards are not held back). */
	tiesOf: ((cards: Iterable<CardRow>) => Map<string, Ties>) | null;
	/** Candidates were read with spare places for held cards, to be checked (settleSession). */
	spare?: boolean;
	/**
	 * Only the first candidates were read (firstRead): every learning card, no new card, and
	 * review cards up to one due at `reviewsUpTo` (null: every review card due today).
	 */
	first?: { reviewsUpTo: number | null };
}

export interface Args {
	live: string[];
	settings: StudySettings;
	of: (deckId: string) => StudySettings;
	start: number;
	dayEnd: number;
	progress: Map<string, DayProgress>;
}

/** Each deck's candidates, with `extra` more new and review cards (the places of held ones). */
function readDecks(db: KartotekaDB, a: Args, ids: string[], extra: (id: string) => number) {
	const none = { newDone: 0, reviewsDone: 0 };
	// One transaction for every deck's ranges (one each: a round trip each in Chromium).
	return db.transaction('r', db.states, () =>
		Promise.all(
			ids.map(async (id) => ({
				...(await queueCandidates(
					db,
					id,
					a.of(id),
					a.start,
					a.dayEnd,
					extra(id),
					a.progress.get(id) ?? none
				)),
				limits: a.of(id)
			}))
		)
	);
}

const keysOf = (c: DeckCandidates) => [...c.learning, ...c.reviews, ...c.fresh].map((q) => q.key);

/** What holding back related cards needs; read before any candidate. */
export type Relations =
	| { kind: 'off' }
	/** The counters' way: today's reviewed cards, and who the articles' cards name. */
	| { kind: 'counters'; siblings: SessionSiblings }
	/** Decks without counters yet (before they are built at start): every card of the articles. */
	| { kind: 'every'; every: SiblingsToday };

/** `known`: every deck's row and every counters row, when read already. */
export async function readRelations(
	db: KartotekaDB,
	a: Args,
	known?: { decks: readonly DeckRow[]; counts: readonly DeckCountsRow[] }
): Promise<Relations> {
	if (!a.settings.burySiblings) return { kind: 'off' };
	const siblings = await sessionSiblings(db, a.live, a.start, known);
	if (siblings) return { kind: 'counters', siblings };
	const every = await siblingsToday(db, a.live, a.start, true);
	if (!every) throw new Error('siblingsToday: null with always set');
	return { kind: 'every', every };
}

/** The read's cards and ties, before any candidate's card. */
function related(rel: Relations): Omit<SessionRead, 'candidates'> {
	switch (rel.kind) {
		case 'off':
			return { cards: new Map(), reviewed: [], tiesOf: null };
		case 'counters':
			return {
				cards: new Map(rel.siblings.cards),
				reviewed: rel.siblings.reviewed,
				tiesOf: rel.siblings.tiesOf,
				spare: true
			};
		case 'every':
			return { cards: rel.every.cards, reviewed: rel.every.reviewed, tiesOf: () => rel.every.ties };
	}
}

/**
 * Every deck's candidate states: three index ranges per deck. With the counters, a deck reads a
 * day's new cards more than its limits use (the places of cards held back, see settleSession);
 * without them, as many more as are held back among the decks' cards.
 */
export async function readSessionStates(
	db: KartotekaDB,
	a: Args,
	rel: Relations
): Promise<SessionRead> {
	const n = a.settings.newPerDay;
	const extra =
		rel.kind === 'off'
			? 0
			: rel.kind === 'counters'
				? n
				: heldBack(rel.every.ties, rel.every.reviewed, rel.every.keys).size + n;
	return { candidates: await readDecks(db, a, a.live, () => extra), ...related(rel) };
}

/**
 * The first candidates of a session over many decks, from firstDueStates: every deck's learning
 * cards and the first `n` review cards of all decks by due time, two index ranges in all
 * (readSessionStates reads three per deck: 309 for 103 decks). Null when they cannot do (decks
 * without counters). Enough to show the first card when it is a learning or review card
 * (provesFirst); else readSessionStates.
 */
export function firstRead(
	a: Args,
	rel: Relations,
	due: { learning: StateRow[]; reviews: StateRow[] },
	n: number
): SessionRead | null {
	if (rel.kind === 'every') return null;
	const none = { newDone: 0, reviewsDone: 0 };
	const of = (rows: StateRow[], id: string) => rows.filter((r) => r.deckId === id);
	const candidates = a.live.map((id): Candidates => {
		const [l, r] = [of(due.learning, id), of(due.reviews, id)];
		return {
			deckId: id,
			progress: a.progress.get(id) ?? none,
			learning: l.map(toQueueCard),
			reviews: r.map(toQueueCard),
			fresh: [],
			rows: [...l, ...r],
			limits: a.of(id)
		};
	});
	const reviews = due.reviews;
	const upTo = reviews.length < n ? null : reviews[reviews.length - 1].due;
	return { candidates, ...related(rel), first: { reviewsUpTo: upTo } };
}

/**
 * Whether the card `key` that the queue chose from firstRead's candidates is the one it would
 * choose from every deck's: a learning card due now (they are all read), or a review card due
 * before the last one read (all those due before it are read; one due at the same time might
 * come first by its deck order). A new card or a learning card ahead of time is not: new cards
 * were not read.
 */
export function provesFirst(read: SessionRead, key: string | undefined, now: Date): boolean {
	if (!read.first || key === undefined) return !read.first;
	const row = read.candidates.flatMap((c) => c.rows).find((r) => r.key === key);
	if (!row) return false;
	if (row.queue === QUEUE_CODE.learning) return row.due <= now.getTime();
	if (row.queue !== QUEUE_CODE.review) return false;
	const upTo = read.first.reviewsUpTo;
	return upTo === null || row.due < upTo;
}

/**
 * Reads every candidate's card (those not in `read.cards`) and, where more of a deck's candidates
 * are held back than its spare places, that deck's candidates again with as many more (read again
 * until that holds), so that cards held back during the session leave their places to the next
 * ones. Returns the candidates (a deck read again is a new entry), and every card read.
 */
export async function settleSession(
	db: KartotekaDB,
	a: Args,
	read: SessionRead
): Promise<SessionRead & { reread: Set<string> }> {
	const candidates = [...read.candidates];
	const cards = new Map(read.cards);
	const reread = new Set<string>();
	const readMissing = async () => {
		const missing = candidates.flatMap(keysOf).filter((k) => !cards.has(k));
		if (missing.length) for (const c of await db.cards.bulkGet(missing)) if (c) cards.set(c.key, c);
	};
	const tiesOf = read.tiesOf;
	if (!read.spare || !tiesOf) {
		await readMissing();
		return { ...read, candidates, cards, reread };
	}
	const extra = new Map(a.live.map((id) => [id, a.settings.newPerDay]));
	for (let round = 0; round < 4; round++) {
		await readMissing();
		const mine = candidates.flatMap(keysOf).flatMap((k) => cards.get(k) ?? []);
		const held = heldBack(
			tiesOf(mine),
			read.reviewed,
			mine.map((c) => c.key)
		);
		const more = candidates.filter((c) => {
			const n = [...c.reviews, ...c.fresh].filter((q) => held.has(q.key)).length;
			if (n + a.settings.newPerDay <= extra.get(c.deckId)!) return false;
			extra.set(c.deckId, n + a.settings.newPerDay);
			return true;
		});
		if (!more.length) break;
		const again = await readDecks(
			db,
			a,
			more.map((c) => c.deckId),
			(id) => extra.get(id)!
		);
		for (const c of again) {
			candidates[candidates.findIndex((x) => x.deckId === c.deckId)] = c;
			reread.add(c.deckId);
		}
	}
	await readMissing();
	return { ...read, candidates, cards, reread };
}
