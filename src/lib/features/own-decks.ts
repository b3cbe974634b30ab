// The strings that mark the user's own decks. Loaded by deck-list.ts only when some deck is the
// user's: a student with the shipped decks alone never needs them, and the first page's budget is spent.
import { i18n } from '$lib/i18n/i18n.svelte';
import * as messages from '$lib/i18n/messages/own-decks';

i18n.register(messages);
