// Years BC end to end (issue 15, item 2): the English pack dates events BC, the cards carry ISO 8601
// extended years (44 BC is "-0043", astronomically), pass the deck validator and check typed answers.
import { describe, expect, it } from 'vitest';
import { checkDate } from '../../../answer/date';
import { validateDeck } from '../../../deck/validate';
import { formatHistoryDate } from '../../../history/format-date';
import { generateDecks } from '../../index';
import { createEnglish } from './index';
import { sentenceDates } from './dates';

const ARTICLE = `Rome at the end of the Republic

The Persians landed at Marathon in 490 BC, and the Athenians defeated them there. Athens and Sparta fought the Peloponnesian War of 431–404 BC. Julius Caesar crossed the Rubicon on 10 January 49 BC. Caesar was assassinated in Rome on 15 March 44 BC by a group of senators. Octavian defeated Mark Antony at Actium on 2 September 31 BC. Augustus ruled Rome from 27 BC to AD 14. The city of Rome had grown in the 5th century BC into the leading power of Latium.`;

const isos = (text: string) => sentenceDates(text, 0, text.length, {}).map((d) => d.iso);

describe('English dates BC', () => {
	it('reads the shapes history uses', () => {
		expect(isos('Caesar died in 44 BC.')).toEqual(['-0043']);
		expect(isos('in 490 B.C.')).toEqual(['-0489']);
		expect(isos('on 15 March 44 BC')).toEqual(['-0043-03-15']);
		expect(isos('the Peloponnesian War of 431–404 BC')).toEqual(['-0430/-0403']);
		expect(isos('in the 5th century BC')).toEqual(['-0499/-0400']);
		expect(isos('from 27 BC to AD 14')).toEqual(['-0026/0014']);
	});

	it('makes date cards whose decks pass validation, answered as written', () => {
		const decks = generateDecks({ text: ARTICLE, name: 'rome', language: createEnglish() });
		expect(validateDeck(decks.dates).ok).toBe(true);
		const dated = decks.dates.cards.filter((c) => c.fact?.type === 'date' && c.fact.ask === 'date');
		const by = (front: RegExp) => dated.find((c) => front.test(c.front));
		const caesar = by(/^When was (?:Julius )?Caesar assassinated/);
		expect(caesar?.back).toBe('15 March 44 BC');
		expect(caesar?.fact).toMatchObject({ date: '-0043-03-15' });
		expect(by(/Peloponnesian War/)?.back).toBe('431–404 BC');
		for (const c of dated) {
			const iso = (c.fact as { date: string }).date;
			expect(iso, c.front).toMatch(/^-\d{4}|^00/);
			// The back typed as it stands is right, and so is the history views' writing of it.
			const typed = checkDate(c.back, iso);
			expect(typed.ok && typed.grade, `${c.front} → ${c.back}`).toBe('good');
			const shown = checkDate(formatHistoryDate(iso, 'en'), iso);
			expect(shown.ok && shown.grade, formatHistoryDate(iso, 'en')).toBe('good');
		}
	});
});
