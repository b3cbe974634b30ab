import { describe, expect, it } from 'vitest';
import { buildQueue } from './next-card';
import { DEFAULT_PRESET_ID, presetOptionsOf, presetWeights, settingsWithPreset } from './presets';
import { DEFAULT_SETTINGS } from './settings';
import type { DeckCandidates, QueueCard } from './queue';

const now = new Date(2026, 10, 20, 18, 0);
const cards = (deckId: string, n: number): QueueCard[] =>
	Array.from({ length: n }, (_, i) => ({ key: `${deckId}/${i}`, deckId, due: 0, ord: i }));

describe('presets', () => {
	it('the default preset starts as today’s options; a deck’s settings take its preset’s', () => {
		const options = presetOptionsOf(DEFAULT_SETTINGS);
		expect(options.newPerDay).toBe(20);
		const preset = { id: 'exam', name: 'Exam', options: { ...options, newPerDay: 5 } };
		const s = settingsWithPreset({ ...DEFAULT_SETTINGS, dayStartHour: 6 }, preset);
		expect(s.newPerDay).toBe(5);
		// The day boundary stays global.
		expect(s.dayStartHour).toBe(6);
		expect(settingsWithPreset(DEFAULT_SETTINGS, null)).toBe(DEFAULT_SETTINGS);
		expect(DEFAULT_PRESET_ID).toBe('default');
	});

	it('clamps a stored preset as settings are clamped, and reads only usable weights', () => {
		const bad = {
			id: 'x',
			name: 'x',
			options: { ...presetOptionsOf(DEFAULT_SETTINGS), retention: 2 }
		};
		expect(settingsWithPreset(DEFAULT_SETTINGS, bad).retention).toBe(0.99);
		expect(presetWeights(bad)).toBeUndefined();
		const w = Array.from({ length: 21 }, (_, i) => i / 10);
		expect(presetWeights({ ...bad, options: { ...bad.options, w } })).toEqual(w);
		expect(presetWeights({ ...bad, options: { ...bad.options, w: [1, NaN] } })).toBeUndefined();
	});

	it('two decks with different presets each keep their own limits in one queue', () => {
		const progress = { newDone: 0, reviewsDone: 0 };
		const decks: DeckCandidates[] = [
			{
				deckId: 'a',
				progress,
				learning: [],
				reviews: [],
				fresh: cards('a', 10),
				limits: { newPerDay: 2, reviewsPerDay: 100 }
			},
			{
				deckId: 'b',
				progress,
				learning: [],
				reviews: [],
				fresh: cards('b', 10),
				limits: { newPerDay: 5, reviewsPerDay: 100 }
			}
		];
		const q = buildQueue(decks, DEFAULT_SETTINGS, now);
		expect(q.counts.new).toBe(7);
		// Without per-deck limits, the shared settings' limit applies to each deck.
		const shared = buildQueue(
			decks.map(({ limits: _, ...d }) => d),
			DEFAULT_SETTINGS,
			now
		);
		expect(shared.counts.new).toBe(20);
	});
});
