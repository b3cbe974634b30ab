// Years BC end to end (issue 15, item 2): the English pack dates events BC, the cards carry ISO 8601
// extended years (44 BC is "-0043", astronomically), pass the deck validator and check typed answers.
import { readFileSync } from 'node:fs';
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

// Session 12, a lecture on the crisis of the Roman Republic (English round 9): the era written once.
describe('a year BC written once for two', () => {
	const cards = (text: string) => {
		const d = generateDecks({ text: `Rome\n\n${text}`, name: 'rome', language: createEnglish() });
		return [d.dates, d.actors, d.positions].flatMap((x) =>
			x.cards.map((c) => `${c.front} → ${c.back}`)
		);
	};

	it('reads "from 104 to 100 BC", "in 123 and again in 122 BC", "in 102 and … in 101 BC"', () => {
		expect(isos('He governed Gaul from 58 to 50 BC.')).toEqual(['-0057/-0049']);
		expect(isos('He was tribune in 123 and again in 122 BC.')).toEqual(['-0122/-0121']);
		expect(isos('He won at Aquae Sextiae in 102 and at Vercellae in 101 BC.')).toEqual([
			'-0101',
			'-0100'
		]);
		// A bare number after a year BC, or far from it, is no year BC.
		expect(isos('In 44 BC he had 300 men; in 1854 Mommsen wrote.')).toEqual(['-0043', '1854']);
	});

	it('asks the office of a year BC as the reader writes it, and the range whole', () => {
		const got = cards(
			'Gaius Julius Caesar was a Roman general. Caesar was consul in 59 BC. Caesar governed Gaul from 58 to 50 BC.'
		);
		expect(got).toContain('What office did Gaius Julius Caesar hold in 59 BC? → Consul');
		expect(got).toContain('When did Gaius Julius Caesar govern Gaul? → 58–50 BC');
		expect(got.join('\n')).not.toMatch(/-00\d\d|from 58 to\?/);
	});

	it('keeps two deeds of one person in one year ("named dictator", "stabbed")', () => {
		const got = cards(
			'Gaius Julius Caesar was a Roman general. Early in 44 BC Caesar was named dictator for life, and on 15 March 44 BC he was stabbed in the senate by conspirators.'
		);
		expect(got).toContain('When was Gaius Julius Caesar named dictator for life? → 44 BC');
		expect(got).toContain('When was Gaius Julius Caesar stabbed in the senate? → 15 March 44 BC');
	});

	it('takes a count from the last date second to the year its clause writes', () => {
		// The lecture's "Ten years later his younger brother Gaius Gracchus was tribune in 123 and
		// again in 122 BC", counted from the 146 BC of a paragraph before, gave "136 BC".
		const text = readFileSync(
			'tests/articles/en/crisis-of-the-roman-republic-133-27-bc.txt',
			'utf8'
		);
		const d = generateDecks({ text, name: 'rome', language: createEnglish() });
		const got = d.dates.cards.map((c) => `${c.front} → ${c.back}`).join('\n');
		expect(got).not.toMatch(/136 BC/);
		expect(got).toMatch(/Gaius Gracchus tribune\? → 123–122 BC/);
	});
});
