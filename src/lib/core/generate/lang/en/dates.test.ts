// The English date grammar on the shapes issue 15 lists, and every rule on its own example.
import { describe, expect, it } from 'vitest';
import { DATE_RULES, earlyYears, sentenceDates, type DateContext } from './dates';

/** ISO dates of a text read from its start (one context, as the pack reads an article). */
function isos(text: string, ctx: DateContext = {}): string[] {
	return sentenceDates(text, 0, text.length, ctx).map((d) => d.iso);
}

describe('English date rules read their examples', () => {
	for (const r of DATE_RULES)
		it(r.id, () => {
			const got = sentenceDates(r.example.text, 0, r.example.text.length, { last: { y: 1920 } });
			expect(got.map((d) => d.iso)).toEqual(r.example.iso);
			expect(got.some((d) => d.rule === r.id)).toBe(true);
		});
});

describe('English dates (issue 15)', () => {
	it('reads day-month-year and month-day-year alike', () => {
		expect(isos('The treaty was signed on 16 April 1922.')).toEqual(['1922-04-16']);
		expect(isos('The treaty was signed on April 16, 1922, at Rapallo.')).toEqual(['1922-04-16']);
		expect(isos('It was signed in April 1922.')).toEqual(['1922-04']);
	});
	it('reads ranges as one interval', () => {
		expect(isos('He was Secretary-General from 1982 to 1991.')).toEqual(['1982/1991']);
		expect(isos('the crisis of 1920–1923')).toEqual(['1920/1923']);
		expect(isos('He led the government from May 1921 to November 1922.')).toEqual([
			'1921-05/1922-11'
		]);
		expect(isos('On the night of 17–18 September 1961 the aircraft crashed.')).toEqual([
			'1961-09-17/1961-09-18'
		]);
	});
	it('reads decades and parts of a year', () => {
		expect(isos('Cooperation continued through the 1920s.')).toEqual(['1920/1929']);
		expect(isos('in the early 1920s')).toEqual(['1920/1923']);
		expect(isos('In early 1754 Dinwiddie dispatched a party.')).toEqual(['1754-01/1754-04']);
		expect(isos('in the first half of 1988')).toEqual(['1988-01/1988-06']);
	});
	it('resolves relative and yearless dates from the date before them', () => {
		expect(isos('Napoleon entered Paris on 20 March 1815. Two days later he spoke.')).toEqual([
			'1815-03-20',
			'1815-03-22'
		]);
		// Over a month's end, and capitalised.
		expect(isos('It opened on 30 June 1960. Ten days later it closed.')).toEqual([
			'1960-06-30',
			'1960-07-10'
		]);
		expect(isos('He left on 26 February 1815 and landed on 1 March.')).toEqual([
			'1815-02-26',
			'1815-03-01'
		]);
		// An office's years do not move the story: "On 8 August" is still 1988.
		expect(
			isos(
				'On 18 July 1988 Iran accepted. Pérez de Cuéllar, Secretary-General from 1982 to 1991, acted. On 8 August he spoke.'
			)
		).toEqual(['1988-07-18', '1982/1991', '1988-08-08']);
		// With nothing before it, "two days later" is no date.
		expect(isos('Two days later he spoke.')).toEqual([]);
	});
	it('resolves looks back and parts of a day, and keeps the story through an aside year', () => {
		// "two days earlier" looks back without moving the story: "the previous evening" is 15 October.
		expect(
			isos(
				'On Tuesday, October 16, 1962, he came. Taken two days earlier, the photographs showed it; he had known since the previous evening.'
			)
		).toEqual(['1962-10-16', '1962-10-14', '1962-10-15']);
		expect(
			isos(
				'It came into force on October 24, 1962. That morning ships stopped. The next day it moved.'
			)
		).toEqual(['1962-10-24', '1962-10-24', '1962-10-25']);
		// A bare year far ahead mid-sentence is an aside: the next "October 28" is still 1962.
		expect(
			isos(
				'On October 27, 1962, it did not become known until 2002, when veterans met. At 9 a.m. on October 28 Moscow replied.'
			)
		).toEqual(['1962-10-27', '2002', '1962-10-28']);
	});
	it('does not move the story with a look back (since, past perfect, brackets)', () => {
		// Told in 1956: "since 1954" and "had signed … in 1954" look back; "On 29 October" is 1956.
		expect(
			isos(
				'The dam was stopped on 19 July 1956. The bank had doubted it since 1954. On 29 October war came.'
			)
		).toEqual(['1956-07-19', '1954', '1956-10-29']);
		expect(
			isos(
				'On 19 July 1956 the offer ended. Egypt had signed a pact in 1954, and on 26 July it struck.'
			)
		).toEqual(['1956-07-19', '1954', '1956-07-26']);
		expect(isos('In May 1956 the pact (1954) lapsed. In June the troops left.')).toEqual([
			'1956-05',
			'1954',
			'1956-06'
		]);
		// A year earlier than the story and told in the simple past moves it there.
		expect(isos('In 1956 the dam stalled. In 1954 Egypt asked for it. In June it signed.')).toEqual(
			['1956', '1954', '1954-06']
		);
	});
	it('reads a weekday with its date and "later that month"', () => {
		expect(isos('The fleet sailed on 2 May 1915. On Sunday, May 9, it returned.')).toEqual([
			'1915-05-02',
			'1915-05-09'
		]);
		expect(
			isos('The army landed on 25 April 1915. It was stopped at Krithia later that month.')
		).toEqual(['1915-04-25', '1915-04']);
	});
	it('takes the New Style of a date given in both calendars', () => {
		expect(isos('The strike began on 13 (26) October 1905.')).toEqual(['1905-10-26']);
	});
	it('reads BC and AD', () => {
		expect(isos('Caesar was killed on 15 March 44 BC.')).toEqual(['-0043-03-15']);
		expect(isos('Varus was defeated in AD 9.')).toEqual(['0009']);
		expect(isos('in the first century BC')).toEqual(['-0099/0000']);
	});
	it('does not take counts or page numbers for years', () => {
		expect(isos('He led about 2,100 men; 5,000 died; Flight 655 carried 290 people.')).toEqual([]);
	});
	it('says each date as a reader does', () => {
		const [d] = sentenceDates('signed on April 16, 1922', 0, 24, {});
		expect(d.label).toBe('16 April 1922');
		expect(d.when).toBe('on 16 April 1922');
		const [r] = sentenceDates('from 1982 to 1991', 0, 17, {});
		expect(r.when).toBe('from 1982 to 1991');
		const [e] = sentenceDates('in early 1754', 0, 13, {});
		expect(e.label).toBe('early 1754');
	});
});

