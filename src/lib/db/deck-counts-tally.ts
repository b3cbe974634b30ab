// The arithmetic of the per-deck counters (deck-counts-hook.ts): what a state or a card adds to its
// deck's row. Loaded by the repositories that write states and cards (not by the first page).
import { personNamed } from '$lib/core/schedule/siblings';
import type { Fact } from '$lib/core/deck/types';
import { MATURE_DAYS } from '$lib/core/stats/card-counts';
import { RangeSet, type DBCore, type DBCoreMutateRequest, type DBCoreTable } from 'dexie';
import { HOUR_MS, markCounts, provideCounting, type DeckCountsRow } from './deck-counts-hook';

type Counted = { deckId: string; queue: number; due: number; card: { scheduled_days: number } };
type Named = { deckId: string; retired: number; fact?: Fact };

const bump = (b: Record<string, number>, k: string | number, by: number) => {
	const v = (b[k] ?? 0) + by;
	if (v) b[k] = v;
	else delete b[k];
};

/** Adds (by 1) or takes away (−1) states to a deck's counters. */
export function tallyStates(row: DeckCountsRow, states: readonly Counted[], by: 1 | -1): void {
	for (const s of states) {
		if (s.queue === 0) row.n += by;
		else if (s.queue === 1 || s.queue === 2)
			bump(s.queue === 1 ? row.l : row.r, Math.floor(s.due / HOUR_MS), by);
		if (s.queue === 2 && s.card.scheduled_days >= MATURE_DAYS) row.m += by;
	}
}

/** Adds or takes away cards to a deck's person counts (retired cards name no one). */
export function tallyCards(row: DeckCountsRow, cards: readonly Named[], by: 1 | -1): void {
	for (const c of cards) {
		const who = c.retired === 0 ? personNamed(c.fact) : undefined;
		if (who) bump(row.p, who, by);
	}
}

type Tally = (row: DeckCountsRow, rows: { deckId: string }[], by: 1 | -1) => void;
const TALLIES = { states: tallyStates, cards: tallyCards } as unknown as Record<string, Tally>;

/** The rows (keyed by `key`) a mutation replaces or deletes, read before it runs. */
async function rowsBefore(table: DBCoreTable, req: DBCoreMutateRequest) {
	const { trans } = req;
	if (req.type === 'add') return [];
	if (req.type === 'deleteRange') {
		const query = { index: table.schema.primaryKey, range: req.range };
		return (await table.query({ trans, query, values: true })).result as { deckId: string }[];
	}
	const keys =
		req.type === 'delete'
			? req.keys
			: (req.keys ?? req.values.map((v) => (v as { key: string }).key));
	return ((await table.getMany({ trans, keys })) as { deckId: string }[]).filter(Boolean);
}

/** A write to the states or cards that updates the deck rows it touches, in its transaction. */
export function withCounts(name: string, table: DBCoreTable, down: DBCore): DBCoreTable['mutate'] {
	const tally = TALLIES[name];
	return async (req) => {
		// An upgrade's own writes (v2 fills in the cards) are not counted: a later version that
		// rewrites states or cards must clear deckCounts (they are then built again at start).
		if ((req.trans as unknown as IDBTransaction).mode === 'versionchange') return table.mutate(req);
		const before = await rowsBefore(table, req);
		const res = await table.mutate(req);
		const failed = res.failures ?? {};
		const after =
			req.type === 'add' || req.type === 'put'
				? (req.values as { deckId: string }[]).filter((_, i) => !(i in failed))
				: [];
		const decks = [...new Set([...before, ...after].map((s) => s.deckId))];
		if (!decks.length) return res;
		const { trans } = req;
		const counts = down.table('deckCounts');
		const rows = ((await counts.getMany({ trans, keys: decks })) as DeckCountsRow[]).filter(
			Boolean
		);
		if (!rows.length) return res;
		const of = new Map(rows.map((r) => [r.deckId, r]));
		for (const [list, by] of [
			[before, -1],
			[after, 1]
		] as const)
			for (const s of list) {
				const row = of.get(s.deckId);
				if (row) tally(row, [s], by);
			}
		await counts.mutate({ type: 'put', trans, values: rows });
		markCounts(req, down, new RangeSet().addKeys([...of.keys()]));
		return res;
	};
}

provideCounting(withCounts);
