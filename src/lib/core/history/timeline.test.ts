import { describe, expect, it } from 'vitest';
import { dateFact } from '$lib/testing/history-cards';
import { groupByYear, timelineEvents, type TimelineCard } from './timeline';

describe('timelineEvents', () => {
	it('makes one event of a fact’s two cards and skips other facts', () => {
		const person: TimelineCard = {
			key: 'd.actors/p',
			deckId: 'd.actors',
			front: 'Кто?',
			back: 'Чичерин',
			fact: {
				type: 'person',
				ask: 'person',
				person: 'Г. В. Чичерин',
				surname: 'Чичерин',
				role: 'нарком'
			}
		};
		const events = timelineEvents([...dateFact('1920-10-12', 'Рижский договор'), person]);
		expect(events).toHaveLength(1);
		expect(events[0]).toMatchObject({ date: '1920-10-12', event: 'Рижский договор' });
		expect(events[0].cards.map((c) => c.fact?.type === 'date' && c.fact.ask)).toEqual([
			'date',
			'event'
		]);
		expect(events[0].context).toBe('Рижский договор (1920-10-12).');
	});

	it('sorts by date with precision: a year before its months, an interval by its start', () => {
		const events = timelineEvents([
			...dateFact('1923-11', 'E'),
			...dateFact('1923-10-28/1923-11-05', 'D'),
			...dateFact('1920-10-12', 'C'),
			...dateFact('1920-10', 'B'),
			...dateFact('1920', 'A'),
			...dateFact('1919-12-31', 'Z'),
			...dateFact('весной', 'Y')
		]);
		expect(events.map((e) => e.event)).toEqual(['Z', 'A', 'B', 'C', 'D', 'E', 'Y']);
	});

	it('orders years BC (ISO extended, astronomical) before AD and groups them by year', () => {
		const events = timelineEvents([
			...dateFact('0014-08-19', 'Augustus died'),
			...dateFact('-0043-03-15', 'Caesar was killed'),
			...dateFact('-0489', 'Marathon'),
			...dateFact('-0499/-0400', 'the 5th century BC')
		]);
		expect(events.map((e) => e.event)).toEqual([
			'the 5th century BC',
			'Marathon',
			'Caesar was killed',
			'Augustus died'
		]);
		expect(groupByYear(events).map((g) => g.year)).toEqual([-499, -489, -43, 14]);
	});

	it('orders events of the same date as the article does', () => {
		const events = timelineEvents([
			...dateFact('1922-04', 'later in the text', { start: 500, end: 600 }),
			...dateFact('1922-04', 'earlier in the text', { start: 100, end: 200 })
		]);
		expect(events.map((e) => e.event)).toEqual(['earlier in the text', 'later in the text']);
	});

	it('groups by the year an event starts, unreadable dates last', () => {
		const groups = groupByYear(
			timelineEvents([
				...dateFact('1921-03', 'c'),
				...dateFact('1920', 'a'),
				...dateFact('1920-12-30/1921-01-02', 'b'),
				...dateFact('??', 'd')
			])
		);
		expect(groups.map((g) => [g.year, g.events.map((e) => e.event)])).toEqual([
			[1920, ['a', 'b']],
			[1921, ['c']],
			[null, ['d']]
		]);
	});
});
