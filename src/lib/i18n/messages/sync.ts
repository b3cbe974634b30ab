// Settings → Sync (issue 14, part 3). Loaded by the settings page's sync section, never by the
// first page.

export const ru = {
	'sync.title': 'Синхронизация',
	'sync.intro':
		'Одна коллекция на телефоне и на компьютере: повторения, колоды, правки и настройки проходят через ваш сервер синхронизации. Повторения с разных устройств не теряются и не удваиваются.',
	'sync.server': 'Адрес сервера',
	'sync.serverHint':
		'Например, https://sync.example.org — сервер из папки server/ (npm run server).',
	'sync.name': 'Имя учётной записи',
	'sync.passphrase': 'Парольная фраза',
	'sync.passphraseHint': 'Не короче 8 символов.',
	'sync.signIn': 'Войти',
	'sync.signUp': 'Создать учётную запись',
	'sync.connecting': 'Подключаюсь…',
	'sync.account': 'Учётная запись «{name}» на {server}.',
	'sync.now': 'Синхронизировать',
	'sync.signOut': 'Выключить синхронизацию',
	'sync.last': 'Последняя синхронизация: {date}.',
	'sync.never': 'Синхронизации ещё не было.',
	'sync.pending':
		'{n, plural, one {# изменение ждёт} few {# изменения ждут} many {# изменений ждут} other {# изменения ждут}} отправки.',
	'sync.status.idle': 'Синхронизация включена.',
	'sync.status.syncing': 'Синхронизирую…',
	'sync.status.offline':
		'Нет сети: синхронизация подождёт и пройдёт сама, когда сеть вернётся. Заниматься можно и без неё.',
	'sync.status.error': 'Синхронизация не удалась.',
	'sync.error.bad-server':
		'Адрес сервера должен начинаться с https:// (или http:// для своего компьютера).',
	'sync.error.unreachable': 'Сервер не отвечает: проверьте адрес и сеть.',
	'sync.error.wrong-credentials': 'Неверное имя или парольная фраза.',
	'sync.error.name-taken': 'Это имя уже занято: выберите другое или войдите.',
	'sync.error.short-passphrase': 'Парольная фраза слишком короткая: нужно не меньше 8 символов.',
	'sync.error.too-many-attempts': 'Слишком много неудачных попыток входа. Попробуйте позже.',
	'sync.error.signed-out': 'Сеанс закончился: войдите снова.',
	'sync.error.failed': 'Сервер не принял синхронизацию. Попробуйте позже.'
};

export const en: Record<keyof typeof ru, string> = {
	'sync.title': 'Sync',
	'sync.intro':
		'One collection on your phone and your laptop: reviews, decks, edits and settings go through your sync server. Reviews from different devices are never lost or counted twice.',
	'sync.server': 'Server address',
	'sync.serverHint':
		'For example https://sync.example.org — the server in the server/ folder (npm run server).',
	'sync.name': 'Account name',
	'sync.passphrase': 'Passphrase',
	'sync.passphraseHint': 'At least 8 characters.',
	'sync.signIn': 'Sign in',
	'sync.signUp': 'Create account',
	'sync.connecting': 'Connecting…',
	'sync.account': 'Account “{name}” on {server}.',
	'sync.now': 'Sync now',
	'sync.signOut': 'Turn sync off',
	'sync.last': 'Last synced: {date}.',
	'sync.never': 'Not synced yet.',
	'sync.pending': '{n, plural, one {# change waits} other {# changes wait}} to be sent.',
	'sync.status.idle': 'Sync is on.',
	'sync.status.syncing': 'Syncing…',
	'sync.status.offline':
		'Offline: sync waits and runs by itself when the network is back. You can keep studying meanwhile.',
	'sync.status.error': 'Sync failed.',
	'sync.error.bad-server':
		'The server address must start with https:// (or http:// on your own computer).',
	'sync.error.unreachable': 'The server does not answer: check the address and the network.',
	'sync.error.wrong-credentials': 'Wrong name or passphrase.',
	'sync.error.name-taken': 'That name is taken: choose another or sign in.',
	'sync.error.short-passphrase': 'The passphrase is too short: at least 8 characters.',
	'sync.error.too-many-attempts': 'Too many failed sign-ins. Try again later.',
	'sync.error.signed-out': 'The session has ended: sign in again.',
	'sync.error.failed': 'The server did not accept the sync. Try again later.'
};
