// The share page's QR code for a projector (issue 12), registered by routes/share.

export const ru = {
	'shareQr.show': 'QR-код для проектора',
	'shareQr.hide': 'Скрыть QR-код',
	'shareQr.label': 'QR-код ссылки на колоду «{title}»',
	'shareQr.hint': 'Наведите камеру телефона на код, чтобы открыть колоду.',
	'shareQr.tooLong':
		'Ссылка слишком длинная для QR-кода. Раздайте файл колоды (Импорт и экспорт → Экспорт).'
} as const;

export const en: Record<keyof typeof ru, string> = {
	'shareQr.show': 'QR code for a projector',
	'shareQr.hide': 'Hide the QR code',
	'shareQr.label': 'QR code of the link to the deck “{title}”',
	'shareQr.hint': 'Point a phone’s camera at the code to open the deck.',
	'shareQr.tooLong':
		'The link is too long for a QR code. Hand out the deck’s file instead (Import or export → Export).'
};
