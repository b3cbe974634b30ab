import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings, parseSteps } from './settings';
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
		expect(parseSteps('10 minutes')).toBeNull();
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
});
