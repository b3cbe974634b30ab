// UI strings in Russian and English. Deck content is never translated: it is what students study.

const ru = {
	'app.name': 'Картотека',
	'app.tagline': 'История на карточках',
	'nav.decks': 'Колоды',
	'nav.settings': 'Настройки',
	'nav.main': 'Основная навигация',
	'home.title': 'Колоды',
	'home.loading': 'Загрузка колод…',
	'home.empty': 'Колод пока нет.',
	'home.studyAll': 'Учить все колоды статьи',
	'home.article': 'Статья',
	'deck.new': 'новые',
	'deck.learning': 'изучаются',
	'deck.due': 'к повторению',
	'deck.study': 'Учить',
	'deck.cards': '{n} карточек',
	'deck.kind.dates': 'Даты',
	'deck.kind.actors': 'Деятели',
	'deck.kind.positions': 'Должности и позиции',
	'deck.kind.custom': 'Колода',
	'deck.error': 'Колода «{file}» пропущена: {problem}',
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
	'study.keys': 'Пробел — ответ, 1–4 — оценка, Z — отменить',
	'study.loading': 'Готовим карточки…',
	'study.notFound': 'Колода не найдена.',
	'study.counts': 'Осталось: новых {new}, изучаются {learning}, повторить {review}',
	'settings.title': 'Настройки',
	'settings.retention': 'Желаемый уровень запоминания',
	'settings.retentionHint': 'Выше — чаще повторения, ниже — реже (0,70–0,99).',
	'settings.newPerDay': 'Новых карточек в день',
	'settings.reviewsPerDay': 'Повторений в день',
	'settings.learningSteps': 'Шаги изучения',
	'settings.relearningSteps': 'Шаги переучивания',
	'settings.stepsHint': 'Интервалы через пробел: 1m 10m (m — минуты, h — часы, d — дни).',
	'settings.stepsInvalid': 'Не удалось разобрать шаги: «{value}». Пример: 1m 10m.',
	'settings.language': 'Язык интерфейса',
	'settings.save': 'Сохранить',
	'settings.saved': 'Настройки сохранены.',
	'settings.storage': 'Хранилище',
	'settings.persisted': 'Данные защищены от автоматической очистки браузером.',
	'settings.notPersisted':
		'Браузер может удалить данные при нехватке места. Разрешение попросим после первого повторения.',
	'settings.persistUnknown': 'Браузер не сообщает, защищены ли данные.',
	'settings.version': 'Версия {version}',
	'update.available': 'Доступна новая версия.',
	'update.reload': 'Обновить',
	'update.later': 'Позже',
	'offline.ready': 'Приложение готово к работе без сети.',
	'storage.title': 'Нет доступа к хранилищу',
	'storage.body':
		'Браузер не дал приложению сохранить данные ({reason}). Карточки и прогресс хранятся только на этом устройстве, в IndexedDB.',
	'storage.what':
		'Что сделать: откройте приложение в обычном (не приватном) окне, освободите место на устройстве или разрешите сайту хранить данные, затем перезагрузите страницу.',
	'storage.retry': 'Попробовать снова',
	'error.generic': 'Что-то пошло не так',
	'error.saveReview': 'Не удалось сохранить оценку карточки',
	'error.load': 'Не удалось загрузить колоды',
	'error.saveSettings': 'Не удалось сохранить настройки',
	'error.dismiss': 'Закрыть'
} as const;

export type MessageKey = keyof typeof ru;

const en: Record<MessageKey, string> = {
	'app.name': 'Kartoteka',
	'app.tagline': 'History on flashcards',
	'nav.decks': 'Decks',
	'nav.settings': 'Settings',
	'nav.main': 'Main navigation',
	'home.title': 'Decks',
	'home.loading': 'Loading decks…',
	'home.empty': 'No decks yet.',
	'home.studyAll': 'Study all decks of this article',
	'home.article': 'Article',
	'deck.new': 'new',
	'deck.learning': 'learning',
	'deck.due': 'due',
	'deck.study': 'Study',
	'deck.cards': '{n} cards',
	'deck.kind.dates': 'Dates',
	'deck.kind.actors': 'Actors',
	'deck.kind.positions': 'Offices and positions',
	'deck.kind.custom': 'Deck',
	'deck.error': 'Deck “{file}” was skipped: {problem}',
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
	'study.keys': 'Space shows the answer, 1–4 grade, Z undoes',
	'study.loading': 'Preparing cards…',
	'study.notFound': 'Deck not found.',
	'study.counts': 'Left: {new} new, {learning} learning, {review} due',
	'settings.title': 'Settings',
	'settings.retention': 'Desired retention',
	'settings.retentionHint': 'Higher means more frequent reviews, lower fewer (0.70–0.99).',
	'settings.newPerDay': 'New cards per day',
	'settings.reviewsPerDay': 'Reviews per day',
	'settings.learningSteps': 'Learning steps',
	'settings.relearningSteps': 'Relearning steps',
	'settings.stepsHint': 'Intervals separated by spaces: 1m 10m (m minutes, h hours, d days).',
	'settings.stepsInvalid': 'Could not read the steps “{value}”. Example: 1m 10m.',
	'settings.language': 'Interface language',
	'settings.save': 'Save',
	'settings.saved': 'Settings saved.',
	'settings.storage': 'Storage',
	'settings.persisted': 'Your data is protected from automatic clean-up by the browser.',
	'settings.notPersisted':
		'The browser may clear your data when space runs low. We ask for protection after your first review.',
	'settings.persistUnknown': 'The browser does not say whether your data is protected.',
	'settings.version': 'Version {version}',
	'update.available': 'A new version is available.',
	'update.reload': 'Update',
	'update.later': 'Later',
	'offline.ready': 'The app is ready to work offline.',
	'storage.title': 'Storage is not available',
	'storage.body':
		'The browser did not let the app store data ({reason}). Cards and progress live only on this device, in IndexedDB.',
	'storage.what':
		'What to do: open the app in a normal (not private) window, free some space on the device or allow this site to store data, then reload the page.',
	'storage.retry': 'Try again',
	'error.generic': 'Something went wrong',
	'error.saveReview': 'Could not save the grade',
	'error.load': 'Could not load the decks',
	'error.saveSettings': 'Could not save the settings',
	'error.dismiss': 'Dismiss'
};

export type Lang = 'ru' | 'en';
export const LANGS: readonly Lang[] = ['ru', 'en'];
export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { ru, en };

/** Replaces {name} placeholders; values are inserted as text by the caller's template. */
export function format(template: string, params?: Record<string, string | number>): string {
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** The browser's preferred language if we speak it, else English. */
export function pickLang(preferred: readonly string[]): Lang {
	for (const tag of preferred) {
		const base = tag.toLowerCase().split('-')[0];
		if ((LANGS as readonly string[]).includes(base)) return base as Lang;
	}
	return 'en';
}