describe('English three-digit years (early medieval texts)', () => {
	it('reads them where the text dates a month so, and not a count', () => {
		const text =
			'The brothers met at Verdun in August 843. Lothar had been emperor since 814; the war of 840–843 ended. Louis held Worms in 829 with an army of 300 knights.';
		const ctx = { early: earlyYears(text) };
		expect(ctx.early).toBe(true);
		expect(isos(text, ctx)).toEqual(['0843-08', '0814', '0840/0843', '0829']);
	});
	it('reads none in a text that writes no such month', () => {
		const text = 'The regiment lost 843 men in 1916.';
		expect(earlyYears(text)).toBe(false);
		expect(isos(text, { early: earlyYears(text) })).toEqual(['1916']);
	});
});

describe('English dates of a news feature', () => {
	it('reads "February 22 to 25, 1986" as one range', () => {
		expect(isos('The four days of February 22 to 25, 1986, ended his rule.')).toEqual([
			'1986-02-22/1986-02-25'
		]);
	});
	it('moves no story by a year in brackets after a title', () => {
		const ctx: DateContext = {};
		isos('The revolt broke out in February 1986.', ctx);
		isos('Mark Thompson, author of The Anti-Marcos Struggle (1995), disagrees.', ctx);
		expect(isos('Marines approached Camp Crame on February 23.', ctx)).toEqual(['1986-02-23']);
	});
});

describe('English day ranges, plans and "since" a month', () => {
	it('reads "from 3 to 5 May 1939" and "between 1 and 10 October" as ranges', () => {
		expect(isos('He stayed from 3 to 5 May 1939.')).toEqual(['1939-05-03/1939-05-05']);
		expect(
			isos('On 30 September 1938 it was signed; the occupation followed between 1 and 10 October.')
		).toEqual(['1938-09-30', '1938-10-01/1938-10-10']);
	});
	it("does not move the story to a plan's date", () => {
		expect(
			isos(
				'It was signed on 30 September 1938. The occupation was to take place between 1 and 10 October. The next day Chamberlain flew home.'
			)
		).toEqual(['1938-09-30', '1938-10-01/1938-10-10', '1938-10-01']);
	});
	it('reads "since November" after March as last year\'s', () => {
		expect(
			isos('On 15 March 1939 troops entered Prague, and Hácha, president since November, gave in.')
		).toEqual(['1939-03-15', '1938-11']);
	});
});
