// Every extraction rule carries its example; here each example is run through its own rule.
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeMorphology } from '../../../../scripts/lib/morphology-node';
import { cleanText } from './clean';
import { spanText, tokenize } from './doc';
import type { Morphology } from './lang/morphology';
import { DATE_RULES, sentenceDates } from './lang/ru/dates';
import { ANCHOR_RULES } from './lang/ru/person-anchors';
import { Words } from './lang/ru/words';
import { splitSentences } from './sentences';

let morph: Morphology;
beforeAll(async () => {
	morph = await nodeMorphology();
});

describe('date rules read their examples', () => {
	for (const r of DATE_RULES)
		it(r.id, () => {
			const text = r.example.text;
			const ctx = { year: 1920, day: '1920-04-16', month: '1920-04' };
			const got = sentenceDates(text, 0, text.length, ctx);
			const iso = r.example.iso as string[];
			expect(got.map((d) => d.iso)).toEqual(iso);
			if (iso.length) expect(got.some((d) => d.rule === r.id)).toBe(true);
		});
});

describe('person anchor rules read their examples', () => {
	for (const r of ANCHOR_RULES)
		it(r.id, () => {
			const clean = cleanText(r.example.text);
			const doc = tokenize(clean, splitSentences(clean.text));
			const w = new Words(doc, morph);
			const [, surname] = String(r.example.name).split('|');
			const found = doc.tokens
				.map((_, i) => r.apply({ words: w, i }))
				.filter((a) => a !== null)
				.map((a) => spanText(doc, a!.surnameFrom, a!.surnameTo));
			expect(found).toContain(surname);
		});
});

describe('Russian encyclopedia dates', () => {
	const isos = (text: string) =>
		sentenceDates(text, 0, text.length, { year: 1899 }).map((d) => d.iso);
	it('reads abbreviated months and the parts of a year as months', () => {
		expect(isos('в дек. 1899 главнокомандующим был назначен Робертс')).toEqual(['1899-12']);
		expect(isos('Третий период (нояб. 1900 – май 1902)')).toContain('1900-11/1902-05');
		expect(isos('В нач. 1900 Муравьёв предложил посредничество')).toEqual(['1900-01/1900-04']);
		expect(isos('во второй половине 1900 г. буры отступили')).toEqual(['1900-07/1900-12']);
	});
	it('leaves the decade of "в начале 1920-х гг." a decade', () => {
		expect(isos('в начале 1920-х гг. началось')).toEqual(['1920/1923']);
	});
});
