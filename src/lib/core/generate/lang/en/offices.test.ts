// Offices of the English pack where an office meets a name: possessive and acronym offices said
// the way a reader asks them, an apposition's office dated by its clause, and an "as …" office
// given to its own clause's subject.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../clean';
import { tokenize } from '../../doc';
import { createEnglish } from './index';

/** Every positions card the pack makes (before selection), "front → back". */
function positions(text: string): string[] {
	const lang = createEnglish();
	const clean = cleanText(text);
	const doc = tokenize(clean, lang.sentences(clean.text), text);
	return lang
		.facts(doc, lang.mentions(doc))
		.flatMap((f) => f.cards)
		.filter((c) => c.deck === 'positions')
		.map((c) => `${c.front} → ${c.back}`);
}

describe('English offices', () => {
	it('says a possessive office and an acronym office with "of"', () => {
		const got = positions(
			"In 1603 the queen's chief adviser, Robert Cecil, wrote to Scotland. In 1975 the President met FBI Director William Webster."
		);
		expect(got).toContain(
			'What office did Robert Cecil hold in 1603? → Chief adviser of the queen'
		);
		expect(got).toContain('What office did William Webster hold in 1975? → Director of the FBI');
	});
	it('dates an apposition by its clause, but not a former office', () => {
		const got = positions(
			'In 1755 the governor of New France, the Marquis de Vaudreuil, founded a fort. In 1876 the former Prime Minister William Gladstone published a pamphlet.'
		);
		expect(got).toContain('Who was governor of New France in 1755? → Marquis de Vaudreuil');
		expect(got.join('\n')).not.toMatch(/Gladstone hold in 1876/);
	});
	it('keeps "acting" and "first deputy", drops "the last"', () => {
		const got = positions(
			'In 1964 his first deputy premier, Alexei Kosygin, took power. In 1917 the last tsar, Nicholas Romanov, abdicated. Later in 1961 U Thant became acting Secretary-General of the United Nations.'
		);
		expect(got).toContain('What office did Alexei Kosygin hold in 1964? → First deputy premier');
		expect(got).toContain('What office did Nicholas Romanov hold in 1917? → Tsar');
		expect(got.some((c) => /U Thant/.test(c) && /Acting Secretary-General/.test(c))).toBe(true);
	});
	it('gives an "as …" office to the subject of its own clause', () => {
		const got = positions(
			'In May 1906 Pyotr Stolypin succeeded Ivan Goremykin as Prime Minister, and in June Arthur Hardinge arrived in Tehran as British envoy.'
		);
		expect(got.join('\n')).not.toMatch(/Stolypin.*Envoy|Envoy.*Stolypin/i);
		expect(got.some((c) => /Arthur Hardinge/.test(c) && /Envoy of Britain/i.test(c))).toBe(true);
	});
});

describe('English round 4: a title and its country after the name', () => {
	it('reads "President Woodrow Wilson of the United States" whole', () => {
		const cards = positions(
			'The leaders were President Woodrow Wilson of the United States and Prime Minister David Lloyd George of Great Britain. Wilson was ill in 1919. Lloyd George won in 1918.'
		);
		expect(cards).toContain(
			'What office did Woodrow Wilson hold? → President of the United States'
		);
		expect(cards).toContain(
			'What office did David Lloyd George hold? → Prime Minister of Great Britain'
		);
	});
	it('gives an agent the country of the subject only, not of an aside', () => {
		const got = positions(
			'Texas, independent of Mexico since 1836, was annexed under a joint resolution signed by President John Tyler on March 1, 1845. Britain was represented by the Prime Minister Benjamin Disraeli in 1878. Disraeli returned to London.'
		).join('\n');
		expect(got).not.toMatch(/President of Mexico/);
		expect(got).toMatch(/Prime Minister of Britain/);
	});
});
