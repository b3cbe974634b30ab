// UI strings of the history views: timeline, chronology exercise, source reader. Loaded with
// their routes, not merged into the first page's strings (see messages.ts); the links to them on
// the home screen and the study screen are in study.ts.

export const ru = {
	'history.back': 'К колодам',
	'history.source': 'Источник',
	'history.loading': 'Загрузка…',
	'history.error': 'Не удалось загрузить карточки',
	'timeline.empty': 'Датированных событий нет.',
	'timeline.count': 'Событий: {n}',
	'timeline.undated': 'Без даты',
	'timeline.cards': 'Карточки',
	'chronology.intro':
		'Расставьте события по порядку, раннее — вверху: перетащите за ⠿ или двигайте кнопками ↑ ↓ (или стрелками).',
	'chronology.check': 'Проверить',
	'chronology.below':
		'↓ Ниже ещё {n, plural, one {# событие} few {# события} many {# событий} other {# события}}',
	'chronology.new': 'Новый раунд',
	'chronology.up': 'Выше: {event}',
	'chronology.down': 'Ниже: {event}',
	'chronology.drag': 'Перетащить: {event}',
	'chronology.moved': '«{event}»: место {pos} из {n}',
	'chronology.score': 'На своём месте: {correct} из {total}',
	'chronology.ordered':
		'Верно друг относительно друга: {ordered} из {total}; перемещений до ответа: {moves}.',
	'chronology.perfect': 'Всё верно!',
	'chronology.inPlace': 'на месте',
	'chronology.belongs': 'место {pos}',
	'chronology.notEnough': 'Нужно хотя бы 4 события с несовпадающими датами.',
	'reader.missing': 'Текста статьи «{file}» нет в приложении.',
	'reader.legend': 'Подчёркнуты предложения с карточками ({n}): нажмите, чтобы их увидеть.',
	'reader.cards': 'Карточки этого предложения',
	'reader.close': 'Закрыть',
	'reader.error': 'Не удалось открыть статью'
} as const;

export const en: Record<keyof typeof ru, string> = {
	'history.back': 'Back to decks',
	'history.source': 'Source',
	'history.loading': 'Loading…',
	'history.error': 'Could not load the cards',
	'timeline.empty': 'No dated events.',
	'timeline.count': '{n, plural, one {# event} other {# events}}',
	'timeline.undated': 'Undated',
	'timeline.cards': 'Cards',
	'chronology.intro':
		'Put the events in order, earliest at the top: drag by ⠿ or move with ↑ ↓ (or the arrow keys).',
	'chronology.check': 'Check',
	'chronology.below': '↓ {n, plural, one {# more event} other {# more events}} below',
	'chronology.new': 'New round',
	'chronology.up': 'Move up: {event}',
	'chronology.down': 'Move down: {event}',
	'chronology.drag': 'Drag: {event}',
	'chronology.moved': '“{event}”: position {pos} of {n}',
	'chronology.score': 'In the right place: {correct} of {total}',
	'chronology.ordered': 'In the right relative order: {ordered} of {total}; moves to fix: {moves}.',
	'chronology.perfect': 'All correct!',
	'chronology.inPlace': 'in place',
	'chronology.belongs': 'belongs at {pos}',
	'chronology.notEnough': 'This needs at least 4 events with distinct dates.',
	'reader.missing': 'The text of “{file}” is not part of the app.',
	'reader.legend': 'Underlined: sentences with cards ({n}). Tap one to see them.',
	'reader.cards': 'Cards of this sentence',
	'reader.close': 'Close',
	'reader.error': 'Could not open the article'
};
