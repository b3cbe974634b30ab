// UI strings of deck option presets (issue 13), loaded with the deck page (see ../messages.ts).

export const ru = {
	'preset.title': 'Параметры изучения',
	'preset.intro':
		'Набор параметров, как в Anki: у каждой колоды свой. «Обычный» — параметры со страницы настроек.',
	'preset.choose': 'Набор параметров колоды',
	'preset.default': 'Обычный (из настроек)',
	'preset.new': 'Новый набор из этих параметров',
	'preset.name': 'Название набора',
	'preset.newPerDay': 'Новых карточек в день',
	'preset.reviewsPerDay': 'Повторений в день',
	'preset.create': 'Создать и выбрать',
	'preset.saved': 'Колода учится с набором «{name}».',
	'preset.savedDefault': 'Колода учится с обычными параметрами.',
	'preset.errorName': 'Дайте набору название.',
	'preset.errorNumber': '«{value}» — не целое число от 0 до 9999.',
	'error.savePreset': 'Не удалось сохранить набор параметров'
};

export const en: Record<keyof typeof ru, string> = {
	'preset.title': 'Study options',
	'preset.intro':
		'A set of options, as in Anki: each deck uses one. “Default” is the options of the settings page.',
	'preset.choose': 'The deck’s option preset',
	'preset.default': 'Default (from settings)',
	'preset.new': 'New preset from these options',
	'preset.name': 'Preset name',
	'preset.newPerDay': 'New cards per day',
	'preset.reviewsPerDay': 'Reviews per day',
	'preset.create': 'Create and use',
	'preset.saved': 'The deck studies with the preset “{name}”.',
	'preset.savedDefault': 'The deck studies with the default options.',
	'preset.errorName': 'Give the preset a name.',
	'preset.errorNumber': '“{value}” is not a whole number from 0 to 9999.',
	'error.savePreset': 'Could not save the option preset'
};
