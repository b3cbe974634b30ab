// The cards of a custom study round (issue 12, "custom study"): a deck's cards chosen by what the
// student asks for. Reads only: a custom round writes no scheduling state and no review.
import Dexie from 'dexie';
import { QUEUE_CODE } from '$lib/core/schedule/queue';
import type { KartotekaDB } from './database';
import { range } from './study-repo';
import type { CardRow } from './types';

export type CustomChoice =
	| { kind: 'all' }
	/** Cards answered Again since the study day began. */
	| { kind: 'wrong'; dayStartMs: number }
	/** Review cards due before `untilMs` (review ahead, without rescheduling them). */
	| { kind: 'ahead'; untilMs: number }
	| { kind: 'tag'; tag: string };

const AGAIN = 1;

/** The deck's active cards the choice names, in deck order. */
export async function customCards(
	db: KartotekaDB,
	deckId: string,
	choice: CustomChoice
): Promise<CardRow[]> {
	const active = (c: CardRow | undefined): c is CardRow =>
		c !== undefined && c.retired !== 1 && c.removed !== 1;
	let cards: CardRow[];
	if (choice.kind === 'wrong') {
		const keys = new Set<string>();
		await db.reviews
			.where('[deckId+at]')
			.between([deckId, choice.dayStartMs], [deckId, Dexie.maxKey])
			.each((r) => {
				if (r.rating === AGAIN) keys.add(r.key);
			});
		cards = (await db.cards.bulkGet([...keys])).filter(active);
	} else if (choice.kind === 'ahead') {
		const keys = await db.states
			.where('[deckId+queue+due]')
			.between(...range(deckId, QUEUE_CODE.review, Dexie.minKey, choice.untilMs))
			.primaryKeys();
		cards = (await db.cards.bulkGet(keys as string[])).filter(active);
	} else {
		cards = (await db.cards.where('deckId').equals(deckId).toArray()).filter(active);
		if (choice.kind === 'tag') cards = cards.filter((c) => c.tags?.includes(choice.tag));
	}
	return cards.sort((a, b) => a.ord - b.ord);
}

/** The tags of a deck's active cards, sorted, for the custom study form. */
export async function deckTags(db: KartotekaDB, deckId: string): Promise<string[]> {
	const tags = new Set<string>();
	await db.cards
		.where('deckId')
		.equals(deckId)
		.each((c) => {
			if (c.retired !== 1 && c.removed !== 1) for (const t of c.tags ?? []) tags.add(t);
		});
	return [...tags].sort((a, b) => a.localeCompare(b));
}
