import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings } from './settings';
import { formatSteps, parseSteps } from './steps';
import { formatInterval } from './interval';

describe('settings', () => {
	it('has Anki-like defaults', () => {
		expect(DEFAULT_SETTINGS).toMatchObject({
			newPerDay: 20,
			reviewsPerDay: 200,
			retention: 0.9,
			learningSteps: ['1m', '10m']
		});
	});
	it('clamps retention to 0.70 … 0.99 and limits to whole numbers', () => {
		expect(normalizeSettings({ retention: 0.5 }).retention).toBe(0.7);
		expect(normalizeSettings({ retention: 1 }).retention).toBe(0.99);
		expect(normalizeSettings({ newPerDay: -3 }).newPerDay).toBe(0);
		expect(normalizeSettings({ reviewsPerDay: 12.6 }).reviewsPerDay).toBe(13);
		expect(normalizeSettings({ newPerDay: NaN }).newPerDay).toBe(20);
	});
	it('parses steps and rejects nonsense', () => {
		expect(parseSteps('1m 10m')).toEqual(['1m', '10m']);
		expect(parseSteps('1m, 1h,1d')).toEqual(['1m', '1h', '1d']);
		expect(parseSteps('')).toEqual([]);
		expect(parseSteps('10 minutes')).toEqual(['10m']);
		expect(parseSteps('10 parsecs')).toBeNull();
		expect(parseSteps('0m')).toBeNull();
	});
	it('formats intervals for the grade buttons', () => {
		expect(formatInterval(30_000)).toBe('<1m');
		expect(formatInterval(600_000)).toBe('10m');
		expect(formatInterval(3 * 3_600_000)).toBe('3h');
		expect(formatInterval(3 * 86_400_000)).toBe('3d');
		expect(formatInterval(60 * 86_400_000)).toBe('2mo');
		expect(formatInterval(550 * 86_400_000)).toBe('1.5y');
	});
	it('bug: intervals read "1m/6m/10m/6d" in the Russian UI; they are in Russian units', () => {
		const ru = (ms: number) => formatInterval(ms, 'ru').replace(/\u00a0/g, ' ');
		expect(ru(30_000)).toBe('<1 мин');
		expect(ru(600_000)).toBe('10 мин');
		expect(ru(3 * 3_600_000)).toBe('3 ч');
		expect(ru(6 * 86_400_000)).toBe('6 дн.');
		expect(ru(60 * 86_400_000)).toBe('2 мес.');
		expect(ru(550 * 86_400_000)).toBe('1,5 г.');
	});
	it('bug: learning steps refused "1 мин 10 мин"; Russian and spelled-out units are read', () => {
		expect(parseSteps('1 мин 10 мин')).toEqual(['1m', '10m']);
		expect(parseSteps('1м, 10м, 1ч, 2д')).toEqual(['1m', '10m', '1h', '2d']);
		expect(parseSteps('10 min 1 h 1 day')).toEqual(['10m', '1h', '1d']);
		expect(parseSteps('1,5ч')).toEqual(['1.5h']);
		expect(parseSteps('1 мин 10')).toBeNull();
		expect(parseSteps('десять минут')).toBeNull();
		expect(formatSteps(['1m', '10m', '1d'], 'ru')).toBe('1 мин 10 мин 1 дн.');
		expect(parseSteps(formatSteps(['1m', '10m', '1.5h', '2d'], 'ru'))).toEqual([
			'1m',
			'10m',
			'1.5h',
			'2d'
		]);
		expect(formatSteps(['1m', '10m'], 'en')).toBe('1m 10m');
	});
});
