// Backup and restore (issue 14, item 1), and the reminder to back up. Loaded by the settings page
// and by the reminder (features/backup/), never by the first page.

export const ru = {
	'backup.title': 'Резервная копия',
	'backup.intro':
		'Один файл со всем: колоды (встроенные, созданные из статей и свои), правки карточек, состояние каждой карточки, вся история повторений, планы экзаменов, пресеты и настройки. Сохраните его вне браузера — в «Файлы», облако или на компьютер.',
	'backup.make': 'Сделать резервную копию',
	'backup.made':
		'Резервная копия сохранена: {decks, plural, one {# колода} few {# колоды} many {# колод} other {# колоды}}, {reviews, plural, one {# повторение} few {# повторения} many {# повторений} other {# повторения}}.',
	'backup.last': 'Последняя резервная копия: {date}.',
	'backup.never': 'Резервных копий на этом устройстве ещё не было.',
	'backup.restoreTitle': 'Восстановить из копии',
	'backup.restoreIntro':
		'Восстановление заменит всё, что сейчас в приложении на этом устройстве, содержимым файла.',
	'backup.choose': 'Выбрать файл копии',
	'backup.checking': 'Проверяю «{file}»…',
	'backup.bad': 'Файл «{file}» нельзя восстановить, ничего не изменено:',
	'backup.confirmTitle': 'Восстановить копию от {date}?',
	'backup.what': 'Что',
	'backup.nowCol': 'Сейчас',
	'backup.fileCol': 'В файле',
	'backup.decks': 'Колоды',
	'backup.cards': 'Карточки',
	'backup.reviews': 'Повторения',
	'backup.replaceWarning':
		'Всё, что сейчас на этом устройстве, будет заменено: повторения, сделанные после {date}, пропадут.',
	'backup.confirm': 'Заменить и восстановить',
	'backup.cancel': 'Отмена',
	'backup.restoring': 'Восстанавливаю…',
	'backup.restored':
		'Восстановлено: {decks, plural, one {# колода} few {# колоды} many {# колод} other {# колоды}}, {cards, plural, one {# карточка} few {# карточки} many {# карточек} other {# карточки}}, {reviews, plural, one {# повторение} few {# повторения} many {# повторений} other {# повторения}}.',
	'backup.failed': 'Не удалось восстановить копию; данные на устройстве не изменились',
	'backup.failedMake': 'Не удалось сделать резервную копию',
	'backup.problem.json': 'это не JSON: {detail}',
	'backup.problem.notBackup': 'это не резервная копия Картотеки',
	'backup.problem.notBackupDeck':
		'это экспорт колод, а не резервная копия: импортируйте его на странице «Импорт и экспорт»',
	'backup.problem.newer':
		'копию сделала более новая версия приложения ({app}), а это версия {mine}. Обновите приложение (перезагрузите страницу при подключении к сети) и попробуйте снова',
	'backup.problem.head': 'повреждено начало файла, поле «{field}»: {why}',
	'backup.problem.missingTable': 'в файле нет раздела «{table}»',
	'backup.problem.row': '{table}, запись {row}: {why}',
	'backup.problem.rowField': '{table}, запись {row}, поле «{field}»: {why}',
	'backup.problem.duplicate': '{table}, запись {row}: ключ «{key}» уже встречался',
	'backup.problem.count':
		'{table}: в файле {have} записей, а в его начале указано {said} — файл обрезан или изменён',
	'backup.table.decks': 'Колоды',
	'backup.table.cards': 'Карточки',
	'backup.table.states': 'Состояния карточек',
	'backup.table.reviews': 'История повторений',
	'backup.table.notes': 'Заметки',
	'backup.table.articles': 'Статьи',
	'backup.table.presets': 'Пресеты',
	'backup.table.meta': 'Настройки',
	'backup.why.missing': 'отсутствует',
	'backup.why.text': 'ожидался текст',
	'backup.why.empty': 'пусто',
	'backup.why.number': 'ожидалось число',
	'backup.why.integer': 'ожидалось целое число',
	'backup.why.bit': 'ожидалось 0 или 1',
	'backup.why.date': 'ожидалась дата и время ISO 8601',
	'backup.why.object': 'ожидался объект',
	'backup.why.list': 'ожидался список',
	'backup.why.queue': 'неизвестная очередь',
	'backup.why.state': 'ожидалось состояние карточки 0–3',
	'backup.why.kind': 'неизвестный вид',
	'backup.why.origin': 'ожидалось shipped или user',
	'backup.why.key': 'ключ не совпадает с колодой и id',
	'backup.why.id': 'ожидался номер от 1',
	'backup.remind':
		'Браузер может удалить данные приложения, а резервной копии {days, plural, one {не было # день} few {не было # дня} many {не было # дней} other {не было # дня}}.',
	'backup.remindNever':
		'Браузер может удалить данные приложения, а резервной копии вашего прогресса ещё нет.',
	'backup.remindAction': 'Сделать копию',
	'backup.remindLater': 'Не сейчас'
};

