// UI strings of the Anki package import (issue 14, part 2). Loaded with the import page only.

export const ru = {
	'anki.hint':
		'Колода или коллекция Anki (.apkg, .colpkg): колоды, заметки, интервалы и вся история повторений.',
	'anki.loadFailed':
		'Не удалось загрузить модуль чтения пакетов Anki (SQLite). Подключитесь к интернету один раз и попробуйте снова.',
	'anki.noWorker':
		'Этот браузер не может читать пакеты Anki (нет Web Workers). Откройте приложение в современном браузере.',
	'anki.title': 'Из Anki ({file})',
	'anki.stage.open': 'Открываем пакет Anki…',
	'anki.stage.read': 'Читаем коллекцию…',
	'anki.stage.cards': 'Карточки: {done} из {total}',
	'anki.stage.history': 'Интервалы и история повторений: {done} из {total}',
	'anki.totals': 'Заметок: {notes}, карточек: {cards}, повторений в истории: {reviews}',
	'anki.deck': '«{title}»: заметок {notes}, карточек {cards}, повторений {reviews}',
	'anki.noteTypes': 'Типы заметок',
	'anki.reading.basic': 'как обычные карточки',
	'anki.reading.reversed': 'как карточки в обе стороны',
	'anki.reading.cloze': 'как карточки с пропусками',
	'anki.reading.first-two': 'по первым двум полям (вопрос — ответ)',
	'anki.noteType': '«{name}» ({notes}) — {reading}',
	'anki.media':
		'Медиафайлы не переносятся: {n, plural, one {# файл} few {# файла} many {# файлов} other {# файла}} останутся только в Anki: {names}',
	'anki.issues': 'Что перенесётся не так, как в Anki',
	'anki.issue.markupDropped': 'Полей с HTML-разметкой, от которой остался только текст: {n}',
	'anki.issue.emptySide': 'Карточек с пустой стороной (не перенесены): {n}',
	'anki.issue.clozeMissing': 'Карточек с пропуском, которого нет в тексте (не перенесены): {n}',
	'anki.issue.cut': 'Полей длиннее 2000 символов (обрезаны): {n}',
	'anki.issue.noNoteType': 'Карточек без типа заметки в коллекции (не перенесены): {n}',
	'anki.mediaAbsent': 'Из них нет и в самом пакете (экспортирован без медиа): {names}',
	'anki.marks': 'Отметки Anki переносятся',
	'anki.mark.flagged':
		'С флагом: {n, plural, one {# карточка} few {# карточки} many {# карточек} other {# карточки}} — здесь у них будет флаг (цвета флагов Anki становятся одним флагом)',
	'anki.mark.marked':
		'Из отмеченных заметок (метка «marked»): {n, plural, one {# карточка} few {# карточки} many {# карточек} other {# карточки}} — здесь с флагом',
	'anki.mark.suspended':
		'Приостановленных: {n, plural, one {# карточка} few {# карточки} many {# карточек} other {# карточки}} — здесь тоже приостановлены',
	'anki.mark.buried':
		'Отложенных: {n, plural, one {# карточка} few {# карточки} many {# карточек} other {# карточки}} — здесь отложены до следующего учебного дня',
	'anki.issue.tooManyDecks': 'Колод сверх предела в 200 (не перенесены): {n}',
	'anki.problem.damaged': 'пакет Anki повреждён: это не читаемый zip-архив',
	'anki.problem.noCollection':
		'в пакете Anki нет коллекции (collection.anki21b, collection.anki21 или collection.anki2)',
	'anki.problem.tooNew':
		'пакет Anki создан более новой версией Anki, чем приложение умеет читать. В Anki экспортируйте снова с галочкой «Поддержка старых версий Anki»',
	'anki.problem.notZstd': 'коллекция в пакете Anki повреждена: её сжатие zstd не читается',
	'anki.problem.notSqlite': 'коллекция в пакете Anki повреждена: это не база SQLite',
	'anki.problem.schema':
		'в коллекции пакета Anki нет типов заметок или колод, которые приложение может прочитать',
	'anki.problem.emptySides':
		'в пакете Anki нет карточек, которые приложение может взять: у каждой пустая лицевая или оборотная сторона (сторона, где только картинка или звук, здесь пуста: медиафайлы не переносятся)'
};

