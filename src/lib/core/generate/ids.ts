// Stable card ids: a hash of the normalised fact, never of its position, so that a card keeps its
// id (and its study history) when the article is edited elsewhere and regenerated.

import type { Fact } from '../deck/types';
import { yo } from '../text/fold';
import { collapseSpaces } from '../text/normalize';
import { fnv1aHex } from '../util/hash';

const normalise = (s: string) => collapseSpaces(yo(s));

/** The fact in a canonical string form: type, direction and its normalised fields in order. */
export function factKey(fact: Fact): string {
	switch (fact.type) {
		case 'date':
			return ['date', fact.ask, fact.date, normalise(fact.event)].join('|');
		case 'person':
			return ['person', fact.ask, normalise(fact.person), normalise(fact.role)].join('|');
		case 'post':
			return ['post', fact.ask, normalise(fact.person), normalise(fact.post)].join('|');
		case 'stance':
			return ['stance', fact.ask, normalise(fact.holder), normalise(fact.stance)].join('|');
	}
}

/** "<deck id>:<hash>"; a second card with the same fact gets a "-2" suffix. */
export function cardId(deckId: string, fact: Fact, taken: Set<string>): string {
	const base = `${deckId}:${fnv1aHex(factKey(fact))}`;
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}
