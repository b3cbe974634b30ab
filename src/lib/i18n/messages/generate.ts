// UI strings of generating decks from an article on the authoring page (/author). Loaded with
// that page, not merged into the first page's strings (see messages.ts).

export const ru = {
	'generate.title': 'Создать колоды из статьи',
	'generate.intro':
		'Вставьте текст статьи по истории или откройте файл .txt: генератор найдёт даты, деятелей и должности и предложит три колоды. Всё происходит на этом устройстве, без сети.',
	'generate.text': 'Текст статьи',
	'generate.textHint': 'До 2 МБ.',
	'generate.file': 'Открыть файл .txt',
	'generate.fileHint': 'Текст в кодировке UTF-8.',
	'generate.articleTitle': 'Название статьи',
	'generate.articleTitleHint':
		'Так будут подписаны колоды. По умолчанию — первая строка (или первый короткий абзац) текста.',
	'generate.size': '{size} из 2 МБ',
	'generate.loaded': 'Открыт файл «{file}», {size}.',
	'generate.showText': 'Показать текст',
	'generate.run': 'Создать карточки',
	'generate.running': 'Генератор читает статью…',
	'generate.cancel': 'Остановить',
	'generate.progress': 'Ход работы генератора',
	'generate.stage.dictionary': 'Загрузка словаря (при первом запуске — около 6 МБ)',
	'generate.worth.core': 'главное',
	'generate.worth.detail': 'подробность',
	'generate.stage.cleaning': 'Очистка текста',
	'generate.stage.sentences': 'Разбивка на предложения',
	'generate.stage.persons': 'Поиск имён',
	'generate.stage.facts': 'Даты, должности и позиции',
	'generate.stage.cards': 'Карточки',
	'generate.error.empty': 'Текст пуст: вставьте статью или откройте файл .txt.',
	'generate.error.tooLarge':
		'Текст больше 2 МБ: генератор такой не обработает. Разделите статью на части и создайте колоды из каждой.',
	'generate.error.fileTooLarge':
		'Файл «{file}» больше 2 МБ: генератор такой не обработает. Разделите статью на части.',
	'generate.error.notUtf8':
		'Файл не в кодировке UTF-8. Сохраните его как «Текст (UTF-8)» и откройте снова.',
	'generate.error.noFacts':
		'В тексте не найдено ни дат, ни имён, ни должностей — карточки сделать не из чего.',
	'generate.error.english':
		'Статья, похоже, на английском, а генератор пока читает только статьи на русском языке. Вставьте русский текст.',
	'generate.error.otherLanguage':
		'Статья, похоже, не на русском и не на английском, а генератор читает статьи только на этих двух языках. Вставьте русский или английский текст.',
	'generate.error.worker': 'Генератор не сработал: {detail}',
	'generate.error.workerStart': 'Генератор не запустился.',
	'generate.error.workerHint':
		'Если вы без сети и ни разу не создавали колоды на этом устройстве, подключитесь к интернету один раз: генератор загрузится и потом будет работать без сети.',
	'generate.error.noneAccepted': 'Не принята ни одна карточка: сохранять нечего.',
	'generate.error.save': 'Колоды не сохранены: {detail}',
	'generate.cancelled': 'Генерация остановлена.',
	'generate.result':
		'Найдено карточек: {n} (за {seconds}). Просмотрите их: примите, исправьте или отклоните.',
	'generate.decks': 'Предложенные колоды',
	'generate.kind.dates': 'Даты',
	'generate.kind.actors': 'Деятели',
	'generate.kind.positions': 'Должности и позиции',
	'generate.kind.custom': 'Карточки',
	'generate.counts': '{accepted} принято · {rejected} отклонено · {pending} ждут',
	'generate.emptyDeck': 'Для этой колоды в статье ничего не нашлось.',
	'generate.acceptAll': 'Принять все',
	'generate.rejectAll': 'Отклонить все',
	'generate.front': 'Вопрос',
	'generate.back': 'Ответ',
	'generate.context': 'Из текста',
	'generate.accept': 'Принять',
	'generate.reject': 'Отклонить',
	'generate.edit': 'Изменить',
	'generate.editDone': 'Готово',
	'generate.editCancel': 'Отмена',
	'generate.verdict.pending': 'не просмотрена',
	'generate.verdict.accepted': 'принята',
	'generate.verdict.rejected': 'отклонена',
	'generate.edited': 'изменена',
	'generate.card': 'Карточка {n} из {total}',
	'generate.save': 'Сохранить принятые ({n})',
	'generate.saving': 'Сохраняем…',
	'generate.restart': 'Начать заново',
	'generate.conflict':
		'Колоды с таким названием уже есть: {titles}. Заменить их (прогресс по неизменённым карточкам сохранится) или сохранить как новые?',
	'generate.replace': 'Заменить',
	'generate.saveNew': 'Сохранить как новые',
	'generate.saved': 'Колоды сохранены.',
	'generate.savedDeck': '{title} (карточек: {n})',
	'generate.study': 'Учить',
	'generate.home': 'К колодам',
	'generate.another': 'Другая статья',
	// Cards the save would refuse (issue 12, item 7)
	'generate.problem.empty': 'Поле «{field}» пусто: такую карточку не сохранить.',
	'generate.problem.tooLong': 'Поле «{field}» длиннее {max} знаков: такую карточку не сохранить.',
	'generate.problem.html':
		'В поле «{field}» HTML-разметка (например, <b>): нужен простой текст, иначе карточку не сохранить.',
	'generate.problem.fixed':
		'В данных этой карточки из статьи («{field}») есть разметка или ошибка: её не сохранить. Отклоните её.',
	'generate.problem.fact':
		'Факт, прочитанный из статьи, содержит HTML-разметку (<…>): такую карточку не сохранить. Исправьте вопрос и ответ («Изменить») — карточка сохранится как простая, без проверки ввода, — или отклоните её.',
	'generate.field.tags': 'Метки',
	'generate.field.fact': 'Факт',
	'generate.field.id': 'Номер',
	'generate.field.source': 'Место в тексте',
	'generate.error.invalidCards':
		'Не сохранено: эти принятые карточки нельзя сохранить — {list}. Исправьте или отклоните их.',
	'generate.error.invalidDeck': '«{deck}»: № {cards}',
	'generate.error.invalidTitle': 'Не сохранено: название статьи не подходит. {reason}',
	'generate.problem.title': 'Название длиннее {max} знаков или пусто.',
	'generate.problem.titleHtml': 'В названии HTML-разметка (например, <b>): нужен простой текст.'
} as const;

