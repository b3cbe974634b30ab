// Which card comes next and how many are left today, from the candidates of queue.ts. Pure: `now`
// and the day's progress are parameters.
import { remainingLimits, type DeckCandidates, type QueueCard, type QueueCounts } from './queue';
import type { StudySettings } from './settings';

export interface Queue {
	counts: QueueCounts;
	/** The card to show now, or null when nothing is due now. */
	next: QueueCard | null;
	/** When nothing is due now but learning cards wait later today: the earliest of them. */
	waitUntil: number | null;
	/** New and review cards held back until tomorrow because a related card was studied today. */
	held: number;
}

/** Anki shows learning cards up to 20 minutes early when nothing else is left. */
export const LEARN_AHEAD_MS = 20 * 60_000;

const byDue = (a: QueueCard, b: QueueCard) => a.due - b.due || a.ord - b.ord || cmp(a.key, b.key);
const byOrd = (a: QueueCard, b: QueueCard) => a.ord - b.ord || cmp(a.key, b.key);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Today's candidates as the queue takes them: each list sorted, held cards out, limits applied. */
function todaysLists(
	decks: readonly DeckCandidates[],
	settings: StudySettings,
	held: ReadonlySet<string>
) {
	const learning: QueueCard[] = [];
	const reviews: QueueCard[] = [];
	const fresh: QueueCard[] = [];
	let heldCount = 0;
	const keep = (list: QueueCard[]) => {
		const kept = list.filter((c) => !held.has(c.key));
		heldCount += list.length - kept.length;
		return kept;
	};
	for (const d of decks) {
		const { newLeft, reviewsLeft } = remainingLimits(d.limits ?? settings, d.progress);
		learning.push(...d.learning);
		reviews.push(...keep(d.reviews).sort(byDue).slice(0, reviewsLeft));
		fresh.push(...keep(d.fresh).sort(byOrd).slice(0, newLeft));
	}
	learning.sort(byDue);
	reviews.sort(byDue);
	fresh.sort(byOrd);
	return { learning, reviews, fresh, held: heldCount };
}

/**
 * Today's queue. `held` (see siblings.ts) are new and review cards that wait until tomorrow: they
 * are left out before the day's limits are applied, so the next new cards take their places.
 */
export function buildQueue(
	decks: DeckCandidates[],
	settings: StudySettings,
	now: Date,
	held: ReadonlySet<string> = new Set()
): Queue {
	const t = now.getTime();
	const { learning, reviews, fresh, held: heldCount } = todaysLists(decks, settings, held);
	const counts = { new: fresh.length, learning: learning.length, review: reviews.length };
	// Order: learning cards that are due (short steps must not slip), then reviews, then new
	// cards, then learning cards within the learn-ahead window.
	const dueLearning = learning.find((c) => c.due <= t);
	const next =
		dueLearning ??
		reviews[0] ??
		fresh[0] ??
		learning.find((c) => c.due <= t + LEARN_AHEAD_MS) ??
		null;
	const waitUntil = next === null && learning.length > 0 ? learning[0].due : null;
	return { counts, next, waitUntil, held: heldCount };
}

/**
 * The first `n` candidates in the order the queue would show them were each one done in turn:
 * due learning cards, reviews, new cards, the other learning cards (issue 11: a session reads the
 * cards of these first, shows its first card, and reads the others after). Only an order to read
 * in: which card is shown is buildQueue's choice.
 */
export function upcoming(
	decks: DeckCandidates[],
	settings: StudySettings,
	now: Date,
	held: ReadonlySet<string>,
	n: number
): string[] {
	const t = now.getTime();
	const { learning, reviews, fresh } = todaysLists(decks, settings, held);
	const due = learning.filter((c) => c.due <= t);
	const later = learning.filter((c) => c.due > t);
	return [...due, ...reviews, ...fresh, ...later].slice(0, n).map((c) => c.key);
}
