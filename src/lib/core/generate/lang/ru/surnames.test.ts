// The nominative of a surname read from the forms an article writes it in.
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeMorphology } from '../../../../../../scripts/lib/morphology-node';
import type { Morphology } from '../morphology';
import { resolveSurname } from './surnames';

let morph: Morphology;
beforeAll(async () => {
	morph = await nodeMorphology();
});

describe('resolveSurname', () => {
	it('reads no man named in -я after a consonant from one dative in -е ("к хану Берке")', () => {
		const got = resolveSurname(
			morph,
			[{ text: 'Берке', cases: new Set(['datv']), weight: 1 }],
			'masc'
		);
		expect(got.nominative).not.toBe('Беркя');
	});
	it('reads a man in -я after a consonant where the text writes him so as a nominative ("полковник Павел Тетеря")', () => {
		const got = resolveSurname(
			morph,
			[{ text: 'Тетеря', cases: new Set(['nomn']), weight: 1 }],
			'masc'
		);
		expect(got.nominative).toBe('Тетеря');
	});
	it('declines both halves of a double surname back ("Репнина-Оболенского")', () => {
		const got = resolveSurname(
			morph,
			[{ text: 'Репнина-Оболенского', cases: new Set(['gent']), weight: 1 }],
			'masc'
		);
		expect(got.nominative).toBe('Репнин-Оболенский');
	});
	it('still reads a declined Russian surname back to its nominative', () => {
		const got = resolveSurname(
			morph,
			[
				{ text: 'Чичерину', cases: new Set(['datv']), weight: 1 },
				{ text: 'Чичерин', cases: new Set(['nomn']), weight: 1 }
			],
			'masc'
		);
		expect(got.nominative).toBe('Чичерин');
	});
});
