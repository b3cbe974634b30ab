// The statistics page's model: which decks are shown (all, one article's, one deck), the review
// and card summaries read for them, and every figure derived from those with the pure functions
// of core/stats. Changing the period or the split recomputes in memory; changing the decks
// re-reads (hourly review aggregates and index counts, see db/stats-aggregates.ts: issue 11).
import {
	dayStartAt,
	heatMap,
	retentionFrom,
	reviewsPerDay,
	timeSpentWithTotal,
	type CardCounts,
	type Forecast,
	type ReviewSummary,
	type StatsClock
} from '$lib/core/stats';
import { RETENTION_RECENT_DAYS } from '$lib/core/stats/retention';
import { listDecks, type DeckRow, type KartotekaDB } from '$lib/db';
import { rebuildIfStale } from '$lib/db/review-hours';
import { ensureDeckCounters } from './deck-counters';
import { readStatsAggregates, type StatsAggregates } from '$lib/db/stats-aggregates';
import { byKindThenTitle } from '$lib/core/deck/order';
import { shortTitle } from './deck-list';
import { loadSettings } from './settings';

export type Period = 30 | 90;
export type Split = 'kind' | 'grade';
export const FORECAST_DAYS = 30;
export const HEATMAP_WEEKS = 26;
export { RETENTION_MIN_REVIEWS } from '$lib/core/stats/retention';

/** A <select> value: 'all', 'article:<sourceKey>' or 'deck:<deckId>'. */
export type FilterValue = string;

export interface DeckOption {
	id: string;
	/** The title without its article's name (the article is shown beside it). */
	label: string;
	title: string;
	sourceKey: string;
}

export interface ArticleOption {
	sourceKey: string;
	decks: DeckOption[];
}

/** What the statistics are computed from: the decks, and the aggregates of the chosen ones. */
export interface StatsData extends StatsAggregates {
	decks: DeckRow[];
	/** The filter in effect ('all' when the chosen one names no deck or article here). */
	filter: FilterValue;
	clock: StatsClock;
}

/** Days of reviews the page draws: the heat map's weeks, and a week for its first column. */
const DRAWN_DAYS = HEATMAP_WEEKS * 7 + 7;

/**
 * Once after the upgrade to schema v4, builds the aggregates from every log (issue 11): here, on
 * the statistics page, the only reader of them; reviews written before only wait for it.
 */
export function prepareStats(db: KartotekaDB): Promise<boolean> {
	// The card counts and the forecast read the deck counters once built (features/deck-counters.ts).
	void ensureDeckCounters(db);
	return rebuildIfStale(db);
}

/** Reads the chosen decks' figures (live: a review elsewhere updates them). */
export async function readStats(
	db: KartotekaDB,
	filter: FilterValue,
	now: Date
): Promise<StatsData> {
	const [settings, decks] = await Promise.all([loadSettings(db), listDecks(db)]);
	const effective = validFilter(filter, decks) ? filter : 'all';
	const shown = decksOf(effective, decks).map((d) => d.id);
	const clock = { now, rolloverHour: settings.dayStartHour };
	const aggregates = await readStatsAggregates(db, effective === 'all' ? null : shown, shown, {
		clock,
		fromMs: dayStartAt(clock, 1 - Math.max(DRAWN_DAYS, 90)),
		recentFromMs: dayStartAt(clock, 1 - RETENTION_RECENT_DAYS),
		forecastDays: FORECAST_DAYS
	});
	return { ...aggregates, decks, filter: effective, clock };
}

function validFilter(f: FilterValue, decks: DeckRow[]): boolean {
	return f === 'all' || decksOf(f, decks).length > 0;
}

function decksOf<T extends { id: string; sourceKey: string }>(f: FilterValue, decks: T[]): T[] {
	if (f.startsWith('deck:')) return decks.filter((d) => d.id === f.slice(5));
	if (f.startsWith('article:')) return decks.filter((d) => d.sourceKey === f.slice(8));
	return decks;
}

