// Strings of the study screen's card actions: suspend, bury, flag, edit (issue 12, study
// features). Loaded with the study route, not with the first page (see messages.ts).

export const ru = {
	'actions.label': 'Действия с карточкой',
	'actions.bury': 'Отложить до завтра',
	'actions.suspend': 'Приостановить',
	'actions.flag': 'Флажок',
	'actions.unflag': 'Снять флажок',
	'actions.edit': 'Изменить',
	'actions.buried': 'Карточка отложена до завтра. Z — вернуть.',
	'actions.suspended':
		'Карточка приостановлена: в повторение она не попадёт, пока её не вернут (на странице колоды или в поиске карточек). Z — вернуть.',
	'actions.flagged': 'Карточка отмечена флажком: её видно в поиске карточек. Z — снять.',
	'actions.unflagged': 'Флажок снят.',
	'actions.editedDone': 'Карточка изменена. Z — вернуть как было.',
	'actions.editTitle': 'Изменить карточку',
	'actions.keys': '− отложить, @ приостановить, F флажок, E изменить',
	'actions.flagMark': 'С флажком',
	'error.cardAction': 'Не удалось изменить карточку',
	// The deck page's progress tools
	'deckTools.title': 'Прогресс',
	'deckTools.setAside':
		'Приостановлено: {suspended}, отложено до завтра: {buried} — в повторение они не попадают.',
	'deckTools.unsuspend': 'Вернуть все в повторение',
	'deckTools.unsuspended':
		'{n, plural, one {# карточка возвращена} few {# карточки возвращены} many {# карточек возвращено} other {# карточки возвращено}} в повторение.',
	'deckTools.reset': 'Сбросить прогресс',
	'deckTools.resetConfirm':
		'Начать колоду «{title}» заново? Все её карточки станут новыми; история повторений останется в статистике. Сразу после сброса его можно отменить.',
	'deckTools.resetDone':
		'Прогресс сброшен: {n, plural, one {# карточка снова новая} few {# карточки снова новые} many {# карточек снова новые} other {# карточки снова новые}}.',
	'deckTools.restored':
		'Прогресс возвращён ({n, plural, one {# карточка} few {# карточки} many {# карточек} other {# карточки}}).'
} as const;

export const en: Record<keyof typeof ru, string> = {
	'actions.label': 'Card actions',
	'actions.bury': 'Bury until tomorrow',
	'actions.suspend': 'Suspend',
	'actions.flag': 'Flag',
	'actions.unflag': 'Unflag',
	'actions.edit': 'Edit',
	'actions.buried': 'Card buried until tomorrow. Z brings it back.',
	'actions.suspended':
		'Card suspended: it stays out of study until it is unsuspended (on the deck page or in the card search). Z brings it back.',
	'actions.flagged': 'Card flagged: the card search shows it. Z removes the flag.',
	'actions.unflagged': 'Flag removed.',
	'actions.editedDone': 'Card edited. Z puts it back as it was.',
	'actions.editTitle': 'Edit card',
	'actions.keys': '- bury, @ suspend, F flag, E edit',
	'actions.flagMark': 'Flagged',
	'error.cardAction': 'Could not change the card',
	// The deck page's progress tools
	'deckTools.title': 'Progress',
	'deckTools.setAside':
		'Suspended: {suspended}, buried until tomorrow: {buried} — they stay out of study.',
	'deckTools.unsuspend': 'Unsuspend all',
	'deckTools.unsuspended': '{n, plural, one {# card is} other {# cards are}} back in study.',
	'deckTools.reset': 'Reset progress',
	'deckTools.resetConfirm':
		'Start “{title}” over? All its cards become new; the review history stays in the statistics. The reset can be undone right after.',
	'deckTools.resetDone':
		'Progress reset: {n, plural, one {# card is} other {# cards are}} new again.',
	'deckTools.restored': 'Progress restored ({n, plural, one {# card} other {# cards}}).'
};
