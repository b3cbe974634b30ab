// Study settings (stored in IndexedDB) and the storage-persistence status.
import {
	DEFAULT_SETTINGS,
	normalizeSettings,
	type StudySettings
} from '$lib/core/schedule/settings';
import { getMeta, setMeta, type KartotekaDB } from '$lib/db';

const KEY = 'settings';
const ASKED = 'persist-asked';

export type PersistStatus = 'granted' | 'not-granted' | 'unsupported';

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

export async function persistStatus(): Promise<PersistStatus> {
	if (!navigator.storage?.persisted) return 'unsupported';
	return (await navigator.storage.persisted()) ? 'granted' : 'not-granted';
}

/**
 * Asks the browser once, after the student has studied (a request with nothing to protect
 * would only puzzle them), to keep the data from automatic eviction.
 */
export async function requestPersistenceOnce(db: KartotekaDB): Promise<void> {
	if (!navigator.storage?.persist || (await getMeta<boolean>(db, ASKED))) return;
	await setMeta(db, ASKED, true);
	await navigator.storage.persist();
}

export { DEFAULT_SETTINGS };
