// Strings of the error page (loaded with it): an address the app does not know, or a failure.

export const ru = {
	'notFound.title': 'Такой страницы нет',
	'notFound.body':
		'Адрес «{path}» приложению неизвестен: возможно, ссылка неполная или устарела. Колоды и прогресс на месте.',
	'notFound.error': 'Не удалось открыть страницу ({status}).',
	'notFound.home': 'К колодам'
} as const;

export const en: Record<keyof typeof ru, string> = {
	'notFound.title': 'No such page',
	'notFound.body':
		'The app does not know the address “{path}”: the link may be incomplete or out of date. Your decks and progress are safe.',
	'notFound.error': 'The page could not be opened ({status}).',
	'notFound.home': 'Back to decks'
};