export const en: Record<keyof typeof ru, string> = {
	'anki.hint':
		'An Anki deck or collection (.apkg, .colpkg): decks, notes, intervals and the whole review history.',
	'anki.loadFailed':
		'The Anki package reader (SQLite) could not be loaded. Go online once and try again.',
	'anki.noWorker':
		'This browser cannot read Anki packages (it has no Web Workers). Open the app in a current browser.',
	'anki.title': 'From Anki ({file})',
	'anki.stage.open': 'Opening the Anki package…',
	'anki.stage.read': 'Reading the collection…',
	'anki.stage.cards': 'Cards: {done} of {total}',
	'anki.stage.history': 'Intervals and review history: {done} of {total}',
	'anki.totals': 'Notes: {notes}, cards: {cards}, reviews in the history: {reviews}',
	'anki.deck': '“{title}”: notes {notes}, cards {cards}, reviews {reviews}',
	'anki.noteTypes': 'Note types',
	'anki.reading.basic': 'as basic cards',
	'anki.reading.reversed': 'as cards both ways',
	'anki.reading.cloze': 'as cloze cards',
	'anki.reading.first-two': 'from their first two fields (question — answer)',
	'anki.noteType': '“{name}” ({notes}) — {reading}',
	'anki.media':
		'Media are not imported: {n, plural, one {# file stays} other {# files stay}} in Anki only: {names}',
	'anki.issues': 'What will not come over as it was in Anki',
	'anki.issue.markupDropped': 'Fields with HTML markup of which only the text is kept: {n}',
	'anki.issue.emptySide': 'Cards with an empty side (left out): {n}',
	'anki.issue.clozeMissing': 'Cloze cards whose gap is not in the text (left out): {n}',
	'anki.issue.cut': 'Fields longer than 2000 characters (cut short): {n}',
	'anki.issue.noNoteType': 'Cards whose note type is not in the collection (left out): {n}',
	'anki.mediaAbsent': 'Of these, not in the package either (exported without media): {names}',
	'anki.marks': 'Anki’s marks come along',
	'anki.mark.flagged':
		'Flagged: {n, plural, one {# card} other {# cards}} — flagged here too (Anki’s flag colours become one flag)',
	'anki.mark.marked':
		'Of marked notes (tag “marked”): {n, plural, one {# card} other {# cards}} — flagged here',
	'anki.mark.suspended':
		'Suspended: {n, plural, one {# card} other {# cards}} — suspended here too',
	'anki.mark.buried':
		'Buried: {n, plural, one {# card} other {# cards}} — buried here until the next study day',
	'anki.issue.tooManyDecks': 'Decks beyond the limit of 200 (left out): {n}',
	'anki.problem.damaged': 'the Anki package is damaged: it is not a readable zip archive',
	'anki.problem.noCollection':
		'the Anki package holds no collection (collection.anki21b, collection.anki21 or collection.anki2)',
	'anki.problem.tooNew':
		'the Anki package comes from a newer Anki than this app can read: in Anki, export again with “Support older Anki versions” checked',
	'anki.problem.notZstd':
		'the collection in the Anki package is damaged: its zstd compression cannot be read',
	'anki.problem.notSqlite':
		'the collection in the Anki package is damaged: it is not an SQLite database',
	'anki.problem.schema':
		'the collection in the Anki package has no note types or decks this app can read',
	'anki.problem.emptySides':
		'the Anki package holds no card this app can take: each has an empty front or back (a side that is only an image or a sound is empty here: media are not imported)'
};
