// Offices of the English pack where an office meets a name: possessive and acronym offices said
// the way a reader asks them, an apposition's office dated by its clause, and an "as …" office
// given to its own clause's subject.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../clean';
import { tokenize } from '../../doc';
import { createEnglish } from './index';
import { generateDecks } from '../../index';

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

describe('English "as" offices in a diplomat’s career', () => {
	it('gives "he … as ambassador" to the man the pronoun stands for, dated by its clause', () => {
		const got = positions(
			'Klemens von Metternich: a life\n\nKlemens von Metternich was born in 1773. In 1795 Klemens married Countess Eleonore von Kaunitz, a match that opened the court to him. In 1803 he was transferred to Berlin as minister to Prussia, and in 1806, at Napoleon\u2019s own wish, he went to Paris as ambassador to France.'
		);
		expect(got).toContain('Who was minister to Prussia in 1803? → Klemens von Metternich');
		expect(got).toContain(
			'What office did Klemens von Metternich hold in 1806? → Ambassador to France'
		);
		expect(got.join('\n')).not.toMatch(/Napoleon hold|Eleonore von Kaunitz hold/);
	});
	it('gives "with X as …" to X, and asks no "its secretary"', () => {
		const got = positions(
			'Prince Metternich presided over the Congress of Vienna, which sat from September 1814 to June 1815, with his friend Friedrich von Gentz as its secretary. In 1815 Lord Castlereagh sat with Friedrich von Gentz as secretary of the British delegation.'
		);
		expect(got.join('\n')).not.toMatch(/Metternich hold.*→ Secretary/);
		expect(got.join('\n')).not.toMatch(/→ Secretary$/m);
		expect(got.join('\n')).toMatch(/Friedrich von Gentz.*Secretary of the British delegation/i);
	});
});

describe('offices written around a date or a regnal name (session 12)', () => {
	const got = (body: string) => {
		const d = generateDecks({ text: `X\n\n${body}`, name: 'x', language: createEnglish() });
		return d.positions.cards.map((c) => `${c.front} → ${c.back}`);
	};
	it('ends the office before "in the summer of 1952"', () => {
		const cards = got(
			'Ayatollah Abol-Ghasem Kashani, elected speaker of the Majlis in the summer of 1952, was at first an ally.'
		);
		expect(cards).toContain(
			'Who was speaker of the Majlis in the summer of 1952? → Abol-Ghasem Kashani'
		);
	});
	it('gives "King of Spain as Philip II" to Philip II, without the "as"', () => {
		const cards = got(
			'Philip II was the son of Charles V. A few months later Philip also became King of Spain as Philip II. Philip II died in 1598.'
		);
		expect(cards).toContain('What office did Philip II hold? → King of Spain');
	});
	it('ends the office before a month ("foreign minister in April 1993")', () => {
		const cards = positions(
			'In 1993 talks began in Norway. Johan Jørgen Holst, who had succeeded Thorvald Stoltenberg as foreign minister in April 1993, carried messages himself.'
		);
		expect(cards.join('\n')).toMatch(/Johan Jørgen Holst hold in 1993\? → Foreign minister$/m);
		expect(cards.join('\n')).not.toMatch(/in April/);
	});
	it('gives an "as" office after "recognizing X as" to X, so to no person when X is a body', () => {
		const cards = positions(
			'On 9 September 1993 Yitzhak Rabin, the Prime Minister of Israel, answered by recognizing the PLO as the representative of the Palestinian people. In 1894 the tsar appointed Nikolai Giers as foreign minister.'
		).join('\n');
		expect(cards).not.toMatch(/Rabin hold[^\n]*→ Representative/);
		expect(cards).toMatch(/Nikolai Giers hold in 1894\? → Foreign minister/);
	});
});
