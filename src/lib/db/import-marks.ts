// The marks an import brings (an Anki package's flags, marked notes, suspended and buried cards, a
// JSON bundle's marks; core/exchange/bundle.ts: CardMark) written as the study screen writes them (card-marks.ts): the
// card's flag, the state's set-aside queue. Runs inside the import's transaction, after progress,
// so a card whose progress came from the file is set aside with that progress.
import type { CardMark } from '$lib/core/exchange/bundle';
import { QUEUE_CODE } from '$lib/core/schedule/queue';
import { SET_ASIDE } from '$lib/core/schedule/set-aside';
import type { KartotekaDB } from './database';
import { rowsByCard } from './deck-keys';
import type { CardRow, StateRow } from './types';

function buriedAt(m: CardMark, now: Date): number {
	const t = m.buriedAt ? Date.parse(m.buriedAt) : NaN;
	return Number.isFinite(t) && t <= now.getTime() ? t : now.getTime();
}

/** Applies the marks to the cards the import installed; returns how many cards took one. */
export async function applyMarks(
	db: KartotekaDB,
	marks: readonly CardMark[],
	now: Date
): Promise<number> {
	if (!marks.length) return 0;
	// By key ranges, one or two requests per deck (deck-keys.ts), not one get per card.
	const [cards, states] = await Promise.all([
		rowsByCard(db.cards, marks),
		rowsByCard(db.states, marks)
	]);
	const flagged: CardRow[] = [];
	const setAside: StateRow[] = [];
	let n = 0;
	for (const [i, m] of marks.entries()) {
		const card = cards[i];
		const state = states[i];
		// A card the import left out (a shipped deck's id) or retired takes no mark.
		if (!card || card.retired === 1 || card.removed === 1) continue;
		if (m.flag && card.flag !== 1) flagged.push({ ...card, flag: 1 });
		if (m.setAside && state && state.queue !== QUEUE_CODE.retired) {
			const next: StateRow =
				m.setAside === 'suspended'
					? { ...state, queue: SET_ASIDE.suspended }
					: // A bury lasts until the next study day after it: from the file's time of the
						// bury (a JSON bundle), else from the import (Anki keeps no such time).
						{ ...state, queue: SET_ASIDE.buried, buriedAt: buriedAt(m, now) };
			if (m.setAside === 'suspended') delete next.buriedAt;
			setAside.push(next);
		}
		n++;
	}
	await db.cards.bulkPut(flagged);
	await db.states.bulkPut(setAside);
	return n;
}
