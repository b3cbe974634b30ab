import { describe, expect, it } from 'vitest';
import { stripConnectives } from './lexicon';

describe('stripConnectives', () => {
	// Round-4 ratings: "Когда через два дня, по Лейпцигу прошли …?", "Когда спустя девять дней, в
	// Москве вспыхнуло восстание?", "Когда за два дня до падения стены, в отставку ушло …?".
	it('cuts time counted from another fact: the answer’s date says it', () => {
		expect(stripConnectives('через два дня, по Лейпцигу прошли демонстранты')).toBe(
			'по Лейпцигу прошли демонстранты'
		);
		expect(stripConnectives('спустя девять дней, в Москве вспыхнуло восстание')).toBe(
			'в Москве вспыхнуло восстание'
		);
		expect(stripConnectives('за два дня до падения стены, в отставку ушло правительство')).toBe(
			'в отставку ушло правительство'
		);
		expect(stripConnectives('в тот же день Горбачёв выступил')).toBe('Горбачёв выступил');
	});
	it('keeps a phrase that only starts like one', () => {
		expect(stripConnectives('за мир выступили социалисты')).toBe('за мир выступили социалисты');
		expect(stripConnectives('через Польшу прошли войска')).toBe('через Польшу прошли войска');
	});
});
