// Given names of rulers and other persons named without a surname ("Пётр I", "Франц Иосиф",
// "королева Анна"). A closed list: a capitalised word is a given name only if it is here.

const GIVEN = [
	'Пётр',
	'Павел',
	'Александр',
	'Николай',
	'Иван',
	'Василий',
	'Фёдор',
	'Михаил',
	'Алексей',
	'Борис',
	'Дмитрий',
	'Владимир',
	'Ярослав',
	'Святослав',
	'Олег',
	'Игорь',
	'Всеволод',
	'Мстислав',
	'Юрий',
	'Андрей',
	'Даниил',
	'Симеон',
	'Иоанн',
	'Константин',
	'Лев',
	'Екатерина',
	'Елизавета',
	'Анна',
	'Мария',
	'Софья',
	'Ольга',
	'Карл',
	'Густав',
	'Фридрих',
	'Вильгельм',
	'Франц',
	'Иосиф',
	'Леопольд',
	'Людовик',
	'Луи',
	'Наполеон',
	'Генрих',
	'Георг',
	'Эдуард',
	'Виктория',
	'Яков',
	'Август',
	'Станислав',
	'Сигизмунд',
	'Ян',
	'Владислав',
	'Кристиан',
	'Фредерик',
	'Ульрика',
	'Элеонора',
	'Виктор',
	'Эммануил',
	'Абдул-Меджид',
	'Абдул-Хамид',
	'Махмуд',
	'Мехмед',
	'Селим',
	'Мустафа',
	'Ахмед',
	'Сулейман',
	'Фердинанд',
	'Максимилиан',
	'Рудольф',
	'Альберт',
	'Филипп',
	'Оттон',
	'Отто',
	'Григорий',
	'Пий',
	'Иннокентий',
	'Климент',
	'Бенедикт',
	'Карл-Густав',
	'Изабелла',
	'Маргарита',
	'Кристина',
	'Луиза',
	'Жозеф',
	'Уильям',
	'Вильгельмина',
	'Хуан',
	'Педро',
	'Фердинанд',
	'Эрнст',
	'Адольф'
];

/** Irregular oblique stems: fleeting vowels and ё → е. */
const IRREGULAR: Record<string, string[]> = {
	Пётр: ['Петра', 'Петру', 'Петром', 'Петре'],
	Павел: ['Павла', 'Павлу', 'Павлом', 'Павле'],
	Лев: ['Льва', 'Льву', 'Львом', 'Льве'],
	Фёдор: ['Фёдора', 'Фёдору', 'Фёдором', 'Фёдоре', 'Федора', 'Федору', 'Федором'],
	Мария: ['Марии', 'Марию', 'Марией'],
	Софья: ['Софьи', 'Софье', 'Софью', 'Софьей'],
	Виктория: ['Виктории', 'Викторию', 'Викторией'],
	Иоанн: ['Иоанна', 'Иоанну', 'Иоанном', 'Иоанне'],
	Пий: ['Пия', 'Пию', 'Пием']
};

function regularForms(n: string): string[] {
	const hy = n.indexOf('-');
	if (hy > 0) return regularForms(n.slice(hy + 1)).map((f) => n.slice(0, hy + 1) + f);
	let m: RegExpExecArray | null;
	if ((m = /^(.+)й$/.exec(n))) return [n, m[1] + 'я', m[1] + 'ю', m[1] + 'ем', m[1] + 'е'];
	if ((m = /^(.+)а$/.exec(n))) {
		const y = /[гкхжшчщ]$/.test(m[1]) ? 'и' : 'ы';
		return [n, m[1] + y, m[1] + 'е', m[1] + 'у', m[1] + 'ой'];
	}
	if (/[оеиу]$/.test(n)) return [n];
	return [n, n + 'а', n + 'у', n + 'ом', n + 'е'];
}

/** form → nominative given name. */
const FORMS = new Map<string, string>();
for (const g of GIVEN) {
	for (const f of [...regularForms(g), ...(IRREGULAR[g] ?? [])]) if (!FORMS.has(f)) FORMS.set(f, g);
}

export function givenNominative(form: string): string | undefined {
	return FORMS.get(form);
}

export function isGivenName(form: string): boolean {
	return FORMS.has(form);
}

/** All case forms of a given name (nominative first). */
export function givenForms(nominative: string): string[] {
	return [...new Set([...regularForms(nominative), ...(IRREGULAR[nominative] ?? [])])];
}
