// The home screen's way to the cards held back today, loaded once something was studied today
// (a first visit never loads it: see ARCHITECTURE.md, the first page's weight).
export { heldToday } from '$lib/db/siblings-repo';
