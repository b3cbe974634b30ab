import { describe, expect, it } from 'vitest';
import { decodeUtf8, utf8Length } from './utf8';

describe('decodeUtf8', () => {
	it('reads UTF-8 and drops a byte-order mark', () => {
		expect(decodeUtf8(new TextEncoder().encode('\uFEFFСтатья'))).toBe('Статья');
	});
	it('refuses Windows-1251 bytes', () => {
		// "Статья" in Windows-1251.
		expect(decodeUtf8(new Uint8Array([0xd1, 0xf2, 0xe0, 0xf2, 0xfc, 0xff]))).toBeNull();
	});
	it('refuses a truncated multi-byte character', () => {
		expect(decodeUtf8(new Uint8Array([0x41, 0xd0]))).toBeNull();
	});
});

describe('utf8Length', () => {
	it('counts bytes as UTF-8 encodes them', () => {
		for (const s of ['', 'abc', 'Чичерин', '12 октября 1920 г. — «мир»', 'эмодзи 📜'])
			expect(utf8Length(s), s).toBe(new TextEncoder().encode(s).length);
	});
});
