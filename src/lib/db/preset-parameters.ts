// A preset's FSRS parameters (issue 13, item 1): the optimizer's result, saved where each preset
// keeps its options. Named presets hold them in their options (`w`); the default preset is the
// settings page's options, which keep no parameters, so its fitted ones live in a meta record of
// their own. Absent: FSRS's defaults. Also the reviews of a preset's decks, for the optimizer.
import { DEFAULT_PRESET_ID } from '$lib/core/schedule/presets';
import type { OptimizerReview } from '$lib/core/schedule/optimizer/fsrs-items';
import type { KartotekaDB } from './database';
import { setMeta } from './meta-repo';
import { DEFAULT_WEIGHTS_KEY } from './presets-repo';

export { presetParameters } from './presets-repo';

/** Saves fitted parameters for the preset; undefined goes back to FSRS's defaults. */
export async function savePresetParameters(
	db: KartotekaDB,
	presetId: string,
	w: readonly number[] | undefined
): Promise<void> {
	const value = w ? [...w] : undefined;
	if (presetId === DEFAULT_PRESET_ID) {
		if (value) await setMeta(db, DEFAULT_WEIGHTS_KEY, value);
		else await db.meta.delete(DEFAULT_WEIGHTS_KEY);
		return;
	}
	await db.transaction('rw', db.presets, async () => {
		const preset = await db.presets.get(presetId);
		if (!preset) throw new RangeError(`no preset “${presetId}”`);
		const options = { ...preset.options };
		if (value) options.w = value;
		else delete options.w;
		await db.presets.put({ ...preset, options });
	});
}

/** The decks that use the preset (a deck with no preset, or a removed one, uses the default). */
export async function presetDeckIds(db: KartotekaDB, presetId: string): Promise<string[]> {
	const [decks, presets] = await Promise.all([db.decks.toArray(), db.presets.toArray()]);
	const known = new Set(presets.map((p) => p.id));
	const of = (id: string | undefined) => (id && known.has(id) ? id : DEFAULT_PRESET_ID);
	return decks
		.filter((d) => d.deletedAt === undefined && of(d.presetId) === presetId)
		.map((d) => d.id);
}

/** Every review of the preset's decks, as the optimizer reads them. */
export async function presetReviews(db: KartotekaDB, presetId: string): Promise<OptimizerReview[]> {
	const deckIds = await presetDeckIds(db, presetId);
	const out: OptimizerReview[] = [];
	for (const deckId of deckIds) {
		const rows = await db.reviews
			.where('[deckId+at]')
			.between([deckId, -Infinity], [deckId, Infinity])
			.toArray();
		for (const r of rows) out.push({ key: r.key, at: r.at, rating: r.rating, state: r.log.state });
	}
	return out;
}
