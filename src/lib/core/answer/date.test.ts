import { describe, expect, it } from 'vitest';
import { checkDate, monthOf, readFactDate, readTypedDate } from './date';

const read = (s: string) => {
	const r = readTypedDate(s);
	return r.ok ? r.value : r.error;
};

describe('readTypedDate: the usual ways of writing a date', () => {
	const day = { from: { year: 1920, month: 10, day: 12 } };
	it.each([
		'12.10.1920',
		'12/10/1920',
		'12-10-1920',
		'12 октября 1920',
		'12 октября 1920 г.',
		'12 октября 1920г.',
		'12-го октября 1920 года',
		'1920-10-12',
		'12 October 1920',
		'October 12, 1920',
		'12 oct 1920',
		'  12 . 10 . 1920  ',
		'12 ОКТЯБРЯ 1920 Г.'
	])('%s is 12 October 1920', (s) => expect(read(s)).toEqual(day));

	const month = { from: { year: 1920, month: 10 } };
	it.each([
		'октябрь 1920',
		'в октябре 1920 г.',
		'октября 1920',
		'10.1920',
		'1920-10',
		'October 1920',
		'in October 1920',
		'окт. 1920'
	])('%s is October 1920', (s) => expect(read(s)).toEqual(month));

	it.each(['1920', '1920 г.', 'в 1920 г.', '1920 год', 'in 1920'])('%s is 1920', (s) =>
		expect(read(s)).toEqual({ from: { year: 1920 } })
	);

	it('reads May in any case and does not take March for it', () => {
		expect(read('в мае 1923')).toEqual({ from: { year: 1923, month: 5 } });
		expect(read('9 мая 1923')).toEqual({ from: { year: 1923, month: 5, day: 9 } });
		expect(read('март 1923')).toEqual({ from: { year: 1923, month: 3 } });
	});

	it('keeps what a date without a year gives', () => {
		expect(read('12 октября')).toEqual({ from: { month: 10, day: 12 } });
		expect(read('октябрь')).toEqual({ from: { month: 10 } });
	});

	it('reads intervals written in words, in numbers and as ISO', () => {
		const span = {
			from: { year: 1923, month: 10, day: 28 },
			to: { year: 1923, month: 11, day: 5 }
		};
		expect(read('28 октября – 5 ноября 1923')).toEqual(span);
		expect(read('28 октября - 5 ноября 1923 г.')).toEqual(span);
		expect(read('с 28 октября по 5 ноября 1923 г.')).toEqual(span);
		expect(read('28.10.1923–05.11.1923')).toEqual(span);
		expect(read('28.10.1923-05.11.1923')).toEqual(span);
		expect(read('1923-10-28/1923-11-05')).toEqual(span);
		expect(read('28–31 октября 1923')).toEqual({
			from: { year: 1923, month: 10, day: 28 },
			to: { year: 1923, month: 10, day: 31 }
		});
		expect(read('январь – май 1923')).toEqual({
			from: { year: 1923, month: 1 },
			to: { year: 1923, month: 5 }
		});
		expect(read('1920–1923 гг.')).toEqual({ from: { year: 1920 }, to: { year: 1923 } });
	});

	it('says what is wrong with what it cannot take', () => {
		expect(read('')).toBe('empty');
		expect(read('   ')).toBe('empty');
		expect(read('31.02.1920')).toBe('impossible');
		expect(read('29.02.1921')).toBe('impossible');
		expect(read('13.13.1920')).toBe('impossible');
		expect(read('32 октября 1920')).toBe('impossible');
		expect(read('5 ноября – 28 октября 1923')).toBe('impossible');
		expect(read('после войны')).toBe('unreadable');
		expect(read('Чичерин')).toBe('unreadable');
		expect(read('12')).toBe('unreadable');
		expect(read('12 октября 1920 Рапалло')).toBe('unreadable');
	});

	// Issue 9 (fuzz): a pasted page of text took 5 s — both sides are read at every separator.
	it('does not read a pasted page, and says so at once', () => {
		const page = '12 октября 1920 - '.repeat(2000);
		const t0 = performance.now();
		expect(read(page)).toBe('unreadable');
		expect(performance.now() - t0).toBeLessThan(200);
		expect(read(`между 28 октября 1923 г. и 5 ноября 1923 г.`)).toMatchObject({
			to: { year: 1923, month: 11, day: 5 }
		});
	});

	it('knows leap years', () => {
		expect(read('29.02.1920')).toEqual({ from: { year: 1920, month: 2, day: 29 } });
	});
});

