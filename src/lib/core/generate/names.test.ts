import { describe, expect, it } from 'vitest';
import { findPersons, nominativeSurname } from './names';

const names = (text: string) => findPersons(text).map((p) => p.name);

describe('nominative surnames', () => {
	it('recovers the nominative from oblique cases', () => {
		expect(names('командующего рейхсвером генерала Г. Секта. Сект писал.')).toEqual(['Г. Сект']);
		expect(names('переговоры В.Л. Коппа с ним. Коппом было сказано.')).toEqual(['В. Л. Копп']);
		expect(names('наркому иностранных дел Г. В. Чичерину')).toEqual(['Г. В. Чичерин']);
		expect(names('председателю РВСР Л. Д. Троцкому')).toEqual(['Л. Д. Троцкий']);
		expect(names('с полпредом Н.Н. Крестинским')).toEqual(['Н. Н. Крестинский']);
		expect(names('замнаркома М.М. Литвинов помогал Литве')).toEqual(['М. М. Литвинов']);
	});
	it('keeps indeclinable and hyphenated surnames', () => {
		expect(names('дипломат А. А. Иоффе советовал')).toEqual(['А. А. Иоффе']);
		expect(names('кабинета В. Куно, Куно заявил')).toEqual(['В. Куно']);
		expect(names('Посол У. Брокдорф-Ранцау. Записки Брокдорфа-Ранцау.')).toEqual([
			'У. Брокдорф-Ранцау'
		]);
		expect(names('под командованием генерала О. Леттов-Форбека')).toEqual(['О. Леттов-Форбек']);
		expect(nominativeSurname(['Штанге', 'Штанге'])).toBe('Штанге');
	});
	it('tells a nominative in -а from a genitive by its context', () => {
		expect(names('не смог доказать и министр иностранных дел Польши Е. Сапега.')).toEqual([
			'Е. Сапега'
		]);
		expect(names('по плану Ю. Пилсудского')).toEqual(['Ю. Пилсудский']);
	});
	it('writes initials with spaces, whatever the article does', () => {
		expect(names('В.Л. Копп и Г. В. Чичерин')).toEqual(['В. Л. Копп', 'Г. В. Чичерин']);
	});
	it('links later bare mentions to the person named with initials', () => {
		const [p] = findPersons('Посол В.Л. Копп прибыл. Коппа встретили. Копп заявил.');
		expect(p.mentions.map((m) => m.form)).toEqual(['Копп', 'Коппа', 'Копп']);
	});
	it('takes initials from citations for persons the body names by surname', () => {
		const p = findPersons('Иоффе советовал Ленину.', 'Письма А. А. Иоффе – Л. Д. Троцкому');
		expect(p.map((x) => x.name)).toEqual(['А. А. Иоффе']);
	});
	it('does not take countries or organisations for persons', () => {
		expect(names('Германия и Польша, Антанта, НКИД и газета “За свободу”.')).toEqual([]);
	});
});
