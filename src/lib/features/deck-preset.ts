// The deck page's option presets (issue 13, item 2): which preset the deck uses, the ones there
// are, and making a new one from the deck's options with other daily limits.
import { DEFAULT_PRESET_ID, presetOptionsOf, type Preset } from '$lib/core/schedule/presets';
import type { KartotekaDB } from '$lib/db';
import { deckSettings, listPresets, savePreset, setDeckPreset } from '$lib/db/presets-repo';
import { loadSettings } from './settings';

export interface DeckPresetData {
	presets: Preset[];
	/** The preset the deck uses (DEFAULT_PRESET_ID: the settings page's options). */
	current: string;
}

export async function readDeckPreset(db: KartotekaDB, deckId: string): Promise<DeckPresetData> {
	const [presets, deck] = await Promise.all([listPresets(db), db.decks.get(deckId)]);
	const current = deck?.presetId ?? DEFAULT_PRESET_ID;
	return {
		presets,
		current: presets.some((p) => p.id === current) ? current : DEFAULT_PRESET_ID
	};
}

export function choosePreset(db: KartotekaDB, deckId: string, presetId: string): Promise<void> {
	return setDeckPreset(db, [deckId], presetId);
}

export type PresetProblem = { kind: 'name' } | { kind: 'number'; value: string };

/** A whole number of cards a day, 0 … 9999, from a form field; null when it is not one. */
function perDay(input: unknown): number | null {
	const n = Number(String(input ?? '').trim());
	return Number.isInteger(n) && n >= 0 && n <= 9999 ? n : null;
}

/**
 * A new preset: the deck's current options with the given daily limits, used by the deck from
 * now on. Returns the problem with the input instead, when there is one.
 */
export async function createPreset(
	db: KartotekaDB,
	deckId: string,
	input: { name: string; newPerDay: unknown; reviewsPerDay: unknown }
): Promise<PresetProblem | null> {
	const name = input.name.trim();
	if (!name) return { kind: 'name' };
	const newPerDay = perDay(input.newPerDay);
	if (newPerDay === null) return { kind: 'number', value: String(input.newPerDay ?? '') };
	const reviewsPerDay = perDay(input.reviewsPerDay);
	if (reviewsPerDay === null) return { kind: 'number', value: String(input.reviewsPerDay ?? '') };
	const base = (await deckSettings(db, [deckId], await loadSettings(db))).get(deckId)!;
	const id = `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
	await savePreset(db, {
		id,
		name,
		options: { ...presetOptionsOf(base), newPerDay, reviewsPerDay }
	});
	await setDeckPreset(db, [deckId], id);
	return null;
}
