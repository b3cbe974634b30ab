// Small key-value records: settings, shipped-deck versions, the last session.
import type { KartotekaDB } from './database';

export async function getMeta<T>(db: KartotekaDB, key: string): Promise<T | undefined> {
	return (await db.meta.get(key))?.value as T | undefined;
}

export async function setMeta<T>(db: KartotekaDB, key: string, value: T): Promise<void> {
	await db.meta.put({ key, value });
}