export const en: Record<keyof typeof ru, string> = {
	'generate.title': 'Make decks from an article',
	'generate.intro':
		'Paste the text of a history article or open a .txt file: the generator finds dates, people and offices and proposes three decks. It all happens on this device, no network needed.',
	'generate.text': 'Article text',
	'generate.textHint': 'Up to 2 MB.',
	'generate.file': 'Open a .txt file',
	'generate.fileHint': 'UTF-8 text.',
	'generate.articleTitle': 'Article title',
	'generate.articleTitleHint':
		'The decks are named after it. By default, the text’s first line (or short first paragraph).',
	'generate.size': '{size} of 2 MB',
	'generate.loaded': 'Opened “{file}”, {size}.',
	'generate.showText': 'Show the text',
	'generate.run': 'Make cards',
	'generate.running': 'The generator is reading the article…',
	'generate.cancel': 'Stop',
	'generate.progress': 'Generator progress',
	'generate.stage.dictionary': 'Loading the dictionary (about 6 MB, the first time only)',
	'generate.worth.core': 'core',
	'generate.worth.detail': 'detail',
	'generate.stage.cleaning': 'Cleaning the text',
	'generate.stage.sentences': 'Splitting sentences',
	'generate.stage.persons': 'Finding names',
	'generate.stage.facts': 'Dates, offices and positions',
	'generate.stage.cards': 'Cards',
	'generate.error.empty': 'The text is empty: paste an article or open a .txt file.',
	'generate.error.tooLarge':
		'The text is over 2 MB, more than the generator can handle. Split the article and make decks from each part.',
	'generate.error.fileTooLarge':
		'The file “{file}” is over 2 MB, more than the generator can handle. Split the article into parts.',
	'generate.error.notUtf8':
		'The file is not UTF-8 text. Save it as “Text (UTF-8)” and open it again.',
	'generate.error.noFacts':
		'No dates, persons or offices were found in the text: there is nothing to make cards from.',
	'generate.error.english':
		'The article seems to be in English, and the generator reads only Russian articles so far. Paste a Russian text.',
	'generate.error.otherLanguage':
		'The article seems to be in neither Russian nor English, and the generator reads articles in these two languages only. Paste a Russian or an English text.',
	'generate.error.worker': 'The generator failed: {detail}',
	'generate.error.workerStart': 'The generator did not start.',
	'generate.error.workerHint':
		'If you are offline and have never made decks on this device, go online once: the generator downloads and then works offline.',
	'generate.error.noneAccepted': 'No card is accepted: there is nothing to save.',
	'generate.error.save': 'The decks were not saved: {detail}',
	'generate.cancelled': 'Generation stopped.',
	'generate.result':
		'Found {n, plural, one {# card} other {# cards}} in {seconds}. Review them: accept, edit or reject.',
	'generate.decks': 'Proposed decks',
	'generate.kind.dates': 'Dates',
	'generate.kind.actors': 'Actors',
	'generate.kind.positions': 'Offices and positions',
	'generate.kind.custom': 'Cards',
	'generate.counts': '{accepted} accepted · {rejected} rejected · {pending} to review',
	'generate.emptyDeck': 'The article gave nothing for this deck.',
	'generate.acceptAll': 'Accept all',
	'generate.rejectAll': 'Reject all',
	'generate.front': 'Question',
	'generate.back': 'Answer',
	'generate.context': 'From the text',
	'generate.accept': 'Accept',
	'generate.reject': 'Reject',
	'generate.edit': 'Edit',
	'generate.editDone': 'Done',
	'generate.editCancel': 'Cancel',
	'generate.verdict.pending': 'not reviewed',
	'generate.verdict.accepted': 'accepted',
	'generate.verdict.rejected': 'rejected',
	'generate.edited': 'edited',
	'generate.card': 'Card {n} of {total}',
	'generate.save': 'Save accepted ({n})',
	'generate.saving': 'Saving…',
	'generate.restart': 'Start over',
	'generate.conflict':
		'Decks with this title already exist: {titles}. Replace them (progress on unchanged cards is kept) or save as new decks?',
	'generate.replace': 'Replace',
	'generate.saveNew': 'Save as new',
	'generate.saved': 'Decks saved.',
	'generate.savedDeck': '{title} (cards: {n})',
	'generate.study': 'Study',
	'generate.home': 'Back to decks',
	'generate.another': 'Another article',
	// Cards the save would refuse (issue 12, item 7)
	'generate.problem.empty': 'The “{field}” field is empty: such a card cannot be saved.',
	'generate.problem.tooLong':
		'The “{field}” field is longer than {max} characters: such a card cannot be saved.',
	'generate.problem.html':
		'The “{field}” field holds HTML markup (such as <b>): it must be plain text, or the card cannot be saved.',
	'generate.problem.fixed':
		'This card’s data from the article (“{field}”) holds markup or an error: it cannot be saved. Reject it.',
	'generate.problem.fact':
		'The fact read from the article holds HTML markup (<…>): such a card cannot be saved. Edit its question and answer — it is then saved as a plain card, with no typed-answer check — or reject it.',
	'generate.field.tags': 'Tags',
	'generate.field.fact': 'Fact',
	'generate.field.id': 'Id',
	'generate.field.source': 'Place in the text',
	'generate.error.invalidCards':
		'Not saved: these accepted cards cannot be saved — {list}. Edit or reject them.',
	'generate.error.invalidDeck': '“{deck}”: no. {cards}',
	'generate.error.invalidTitle': 'Not saved: the article’s title does not fit. {reason}',
	'generate.problem.title': 'The title is empty or longer than {max} characters.',
	'generate.problem.titleHtml': 'The title holds HTML markup (such as <b>): it must be plain text.'
};
