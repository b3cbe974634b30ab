// The gentle reminder to back up (issue 14, item 1), on the home screen only: never while studying
// or anywhere else. Loaded by the storage checks (storage-notices.ts), which run after the home
// screen has shown and only when there is progress to lose, so none of this is first-page code.
//
// Built as a few DOM nodes, not a component: features may not import components (the layers),
// and a component the first page would mount costs its bytes there. Text goes in as textContent;
// styles through the CSSOM (the CSP refuses style attributes).
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { backupReminderDue, daysSince } from '$lib/core/backup/reminder';
import type { KartotekaDB } from '$lib/db';
import { lastBackupAt } from '$lib/db/backup-repo';
import { i18n, t } from '$lib/i18n/i18n.svelte';
import * as backupMessages from '$lib/i18n/messages/backup';

/** When the student said "not now" (ms), in localStorage: a device's choice, not the collection's. */
export const DISMISSED = 'kartoteka.backup.dismissed';

async function persisted(): Promise<boolean> {
	try {
		return (await navigator.storage?.persisted?.()) ?? false;
	} catch {
		return false;
	}
}

/**
 * Shows the reminder while the home screen is open, when it is due. `reviews`: the logs the
 * storage marker has just counted (counting them again walked every log).
 */
export async function remind(
	db: KartotekaDB,
	now: Date,
	storage: Storage,
	reviews: number
): Promise<void> {
	const dismissed = Number(storage.getItem(DISMISSED));
	const [isPersisted, lastBackup] = await Promise.all([persisted(), lastBackupAt(db)]);
	const facts = {
		persisted: isPersisted,
		lastBackupAt: lastBackup,
		reviews,
		dismissedAt: dismissed > 0 ? dismissed : undefined,
		now: now.getTime()
	};
	if (!backupReminderDue(facts)) return;
	i18n.register(backupMessages);
	const text =
		lastBackup === undefined
			? t('backup.remindNever')
			: t('backup.remind', { days: daysSince(lastBackup, facts.now) });
	const el = banner(text, {
		go: () => void goto('/settings#backup'),
		later: () => storage.setItem(DISMISSED, String(Date.now()))
	});
	// Follows the pages by the DOM they render, not an $effect.root: that function of Svelte's
	// runtime is not on the first page yet, and its chunk is.
	const follow = () => {
		const home = page.url.pathname === '/';
		if (home && !el.isConnected) document.body.append(el);
		else if (!home && el.isConnected) el.remove();
	};
	const observer = new MutationObserver(follow);
	observer.observe(document.body, { childList: true, subtree: true });
	follow();
	// Either button ends the reminder for this visit.
	for (const b of el.querySelectorAll('button'))
		b.addEventListener('click', () => {
			observer.disconnect();
			el.remove();
		});
}

function banner(text: string, on: { go: () => void; later: () => void }): HTMLElement {
	const el = document.createElement('aside');
	el.dataset.testid = 'backup-reminder';
	el.setAttribute('role', 'status');
	Object.assign(el.style, {
		position: 'fixed',
		left: '1rem',
		right: '1rem',
		bottom: 'calc(1rem + env(safe-area-inset-bottom))',
		maxWidth: '30rem',
		margin: '0 auto',
		padding: '0.8rem 1rem',
		display: 'grid',
		gap: '0.6rem',
		background: 'var(--surface)',
		color: 'var(--ink)',
		border: '1px solid var(--line)',
		borderRadius: 'var(--radius)',
		boxShadow: '0 4px 18px rgb(0 0 0 / 0.15)',
		zIndex: '20'
	});
	const p = document.createElement('p');
	p.style.margin = '0';
	p.textContent = text;
	const row = document.createElement('div');
	Object.assign(row.style, { display: 'flex', flexWrap: 'wrap', gap: '0.5rem' });
	row.append(
		button(t('backup.remindAction'), 'backup-reminder-go', 'primary', on.go),
		button(t('backup.remindLater'), 'backup-reminder-dismiss', '', on.later)
	);
	el.append(p, row);
	return el;
}

function button(label: string, testid: string, cls: string, onClick: () => void) {
	const b = document.createElement('button');
	b.type = 'button';
	b.textContent = label;
	b.dataset.testid = testid;
	if (cls) b.className = cls;
	b.addEventListener('click', onClick);
	return b;
}
