import { createEmptyCard, State } from 'ts-fsrs';
import { expect, it } from 'vitest';
import { CardState, emptyCard } from './state';

it('CardState mirrors ts-fsrs State', () => {
	expect(CardState).toEqual({
		New: State.New,
		Learning: State.Learning,
		Review: State.Review,
		Relearning: State.Relearning
	});
});

it('emptyCard equals ts-fsrs createEmptyCard', () => {
	const now = new Date('2026-11-25T12:00:00Z');
	expect(emptyCard(now)).toEqual(createEmptyCard(now));
});