describe('monthOf', () => {
	it('reads Russian cases, English names and abbreviations', () => {
		expect(monthOf('января')).toBe(1);
		expect(monthOf('феврале')).toBe(2);
		expect(monthOf('августом')).toBe(8);
		expect(monthOf('сент')).toBe(9);
		expect(monthOf('dec')).toBe(12);
		expect(monthOf('июн')).toBe(6);
		expect(monthOf('ию')).toBeUndefined();
		expect(monthOf('марш')).toBeUndefined();
	});
});

describe('readFactDate', () => {
	it('reads the deck ISO forms', () => {
		expect(readFactDate('1920')).toEqual({ from: { year: 1920 } });
		expect(readFactDate('1923-10-28/1923-11-05')?.to).toEqual({ year: 1923, month: 11, day: 5 });
		expect(readFactDate('около 1920')).toBeNull();
	});
});

describe('checkDate', () => {
	const ok = (typed: string, fact: string) => {
		const r = checkDate(typed, fact);
		if (!r.ok) throw new Error(`not read: ${typed} (${r.error})`);
		return r;
	};

	it('all parts right: good, in any form', () => {
		for (const s of ['12.10.1920', '12 октября 1920 г.', '1920-10-12', '12 October 1920']) {
			const r = ok(s, '1920-10-12');
			expect(r.parts).toEqual({ year: 'right', month: 'right', day: 'right' });
			expect(r.complete).toBe(true);
			expect(r.grade).toBe('good');
		}
		expect(ok('в октябре 1920 г.', '1920-10')).toMatchObject({ grade: 'good', complete: true });
		expect(ok('1920', '1920')).toMatchObject({ grade: 'good', parts: { year: 'right' } });
	});

	it('a more precise answer than the text is checked as far as the text goes', () => {
		expect(ok('12.10.1920', '1920-10')).toMatchObject({ grade: 'good', complete: true });
		expect(ok('1 мая 1920', '1920')).toMatchObject({ grade: 'good' });
	});

	it('day slipped: hard; month wrong or missing: again; year wrong: again', () => {
		expect(ok('13.10.1920', '1920-10-12')).toMatchObject({
			parts: { year: 'right', month: 'right', day: 'wrong' },
			grade: 'hard'
		});
		expect(ok('октябрь 1920', '1920-10-12')).toMatchObject({
			parts: { year: 'right', month: 'right', day: 'missing' },
			complete: false,
			grade: 'hard'
		});
		expect(ok('12.11.1920', '1920-10-12')).toMatchObject({
			parts: { year: 'right', month: 'wrong', day: 'right' },
			grade: 'again'
		});
		expect(ok('1920', '1920-10')).toMatchObject({
			parts: { year: 'right', month: 'missing' },
			complete: false,
			grade: 'again'
		});
		expect(ok('12.10.1921', '1920-10-12')).toMatchObject({
			parts: { year: 'wrong', month: 'right', day: 'right' },
			grade: 'again'
		});
		expect(ok('12 октября', '1920-10-12')).toMatchObject({
			parts: { year: 'missing', month: 'right', day: 'right' },
			grade: 'again'
		});
	});

	it('an interval: the whole of it is good, one end hard, a date inside hard', () => {
		const fact = '1923-10-28/1923-11-05';
		for (const s of [
			'28 октября – 5 ноября 1923',
			'28.10.1923–05.11.1923',
			'1923-10-28/1923-11-05'
		])
			expect(ok(s, fact)).toMatchObject({
				grade: 'good',
				complete: true,
				parts: { year: 'right', month: 'right', day: 'right' }
			});
		expect(ok('28 октября – 7 ноября 1923', fact)).toMatchObject({
			grade: 'hard',
			parts: { day: 'wrong' }
		});
		expect(ok('1 ноября 1923', fact)).toMatchObject({
			grade: 'hard',
			inside: true,
			complete: false
		});
		expect(ok('29 октября 1923', fact)).toMatchObject({
			inside: true,
			parts: { year: 'right', month: 'right', day: 'wrong' }
		});
		expect(ok('28 октября 1923', fact)).toMatchObject({ grade: 'hard', inside: true });
		expect(ok('10 декабря 1923', fact)).toMatchObject({ grade: 'again', inside: false });
		expect(ok('1925', fact)).toMatchObject({ grade: 'again' });
		expect(ok('март 1923', '1923-01/1923-05')).toMatchObject({ grade: 'hard', inside: true });
		expect(ok('январь – май 1923', '1923-01/1923-05')).toMatchObject({ grade: 'good' });
	});

	it('a range typed for a single date is right only where both ends agree', () => {
		expect(ok('1920–1921', '1920')).toMatchObject({ grade: 'again', parts: { year: 'wrong' } });
		expect(ok('12–14 октября 1920', '1920-10-12')).toMatchObject({ grade: 'hard' });
	});

	it('unreadable input gets an error, not a grade', () => {
		expect(checkDate('', '1920')).toEqual({ ok: false, error: 'empty' });
		expect(checkDate('31.02.1920', '1920-02')).toEqual({ ok: false, error: 'impossible' });
		expect(checkDate('13.13.1920', '1920-02')).toEqual({ ok: false, error: 'impossible' });
		expect(checkDate('весной', '1920')).toEqual({ ok: false, error: 'unreadable' });
	});
});

