// Deck option presets, as Anki's: a named set of study options that decks use (each deck one,
// "default" unless chosen). The day boundary and holding related cards back stay global settings.
// Pure data and the rules to read it: the db stores presets, the session resolves each deck's.
import { normalizeSettings, type StudySettings } from './settings';

export const DEFAULT_PRESET_ID = 'default';

/** The options a preset holds (the rest of StudySettings is global). */
export type PresetOptions = Pick<
	StudySettings,
	| 'retention'
	| 'newPerDay'
	| 'reviewsPerDay'
	| 'learningSteps'
	| 'relearningSteps'
	| 'maximumIntervalDays'
> & {
	/** FSRS parameters fitted to the student's reviews; absent: FSRS's defaults. */
	w?: number[];
};

export interface Preset {
	id: string;
	name: string;
	options: PresetOptions;
}

const PRESET_KEYS = [
	'retention',
	'newPerDay',
	'reviewsPerDay',
	'learningSteps',
	'relearningSteps',
	'maximumIntervalDays'
] as const;

/** The preset's options out of the settings (what the default preset starts as: today's options). */
export function presetOptionsOf(settings: StudySettings): PresetOptions {
	return Object.fromEntries(PRESET_KEYS.map((k) => [k, settings[k]])) as unknown as PresetOptions;
}

/**
 * The settings a deck studies with: the global ones (day boundary, related cards) and its
 * preset's options, clamped as stored settings are; no preset: the global settings as they are.
 */
export function settingsWithPreset(global: StudySettings, preset?: Preset | null): StudySettings {
	if (!preset) return global;
	return normalizeSettings({ ...global, ...presetOptionsOf({ ...global, ...preset.options }) });
}

/** The fitted weights of a preset, when they are usable (a list of finite numbers). */
export function presetWeights(preset?: Preset | null): number[] | undefined {
	const w = preset?.options.w;
	return Array.isArray(w) && w.length > 0 && w.every(Number.isFinite) ? [...w] : undefined;
}
