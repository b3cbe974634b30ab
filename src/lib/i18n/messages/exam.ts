// UI strings of the deck page and exam mode, loaded with the deck page (see ../messages.ts).

export const ru = {
	'deckPage.back': 'К колодам',
	'deckPage.loading': 'Загрузка колоды…',
	'deckPage.notFound': 'Колода не найдена.',
	'deckPage.today': 'Сегодня',
	'exam.title': 'Экзамен',
	'exam.intro':
		'Укажите дату экзамена: расписание подведёт каждую карточку колоды к цели к этому дню с наименьшим числом повторений, распределив новые карточки и повторения ровно по дням, без наплыва в последние вечера.',
	'exam.date': 'Дата экзамена',
	'exam.target': 'Цель: доля вспомненных, %',
	'exam.targetHint': 'По умолчанию 90 %. Выше — больше повторений.',
	'exam.allDecks': 'Для всех колод этой статьи',
	'exam.allDecksHint': 'Колод статьи: {n}. Дата и цель сохранятся для каждой.',
	'exam.save': 'Назначить экзамен',
	'exam.update': 'Сохранить',
	'exam.clear': 'Убрать экзамен',
	'exam.saved': 'Экзамен назначен.',
	'exam.cleared': 'Экзамен убран: обычное расписание.',
	'exam.errorMissing': 'Укажите дату экзамена.',
	'exam.errorInvalid': 'Не удалось прочитать дату «{date}». Нужна дата в формате ГГГГ-ММ-ДД.',
	'exam.errorPast': 'Дата {date} уже прошла: выберите сегодняшний или более поздний день.',
	'exam.errorTarget': 'Цель должна быть целым числом от 70 до 99 %, а не «{value}».',
	'exam.daysLeft':
		'До экзамена {n, plural, one {# день} few {# дня} many {# дней} other {# дня}} ({date})',
	'exam.today': 'Экзамен сегодня. Удачи!',
	'exam.passed': 'Экзамен прошёл ({date}): снова обычное расписание.',
	'exam.expected': 'Ожидаемая доля вспомненных в день экзамена: {pct}',
	'exam.expectedHint':
		'По модели памяти FSRS, при цели {target}. Ещё не изученные карточки ({n}) считаются невспомненными.',
	'exam.cramToday': 'Сегодня вернутся карточки, которые не дотягивают до цели: {n}.',
	'exam.forecast': 'Повторений в день до экзамена',
	'exam.forecastSummary': 'Всего {total}, больше всего {max} в день.',
	'exam.forecastEmpty':
		'Повторений до экзамена пока не запланировано: начните учить новые карточки.',
	'exam.forecastDay': 'День',
	'exam.forecastReviews': 'Повторений',
	'exam.forecastNote':
		'Прогноз по нынешним срокам, вместе с ещё не изученными карточками: план вводит их ровно по дням до последних трёх и ставит каждой последнее повторение.',
	'exam.newToday':
		'Новых карточек сегодня по плану: {n} (равномерно до экзамена, не больше дневного лимита).',
	'error.saveExam': 'Не удалось сохранить экзамен',
	'deck.tools': 'Ещё',
	'deck.print': 'Печать',
	'deck.export': 'Экспорт (JSON с прогрессом)'
} as const;

export const en: Record<keyof typeof ru, string> = {
	'deckPage.back': 'Back to decks',
	'deckPage.loading': 'Loading the deck…',
	'deckPage.notFound': 'Deck not found.',
	'deckPage.today': 'Today',
	'exam.title': 'Exam',
	'exam.intro':
		'Set the exam date: scheduling brings every card of this deck to the target by that day with as few reviews as it can, spreading new cards and reviews evenly over the days, without a rush on the last evenings.',
	'exam.date': 'Exam date',
	'exam.target': 'Target recall, %',
	'exam.targetHint': '90 % by default. Higher means more reviews.',
	'exam.allDecks': 'Apply to all decks of this article',
	'exam.allDecksHint': 'Decks of this article: {n}. Each gets the same date and target.',
	'exam.save': 'Set exam',
	'exam.update': 'Save',
	'exam.clear': 'Remove exam',
	'exam.saved': 'Exam set.',
	'exam.cleared': 'Exam removed: normal scheduling.',
	'exam.errorMissing': 'Choose the exam date.',
	'exam.errorInvalid': 'Could not read the date “{date}”. Use the YYYY-MM-DD form.',
	'exam.errorPast': 'The date {date} is in the past: choose today or a later day.',
	'exam.errorTarget': 'The target must be a whole number from 70 to 99 %, not “{value}”.',
	'exam.daysLeft': '{n, plural, one {# day} other {# days}} to the exam ({date})',
	'exam.today': 'The exam is today. Good luck!',
	'exam.passed': 'The exam has passed ({date}): normal scheduling again.',
	'exam.expected': 'Expected share recalled on the exam day: {pct}',
	'exam.expectedHint':
		'From the FSRS memory model, target {target}. Cards not studied yet ({n}) count as not recalled.',
	'exam.cramToday': 'Cards below the target coming back today: {n}.',
	'exam.forecast': 'Reviews per day until the exam',
	'exam.forecastSummary': '{total} in all, at most {max} a day.',
	'exam.forecastEmpty': 'No reviews planned before the exam yet: start studying the new cards.',
	'exam.forecastDay': 'Day',
	'exam.forecastReviews': 'Reviews',
	'exam.forecastNote':
		'Forecast from the current due dates, with the cards not studied yet: the plan introduces them evenly over the days before the last three and gives each a final review.',
	'exam.newToday':
		'New cards today by the plan: {n} (spread evenly until the exam, within the daily limit).',
	'error.saveExam': 'Could not save the exam',
	'deck.tools': 'More',
	'deck.print': 'Print',
	'deck.export': 'Export (JSON with progress)'
};
