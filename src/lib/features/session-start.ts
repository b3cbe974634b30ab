// What a study session reads before its first card (issue 11, fifth pass): settings, the decks,
// their options, today's progress, exam plans, what holding back related cards needs, load
// balancing's counts, and the first candidates. At 100,000 cards over 103 decks this was about a
// thousand IndexedDB requests (every deck's row read five times, one exam-plan get per deck, three
// state ranges per deck), each waiting in line at Chromium's storage process: here every deck's row
// and counters are read once, the exam plans are one range, and a session over most of the decks
// finds its first card from two ranges of the `[queue+due]` index (review-repo.ts: firstDueStates,
// session-candidates.ts: firstRead). The review session (review-session.svelte.ts) chooses the
// first card from what this returns and reads the rest after it is shown.
import { dayStart, nextDayStart, type StudySettings } from '$lib/core/schedule';
import { DueCounts } from '$lib/core/schedule/exam-load';
import { MAX_BALANCED_INTERVAL } from '$lib/core/schedule/load-balance';
import { dayProgressByDeck, type DeckRow, type KartotekaDB } from '$lib/db';
import { unburyBefore } from '$lib/db/card-marks';
import type { DeckCountsRow } from '$lib/db/deck-counts-hook';
import { deckSettings, deckWeights } from '$lib/db/presets-repo';
import { firstDueStates, reviewDueCounts } from '$lib/db/review-repo';
import {
	addExamCards,
	loadExamPlans,
	planExamDecks,
	type ExamDeck,
	type ExamPlans
} from './exam-session';
import {
	firstRead,
	readRelations,
	readSessionStates,
	type Args,
	type Relations,
	type SessionRead
} from './session-candidates';
import { loadSettings, persistenceAsked } from './settings';

/** Review cards read by the first ranges: the first card is among them unless all are held back. */
const FIRST_REVIEWS = 50;

export interface SessionStart {
	settings: StudySettings;
	/** Each deck's settings (its preset's options over the global ones). */
	perDeck: Map<string, StudySettings>;
	args: Args;
	/** The session's decks that exist and are not deleted. */
	decks: DeckRow[];
	rel: Relations;
	/** The candidates: every deck's (readSessionStates), or only the first (`read.first`). */
	read: SessionRead;
	plans: ExamPlans;
	exams: Map<string, ExamDeck>;
	asked: boolean;
	weights: Map<string, number[]>;
	/** Every deck's review cards due per day ahead (null when load balancing is off). */
	load: DueCounts | null;
}

/**
 * Reads what the session needs before its first card. `quick`: a session over most of the decks,
 * with no exam plan, may read only the first candidates (firstRead): the caller checks with
 * provesFirst that the card it chooses is the one every deck's candidates give, else reads them.
 */
export async function readSessionStart(
	db: KartotekaDB,
	deckIds: readonly string[],
	now: Date,
	quick: boolean
): Promise<SessionStart> {
	// Settings, every deck and every deck's counters: three requests in one transaction.
	const [settings, every, counts] = await db.transaction(
		'r',
		[db.meta, db.decks, db.deckCounts],
		() => Promise.all([loadSettings(db), db.decks.toArray(), db.deckCounts.toArray()])
	);
	const hour = settings.dayStartHour;
	const start = dayStart(now, hour).getTime();
	const dayEnd = nextDayStart(now, hour).getTime();
	const byId = new Map(every.map((d) => [d.id, d]));
	// A deck deleted (in another tab, say) is not studied: its cards take no grade.
	const live = deckIds.filter((id) => byId.has(id) && byId.get(id)!.deletedAt === undefined);
	const rows = live.map((id) => byId.get(id));
	const [, progress, perDeck, plans] = await Promise.all([
		// Cards buried on an earlier study day come back (issue 12, study features).
		unburyBefore(db, live, start),
		// Today's progress of every deck in one read (issue 11: one per deck over 103 decks).
		dayProgressByDeck(db, start),
		// Each deck studies with its preset's options (limits, steps, retention, FSRS weights).
		deckSettings(db, live, settings, rows),
		loadExamPlans(db, live)
	]);
	const of = (id: string) => perDeck.get(id) ?? settings;
	const args: Args = { live, settings, of, start, dayEnd, progress };
	const fast = quick && !plans.size && live.length > 3 && live.length * 2 >= every.length;
	const [rel, asked, weights, load, due] = await Promise.all([
		readRelations(db, args, { decks: every, counts }),
		persistenceAsked(db),
		deckWeights(db, live, rows),
		settings.loadBalance ? readLoad(db, dayEnd, hour, every, counts) : null,
		fast ? firstDueStates(db, dayEnd, FIRST_REVIEWS) : null
	]);
	const read =
		(due && firstRead(args, rel, due, FIRST_REVIEWS)) ?? (await readSessionStates(db, args, rel));
	// Exam mode: today's plan per deck, its pace for new cards and its catch-up cards.
	const exams = await planExamDecks(
		db,
		read.candidates,
		plans,
		settings.newPerDay,
		now,
		hour,
		weights
	);
	await addExamCards(db, read.candidates, exams, now, hour, dayEnd);
	const decks = rows.filter((d) => d !== undefined);
	return { settings, perDeck, args, decks, rel, read, plans, exams, asked, weights, load };
}

/** Review cards due per day ahead, over every deck, up to the longest interval balanced. */
async function readLoad(
	db: KartotekaDB,
	dayEnd: number,
	rolloverHour: number,
	decks: readonly DeckRow[],
	rows: readonly DeckCountsRow[]
): Promise<DueCounts> {
	const counts = new DueCounts(rolloverHour);
	const days = Math.ceil(MAX_BALANCED_INTERVAL * 1.1) + 1;
	const known = { decks: decks.map((d) => d.id), rows };
	for (const [due, n] of await reviewDueCounts(db, dayEnd, dayEnd + days * 86_400_000, known))
		counts.addDue(due, n);
	return counts;
}
