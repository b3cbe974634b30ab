// Deck option presets: the named ones in their table, the default one being the global settings
// (meta "settings"), and which preset each deck uses (decks.presetId). Imported by path: only the
// study session, the deck page and the settings page need it.
import {
	DEFAULT_PRESET_ID,
	presetWeights,
	settingsWithPreset,
	type Preset
} from '$lib/core/schedule/presets';
import type { StudySettings } from '$lib/core/schedule/settings';
import type { KartotekaDB } from './database';
import type { DeckRow } from './types';
import { getMeta } from './meta-repo';

export async function listPresets(db: KartotekaDB): Promise<Preset[]> {
	return db.presets.orderBy('id').toArray();
}

/** Stores a named preset (the default one is the settings page's: not stored here). */
export async function savePreset(db: KartotekaDB, preset: Preset): Promise<void> {
	if (preset.id === DEFAULT_PRESET_ID) throw new RangeError('the default preset is the settings');
	await db.presets.put({ ...preset, options: { ...preset.options } });
}

/** What deleting a preset removed: the preset and the decks that used it (restorePreset). */
export interface DeletedPreset {
	preset: Preset;
	deckIds: string[];
}

/** Removes a preset; its decks go back to the default one. Returns what Undo puts back. */
export async function deletePreset(db: KartotekaDB, id: string): Promise<DeletedPreset | null> {
	return db.transaction('rw', db.presets, db.decks, async () => {
		const preset = await db.presets.get(id);
		const deckIds = (await db.decks.where('presetId').equals(id).primaryKeys()) as string[];
		await db.presets.delete(id);
		await db.decks.where('presetId').equals(id).modify({ presetId: DEFAULT_PRESET_ID });
		return preset ? { preset, deckIds } : null;
	});
}

/**
 * Undoes deletePreset: the preset returns, and the decks that used it use it again unless they
 * were given another preset since (only those still on the default one move back).
 */
export async function restorePreset(db: KartotekaDB, deleted: DeletedPreset): Promise<void> {
	await db.transaction('rw', db.presets, db.decks, async () => {
		await db.presets.put(deleted.preset);
		for (const deck of await db.decks.bulkGet(deleted.deckIds))
			if (deck && (deck.presetId ?? DEFAULT_PRESET_ID) === DEFAULT_PRESET_ID)
				await db.decks.update(deck.id, { presetId: deleted.preset.id });
	});
}

/** Each named preset with how many decks (not deleted) use it: the settings page's list. */
export async function presetsWithDecks(
	db: KartotekaDB
): Promise<{ preset: Preset; decks: number }[]> {
	const [presets, decks] = await Promise.all([
		listPresets(db),
		db.decks.filter((d) => d.deletedAt === undefined && !!d.presetId).toArray()
	]);
	return presets.map((preset) => ({
		preset,
		decks: decks.filter((d) => d.presetId === preset.id).length
	}));
}

/** Makes `deckIds` use preset `id` (which must exist, or be the default). */
export async function setDeckPreset(db: KartotekaDB, deckIds: string[], id: string): Promise<void> {
	await db.transaction('rw', db.presets, db.decks, async () => {
		if (id !== DEFAULT_PRESET_ID && !(await db.presets.get(id)))
			throw new RangeError(`no preset “${id}”`);
		for (const deckId of deckIds) await db.decks.update(deckId, { presetId: id });
	});
}

/** The settings each deck studies with: the global ones with its preset's options. */
export async function deckSettings(
	db: KartotekaDB,
	deckIds: readonly string[],
	global: StudySettings,
	/** The decks' rows, when read already (in the order of deckIds). */
	known?: readonly (DeckRow | undefined)[]
): Promise<Map<string, StudySettings>> {
	const decks = known ?? (await db.decks.bulkGet([...deckIds]));
	const ids = [...new Set(decks.map((d) => d?.presetId ?? DEFAULT_PRESET_ID))];
	const presets = new Map((await db.presets.bulkGet(ids)).flatMap((p) => (p ? [[p.id, p]] : [])));
	return new Map(
		deckIds.map((id, i) => {
			const preset = presets.get(decks[i]?.presetId ?? DEFAULT_PRESET_ID);
			return [id, settingsWithPreset(global, preset)];
		})
	);
}

/**
 * The fitted FSRS weights of each deck's preset, for the decks whose preset has them (the default
 * preset's included: preset-parameters.ts keeps them apart from the settings).
 */
export async function deckWeights(
	db: KartotekaDB,
	deckIds: readonly string[],
	/** The decks' rows, when read already (in the order of deckIds). */
	rows?: readonly (DeckRow | undefined)[]
): Promise<Map<string, number[]>> {
	const decks = rows ?? (await db.decks.bulkGet([...deckIds]));
	const known = new Set((await db.presets.toArray()).map((p) => p.id));
	const byPreset = new Map<string, number[] | undefined>();
	const out = new Map<string, number[]>();
	for (const [i, id] of deckIds.entries()) {
		const stored = decks[i]?.presetId;
		const presetId = stored && known.has(stored) ? stored : DEFAULT_PRESET_ID;
		if (!byPreset.has(presetId)) byPreset.set(presetId, await presetParameters(db, presetId));
		const w = byPreset.get(presetId);
		if (w) out.set(id, w);
	}
	return out;
}

/** Where the default preset's fitted parameters are kept (preset-parameters.ts writes them). */
export const DEFAULT_WEIGHTS_KEY = 'default-preset-weights';

/** The preset's fitted parameters, or undefined (FSRS's defaults). */
export async function presetParameters(
	db: KartotekaDB,
	presetId: string
): Promise<number[] | undefined> {
	if (presetId !== DEFAULT_PRESET_ID) return presetWeights(await db.presets.get(presetId));
	const w = await getMeta<unknown>(db, DEFAULT_WEIGHTS_KEY);
	return Array.isArray(w) && w.length > 0 && w.every(Number.isFinite) ? (w as number[]) : undefined;
}
