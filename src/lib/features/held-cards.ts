// The home screen's way to the cards held back today, loaded once something was studied today
// (a first visit never loads it: see ARCHITECTURE.md, the first page's weight).
import type { DayProgress } from '$lib/core/schedule/queue';
import type { StudySettings } from '$lib/core/schedule/settings';
import type { DeckRow, KartotekaDB } from '$lib/db';
import { heldToday as heldInDecks } from '$lib/db/siblings-repo';

/**
 * The cards held back today in each group of decks (deck-list.ts: HeldReader), read only for the
 * groups whose article had a deck studied today (issue 11: asking every group read today's logs of
 * each of its decks), all in one read-only transaction.
 */
export function heldToday(
	db: KartotekaDB,
	groups: DeckRow[][],
	progress: ReadonlyMap<string, DayProgress>,
	settings: StudySettings,
	dayStartMs: number
): Promise<(Set<string> | undefined)[]> {
	const studied = new Set(groups.flat().flatMap((d) => (progress.has(d.id) ? [d.sourceKey] : [])));
	return db.transaction('r', [db.decks, db.cards, db.states, db.reviews], async () => {
		const out: (Set<string> | undefined)[] = [];
		// One group after another: in parallel, fake-indexeddb committed the transaction early.
		for (const decks of groups)
			out.push(
				decks.some((d) => studied.has(d.sourceKey))
					? await heldInDecks(
							db,
							decks.map((d) => d.id),
							settings,
							dayStartMs
						)
					: undefined
			);
		return out;
	});
}
