import { describe, expect, it } from 'vitest';
import { checkPresetForm, readRetention, type PresetFormInput } from './preset-form';

const good: PresetFormInput = {
	name: '  Экзамен ',
	newPerDay: 5,
	reviewsPerDay: '150',
	learningSteps: '1 мин 10 мин',
	relearningSteps: '10m',
	retention: '0,92',
	maximumIntervalDays: 365
};

describe('the preset edit form', () => {
	it('reads every field: localized steps, retention as a share or a percent', () => {
		expect(checkPresetForm(good)).toEqual({
			name: 'Экзамен',
			options: {
				newPerDay: 5,
				reviewsPerDay: 150,
				maximumIntervalDays: 365,
				learningSteps: ['1m', '10m'],
				relearningSteps: ['10m'],
				retention: 0.92
			}
		});
		expect(readRetention('90 %')).toBe(0.9);
		expect(readRetention(0.85)).toBe(0.85);
		// No learning steps at all is allowed, as in Anki.
		const none = checkPresetForm({ ...good, learningSteps: '' });
		expect('options' in none && none.options.learningSteps).toEqual([]);
	});

	it('names the problem of each bad field, and only those', () => {
		const r = checkPresetForm({
			...good,
			name: ' ',
			newPerDay: -1,
			reviewsPerDay: '2.5',
			learningSteps: '1 мин десять',
			retention: '0.5',
			maximumIntervalDays: ''
		});
		expect(r).toEqual({
			problems: {
				name: { kind: 'name-empty' },
				newPerDay: { kind: 'whole', value: '-1', min: 0, max: 9999 },
				reviewsPerDay: { kind: 'whole', value: '2.5', min: 0, max: 99999 },
				maximumIntervalDays: { kind: 'whole', value: '', min: 1, max: 36500 },
				learningSteps: { kind: 'steps', value: '1 мин десять' },
				retention: { kind: 'retention', value: '0.5' }
			}
		});
		const long = checkPresetForm({ ...good, name: 'x'.repeat(61) });
		expect(long).toEqual({ problems: { name: { kind: 'name-long', max: 60 } } });
		expect(readRetention('100')).toBeNull();
		expect(readRetention('abc')).toBeNull();
	});
});
