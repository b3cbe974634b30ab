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
import { shortTitle } from './deck-list.svelte';
import { loadSettings } from './settings.svelte';

export type Period = 30 | 90;
export type Split = 'kind' | 'grade';
export const FORECAST_DAYS = 30;
export const HEATMAP_WEEKS = 26;

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

const KIND_ORDER = { dates: 0, actors: 1, positions: 2, custom: 3 };

export class StatsView {
	#db: KartotekaDB | null = null;
	#decks = $state.raw<DeckRow[]>([]);
	#filter = $state<FilterValue>('all');
	#reviews = $state.raw<ReviewSummary[]>([]);
	#cards = $state.raw<CardSummary[]>([]);
	#clock = $state.raw<StatsClock>({ now: new Date(0), rolloverHour: 4 });
	#loaded = $state(false);
	#loading = $state(false);
	#period = $state<Period>(30);
	#split = $state<Split>('kind');
	#request = 0;

	#articles = $derived.by((): ArticleOption[] => {
		const groups = new Map<string, DeckOption[]>();
		const sorted = [...this.#decks].sort(
			(a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.title.localeCompare(b.title)
		);
		for (const d of sorted) {
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
	#shownDecks = $derived.by((): DeckOption[] => {
		const all = this.#articles.flatMap((a) => a.decks);
		const f = this.#filter;
		if (f.startsWith('deck:')) return all.filter((d) => d.id === f.slice(5));
		if (f.startsWith('article:')) return all.filter((d) => d.sourceKey === f.slice(8));
		return all;
	});

	/** Names for the shown decks: short when they all come from one article, else full titles. */
	#deckLabels = $derived.by((): Record<string, string> => {
		const one = new Set(this.#shownDecks.map((d) => d.sourceKey)).size <= 1;
		return Object.fromEntries(this.#shownDecks.map((d) => [d.id, one ? d.label : d.title]));
	});

	#perDay = $derived(reviewsPerDay(this.#reviews, this.#clock, this.#period));
	#retention = $derived(
		trueRetention(
			this.#reviews,
			this.#clock,
			this.#shownDecks.map((d) => d.id)
		)
	);
	#counts = $derived(cardCounts(this.#cards));
	#forecast = $derived(dueForecast(this.#cards, this.#clock, FORECAST_DAYS));
	#heat = $derived(heatMap(this.#reviews, this.#clock, HEATMAP_WEEKS));
	#time = $derived(timeSpent(this.#reviews, this.#clock));

	get loaded() {
		return this.#loaded;
	}
	/** True while the decks' figures are being read (after a filter change). */
	get loading() {
		return this.#loading;
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
	get filter() {
		return this.#filter;
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
		return this.#clock;
	}
	/** No review at all in the chosen decks: the page explains instead of drawing empty charts. */
	get empty() {
		return this.#reviews.length === 0;
	}
	get reviewCount() {
		return this.#reviews.length;
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

	async load(db: KartotekaDB, now: Date, filter: FilterValue = 'all'): Promise<void> {
		this.#db = db;
		const [settings, decks] = await Promise.all([loadSettings(db), listDecks(db)]);
		this.#decks = decks;
		await this.#read(filter, { now, rolloverHour: settings.dayStartHour });
		this.#loaded = true;
	}

	/** Shows other decks: reads their reviews and states. */
	async setFilter(filter: FilterValue, now: Date): Promise<void> {
		if (!this.#db) return;
		await this.#read(filter, { ...this.#clock, now });
	}

	async #read(filter: FilterValue, clock: StatsClock): Promise<void> {
		const db = this.#db!;
		const request = ++this.#request;
		this.#filter = this.#valid(filter) ? filter : 'all';
		const ids = this.#filter === 'all' ? null : this.#shownDecks.map((d) => d.id);
		this.#loading = true;
		try {
			const [reviews, cards] = await Promise.all([
				reviewSummaries(db, ids),
				cardSummaries(db, ids)
			]);
			// A later choice wins over a slower earlier read.
			if (request !== this.#request) return;
			this.#clock = clock;
			this.#reviews = reviews;
			this.#cards = cards;
		} finally {
			if (request === this.#request) this.#loading = false;
		}
	}

	#valid(f: FilterValue): boolean {
		if (f === 'all') return true;
		if (f.startsWith('deck:')) return this.#decks.some((d) => d.id === f.slice(5));
		if (f.startsWith('article:')) return this.#decks.some((d) => d.sourceKey === f.slice(8));
		return false;
	}
}
