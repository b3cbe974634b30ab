// Month names in the cases the generator, the answer checks, the test and the history views write
// or read them. One list for the whole core, so that a fix to one reaches all.

export const MONTH_NOMINATIVE = [
	'январь',
	'февраль',
	'март',
	'апрель',
	'май',
	'июнь',
	'июль',
	'август',
	'сентябрь',
	'октябрь',
	'ноябрь',
	'декабрь'
];

/** With a day: "12 октября". */
export const MONTH_GENITIVE = [
	'января',
	'февраля',
	'марта',
	'апреля',
	'мая',
	'июня',
	'июля',
	'августа',
	'сентября',
	'октября',
	'ноября',
	'декабря'
];

/** "в октябре". */
export const MONTH_PREPOSITIONAL = [
	'январе',
	'феврале',
	'марте',
	'апреле',
	'мае',
	'июне',
	'июле',
	'августе',
	'сентябре',
	'октябре',
	'ноябре',
	'декабре'
];

/** The stems every case form of a Russian month starts with ("январ|ь|я|е|ём"); май is "ма". */
export const MONTH_STEMS = [
	'январ',
	'феврал',
	'март',
	'апрел',
	'ма',
	'июн',
	'июл',
	'август',
	'сентябр',
	'октябр',
	'ноябр',
	'декабр'
];

export const MONTH_ENGLISH = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
