// Russian persons: Portuguese names, indeclinable in Russian, kept as written.
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeMorphology } from '../../../../../../scripts/lib/morphology-node';
import { cleanText } from '../../clean';
import { tokenize } from '../../doc';
import { splitSentences } from '../../sentences';
import type { Morphology } from '../morphology';
import { findPersons } from './persons';

let morph: Morphology;
beforeAll(async () => {
	morph = await nodeMorphology();
});

function persons(text: string) {
	const clean = cleanText(text);
	const doc = tokenize(clean, splitSentences(clean.text));
	return findPersons(doc, morph).map((p) => `${p.name} | ${p.surname} | ${p.gender}`);
}

describe('Russian persons with Portuguese names', () => {
	it('keeps a Portuguese first name in -у, a man’s, and his surname as written', () => {
		const got = persons(
			'Премьер-министром стал Марселу Каэтану. Радио поставило песню Паулу ди Карвалью. Каэтану сдался.'
		);
		expect(got).toContain('Марселу Каэтану | Каэтану | masc');
		expect(got).toContain('Паулу ди Карвалью | ди Карвалью | masc');
	});
	it('still reads a Russian name and surname in the dative back to the nominative', () => {
		const got = persons('Президент вручил орден Борису Грызлову. Грызлов поблагодарил.');
		expect(got).toContain('Борис Грызлов | Грызлов | masc');
	});
});

describe('Russian persons: a man’s surname in -а at a list’s end (session 12, round 19)', () => {
	it('keeps "Абаза" after a first name and patronymic in the nominative', () => {
		const got = persons(
			'После этого в отставку ушли Лорис-Меликов, военный министр Дмитрий Алексеевич Милютин и министр финансов Александр Агеевич Абаза.'
		);
		expect(got).toContain('Александр Агеевич Абаза | Абаза | masc');
	});
	it('still reads a genitive after a first name in the genitive ("Николая Смирнова" is Смирнов)', () => {
		const got = persons('Приказ подписал Петр Смирнов. Доклад Николая Смирнова был прочитан.');
		expect(got).toContain('Петр Смирнов | Смирнов | masc');
		expect(got.join('\n')).not.toMatch(/Смирнова \|/);
	});
});

describe('Russian persons with several first names (round 20)', () => {
	it('takes the first names the text writes in the nominative, and a name that ends another as one person', () => {
		const got = persons(
			'Косыгин направил послания премьер-министру Индии Лалу Бахадуру Шастри и президенту Пакистана Мухаммеду Айюб Хану. ' +
				'В Ташкент прибыли Лал Бахадур Шастри и Айюб Хан. Для Айюб Хана Ташкент стал началом заката.'
		);
		expect(got).toContain('Лал Бахадур Шастри | Шастри | masc');
		expect(got).toContain('Мухаммед Айюб Хан | Хан | masc');
		expect(got.join('\n')).not.toMatch(/Ташкент \||^Айюб Хан \|/m);
	});
	it('keeps a surname that is also a town when no verb follows it', () => {
		const got = persons('В отставку ушёл министр финансов Александр Агеевич Абаза.');
		expect(got).toContain('Александр Агеевич Абаза | Абаза | masc');
	});
});
