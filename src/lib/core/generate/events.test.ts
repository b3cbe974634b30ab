import { describe, expect, it } from 'vitest';
import { trimFront } from './cards';
import { eventPhrase, phraseGenitive, shortQuote, spaceInitials, type EventPerson } from './events';
import { quoteRanges } from './text';

/** The event of `clause` with the date written as `date` and the persons named in `people`. */
function event(clause: string, date: string, people: [string, string, string, boolean][] = []) {
	const at = clause.indexOf(date);
	const persons: EventPerson[] = people.map(([written, name, surname, nominative]) => {
		const start = clause.indexOf(written);
		return { start, end: start + written.length, name, surname, nominative };
	});
	return eventPhrase({
		clause,
		date: [at, at + date.length],
		quotes: quoteRanges(clause),
		persons
	});
}

describe('event phrases', () => {
	it('nominalises a verb of speech with the agent in the genitive', () => {
		expect(
			event(
				'Вместе с тем, писал Копп Чичерину 7 сентября: «Мы отброшены в Германии».',
				'7 сентября',
				[
					['Копп', 'В. Л. Копп', 'Копп', true],
					['Чичерину', 'Г. В. Чичерин', 'Чичерин', false]
				]
			)
		).toBe('письмо В. Л. Коппа Чичерину: «Мы отброшены в Германии»');
		expect(
			event(
				'Канцлер Й. Вирт заявил 29 мая 1922 г. в рейхстаге: «Договор не содержит».',
				'29 мая 1922 г.',
				[['Й. Вирт', 'Й. Вирт', 'Вирт', true]]
			)
		).toBe('заявление канцлера Й. Вирта в рейхстаге: «Договор не содержит»');
	});
	it('nominalises a transitive verb: agents in the instrumental, object in the genitive', () => {
		expect(
			event('В ноябре Копп и Мальцан рассмотрели вопрос о помощи Литве', 'В ноябре', [
				['Копп', 'В. Л. Копп', 'Копп', true],
				['Мальцан', 'А. Мальцан', 'Мальцан', true]
			])
		).toBe('рассмотрение В. Л. Коппом и А. Мальцаном вопроса о помощи Литве');
	});
	it('takes a verbal noun the date sits in as the event', () => {
		expect(
			event(
				'После подписания 18 марта 1921 г. Рижского мирного договора вновь начался переход',
				'18 марта 1921 г.'
			)
		).toBe('подписание Рижского мирного договора');
		expect(
			event(
				'в связи с предстоящим в марте 1921 г. плебисцитом в Верхней Силезии Копп писал',
				'в марте 1921 г.',
				[['Копп', 'В. Л. Копп', 'Копп', true]]
			)
		).toBe('плебисцит в Верхней Силезии');
		expect(
			event('в рамках постановления Политбюро ЦК РКП (б) от 18 января 1923 г.', '18 января 1923 г.')
		).toBe('постановление Политбюро ЦК РКП (б)');
	});
	it('turns "начались …" into "начало …" and keeps "состоялась …" as its subject', () => {
		expect(event('В 1921 г. начались неофициальные контакты с представителями', 'В 1921 г.')).toBe(
			'начало неофициальных контактов с представителями'
		);
		expect(event('В мае в посольстве состоялась беседа Штанге с Кёстером.', 'В мае')).toBe(
			'беседа Штанге с Кёстером в посольстве'
		);
	});
	it('drops leading connectors and subordinate tails, keeps the clause when it cannot nominalise', () => {
		expect(
			event(
				'Однако в июле Германия прекратила военные переговоры, поскольку ЦК предпочёл иное.',
				'в июле'
			)
		).toBe('Германия прекратила военные переговоры');
		expect(
			event(
				'2 декабря Австрия заключила союзный договор, предусматривавший помощь, и конвенцию',
				'2 декабря'
			)
		).toBe('Австрия заключила союзный договор и конвенцию');
	});
	it('marks a reported event as reported', () => {
		const clause = 'что 17 июля в Берлине Радек подписал договор';
		const at = clause.indexOf('17 июля');
		expect(eventPhrase({ clause, date: [at, at + 7], quotes: [], before: 'сообщили, ' })).toBe(
			'по сообщениям, в Берлине Радек подписал договор'
		);
	});
});

describe('helpers', () => {
	it('spaces initials', () => {
		expect(spaceInitials('В.Л. Копп и Дж.Т. Пальмерстон')).toBe('В. Л. Копп и Дж. Т. Пальмерстон');
	});
	it('declines a noun phrase to the genitive', () => {
		expect(phraseGenitive('секретный германо-большевистский договор', true)).toBe(
			'секретного германо-большевистского договора'
		);
		expect(phraseGenitive('оборонительный союз', true)).toBe('оборонительного союза');
		expect(phraseGenitive('неофициальные контакты лиц', false)).toBe('неофициальных контактов лиц');
		expect(phraseGenitive('член коллегии НКИД', false)).toBe('члена коллегии НКИД');
	});
	it('shortens a quotation on a boundary and closes it', () => {
		const q = shortQuote(
			'«Охлаждение явилось реакцией на те надежды, которые возлагались в Германии на роль армии в Пруссии»',
			60
		);
		expect(q).toBe('«Охлаждение явилось реакцией на те надежды…»');
	});
	it('never leaves a front inside an open quotation', () => {
		expect(
			trimFront(
				'указания от […]: «Воспрещается переходить границу, за исключением коридора на Данциг. В этот коридор'
			)
		).toBe(
			'указания от […]: «Воспрещается переходить границу, за исключением коридора на Данциг…»'
		);
		expect(trimFront('а'.repeat(10) + ' ' + 'б'.repeat(300), 250).length).toBeLessThanOrEqual(252);
	});
});

describe('date → event cards', () => {
	it('asks only for dates that identify one event of the article', async () => {
		const { generateDecks } = await import('./index');
		const text = [
			'Отношения России и Германии (1920 – 1921 гг.)',
			'',
			'В 1920 г. начались переговоры делегаций о границе. В 1920 г. Г. В. Чичерин писал Л. Б. Красину о торговле. 12 октября 1920 г. Г. В. Чичерин подписал договор с Польшей. В марте 1921 г. начались контакты с Литвой.'
		].join('\n');
		const fronts = generateDecks({ text, name: 't' }).dates.cards.map((c) => c.front);
		expect(fronts).not.toContain('Что произошло в 1920 г.?');
		expect(fronts).toContain('Что произошло 12 октября 1920 г.?');
		expect(fronts).toContain('Что произошло в марте 1921 г.?');
	});
});

describe('post → person cards', () => {
	it('asks "кто это?" only for an office that names one person', async () => {
		const { generateDecks } = await import('./index');
		const text = [
			'Отношения России и Германии (1920 – 1922 гг.)',
			'',
			'29 мая 1922 г. канцлер Й. Вирт заявил в рейхстаге о договоре. 12 октября 1920 г. нарком иностранных дел Г. В. Чичерин подписал договор.'
		].join('\n');
		const fronts = generateDecks({ text, name: 't' }).positions.cards.map((c) => c.front);
		expect(fronts.some((f) => /^Канцлер .*кто это\?$/u.test(f))).toBe(false);
		expect(fronts).toContain('Й. Вирт (1922 г.): какую должность занимал?');
		expect(fronts).toContain('Нарком иностранных дел (1920 г.) — кто это?');
	});
});
