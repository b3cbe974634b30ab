import { describe, expect, it } from 'vitest';
import { expandLists, findDates } from './dates';
import { generateDecks } from './index';

const iso = (text: string, running = 1920) =>
	expandLists(text, findDates(text, running)).map((d) => d.iso);

describe('date grammar', () => {
	it('reads full dates, month and year, year only', () => {
		expect(iso('Подписание 12 октября 1920 г. прелиминарного договора')).toEqual(['1920-10-12']);
		expect(iso('после подписания в апреле 1922 г. Рапалльского договора')).toEqual(['1922-04']);
		expect(iso('В 1921 г. начались контакты')).toEqual(['1921']);
		expect(iso('заявил 29 мая 1922 года в рейхстаге')).toEqual(['1922-05-29']);
	});
	it('reads ranges of days, months and lists of days', () => {
		expect(iso('28 октября – 5 ноября 1923 г. Копп провел переговоры')).toEqual([
			'1923-10-28/1923-11-05'
		]);
		expect(iso('с 5–7 мая 1921 г.')).toEqual(['1921-05-05/1921-05-07']);
		expect(iso('Переписка в январе-мае свидетельствовала', 1923)).toEqual(['1923-01/1923-05']);
		expect(iso('в указаниях от 9 и 14 августа:')).toEqual(['1920-08-09', '1920-08-14']);
	});
	it('takes a missing year from the narrative', () => {
		expect(iso('Так, 31 июля Сект писал', 1920)).toEqual(['1920-07-31']);
		expect(iso('В ноябре Копп и Мальцан', 1920)).toEqual(['1920-11']);
	});
	it('reads a month adjective with a year in brackets', () => {
		expect(iso('Июльские (1920 г.) записи')).toEqual(['1920-07']);
	});
	it('skips decades and plain numbers', () => {
		expect(iso('в 1920-е годы было 2000 офицеров')).toEqual([]);
	});
});

describe('dates in an article', () => {
	const article = [
		'ОТНОШЕНИЯ (1920 – 1923 гг.)',
		'',
		'В феврале 1920 г. начались переговоры [2; Ф. 04. 15 мая 1919 г. Л. 2]. Армия подошла к границе 1914 г. Так, 31 июля Сект писал министру. В 1921 г. всё изменилось. В марте Копп писал Чичерину.',
		''
	].join('\n');
	const decks = generateDecks({ text: article, name: 't' });
	const facts = decks.dates.cards.map((c) => c.fact);
	const dates = [...new Set(facts.map((f) => (f?.type === 'date' ? f.date : '')))];
	it('uses the running year, not an unrelated attributive year', () => {
		expect(dates).toContain('1920-07-31');
		expect(dates).toContain('1921-03');
		expect(dates.some((d) => d.startsWith('1914'))).toBe(false);
	});
	it('ignores dates that appear only in archival citations', () => {
		expect(dates.some((d) => d.startsWith('1919'))).toBe(false);
	});
	it('asks in both directions and never shows the hidden date', () => {
		const cards = decks.dates.cards.filter(
			(c) => c.fact?.type === 'date' && c.fact.date === '1920-07-31'
		);
		expect(cards.map((c) => c.fact?.type === 'date' && c.fact.ask).sort()).toEqual([
			'date',
			'event'
		]);
		const ask = cards.find((c) => c.fact?.type === 'date' && c.fact.ask === 'date');
		expect(ask?.front).toBe('Так, […] Сект писал министру.');
		expect(ask?.back).toBe('31 июля 1920 г.');
	});
});
