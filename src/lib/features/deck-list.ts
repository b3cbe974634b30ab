// The home screen's data: decks grouped by their source article, with today's counts.
import { byKindThenTitle } from '$lib/core/deck/order';
import { canTest } from '$lib/core/quiz/offer';
import { dayStart, nextDayStart } from '$lib/core/schedule/day';
import type { DayProgress, QueueCounts } from '$lib/core/schedule/queue';
import { dayProgressByDeck, deckCounts, listDecks, type DeckRow, type KartotekaDB } from '$lib/db';
import type { StudySettings } from '$lib/core/schedule/settings';
import { loadSettings } from './settings';

export interface DeckSummary {
	deck: DeckRow;
	/** The title without the article's name, which the group heading already shows. */
	label: string;
	counts: QueueCounts;
	/** Whether a test can be made of the deck (core/quiz/offer.ts). */
	testable: boolean;
	/** Study days to the deck's exam (0 on its day), or null: no plan, or it has passed. */
	examIn: number | null;
}

/** "Даты: <article title>" under the article's heading reads as just "Даты". */
export function shortTitle(title: string, sourceKey: string): string {
	if (title === sourceKey || !title.includes(sourceKey)) return title;
	const rest = title
		.replace(sourceKey, '')
		.replace(/[\s:—–-]+$/u, '')
		.replace(/^[\s:—–-]+/u, '')
		.trim();
	return rest || title;
}

export interface DeckGroup {
	/** Unique per group: the same article's shipped and own decks are two groups (issue 12, item 14). */
	id: string;
	sourceKey: string;
	/** The user's decks (written, generated or imported), apart from the shipped ones. */
	own: boolean;
	decks: DeckSummary[];
	/** Whether a test of the whole article can be made. */
	testable: boolean;
}

/**
 * The cards held back today in each group of decks (features/held-cards.ts), loaded once something
 * was studied today; `progress`: today's progress of the decks studied today.
 */
export type HeldReader = (
	db: KartotekaDB,
	groups: DeckRow[][],
	progress: ReadonlyMap<string, DayProgress>,
	settings: StudySettings,
	dayStartMs: number
) => Promise<(Set<string> | undefined)[]>;

export interface DeckList {
	groups: DeckGroup[];
	/** Something was studied today: with `held` the counts leave out the cards held back. */
	studiedToday: boolean;
}

/**
 * The decks in use grouped by article, each with today's counts (limited as the queue is, and,
 * given `held`, without the cards held back because a related card was studied today).
 */
export async function readDeckGroups(
	db: KartotekaDB,
	now: Date,
	held?: HeldReader
): Promise<DeckList> {
	const settings = await loadSettings(db);
	// Named presets (few rows): each deck's counts use its own preset's limits.
	const presets = new Map((await db.presets.toArray()).map((p) => [p.id, p]));
	const start = dayStart(now, settings.dayStartHour).getTime();
	const end = nextDayStart(now, settings.dayStartHour).getTime();
	// One read of today's logs for every deck (issue 11: it was one per deck, 103 queries).
	const progress = await dayProgressByDeck(db, start);
	const exams = await examDays(db, now, settings.dayStartHour);
	const studiedToday = progress.size > 0;
	const none = { newDone: 0, reviewsDone: 0 };
	const groups = new Map<string, DeckRow[]>();
	const rows = await listDecks(db);
	if (rows.some((d) => d.origin === 'user')) await import('./own-decks');
	// Keyed by origin too: decks generated from a shipped article must not pass for the shipped ones.
	for (const deck of rows) {
		const key = (deck.origin === 'user' ? 'u' : 's') + deck.sourceKey;
		groups.set(key, [...(groups.get(key) ?? []), deck]);
	}
	// The reader itself skips the groups with nothing studied today (held-cards.ts).
	const waiting = held ? await held(db, [...groups.values()], progress, settings, start) : [];
	// Every count in one transaction (issue 11: a transaction per query cost Chromium a round trip
	// to its storage process each, over a second for 103 decks).
	const out = await db.transaction('r', [db.states, db.deckCounts], async () => {
		const counters = new Map(
			(await db.deckCounts.bulkGet(rows.map((d) => d.id))).flatMap((r) =>
				r ? [[r.deckId, r]] : []
			)
		);
		return Promise.all(
			[...groups].map(async ([id, decks], i) => {
				const sourceKey = id.slice(1);
				const total = decks.reduce((n, d) => n + d.cardCount, 0);
				const summaries = await Promise.all(
					decks.sort(byKindThenTitle).map(async (deck) => ({
						deck,
						label: shortTitle(deck.title, deck.sourceKey),
						counts: await deckCounts(
							db,
							deck.id,
							// Only the limits count here; spread, not core settingsWithPreset (first-page budget).
							{ ...settings, ...presets.get(deck.presetId ?? '')?.options },
							start,
							end,
							waiting[i],
							progress.get(deck.id) ?? none,
							counters.get(deck.id)
						),
						testable: canTest(deck, total),
						examIn: exams.get(deck.id) ?? null
					}))
				);
				const testable = summaries.some((s) => s.testable);
				return { id, sourceKey, own: id[0] === 'u', decks: summaries, testable };
			})
		);
	});
	// An article's shipped decks first, then the user's.
	const order = (a: DeckGroup, b: DeckGroup) =>
		a.sourceKey.localeCompare(b.sourceKey) || +a.own - +b.own;
	return { groups: out.sort(order), studiedToday };
}

/** Days to each deck's exam; the countdown's code loads only when a plan exists (exam-countdown.ts). */
async function examDays(db: KartotekaDB, now: Date, hour: number): Promise<Map<string, number>> {
	const keys = await db.meta.where(':id').startsWith('exam:').primaryKeys();
	if (!keys.length) return new Map();
	const { examCountdowns } = await import('./exam-countdown');
	return examCountdowns(
		db,
		keys.map((k) => String(k).slice('exam:'.length)),
		now,
		hour
	);
}
