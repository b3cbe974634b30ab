// The settings page's form, apart from settings.ts: the home screen reads settings too, and
// this form's code need not come with it.
import { DEFAULT_SETTINGS, type StudySettings } from '$lib/core/schedule/settings';
import { formatSteps, parseSteps } from '$lib/core/schedule/steps';
import { i18n } from '$lib/i18n/i18n.svelte';
import type { KartotekaDB } from '$lib/db';
import { loadSettings, saveSettings } from './settings';

/** The settings form: what is typed, filled from storage when the page opens. */
export class SettingsForm {
	retention = $state(DEFAULT_SETTINGS.retention);
	newPerDay = $state(DEFAULT_SETTINGS.newPerDay);
	reviewsPerDay = $state(DEFAULT_SETTINGS.reviewsPerDay);
	learningSteps = $state(formatSteps(DEFAULT_SETTINGS.learningSteps, i18n.lang));
	relearningSteps = $state(formatSteps(DEFAULT_SETTINGS.relearningSteps, i18n.lang));
	burySiblings = $state(DEFAULT_SETTINGS.burySiblings);
	loadBalance = $state(DEFAULT_SETTINGS.loadBalance);
	/** The hour the study day begins (Anki's "Next day starts at"), for every deck. */
	dayStartHour = $state<unknown>(DEFAULT_SETTINGS.dayStartHour);
	/** Settings the form does not show (the maximum interval) are kept. */
	#stored: StudySettings = DEFAULT_SETTINGS;

	async load(db: KartotekaDB): Promise<void> {
		this.#fill(await loadSettings(db));
	}

	/** Saves the form (values clamped as storage keeps them); returns steps it cannot read. */
	async save(db: KartotekaDB): Promise<{ invalidSteps: string } | { invalidHour: string } | null> {
		const learning = parseSteps(this.learningSteps);
		const relearning = parseSteps(this.relearningSteps);
		if (!learning) return { invalidSteps: this.learningSteps };
		if (!relearning) return { invalidSteps: this.relearningSteps };
		const hourText = String(this.dayStartHour ?? '').trim();
		const hour = /^\d{1,2}$/.test(hourText) ? Number(hourText) : NaN;
		if (!(hour >= 0 && hour <= 23)) return { invalidHour: hourText };
		const saved = await saveSettings(db, {
			...this.#stored,
			retention: Number(this.retention),
			newPerDay: Number(this.newPerDay),
			reviewsPerDay: Number(this.reviewsPerDay),
			learningSteps: learning,
			relearningSteps: relearning,
			burySiblings: this.burySiblings,
			loadBalance: this.loadBalance,
			dayStartHour: hour
		});
		this.#stored = saved;
		this.retention = saved.retention;
		this.newPerDay = saved.newPerDay;
		this.reviewsPerDay = saved.reviewsPerDay;
		return null;
	}

	#fill(stored: StudySettings): void {
		this.#stored = stored;
		this.retention = stored.retention;
		this.newPerDay = stored.newPerDay;
		this.reviewsPerDay = stored.reviewsPerDay;
		this.learningSteps = formatSteps(stored.learningSteps, i18n.lang);
		this.relearningSteps = formatSteps(stored.relearningSteps, i18n.lang);
		this.burySiblings = stored.burySiblings;
		this.loadBalance = stored.loadBalance;
		this.dayStartHour = stored.dayStartHour;
	}
}
