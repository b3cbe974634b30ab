import { describe, expect, it } from 'vitest';
import { formatHistoryDate, formatYear } from './format-date';

describe('formatHistoryDate', () => {
	it.each([
		['1920-10-12', '12 октября 1920 г.', '12 October 1920'],
		['1922-04', 'апрель 1922 г.', 'April 1922'],
		['1920', '1920 г.', '1920'],
		['1923-10-28/1923-11-05', '28 октября – 5 ноября 1923 г.', '28 October – 5 November 1923'],
		['1920-08-09/1920-08-14', '9–14 августа 1920 г.', '9–14 August 1920'],
		['1923-01/1923-05', 'январь – май 1923 г.', 'January – May 1923'],
		['1920/1923', '1920–1923 гг.', '1920–1923'],
		[
			'1920-12-30/1921-01-02',
			'30 декабря 1920 г. – 2 января 1921 г.',
			'30 December 1920 – 2 January 1921'
		],
		['1923/1923-05', '1923 г. – май 1923 г.', '1923 – May 1923'],
		// Years BC: ISO 8601 extended years, astronomical (44 BC is -0043, 1 BC is 0000).
		['-0043-03-15', '15 марта 44 г. до н. э.', '15 March 44 BC'],
		['-0489', '490 г. до н. э.', '490 BC'],
		['0000', '1 г. до н. э.', '1 BC'],
		['-0489/-0478', '490–479 гг. до н. э.', '490–479 BC'],
		['-0499/-0400', '500–401 гг. до н. э.', '500–401 BC'],
		['-0026/0014', '27 г. до н. э. – 14 г. н. э.', '27 BC – AD 14'],
		['0009', '9 г.', '9']
	])('%s', (iso, ru, en) => {
		expect(formatHistoryDate(iso, 'ru')).toBe(ru);
		expect(formatHistoryDate(iso, 'en')).toBe(en);
	});

	it('shows an unreadable date as written', () => {
		expect(formatHistoryDate('весной 1920', 'ru')).toBe('весной 1920');
		expect(formatHistoryDate('1920-13', 'en')).toBe('1920-13');
		expect(formatHistoryDate('1920-02-30', 'en')).toBe('1920-02-30');
	});

	it("writes a year BC as a reader does (the timeline's year heads)", () => {
		expect(formatYear(-43, 'en')).toBe('44 BC');
		expect(formatYear(-43, 'ru')).toBe('44 до н. э.');
		expect(formatYear(1920, 'ru')).toBe('1920');
	});
});