// Issue 15: English decks ask "When …?" and take the dates as English writes them.
describe('typed English dates', () => {
	const good = (typed: string, iso: string) => {
		const r = checkDate(typed, iso);
		return r.ok ? r.grade : r.error;
	};
	it('reads every form the English decks answer with', () => {
		expect(good('April 16, 1922', '1922-04-16')).toBe('good');
		expect(good('16th April 1922', '1922-04-16')).toBe('good');
		expect(good('from 1982 to 1991', '1982/1991')).toBe('good');
		expect(good('17–18 September 1961', '1961-09-17/1961-09-18')).toBe('good');
	});
	it('bug: decades and parts of a year were unreadable', () => {
		expect(good('the 1920s', '1920/1929')).toBe('good');
		expect(good('1920s', '1920/1929')).toBe('good');
		expect(good('the early 1920s', '1920/1923')).toBe('good');
		expect(good('early 1754', '1754-01/1754-04')).toBe('good');
		expect(good('the summer of 1988', '1988-06/1988-08')).toBe('good');
		expect(good('the 1930s', '1920/1929')).not.toBe('good');
	});
});

describe('typed dates BC (facts as ISO extended years: 44 BC is -0043)', () => {
	const grade = (typed: string, iso: string) => {
		const r = checkDate(typed, iso);
		return r.ok ? r.grade : r.error;
	};
	it('reads the fact', () => {
		expect(readFactDate('-0043-03-15')).toEqual({ from: { year: -43, month: 3, day: 15 } });
		expect(readFactDate('-0489/-0478')?.to).toEqual({ year: -478 });
	});
	it('reads an era in English and Russian, and counts the year astronomically', () => {
		expect(read('44 BC')).toEqual({ from: { year: -43 } });
		expect(read('44 B.C.')).toEqual({ from: { year: -43 } });
		expect(read('490 BCE')).toEqual({ from: { year: -489 } });
		expect(read('15 March 44 BC')).toEqual({ from: { year: -43, month: 3, day: 15 } });
		expect(read('44 г. до н. э.')).toEqual({ from: { year: -43 } });
		expect(read('15 марта 44 г. до н.э.')).toEqual({ from: { year: -43, month: 3, day: 15 } });
		expect(read('AD 14')).toEqual({ from: { year: 14 } });
		expect(read('14 г. н. э.')).toEqual({ from: { year: 14 } });
	});
	it('a range BC takes its era for both ends; one across the eras names both', () => {
		expect(read('490–479 BC')).toEqual({ from: { year: -489 }, to: { year: -478 } });
		expect(read('490–479 гг. до н. э.')).toEqual({ from: { year: -489 }, to: { year: -478 } });
		expect(read('27 BC – AD 14')).toEqual({ from: { year: -26 }, to: { year: 14 } });
	});
	it('grades against the fact: the era is part of the year', () => {
		expect(grade('44 BC', '-0043')).toBe('good');
		expect(grade('15 March 44 BC', '-0043-03-15')).toBe('good');
		expect(grade('15 марта 44 г. до н. э.', '-0043-03-15')).toBe('good');
		expect(grade('0044', '-0043')).toBe('again'); // AD 44 is not 44 BC
		expect(grade('43 BC', '-0043')).toBe('again'); // the off-by-one of year 0
		expect(grade('490–479 BC', '-0489/-0478')).toBe('good');
		expect(grade('1920', '1920')).toBe('good');
	});
});

describe('typed centuries', () => {
	it('reads English and Russian centuries, BC and AD', () => {
		expect(read('the 5th century BC')).toEqual({ from: { year: -499 }, to: { year: -400 } });
		expect(read('5th century BC')).toEqual({ from: { year: -499 }, to: { year: -400 } });
		expect(read('V в. до н. э.')).toEqual({ from: { year: -499 }, to: { year: -400 } });
		expect(read('XX век')).toEqual({ from: { year: 1901 }, to: { year: 2000 } });
		expect(read('the 19th century')).toEqual({ from: { year: 1801 }, to: { year: 1900 } });
		expect(checkDate('the 5th century BC', '-0499/-0400').ok).toBe(true);
	});
});
