// Installing a deck file (first install or update) in one transaction. Kept apart from the
// reads: it is needed only when a deck is new or changed, so the home screen loads it lazily.
import type { DeckFile } from '$lib/core/deck/types';
import { contentOf, planDeckUpdate, type DeckUpdatePlan } from '$lib/core/deck/merge';
import { QUEUE_CODE, queueCodeOf } from '$lib/core/schedule/queue';
import { emptyCard } from '$lib/core/schedule/state';
import type { KartotekaDB } from './database';
import { cardKey } from './decks-repo';
import type { CardRow, DeckOrigin, StateRow } from './types';

export interface InstallOptions {
	origin: DeckOrigin;
	version: string;
	now: Date;
}

/**
 * Installs or updates a deck in place. Changed cards keep their scheduling state; cards that
 * left the file are retired (kept with their reviews, out of every queue).
 */
export async function installDeck(
	db: KartotekaDB,
	deck: DeckFile,
	{ origin, version, now }: InstallOptions
): Promise<DeckUpdatePlan> {
	return db.transaction('rw', db.decks, db.cards, db.states, async () => {
		const existing = await db.cards.where('deckId').equals(deck.id).toArray();
		const plan = planDeckUpdate(
			existing.map((c) => ({
				id: c.id,
				ord: c.ord,
				retired: c.retired === 1,
				content: rowContent(c)
			})),
			deck
		);
		const rows: CardRow[] = plan.cards.map(({ card, ord }) => ({
			key: cardKey(deck.id, card.id),
			deckId: deck.id,
			ord,
			retired: 0,
			...card
		}));
		await db.cards.bulkPut(rows);

		const fresh: StateRow[] = [];
		const keep: string[] = [];
		for (const { card, ord, change } of plan.cards) {
			const key = cardKey(deck.id, card.id);
			if (change === 'new') {
				const c = emptyCard(now);
				fresh.push({
					key,
					deckId: deck.id,
					queue: QUEUE_CODE.new,
					due: c.due.getTime(),
					ord,
					card: c
				});
			} else if (change !== 'unchanged') keep.push(key);
		}
		await db.states.bulkPut(fresh);
		// Revived and moved cards: same scheduling state, queue and order brought up to date.
		const kept = await db.states.bulkGet(keep);
		await db.states.bulkPut(
			kept
				.filter((s): s is StateRow => s !== undefined)
				.map((s) => ({
					...s,
					queue: queueCodeOf(s.card),
					ord: plan.cards.find((p) => cardKey(deck.id, p.card.id) === s.key)?.ord ?? s.ord
				}))
		);

		const retiredKeys = plan.retire.map((id) => cardKey(deck.id, id));
		await db.cards.where('key').anyOf(retiredKeys).modify({ retired: 1 });
		await db.states.where('key').anyOf(retiredKeys).modify({ queue: QUEUE_CODE.retired });

		await db.decks.put({
			id: deck.id,
			title: deck.title,
			description: deck.description,
			lang: deck.lang,
			kind: deck.kind,
			source: deck.source,
			generator: deck.generator,
			sourceKey: deck.source?.title ?? deck.title,
			origin,
			version,
			cardCount: deck.cards.length,
			updatedAt: now.getTime()
		});
		return plan;
	});
}

export function rowContent(row: CardRow) {
	const { key: _k, deckId: _d, ord: _o, retired: _r, ...card } = row;
	return contentOf(card);
}
