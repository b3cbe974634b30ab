// The statistics page's model: which decks are shown (all, one article's, one deck), the review
// and card summaries read for them, and every figure derived from those with the pure functions
// of core/stats. Changing the period or the split recomputes in memory; changing the decks
// re-reads (index range queries, see db/stats-repo.ts).
import {
	cardCounts,
	dueForecast,
	heatMap,
	reviewsPerDay,
	timeSpent,
	trueRetention,
	type CardSummary,
	type ReviewSummary,
	type StatsClock
} from '$lib/core/stats';
import { listDecks, type DeckRow, type KartotekaDB } from '$lib/db';
import { cardSummaries, reviewSummaries } from '$lib/db/stats-repo';
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

/** What the statistics are computed from: the decks, and the logs and states of the chosen ones. */
export interface StatsData {
	decks: DeckRow[];
	/** The filter in effect ('all' when the chosen one names no deck or article here). */
	filter: FilterValue;
	reviews: ReviewSummary[];
	cards: CardSummary[];
	clock: StatsClock;
}

/** Reads the chosen decks' figures (live: a review elsewhere updates them). */
export async function readStats(
	db: KartotekaDB,
	filter: FilterValue,
	now: Date
): Promise<StatsData> {
	const [settings, decks] = await Promise.all([loadSettings(db), listDecks(db)]);
	const effective = validFilter(filter, decks) ? filter : 'all';
	const ids = effective === 'all' ? null : decksOf(effective, decks).map((d) => d.id);
	const [reviews, cards] = await Promise.all([reviewSummaries(db, ids), cardSummaries(db, ids)]);
	return {
		decks,
		filter: effective,
		reviews,
		cards,
		clock: { now, rolloverHour: settings.dayStartHour }
	};
}

function validFilter(f: FilterValue, decks: DeckRow[]): boolean {
	return f === 'all' || decksOf(f, decks).length > 0;
}

function decksOf<T extends { id: string; sourceKey: string }>(f: FilterValue, decks: T[]): T[] {
	if (f.startsWith('deck:')) return decks.filter((d) => d.id === f.slice(5));
	if (f.startsWith('article:')) return decks.filter((d) => d.sourceKey === f.slice(8));
	return decks;
}

const NO_DATA: StatsData = {
	decks: [],
	filter: 'all',
	reviews: [],
	cards: [],
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
		trueRetention(
			this.#data.reviews,
			this.#data.clock,
			this.#shownDecks.map((d) => d.id)
		)
	);
	#counts = $derived(cardCounts(this.#data.cards));
	#forecast = $derived(dueForecast(this.#data.cards, this.#data.clock, FORECAST_DAYS));
	#heat = $derived(heatMap(this.#data.reviews, this.#data.clock, HEATMAP_WEEKS));
	#time = $derived(timeSpent(this.#data.reviews, this.#data.clock));

	/** `source` is the live read of the chosen decks (readStats through page-data's liveData). */
	constructor(source: () => StatsData | undefined) {
		this.#source = source;
	}

	get loaded() {
		return this.#source() !== undefined;
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
		return this.#data.reviews.length === 0;
	}
	get reviewCount() {
		return this.#data.reviews.length;
	}
	get perDay() {
		return this.#perDay;
	}
	get retention() {
		return this.#retention;
	}
	get counts() {
		return this.#counts;
	}
	get forecast() {
		return this.#forecast;
	}
	get heat() {
		return this.#heat;
	}
	get time() {
		return this.#time;
	}
}
