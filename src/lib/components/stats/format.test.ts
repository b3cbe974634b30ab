import { describe, expect, it } from 'vitest';
import { duration, percent, shortDay } from './format';

describe('stats formats', () => {
	it('formats durations in the interface language', () => {
		expect(duration(8_200, 'en')).toBe('8.2 sec');
		expect(duration(12 * 60_000, 'en')).toBe('12 min');
		expect(duration(125 * 60_000, 'en')).toBe('2 hr 5 min');
		expect(duration(12 * 60_000, 'ru')).toMatch(/^12 мин/);
	});
	it('formats shares and days', () => {
		expect(percent(0.855, 'en')).toBe('85.5%');
		expect(shortDay('2026-11-25', 'en')).toBe('Nov 25');
	});
});
