// Strings of custom study (issue 12): the deck page's form and the /custom route.

export const ru = {
	'custom.title': 'Особое повторение',
	'custom.intro':
		'Пройти карточки ещё раз, не меняя расписания: ни интервалы, ни статистика от этого не изменятся.',
	'custom.mode': 'Какие карточки',
	'custom.mode.all': 'Вся колода (зубрёжка)',
	'custom.mode.wrong': 'Ошибки сегодня («Снова»)',
	'custom.mode.ahead': 'Повторения на неделю вперёд',
	'custom.mode.tag': 'С меткой',
	'custom.tag': 'Метка',
	'custom.start': 'Начать',
	'custom.again': 'Снова',
	'custom.gotIt': 'Помню',
	'custom.show': 'Показать ответ',
	'custom.left': 'Осталось: {left} из {total}',
	'custom.keys': 'Пробел — ответ, 1 — снова, 3 или Enter — помню',
	'custom.none': 'Таких карточек в колоде нет.',
	'custom.done':
		'Готово: {total, plural, one {# карточка пройдена} few {# карточки пройдены} many {# карточек пройдено} other {# карточки пройдено}}, «Снова» — {again}. Расписание не изменилось.',
	'custom.back': 'К колоде'
} as const;

export const en: Record<keyof typeof ru, string> = {
	'custom.title': 'Custom study',
	'custom.intro':
		'Go through cards again without changing their schedule: intervals and statistics stay as they are.',
	'custom.mode': 'Which cards',
	'custom.mode.all': 'The whole deck (cram)',
	'custom.mode.wrong': 'Wrong today (“Again”)',
	'custom.mode.ahead': 'Reviews of the coming week',
	'custom.mode.tag': 'With a tag',
	'custom.tag': 'Tag',
	'custom.start': 'Start',
	'custom.again': 'Again',
	'custom.gotIt': 'Got it',
	'custom.show': 'Show answer',
	'custom.left': 'Left: {left} of {total}',
	'custom.keys': 'Space shows the answer, 1 again, 3 or Enter got it',
	'custom.none': 'The deck has no such cards.',
	'custom.done':
		'Done: {total, plural, one {# card} other {# cards}} gone through, “Again” {again} times. The schedule is unchanged.',
	'custom.back': 'Back to the deck'
};
