// Short labels for intervals on the grade buttons: "1m", "10m", "3d", "2mo", "1.5y" in English (as
// Anki writes them), "1 мин", "3 дн.", "2 мес.", "1,5 г." in Russian.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Unit = 'm' | 'h' | 'd' | 'mo' | 'y';
const UNITS: Record<'ru' | 'en', Record<Unit, string>> = {
	en: { m: 'm', h: 'h', d: 'd', mo: 'mo', y: 'y' },
	ru: { m: '\u00a0мин', h: '\u00a0ч', d: '\u00a0дн.', mo: '\u00a0мес.', y: '\u00a0г.' }
};

export function formatInterval(ms: number, lang: 'ru' | 'en' = 'en'): string {
	const label = (n: string, unit: Unit) =>
		`${lang === 'ru' ? n.replace('.', ',') : n}${UNITS[lang][unit]}`;
	if (ms < MINUTE) return `<${label('1', 'm')}`;
	if (ms < HOUR) return label(String(Math.round(ms / MINUTE)), 'm');
	if (ms < DAY) return label(String(Math.round(ms / HOUR)), 'h');
	const days = ms / DAY;
	if (days < 30) return label(String(Math.round(days)), 'd');
	if (days < 365) return label(trim(days / 30), 'mo');
	return label(trim(days / 365), 'y');
}

function trim(n: number): string {
	const r = Math.round(n * 10) / 10;
	return Number.isInteger(r) ? String(r) : r.toFixed(1);
}
