// The marks of the user's own decks (issue 12, item 14), registered by features/own-decks.ts,
// which the home screen loads only when some deck is the user's (see ../messages.ts).

export const ru = {
	'home.own': 'Свои колоды',
	'deck.own': 'своя',
	'deck.generated': 'создана из статьи'
} as const;

export const en: Record<keyof typeof ru, string> = {
	'home.own': 'Your decks',
	'deck.own': 'own',
	'deck.generated': 'generated'
};
