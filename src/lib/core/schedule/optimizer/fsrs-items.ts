// The student's review logs as the FSRS optimizer reads them (issue 13, item 1): per card, the
// history of ratings with the study days between reviews, cut into training items the way the
// FSRS project's own converter (fsrs-rs `convert_to_fsrs_items`) cuts Anki's revlog:
// - a card's history starts at its last first-learning review (a card reset to new starts over);
// - each review after the first gives one item: the reviews up to and including it;
// - only items whose last review is on a later study day than the one before are kept (same-day
//   steps are history, not predictions: the optimizer fits recall across days).
// Days are study days with the app's rollover hour (day.ts), so a review at 1:00 counts for the
// evening before, as the schedule counts it. Pure: rows and the hour are parameters.
import { daysBetween } from '../day';
import { CardState } from '../state';

/** One stored review, as much of it as the optimizer needs. */
export interface OptimizerReview {
	/** The card's key. */
	key: string;
	/** Review time, ms. */
	at: number;
	/** 1 Again … 4 Easy (other values, such as a manual reschedule's 0, are ignored). */
	rating: number;
	/** The card's state before this review (ts-fsrs `log.state`): 0 New starts a history. */
	state: number;
}

export interface FsrsReview {
	rating: number;
	/** Study days since the card's previous review (0 for the first and for same-day steps). */
	deltaT: number;
}

export interface FsrsItem {
	reviews: FsrsReview[];
	/** When the item's last review was made: the time-ordered split sorts on it. */
	at: number;
}

/** The optimizer's packed input (fsrs-browser `computeParameters`): the items laid end to end. */
export interface PackedItems {
	ratings: Uint32Array;
	deltaTs: Uint32Array;
	lengths: Uint32Array;
}

function byCard(rows: readonly OptimizerReview[]): Map<string, OptimizerReview[]> {
	const cards = new Map<string, OptimizerReview[]>();
	for (const r of rows) {
		if (!Number.isInteger(r.rating) || r.rating < 1 || r.rating > 4) continue;
		const list = cards.get(r.key);
		if (list) list.push(r);
		else cards.set(r.key, [r]);
	}
	for (const list of cards.values()) list.sort((a, b) => a.at - b.at);
	return cards;
}

/** The reviews since the card last started as new; none when no start is on record. */
function sinceLastStart(list: readonly OptimizerReview[]): OptimizerReview[] {
	for (let i = list.length - 1; i >= 0; i--)
		if (list[i].state === CardState.New) return list.slice(i);
	return [];
}

/** Training items of all cards, ordered by the time of their last review. */
export function toFsrsItems(rows: readonly OptimizerReview[], rolloverHour: number): FsrsItem[] {
	const items: FsrsItem[] = [];
	for (const list of byCard(rows).values()) {
		const history = sinceLastStart(list);
		const reviews: FsrsReview[] = history.map((r, i) => ({
			rating: r.rating,
			deltaT:
				i === 0
					? 0
					: Math.max(0, daysBetween(new Date(history[i - 1].at), new Date(r.at), rolloverHour))
		}));
		for (let i = 1; i < reviews.length; i++)
			if (reviews[i].deltaT > 0)
				items.push({ reviews: reviews.slice(0, i + 1), at: history[i].at });
	}
	return items.sort((a, b) => a.at - b.at);
}

export function packItems(items: readonly FsrsItem[]): PackedItems {
	const total = items.reduce((n, it) => n + it.reviews.length, 0);
	const ratings = new Uint32Array(total);
	const deltaTs = new Uint32Array(total);
	const lengths = new Uint32Array(items.length);
	let k = 0;
	items.forEach((it, i) => {
		lengths[i] = it.reviews.length;
		for (const r of it.reviews) {
			ratings[k] = r.rating;
			deltaTs[k++] = r.deltaT;
		}
	});
	return { ratings, deltaTs, lengths };
}
