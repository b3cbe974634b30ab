// The actors deck of the English pack: who did what, for every clause of a sentence (the clause
// after ", and" too), with the auxiliary kept and no card on a time that is no date.
import { describe, expect, it } from 'vitest';
import { generateDecks } from '../../index';
import { createEnglish } from './index';

function cards(body: string, deck: 'dates' | 'actors' = 'actors'): string[] {
	const text = `The Balkan League\n\n${body}`;
	const d = generateDecks({ text, name: 'x', language: createEnglish() });
	return d[deck].cards.map((c) => `${c.front} → ${c.back}`);
}

describe('English actors', () => {
	it('asks the clause after ", and" about its own subject', () => {
		const got = cards(
			'After the war of 1897, Eleftherios Venizelos had asked Paris for support, and in March 1912 Ivan Geshov signed a treaty with Serbia.'
		);
		expect(got).toContain('Who signed a treaty with Serbia in March 1912? → Ivan Geshov');
	});
	it('keeps the auxiliary of a perfect tense', () => {
		const got = cards(
			'The league fell apart in 1913. Richard Hall has shown how quickly the league turned on itself.'
		);
		expect(got).toContain('Who has shown how quickly the league turned on itself? → Richard Hall');
	});
	it('asks nothing of a deed told only by a time that is no date', () => {
		const got = cards(
			'Ivan Geshov signed the treaty with Serbia on 13 March 1912. Ivan Geshov resigned a few weeks later.'
		);
		expect(got.join('\n')).not.toMatch(/a few weeks later/);
	});
});

describe('English dates of a clause', () => {
	it('takes the subject after a leading place', () => {
		expect(cards('In Sofia the Liberal government fell in June 1913.', 'dates')).toContain(
			'When did the Liberal government fall? → June 1913'
		);
	});
	it('times a clause by the range after its last comma', () => {
		expect(
			cards(
				'The siege began in 1912. The siege lasted five months, from November 1912 to March 1913.',
				'dates'
			)
		).toContain('When did the siege last five months? → November 1912 – March 1913');
	});
	it("names the other person a clause's his stands for, and keeps the subject's own", () => {
		const got = cards(
			'In February 1815 Lord Castlereagh returned to London, and the Duke of Wellington took his place at Vienna. Ivan Geshov sent his envoy to Belgrade in May 1912.'
		);
		expect(got).toContain("Who took Lord Castlereagh's place at Vienna? → Duke of Wellington");
		expect(got.join('\n')).not.toMatch(/Ivan Geshov's envoy/);
	});
});
