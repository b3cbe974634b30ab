// A study session's candidates and what holding back related cards needs (core/schedule/
// siblings.ts), read without reading every card of the session's articles (issue 11: a session
// over all decks read 100,000 cards for it, 5.8 s at 100k). Cards read: today's reviewed ones and
// the candidates'; who the articles' cards name comes from the decks' counters (db/deck-counts*).
import {
	heldBack,
	type DayProgress,
	type DeckCandidates,
	type StudySettings,
	type Ties
} from '$lib/core/schedule';
import type { CardRow, KartotekaDB, StateRow } from '$lib/db';
import { queueCandidates } from '$lib/db/review-repo';
import { sessionSiblings, siblingsToday } from '$lib/db/siblings-repo';

export type Candidates = DeckCandidates & { rows: StateRow[]; limits: StudySettings };

export interface SessionRead {
	candidates: Candidates[];
	/** Cards already read, by key (the session reads only the others). */
	cards: Map<string, CardRow>;
	/** Keys of the articles' cards reviewed today, once per review (empty: nothing held back). */
	reviewed: string[];
	/** The relations of the given cards (null when related cards are not held back). */
	tiesOf: ((cards: Iterable<CardRow>) => Map<string, Ties>) | null;
}

interface Args {
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

/**
 * The candidates, the cards read and the ties. A deck reads a day's new cards more than its limits
 * use, and as many more as are held back among its candidates (read again until that holds), so
 * that cards held back during the session leave their places to the next ones.
 */
export async function readSessionCandidates(db: KartotekaDB, a: Args): Promise<SessionRead> {
	if (!a.settings.burySiblings)
		return {
			candidates: await readDecks(db, a, a.live, () => 0),
			cards: new Map(),
			reviewed: [],
			tiesOf: null
		};
	const siblings = await sessionSiblings(db, a.live, a.start);
	if (!siblings) return readWithEveryCard(db, a);
	const extra = new Map(a.live.map((id) => [id, a.settings.newPerDay]));
	const candidates = await readDecks(db, a, a.live, (id) => extra.get(id)!);
	const cards = new Map(siblings.cards);
	for (let round = 0; round < 4; round++) {
		const missing = candidates.flatMap(keysOf).filter((k) => !cards.has(k));
		for (const c of await db.cards.bulkGet(missing)) if (c) cards.set(c.key, c);
		const mine = candidates.flatMap(keysOf).flatMap((k) => cards.get(k) ?? []);
		const held = heldBack(
			siblings.tiesOf(mine),
			siblings.reviewed,
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
		for (const c of again) candidates[candidates.findIndex((x) => x.deckId === c.deckId)] = c;
	}
	return { candidates, cards, reviewed: siblings.reviewed, tiesOf: siblings.tiesOf };
}

/** Decks without counters yet (before they are built at start): every card of the articles. */
async function readWithEveryCard(db: KartotekaDB, a: Args): Promise<SessionRead> {
	const s = await siblingsToday(db, a.live, a.start, true);
	if (!s) throw new Error('siblingsToday: null with always set');
	const held = heldBack(s.ties, s.reviewed, s.keys);
	const candidates = await readDecks(db, a, a.live, () => held.size + a.settings.newPerDay);
	return { candidates, cards: s.cards, reviewed: s.reviewed, tiesOf: () => s.ties };
}
