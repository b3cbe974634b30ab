import { describe, expect, it } from 'vitest';
import { clozeCard, clozeFilled, parseCloze } from './cloze';

describe('parseCloze', () => {
	it('one gap makes one card: the front shows […], the back the answer', () => {
		const p = parseCloze('Рапалльский договор подписан {{c1::16 апреля 1922 г.}}');
		expect(p.ok).toBe(true);
		if (!p.ok) return;
		expect(p.numbers).toEqual([1]);
		expect(clozeCard(p.parts, 1)).toEqual({
			front: 'Рапалльский договор подписан […]',
			back: '16 апреля 1922 г.'
		});
	});

	it('several numbers make several cards, the other gaps filled in', () => {
		const p = parseCloze('{{c1::Чичерин}} и {{c2::Ратенау}} подписали договор в {{c3::Рапалло}}');
		if (!p.ok) throw new Error('parse');
		expect(p.numbers).toEqual([1, 2, 3]);
		expect(clozeCard(p.parts, 2)).toEqual({
			front: 'Чичерин и […] подписали договор в Рапалло',
			back: 'Ратенау'
		});
		expect(clozeFilled(p.parts)).toBe('Чичерин и Ратенау подписали договор в Рапалло');
	});

	it('the same number twice is one card with two gaps', () => {
		const p = parseCloze('{{c1::Чичерин}} и {{c1::Ратенау}} в {{c2::1922}}');
		if (!p.ok) throw new Error('parse');
		expect(p.numbers).toEqual([1, 2]);
		expect(clozeCard(p.parts, 1)).toEqual({ front: '[…] и […] в 1922', back: 'Чичерин; Ратенау' });
	});

	it('a hint shows in the brackets', () => {
		const p = parseCloze('Договор подписан {{c1::16 апреля 1922 г.::дата}}.');
		if (!p.ok) throw new Error('parse');
		expect(clozeCard(p.parts, 1)).toEqual({
			front: 'Договор подписан [дата].',
			back: '16 апреля 1922 г.'
		});
	});

	it('numbers need not be consecutive; single braces are plain text', () => {
		const p = parseCloze('{a} {{c3::x}} {{c10::y}}');
		if (!p.ok) throw new Error('parse');
		expect(p.numbers).toEqual([3, 10]);
		expect(clozeCard(p.parts, 3).front).toBe('{a} […] y');
	});

	it('rejects unbalanced braces, naming where', () => {
		expect(parseCloze('Договор {{c1::1922 г.')).toEqual({
			ok: false,
			error: { code: 'cloze.unclosed', at: 8, snippet: '{{c1::1922 г.' }
		});
		expect(parseCloze('Договор c1::1922}} г.')).toMatchObject({
			ok: false,
			error: { code: 'cloze.unopened', at: 16 }
		});
		expect(parseCloze('{{c1::a {{c2::b}} c}}')).toMatchObject({
			ok: false,
			error: { code: 'cloze.nested' }
		});
	});

	it('rejects gaps that are not cN::answer, empty answers, and text without gaps', () => {
		expect(parseCloze('{{1922}}')).toMatchObject({
			ok: false,
			error: { code: 'cloze.badGap', at: 0 }
		});
		expect(parseCloze('{{c0::x}}')).toMatchObject({ ok: false, error: { code: 'cloze.badGap' } });
		expect(parseCloze('{{c1::  }}')).toMatchObject({
			ok: false,
			error: { code: 'cloze.emptyAnswer' }
		});
		expect(parseCloze('Просто текст')).toEqual({ ok: false, error: { code: 'cloze.noGaps' } });
	});
});
