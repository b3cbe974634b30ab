// Strings of the study session (loaded with the study and test routes).

export const ru = {
	'study.title': 'Повторение',
	'study.back': 'К колодам',
	'study.show': 'Показать ответ',
	'study.again': 'Снова',
	'study.hard': 'Трудно',
	'study.good': 'Хорошо',
	'study.easy': 'Легко',
	'study.undo': 'Отменить',
	'study.context': 'Источник',
	'study.done': 'На сегодня всё! Новые карточки и повторения появятся завтра.',
	'study.waiting': 'Следующая карточка будет готова в {time}.',
	'study.keys':
		'Пробел — ответ, 1–4 — оценка, Z — отменить (в поле ответа Ctrl+Z, Esc — выйти из поля)',
	'study.loading': 'Готовим карточки…',
	'study.notFound': 'Колода не найдена.',
	'study.notFoundHint':
		'Возможно, её удалили или ссылка неполная. Все колоды этого устройства — на главной странице.',
	'study.empty': 'В этой колоде пока нет карточек.',
	'study.held':
		'{n, plural, one {# связанная карточка ждёт} few {# связанные карточки ждут} many {# связанных карточек ждут} other {# связанной карточки ждут}} до завтра: сразу после сегодняшних они подсказали бы ответ.',
	'study.showHeld': 'Показать их сейчас',
	'study.counts': 'Осталось: новых {new}, изучаются {learning}, повторить {review}',
	'error.saveReview': 'Не удалось сохранить оценку карточки',
	'study.saving': 'Сохраняем оценку…',
	'study.elsewhere':
		'Повторение уже открыто в другой вкладке. Чтобы ни одна оценка не потерялась, повторять можно только в одной вкладке за раз. Когда та вкладка закроется, повторение продолжится здесь.',
	'study.taken':
		'Повторение продолжили в другой вкладке: оценки, поставленные там, сохранены. Эта вкладка ждёт.',
	'study.takeOver': 'Повторять в этой вкладке',
	'study.refused.stale':
		'Эту карточку тем временем оценили в другой вкладке. Ваша оценка не сохранена; карточки показаны такими, какими они сохранены.',
	'study.refused.gone': 'Эту карточку или её колоду удалили в другой вкладке. Оценка не сохранена.',
	'study.refused.limit':
		'Новые карточки на сегодня уже изучены в другой вкладке. Оценка не сохранена.',
	'study.undoStale': 'Этот ответ уже изменили в другой вкладке: отменять нечего.'
} as const;

export const en: Record<keyof typeof ru, string> = {
	'study.title': 'Study',
	'study.back': 'Back to decks',
	'study.show': 'Show answer',
	'study.again': 'Again',
	'study.hard': 'Hard',
	'study.good': 'Good',
	'study.easy': 'Easy',
	'study.undo': 'Undo',
	'study.context': 'Source',
	'study.done': 'All done for today! New cards and reviews will be back tomorrow.',
	'study.waiting': 'The next card will be ready in {time}.',
	'study.keys':
		'Space shows the answer, 1–4 grade, Z undoes (in the answer field Ctrl+Z; Esc leaves it)',
	'study.loading': 'Preparing cards…',
	'study.notFound': 'Deck not found.',
	'study.notFoundHint':
		'It may have been deleted, or the link is incomplete. All decks on this device are on the home page.',
	'study.empty': 'This deck has no cards yet.',
	'study.held':
		'{n, plural, one {# related card waits} other {# related cards wait}} until tomorrow: right after today’s cards they would give the answer away.',
	'study.showHeld': 'Show them now',
	'study.counts': 'Left: {new} new, {learning} learning, {review} due',
	'error.saveReview': 'Could not save the grade',
	'study.saving': 'Saving the grade…',
	'study.elsewhere':
		'Study is open in another tab. So that no grade is lost, one tab studies at a time. When that tab is closed, study continues here.',
	'study.taken':
		'Study went on in another tab: the grades given there are saved. This tab is waiting.',
	'study.takeOver': 'Study in this tab',
	'study.refused.stale':
		'This card was graded in another tab meanwhile. Your grade was not saved; the cards are shown as they are stored.',
	'study.refused.gone':
		'This card or its deck was deleted in another tab. The grade was not saved.',
	'study.refused.limit':
		"Today's new cards were already studied in another tab. The grade was not saved.",
	'study.undoStale': 'That review was already changed in another tab: nothing to undo.'
};
