// UI strings of the history views: timeline, chronology exercise, source reader.

export const ru = {
	'history.more': 'Ещё по статье',
	'history.timeline': 'Лента времени',
	'history.chronology': 'Хронология',
	'history.read': 'Читать статью',
	'history.openReader': 'Открыть в статье',
	'history.loading': 'Загрузка…',
	'history.error': 'Не удалось загрузить карточки',
	'timeline.empty': 'Датированных событий нет.',
	'timeline.count': 'Событий: {n}',
	'timeline.undated': 'Без даты',
	'timeline.cards': 'Карточки',
	'chronology.intro':
		'Расставьте события по порядку, самое раннее — вверху. Перетащите за ручку ⠿ или двигайте кнопками ↑ ↓ (на клавиатуре — стрелками).',
	'chronology.check': 'Проверить',
	'chronology.new': 'Новый раунд',
	'chronology.up': 'Выше: {event}',
	'chronology.down': 'Ниже: {event}',
	'chronology.drag': 'Перетащить: {event}',
	'chronology.moved': '«{event}»: место {pos} из {n}',
	'chronology.score': 'На своём месте: {correct} из {total}',
	'chronology.ordered':
		'В верном порядке друг относительно друга: {ordered} из {total}; перемещений до верного порядка: {moves}.',
	'chronology.perfect': 'Всё верно!',
	'chronology.inPlace': 'на месте',
	'chronology.belongs': 'место {pos}',
	'chronology.notEnough': 'Нужно хотя бы 4 события с несовпадающими датами.',
	'reader.missing': 'Текста статьи «{file}» нет в приложении.',
	'reader.legend': 'Подсвечены предложения с карточками ({n}). Нажмите, чтобы их увидеть.',
	'reader.cards': 'Карточки этого предложения',
	'reader.close': 'Закрыть',
	'reader.error': 'Не удалось открыть статью'
} as const;

export const en: Record<keyof typeof ru, string> = {
	'history.more': 'More with this article',
	'history.timeline': 'Timeline',
	'history.chronology': 'Chronology',
	'history.read': 'Read the article',
	'history.openReader': 'Open in the article',
	'history.loading': 'Loading…',
	'history.error': 'Could not load the cards',
	'timeline.empty': 'No dated events.',
	'timeline.count': '{n} events',
	'timeline.undated': 'Undated',
	'timeline.cards': 'Cards',
	'chronology.intro':
		'Put the events in order, earliest at the top. Drag by the ⠿ handle or move with the ↑ ↓ buttons (or the arrow keys).',
	'chronology.check': 'Check',
	'chronology.new': 'New round',
	'chronology.up': 'Move up: {event}',
	'chronology.down': 'Move down: {event}',
	'chronology.drag': 'Drag: {event}',
	'chronology.moved': '“{event}”: position {pos} of {n}',
	'chronology.score': 'In the right place: {correct} of {total}',
	'chronology.ordered':
		'In the right order relative to each other: {ordered} of {total}; moves to fix: {moves}.',
	'chronology.perfect': 'All correct!',
	'chronology.inPlace': 'in place',
	'chronology.belongs': 'belongs at {pos}',
	'chronology.notEnough': 'This needs at least 4 events with distinct dates.',
	'reader.missing': 'The text of “{file}” is not part of the app.',
	'reader.legend': 'Highlighted: sentences with cards ({n}). Tap one to see them.',
	'reader.cards': 'Cards of this sentence',
	'reader.close': 'Close',
	'reader.error': 'Could not open the article'
};
