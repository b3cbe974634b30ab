import { describe, expect, it } from 'vitest';
import { growth, LINEAR } from '$lib/testing/timing';
import { cleanText, toRaw } from './clean';
import { splitSentences } from './sentences';

describe('cleanText', () => {
	it('joins words hyphenated across a line break', () => {
		expect(cleanText('12 ав-\nгуста представитель').text).toBe('12 августа представитель');
	});
	it('keeps the hyphen of a real compound broken at the line end', () => {
		expect(cleanText('секретный германо-\nбольшевистский договор').text).toBe(
			'секретный германо-большевистский договор'
		);
		expect(cleanText('генерала О. Леттов-\nФорбека').text).toBe('генерала О. Леттов-Форбека');
		expect(cleanText('статс-\nсекретаря МИД').text).toBe('статс-секретаря МИД');
	});
	it('decides by other forms of the word in the text', () => {
		const t = 'о благо-\nприятных возможностях; более благоприятный поворот';
		expect(cleanText(t).text).toContain('о благоприятных возможностях');
	});
	it('removes archival citations but keeps editorial insertions', () => {
		const raw =
			'писал Симонсу [4; Bd. III. № 224. S. 466 – 468]. Затем [Цит. по: 6] в «Белоруссии и [на] Украине» [1].';
		expect(cleanText(raw).text).toBe('писал Симонсу. Затем в «Белоруссии и [на] Украине».');
	});
	it('removes author–year citations in round brackets, and no bracket that dates an event', () => {
		expect(
			cleanText('позиция царя изменилась (Малов 2006: 41). Богун отказался (Яковлева 1998: 23).')
				.text
		).toBe('позиция царя изменилась. Богун отказался.');
		expect(
			cleanText(
				'as Bemis argued (Bemis 1935, 112–14; Morris and Smith 1965). Then (cf. Dull 1985a) it ended.'
			).text
		).toBe('as Bemis argued. Then it ended.');
		for (const kept of [
			'the blockade (January 1918) failed',
			'the war (1756–1763) ended',
			'William (AD 1066) landed',
			'Бутурлин (род. 1693) прибыл',
			'Пётр I (1672–1725) умер'
		])
			expect(cleanText(kept).text).toBe(kept);
	});
	it('collapses line breaks inside paragraphs and keeps paragraph breaks', () => {
		expect(cleanText('одна\nстрока  и\n\nновый абзац').text).toBe('одна строка и\nновый абзац');
	});
	it('drops running heads with a page number and footnote marks', () => {
		const raw =
			'The General Staff opposed every\nBUYING PEACE IN ASIA                                143\nconcession in Afghanistan.³ Then\n144      THE JOURNAL\nit ended.';
		expect(cleanText(raw).text).toBe(
			'The General Staff opposed every concession in Afghanistan. Then it ended.'
		);
		// A unit's power is no footnote mark.
		expect(cleanText('территория площадью свыше 150 тыс. км² отошла').text).toBe(
			'территория площадью свыше 150 тыс. км² отошла'
		);
		// A heading without a page number stays.
		expect(cleanText('THE NEGOTIATIONS\n\nThe talks').text).toBe('THE NEGOTIATIONS\nThe talks');
	});
	it('moves a footnote set at a page foot after its paragraph, and drops the journal head', () => {
		const raw =
			'проиграл сражения под Ляояном в августе и на\n¹ Здесь и далее даты приводятся по юлианскому\nкалендарю.\n48                 ВЕСТНИК ДИПЛОМАТИЧЕСКОЙ ИСТОРИИ. 2021. № 2\nреке Шахэ осенью.\n\nДалее.';
		expect(cleanText(raw).text).toBe(
			'проиграл сражения под Ляояном в августе и на реке Шахэ осенью.\nЗдесь и далее даты приводятся по юлианскому календарю.\nДалее.'
		);
		// A footnote of its own at the article's end stays where it is (its mark goes).
		expect(cleanText('Конец статьи.\n\n¹ Фразу ввёл Конолли.').text).toBe(
			'Конец статьи.\nФразу ввёл Конолли.'
		);
		// A line of text with lowercase letters after a number is no running head.
		expect(cleanText('было\n48   Часть первая\nи всё').text).toBe('было 48 Часть первая и всё');
	});
	it('joins English words hyphenated at a line break, and keeps English compounds', () => {
		expect(
			cleanText('treaties with Portu-\ngal and Savoy; Britain obtained Gib-\nraltar').text
		).toBe('treaties with Portugal and Savoy; Britain obtained Gibraltar');
		expect(
			cleanText('a so-\ncalled peace; the Anglo-\nSpanish treaty; twenty-\nfour ships').text
		).toBe('a so-called peace; the Anglo-Spanish treaty; twenty-four ships');
	});
	it('maps offsets back to the raw text', () => {
		const raw = 'Так, 31 июля Сект [4; Bd. III]\nписал ми-\nнистру В. Симонсу.';
		const c = cleanText(raw);
		const at = c.text.indexOf('министру');
		const r = toRaw(c, at, at + 'министру'.length);
		expect(raw.slice(r.start, r.end)).toBe('ми-\nнистру');
		const whole = toRaw(c, 0, c.text.length);
		expect(raw.slice(whole.start, whole.end)).toBe(raw);
	});
});

describe('splitSentences', () => {
	it('does not split at initials, "г." or inside quotations', () => {
		const text =
			'В феврале 1920 г. Президиум Рады заявил: «Польша погибнет. Большевики отступали». Г. В. Чичерин ответил. Второе.';
		expect(splitSentences(text).map((s) => s.text)).toEqual([
			'В феврале 1920 г. Президиум Рады заявил: «Польша погибнет. Большевики отступали».',
			'Г. В. Чичерин ответил.',
			'Второе.'
		]);
	});
});

describe('cleanText on long texts', () => {
	// Issue 9, item 13: each hyphen at a line break rescanned the whole text (480 KB: 51 s).
	it('joins hyphenated line breaks in linear time', () => {
		const letters = 'абвгдежзиклмнопрстуфхцчшщэюя';
		const word = (i: number) =>
			Array.from(
				{ length: 6 },
				(_, k) => letters[(i * 7 + k * 13 + ((i >> k) & 7)) % letters.length]
			).join('');
		const text = (n: number) =>
			Array.from({ length: n }, (_, i) => `${word(i)}-\n${word(i + 1)} текст`).join(' ');
		expect(growth((n) => cleanText(text(n)), 2_000, 3)).toBeLessThan(LINEAR);
	});
});
