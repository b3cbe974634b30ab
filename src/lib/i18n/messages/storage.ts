// Strings about the device's storage: no room, little room, a database that came back empty, a
// database another tab holds. Loaded only when one of these happens (see features/storage-*.ts):
// they stay out of the first page's JavaScript.

export const ru = {
	// The start-up's storage error (routes/+layout.svelte): loaded by features/app.svelte.ts before it is shown.
	'storage.title': 'Нет доступа к хранилищу',
	'storage.body':
		'Браузер не дал приложению сохранить данные ({reason}). Карточки и прогресс хранятся только на этом устройстве, в IndexedDB.',
	'storage.what':
		'Что сделать: откройте приложение в обычном (не приватном) окне, освободите место на устройстве или разрешите сайту хранить данные, затем перезагрузите страницу.',
	'storage.retry': 'Попробовать снова',
	'db.blocked.title': 'Картотека открыта в другой вкладке',
	'db.blocked.body':
		'эта версия приложения обновляет своё хранилище, а другая вкладка или окно держит его открытым в старой версии. Закройте другие вкладки с Картотекой или перезагрузите их — эта страница продолжит сама, ничего не потеряется.',
	'db.replaced.title': 'Приложение обновлено в другой вкладке',
	'db.replaced.body':
		'в другой вкладке открылась новая версия Картотеки, и эта вкладка больше ничего не запишет. Всё, что уже сохранено, цело. Перезагрузите страницу, чтобы продолжить.',
	'db.lost':
		'Хранилище приложения оказалось пустым, хотя {date} в нём был ваш прогресс (повторений: {reviews}, своих колод: {decks}). Браузер мог удалить его сам — например, когда на устройстве кончилось место. Если у вас есть резервная копия, восстановите её: Настройки → «Резервная копия» (файл JSON экспорта с прогрессом импортируется на странице «Импорт и экспорт»).',
	'space.low':
		'На устройстве мало места для Картотеки: свободно {free}. Если место кончится, браузер может удалить все данные приложения. Освободите место и сделайте резервную копию (Настройки → «Резервная копия»).',
	'space.noRoom':
		'Недостаточно места на устройстве: с запасом для записи нужно около {needed}, свободно {free}. Освободите место и попробуйте снова.'
};

export const en: Record<keyof typeof ru, string> = {
	'storage.title': 'Storage is not available',
	'storage.body':
		'The browser did not let the app store data ({reason}). Cards and progress live only on this device, in IndexedDB.',
	'storage.what':
		'What to do: open the app in a normal (not private) window, free some space on the device or allow this site to store data, then reload the page.',
	'storage.retry': 'Try again',
	'db.blocked.title': 'Kartoteka is open in another tab',
	'db.blocked.body':
		'this version of the app upgrades its storage, but another tab or window holds it open with the old version. Close the other Kartoteka tabs or reload them: this page will carry on by itself, and nothing is lost.',
	'db.replaced.title': 'The app was updated in another tab',
	'db.replaced.body':
		'a newer version of Kartoteka opened in another tab, so this tab will save nothing more. Everything saved so far is safe. Reload the page to continue.',
	'db.lost':
		'The app’s storage came back empty, although on {date} it held your study progress (reviews: {reviews}, decks of your own: {decks}). The browser may have deleted it by itself, for example when the device ran out of space. If you have a backup, restore it in Settings → Backup (a JSON export with study progress is imported on the Import and export page).',
	'space.low':
		'Little space is left for Kartoteka on this device: {free} free. If it runs out, the browser may delete all of the app’s data. Free some space and make a backup (Settings → Backup).',
	'space.noRoom':
		'Not enough space on the device: with a safety margin this needs about {needed}, and {free} is free. Free some space and try again.'
};