export const en: Record<keyof typeof ru, string> = {
	'backup.title': 'Backup',
	'backup.intro':
		'One file with everything: decks (shipped, generated from articles and your own), card edits, every card’s state, the whole review history, exam plans, presets and settings. Keep it outside the browser: in Files, a cloud drive or on a computer.',
	'backup.make': 'Back up',
	'backup.made':
		'Backup saved: {decks, plural, one {# deck} other {# decks}}, {reviews, plural, one {# review} other {# reviews}}.',
	'backup.last': 'Last backup: {date}.',
	'backup.never': 'No backup was made on this device yet.',
	'backup.restoreTitle': 'Restore from a backup',
	'backup.restoreIntro':
		'A restore replaces everything the app holds on this device with the file’s contents.',
	'backup.choose': 'Choose a backup file',
	'backup.checking': 'Checking “{file}”…',
	'backup.bad': '“{file}” cannot be restored; nothing was changed:',
	'backup.confirmTitle': 'Restore the backup of {date}?',
	'backup.what': 'What',
	'backup.nowCol': 'Now',
	'backup.fileCol': 'In the file',
	'backup.decks': 'Decks',
	'backup.cards': 'Cards',
	'backup.reviews': 'Reviews',
	'backup.replaceWarning':
		'Everything on this device now will be replaced: reviews made after {date} will be gone.',
	'backup.confirm': 'Replace and restore',
	'backup.cancel': 'Cancel',
	'backup.restoring': 'Restoring…',
	'backup.restored':
		'Restored: {decks, plural, one {# deck} other {# decks}}, {cards, plural, one {# card} other {# cards}}, {reviews, plural, one {# review} other {# reviews}}.',
	'backup.failed': 'The backup could not be restored; nothing on this device was changed',
	'backup.failedMake': 'The backup could not be made',
	'backup.problem.json': 'it is not JSON: {detail}',
	'backup.problem.notBackup': 'it is not a Kartoteka backup',
	'backup.problem.notBackupDeck':
		'it is a deck export, not a backup: import it on the Import and export page',
	'backup.problem.newer':
		'a newer version of the app ({app}) made this backup, and this is version {mine}. Update the app (reload the page while online) and try again',
	'backup.problem.head': 'the file’s opening is damaged, field “{field}”: {why}',
	'backup.problem.missingTable': 'the file has no “{table}” section',
	'backup.problem.row': '{table}, row {row}: {why}',
	'backup.problem.rowField': '{table}, row {row}, field “{field}”: {why}',
	'backup.problem.duplicate': '{table}, row {row}: the key “{key}” came before',
	'backup.problem.count':
		'{table}: the file has {have} rows where its opening says {said}; it was cut short or edited',
	'backup.table.decks': 'Decks',
	'backup.table.cards': 'Cards',
	'backup.table.states': 'Card states',
	'backup.table.reviews': 'Review history',
	'backup.table.notes': 'Notes',
	'backup.table.articles': 'Articles',
	'backup.table.presets': 'Presets',
	'backup.table.meta': 'Settings',
	'backup.why.missing': 'is missing',
	'backup.why.text': 'expected text',
	'backup.why.empty': 'is empty',
	'backup.why.number': 'expected a number',
	'backup.why.integer': 'expected a whole number',
	'backup.why.bit': 'expected 0 or 1',
	'backup.why.date': 'expected an ISO 8601 date and time',
	'backup.why.object': 'expected an object',
	'backup.why.list': 'expected a list',
	'backup.why.queue': 'unknown queue',
	'backup.why.state': 'expected a card state 0–3',
	'backup.why.kind': 'unknown kind',
	'backup.why.origin': 'expected shipped or user',
	'backup.why.key': 'the key does not match the deck and id',
	'backup.why.id': 'expected a number from 1',
	'backup.remind':
		'The browser may delete the app’s data, and your last backup was {days, plural, one {# day} other {# days}} ago.',
	'backup.remindNever':
		'The browser may delete the app’s data, and your progress has no backup yet.',
	'backup.remindAction': 'Back up now',
	'backup.remindLater': 'Not now'
};
