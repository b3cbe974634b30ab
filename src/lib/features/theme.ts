// The theme chosen in Settings (issue 12): the system's, light or dark. Kept in localStorage so
// that app.html's one-line script can put it on <html data-theme> before the first paint (no
// flash of the other theme); app.css reads the attribute. Loaded with the settings page only.
export type Theme = 'system' | 'light' | 'dark';
export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

/** The key app.html's script reads (theme.test.ts checks that the two agree). */
export const THEME_KEY = 'kartoteka-theme';

export function storedTheme(): Theme {
	try {
		const t = localStorage.getItem(THEME_KEY);
		return t === 'light' || t === 'dark' ? t : 'system';
	} catch {
		return 'system'; // storage refused (a private mode): the system's theme
	}
}

/** Applies the theme now and keeps it for the next start. */
export function setTheme(theme: Theme): void {
	const root = document.documentElement;
	if (theme === 'system') delete root.dataset.theme;
	else root.dataset.theme = theme;
	try {
		if (theme === 'system') localStorage.removeItem(THEME_KEY);
		else localStorage.setItem(THEME_KEY, theme);
	} catch {
		// Not kept: this visit still shows it.
	}
}
