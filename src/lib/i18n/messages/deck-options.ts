// The deck page's own options and handouts (issue 12): typed answers on every card, the print
// handout without answers. Registered by the deck page and the print page (see ../messages.ts).

export const ru = {
	'deckOptions.typed': 'Вводить ответ на всех карточках',
	'deckOptions.typedHint':
		'Без этого поле ответа есть только у карточек с датой или именем. Ответ сравнивается с оборотом карточки: регистр, ё и знаки препинания не важны, одна опечатка — «Трудно».',
	'deckOptions.typedOn': 'Ответ вводится на всех карточках колоды.',
	'deckOptions.typedOff': 'Ответ вводится только на карточках с датой или именем.',
	'deckOptions.error': 'Не удалось сохранить настройку колоды',
	'handout.link': 'Лист без ответов',
	'handout.questions': 'Вопросы',
	'handout.key': 'Ответы',
	'handout.name': 'Имя: ____________________',
	'handout.withAnswers': 'Таблица с ответами'
} as const;

export const en: Record<keyof typeof ru, string> = {
	'deckOptions.typed': 'Type the answer on every card',
	'deckOptions.typedHint':
		'Otherwise only date and name cards have an answer field. The answer is compared with the card’s back: case, ё and punctuation do not matter, one slip is Hard.',
	'deckOptions.typedOn': 'Every card of this deck takes a typed answer.',
	'deckOptions.typedOff': 'Only date and name cards take a typed answer.',
	'deckOptions.error': 'Could not save the deck’s option',
	'handout.link': 'Handout without answers',
	'handout.questions': 'Questions',
	'handout.key': 'Answer key',
	'handout.name': 'Name: ____________________',
	'handout.withAnswers': 'Table with answers'
};
