// The authoring routes' strings load with those routes, not with the first page
// (see i18n/messages.ts). Imported for its effect by the routes and the modules that need them.
import { i18n } from '$lib/i18n/i18n.svelte';
import * as author from '$lib/i18n/messages/author';

i18n.register(author);