const NO_CARDS: CardCounts = { new: 0, learning: 0, young: 0, mature: 0, relearning: 0, total: 0 };
const NO_FORECAST: Forecast = { days: [], later: 0 };
const NO_DATA: StatsData = {
	decks: [],
	filter: 'all',
	reviews: [] as ReviewSummary[],
	deckRecent: [],
	deckTotals: [],
	total: { ms: 0, reviews: 0 },
	cards: NO_CARDS,
	forecast: NO_FORECAST,
	stale: false,
	clock: { now: new Date(0), rolloverHour: 4 }
};

/** Every figure of the page, derived in memory from the data read: period and split change none. */
export class StatsView {
	readonly #source: () => StatsData | undefined;
	#data = $derived.by(() => this.#source() ?? NO_DATA);
	#period = $state<Period>(30);
	#split = $state<Split>('kind');

	#articles = $derived.by((): ArticleOption[] => {
		const groups = new Map<string, DeckOption[]>();
		for (const d of [...this.#data.decks].sort(byKindThenTitle)) {
			const list = groups.get(d.sourceKey) ?? [];
			list.push({
				id: d.id,
				label: shortTitle(d.title, d.sourceKey),
				title: d.title,
				sourceKey: d.sourceKey
			});
			groups.set(d.sourceKey, list);
		}
		return [...groups.entries()]
			.map(([sourceKey, decks]) => ({ sourceKey, decks }))
			.sort((a, b) => a.sourceKey.localeCompare(b.sourceKey));
	});

	/** The decks the filter selects, in display order. */
	#shownDecks = $derived(
		decksOf(
			this.#data.filter,
			this.#articles.flatMap((a) => a.decks)
		)
	);

	/** Names for the shown decks: short when they all come from one article, else full titles. */
	#deckLabels = $derived.by((): Record<string, string> => {
		const one = new Set(this.#shownDecks.map((d) => d.sourceKey)).size <= 1;
		return Object.fromEntries(this.#shownDecks.map((d) => [d.id, one ? d.label : d.title]));
	});

	#perDay = $derived(reviewsPerDay(this.#data.reviews, this.#data.clock, this.#period));
	#retention = $derived(
		retentionFrom(
			this.#data.deckRecent,
			this.#data.deckTotals,
			this.#data.clock,
			this.#shownDecks.map((d) => d.id)
		)
	);
	#heat = $derived(heatMap(this.#data.reviews, this.#data.clock, HEATMAP_WEEKS));
	#time = $derived(timeSpentWithTotal(this.#data.reviews, this.#data.total, this.#data.clock));

	/** `source` is the live read of the chosen decks (readStats through page-data's liveData). */
	constructor(source: () => StatsData | undefined) {
		this.#source = source;
	}

	/** False while loading, and while the aggregates are first built after an upgrade. */
	get loaded() {
		const data = this.#source();
		return data !== undefined && !data.stale;
	}
	get articles() {
		return this.#articles;
	}
	get shownDecks() {
		return this.#shownDecks;
	}
	get deckLabels() {
		return this.#deckLabels;
	}
	/** The filter in effect. */
	get filter() {
		return this.#data.filter;
	}
	get period() {
		return this.#period;
	}
	set period(p: Period) {
		this.#period = p;
	}
	get split() {
		return this.#split;
	}
	set split(s: Split) {
		this.#split = s;
	}
	get clock() {
		return this.#data.clock;
	}
	/** No review at all in the chosen decks: the page explains instead of drawing empty charts. */
	get empty() {
		return this.#data.total.reviews === 0;
	}
	get reviewCount() {
		return this.#data.total.reviews;
	}
	get perDay() {
		return this.#perDay;
	}
	get retention() {
		return this.#retention;
	}
	get counts() {
		return this.#data.cards;
	}
	get forecast() {
		return this.#data.forecast;
	}
	get heat() {
		return this.#heat;
	}
	get time() {
		return this.#time;
	}
}
