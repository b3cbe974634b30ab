// Study settings (stored in IndexedDB) and the storage-persistence status.
import { normalizeSettings, type StudySettings } from '$lib/core/schedule/settings';
import { getMeta, setMeta, type KartotekaDB } from '$lib/db';

const KEY = 'settings';
const ASKED = 'persist-asked';

/** 'refused': asked already (after the first review), and the browser said no. */
export type PersistStatus = 'granted' | 'not-granted' | 'refused' | 'unsupported';

export async function loadSettings(db: KartotekaDB): Promise<StudySettings> {
	return normalizeSettings(await getMeta<Partial<StudySettings>>(db, KEY));
}

export async function saveSettings(
	db: KartotekaDB,
	settings: StudySettings
): Promise<StudySettings> {
	const clean = normalizeSettings(settings);
	await setMeta(db, KEY, clean);
	return clean;
}

export async function persistStatus(db?: KartotekaDB): Promise<PersistStatus> {
	if (!navigator.storage?.persisted) return 'unsupported';
	if (await navigator.storage.persisted()) return 'granted';
	return db && (await getMeta<boolean>(db, ASKED)) === true ? 'refused' : 'not-granted';
}

/** Whether the browser was already asked to keep the data (read once per session, not per grade). */
export async function persistenceAsked(db: KartotekaDB): Promise<boolean> {
	return !canPersist() || (await getMeta<boolean>(db, ASKED)) === true;
}

const canPersist = () => typeof navigator !== 'undefined' && !!navigator.storage?.persist;

/**
 * Asks the browser once, after the student has studied (a request with nothing to protect
 * would only puzzle them), to keep the data from automatic eviction.
 */
export async function requestPersistence(db: KartotekaDB): Promise<void> {
	if (!canPersist()) return;
	await setMeta(db, ASKED, true);
	await navigator.storage.persist();
}
