import { describe, expect, it } from 'vitest';
import { judgeDatabase, parseMarker, type DbMarker } from './marker';
import { bytesToWrite, checkSpace, formatBytes } from './room';
import { isLowOnSpace } from './space';

const MB = 1024 * 1024;

describe('room before a large write (issue 9, item 1)', () => {
	it('refuses a write that would not fit with the reserve, and says how much is needed', () => {
		const e = { usage: 100 * MB, quota: 130 * MB };
		expect(checkSpace(e, bytesToWrite(1_000_000))).toEqual({ ok: true });
		expect(checkSpace(e, bytesToWrite(5_000_000))).toEqual({
			ok: false,
			needed: 20_000_000 + 20 * MB,
			free: 30 * MB
		});
		expect(checkSpace({ usage: 10, quota: 5 }, 1)).toMatchObject({ ok: false, free: 0 });
	});
	it('lets the write go on where the browser gives no estimate', () => {
		expect(checkSpace(null, 1e12)).toEqual({ ok: true });
		expect(checkSpace({ usage: Number.NaN, quota: 1 }, 1e12)).toEqual({ ok: true });
	});
	it('warns below 50 MB of room', () => {
		expect(isLowOnSpace({ usage: 0, quota: 49 * MB })).toBe(true);
		expect(isLowOnSpace({ usage: 0, quota: 51 * MB })).toBe(false);
		expect(isLowOnSpace(null)).toBe(false);
	});
	it('writes sizes as people read them', () => {
		expect(formatBytes(40 * MB, 'en')).toBe('40 MB');
		expect(formatBytes(1.5 * MB, 'ru')).toBe('1,5 МБ');
		expect(formatBytes(2048, 'en')).toBe('2.0 KB');
		expect(formatBytes(3 * 1024 * MB, 'en')).toBe('3.0 GB');
	});
});

describe('a database that came back empty (issue 9, item 1)', () => {
	const marker: DbMarker = { id: 'a', reviews: 120, decks: 1, at: 0 };
	it('is lost when another database stands where one with data was', () => {
		expect(judgeDatabase(marker, 'b')).toBe('lost');
		expect(judgeDatabase({ ...marker, reviews: 0 }, 'b')).toBe('lost');
	});
	it('is not lost when nothing of the user’s was in it, or it is the same one', () => {
		expect(judgeDatabase({ ...marker, reviews: 0, decks: 0 }, 'b')).toBe('new');
		expect(judgeDatabase(null, 'b')).toBe('new');
		expect(judgeDatabase(marker, 'a')).toBe('same');
	});
	it('reads a damaged marker as none', () => {
		expect(parseMarker('{')).toBeNull();
		expect(parseMarker('{"id":1}')).toBeNull();
		expect(parseMarker(JSON.stringify(marker))).toEqual(marker);
	});
});
