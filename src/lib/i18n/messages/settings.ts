// Strings of the settings page (loaded with it).

export const ru = {
	'settings.title': 'Настройки',
	'settings.retention': 'Желаемый уровень запоминания',
	'settings.retentionHint': 'Выше — чаще повторения, ниже — реже (0,70–0,99).',
	'settings.newPerDay': 'Новых карточек в день',
	'settings.reviewsPerDay': 'Повторений в день',
	'settings.learningSteps': 'Шаги изучения',
	'settings.relearningSteps': 'Шаги переучивания',
	'settings.stepsHint': 'Интервалы через пробел: 1 мин 10 мин (мин — минуты, ч — часы, дн. — дни).',
	'settings.stepsInvalid': 'Не удалось разобрать шаги: «{value}». Пример: 1 мин 10 мин.',
	'settings.bury': 'Откладывать связанные карточки до завтра',
	'settings.buryHint':
		'Когда вы ответили на карточку, её обратная сторона, другие пропуски той же записи и вопросы о том же факте или человеке во всех колодах статьи ждут до следующего дня: сразу после неё они подсказали бы ответ.',
	'settings.dayStart': 'Новый день начинается в (час)',
	'settings.dayStartHint':
		'Как в Anki: повторения после полуночи до этого часа считаются вчерашними. Одно для всех колод.',
	'settings.dayStartInvalid': '«{value}» — не час от 0 до 23.',
	'settings.loadBalance': 'Распределять повторения по дням',
	'settings.loadBalanceHint':
		'Как балансировщик нагрузки Anki: в пределах случайного разброса интервала карточка попадает на день, где повторений меньше.',
	'settings.language': 'Язык интерфейса',
	'settings.save': 'Сохранить',
	'settings.saved': 'Настройки сохранены.',
	'settings.storage': 'Хранилище',
	'settings.persisted': 'Данные защищены от автоматической очистки браузером.',
	'settings.notPersisted':
		'Браузер может удалить данные при нехватке места. Разрешение попросим после первого повторения.',
	'settings.persistUnknown': 'Браузер не сообщает, защищены ли данные.',
	'settings.persistRefused':
		'Браузер не стал защищать данные от очистки (так бывает, пока приложение не установлено на главный экран). Установите его или время от времени делайте резервную копию (ниже, «Резервная копия»).',
	'settings.version': 'Версия {version}',
	'error.saveSettings': 'Не удалось сохранить настройки',
	// The theme (issue 12)
	'settings.theme': 'Оформление',
	'settings.theme.system': 'Как в системе',
	'settings.theme.light': 'Светлое',
	'settings.theme.dark': 'Тёмное'
} as const;

export const en: Record<keyof typeof ru, string> = {
	'settings.title': 'Settings',
	'settings.retention': 'Desired retention',
	'settings.retentionHint': 'Higher means more frequent reviews, lower fewer (0.70–0.99).',
	'settings.newPerDay': 'New cards per day',
	'settings.reviewsPerDay': 'Reviews per day',
	'settings.learningSteps': 'Learning steps',
	'settings.relearningSteps': 'Relearning steps',
	'settings.stepsHint': 'Intervals separated by spaces: 1m 10m (m minutes, h hours, d days).',
	'settings.stepsInvalid': 'Could not read the steps “{value}”. Example: 1m 10m.',
	'settings.bury': 'Hold related cards back until tomorrow',
	'settings.buryHint':
		'Once you answer a card, its reverse, the other gaps of its cloze and the questions on the same fact or person in all decks of the article wait until the next day: right after it they would give the answer away.',
	'settings.dayStart': 'Next day starts at (hour)',
	'settings.dayStartHint':
		'As in Anki: reviews after midnight and before this hour count towards the day before. One for all decks.',
	'settings.dayStartInvalid': '“{value}” is not an hour from 0 to 23.',
	'settings.loadBalance': 'Spread reviews evenly over the days',
	'settings.loadBalanceHint':
		'As Anki’s load balancer: within the interval’s random spread (fuzz), a card goes to the day with fewer reviews due.',
	'settings.language': 'Interface language',
	'settings.save': 'Save',
	'settings.saved': 'Settings saved.',
	'settings.storage': 'Storage',
	'settings.persisted': 'Your data is protected from automatic clean-up by the browser.',
	'settings.notPersisted':
		'The browser may clear your data when space runs low. We ask for protection after your first review.',
	'settings.persistUnknown': 'The browser does not say whether your data is protected.',
	'settings.persistRefused':
		'The browser did not protect your data from clean-up (common until the app is installed to the home screen). Install it, or now and then make a backup (below, under Backup).',
	'settings.version': 'Version {version}',
	'error.saveSettings': 'Could not save the settings',
	// The theme (issue 12)
	'settings.theme': 'Theme',
	'settings.theme.system': 'As the system',
	'settings.theme.light': 'Light',
	'settings.theme.dark': 'Dark'
};
