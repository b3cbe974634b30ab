// Installing a deck file (first install or update) in one transaction. Kept apart from the
// reads: it is needed only when a deck is new or changed, so the home screen loads it lazily.
import type { DeckFile } from '$lib/core/deck/types';
import {
	contentOf,
	planDeckUpdate,
	type CardContent,
	type DeckUpdatePlan
} from '$lib/core/deck/merge';
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
		// Cards the user moved to another deck or deleted are theirs now: the file's version of
		// them is left out, so an update neither brings them back nor changes them.
		const moved = await db.cards.where('originKey').startsWith(`${deck.id}/`).toArray();
		const detached = new Set([
			...moved.map((c) => (c.originKey ?? '').slice(deck.id.length + 1)),
			...existing.filter((c) => c.removed === 1).map((c) => c.id)
		]);
		const fileCards = deck.cards.filter((c) => !detached.has(c.id));
		const installed = existing.filter((c) => c.removed !== 1);
		const plan = planDeckUpdate(
			installed.map((c) => ({
				id: c.id,
				ord: c.ord,
				retired: c.retired === 1,
				content: plannedContent(c)
			})),
			{ ...deck, cards: fileCards }
		);
		const byId = new Map(installed.map((c) => [c.id, c]));
		const rows: CardRow[] = plan.cards.map(({ card, ord }) => {
			const prev = byId.get(card.id);
			// The user's edit wins over the file: keep their text, remember the file's new version.
			if (prev?.edited === 1) return { ...prev, ord, retired: 0, upstream: contentOf(card) };
			return {
				key: cardKey(deck.id, card.id),
				deckId: deck.id,
				ord,
				retired: 0,
				edited: 0,
				...card
			};
		});
		// A row the file leaves as it is stored is not written again (issue 11, tenth pass: an import
		// over the installed collection put every card, and the counters' middleware read each first).
		await db.cards.bulkPut(rows.filter((r) => !sameValue(r, byId.get(r.id))));

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
		// A map, not a search per card: an import of 20,000 changed cards must stay linear.
		const ordOf = new Map(plan.cards.map((p) => [cardKey(deck.id, p.card.id), p.ord]));
		await db.states.bulkPut(
			kept
				.filter((s): s is StateRow => s !== undefined)
				.map((s) => ({
					...s,
					// A suspended or buried card (a negative code, core/schedule/set-aside.ts) stays so
					// when its deck is updated. Inline: this file is on the first page.
					queue: s.queue < 0 ? s.queue : queueCodeOf(s.card),
					ord: ordOf.get(s.key) ?? s.ord
				}))
		);

		const retiredKeys = plan.retire.map((id) => cardKey(deck.id, id));
		await db.cards.where('key').anyOf(retiredKeys).modify({ retired: 1 });
		await db.states.where('key').anyOf(retiredKeys).modify({ queue: QUEUE_CODE.retired });

		// The deck keeps its option preset (issue 13) and typed-answer option over an update.
		const before = await db.decks.get(deck.id);
		await db.decks.put({
			presetId: before?.presetId,
			...(before?.typeAnswers ? { typeAnswers: before.typeAnswers } : {}),
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
			cardCount: fileCards.length,
			updatedAt: now.getTime()
		});
		return plan;
	});
}

/**
 * Whether two stored rows are the same value: plain objects (the same keys, an undefined field
 * counts), arrays and primitives. Anything else (a Date, a Map) counts as different.
 */
export function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
	const proto = Object.getPrototypeOf(a);
	if (proto !== Object.getPrototypeOf(b)) return false;
	if (proto !== Object.prototype && proto !== Array.prototype) return false;
	const x = a as Record<string, unknown>;
	const y = b as Record<string, unknown>;
	const keys = Object.keys(x);
	if (keys.length !== Object.keys(y).length) return false;
	return keys.every((k) => Object.hasOwn(y, k) && sameValue(x[k], y[k]));
}

/** The deck-file fields of a row (not its place, flags or overlay). */
export function rowContent({ front, back, context, tags, source, fact }: CardRow): CardContent {
	return { front, back, context, tags, source, fact };
}

/**
 * What a deck file's update is compared with: the row's content, or for a card the user edited,
 * what the file said when it was edited (the user's text is kept whatever the file says).
 */
export function plannedContent(row: CardRow): CardContent {
	return row.edited === 1 && row.upstream ? row.upstream : rowContent(row);
}
