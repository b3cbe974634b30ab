// Settings → Option presets (issue 13): the list of named presets with the decks using each, the
// edit form of one (every option Anki's deck options have here), a new preset, and deleting one
// with Undo. The default preset is the settings form above it on the page.
import {
	checkPresetForm,
	type PresetField,
	type PresetFieldProblem
} from '$lib/core/schedule/preset-form';
import { presetOptionsOf, type Preset } from '$lib/core/schedule/presets';
import { formatSteps } from '$lib/core/schedule/steps';
import type { KartotekaDB } from '$lib/db';
import {
	deletePreset,
	presetsWithDecks,
	restorePreset,
	savePreset,
	type DeletedPreset
} from '$lib/db/presets-repo';
import { loadSettings } from './settings';

export { presetsWithDecks as readPresetList, type DeletedPreset };

/** One preset's edit form: the fields as typed, and each field's problem after a save. */
export class PresetEditor {
	readonly id: string;
	name = $state('');
	newPerDay = $state<unknown>('');
	reviewsPerDay = $state<unknown>('');
	learningSteps = $state('');
	relearningSteps = $state('');
	retention = $state<unknown>('');
	maximumIntervalDays = $state<unknown>('');
	problems = $state<Partial<Record<PresetField, PresetFieldProblem>>>({});
	#preset: Preset;

	constructor(preset: Preset, lang: 'ru' | 'en') {
		this.id = preset.id;
		this.#preset = preset;
		const o = preset.options;
		this.name = preset.name;
		this.newPerDay = o.newPerDay;
		this.reviewsPerDay = o.reviewsPerDay;
		this.learningSteps = formatSteps(o.learningSteps ?? [], lang);
		this.relearningSteps = formatSteps(o.relearningSteps ?? [], lang);
		// As the form shows numbers in the UI's language (0,9 in Russian); readRetention takes both.
		this.retention = lang === 'ru' ? String(o.retention).replace('.', ',') : o.retention;
		this.maximumIntervalDays = o.maximumIntervalDays;
	}

	/** Checks and stores the preset (its fitted FSRS parameters kept); false with problems shown. */
	async save(db: KartotekaDB): Promise<boolean> {
		const checked = checkPresetForm(this);
		if ('problems' in checked) {
			this.problems = checked.problems;
			return false;
		}
		this.problems = {};
		const preset = {
			...this.#preset,
			name: checked.name,
			options: { ...this.#preset.options, ...checked.options }
		};
		await savePreset(db, preset);
		this.#preset = preset;
		return true;
	}
}

/** A new named preset with the default preset's options (the settings page's), decks: none. */
export async function addPreset(db: KartotekaDB, name: string): Promise<Preset> {
	const options = presetOptionsOf(await loadSettings(db));
	const id = `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
	const preset = { id, name, options };
	await savePreset(db, preset);
	return preset;
}

export { deletePreset as removePreset, restorePreset as undoRemovePreset };
