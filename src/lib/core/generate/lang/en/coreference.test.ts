// Whom "he" and "him" stand for in the English pack (coreference.ts), seen through the cards they
// end on: an object pronoun is never its clause's own subject, a pronoun carries the person of
// the pronoun before it, a biography's hero wins among candidates, and a denied act is no card.
import { describe, expect, it } from 'vitest';
import { generateDecks } from '../../index';
import { createEnglish } from './index';

function cards(title: string, body: string, deck: 'dates' | 'actors' = 'dates'): string[] {
	const d = generateDecks({ text: `${title}\n\n${body}`, name: 'x', language: createEnglish() });
	return d[deck].cards.map((c) => `${c.front} → ${c.back}`);
}

const LIFE =
	'Charles-Maurice de Talleyrand-Périgord was born in Paris on 2 February 1754. He studied at the seminary of Saint-Sulpice. ' +
	'Louis XVI named him Bishop of Autun in November 1788. Talleyrand took the oath to the Civil Constitution of the Clergy; ' +
	'Pope Pius VI suspended and later excommunicated him. In 1792 he went to London on a semi-official mission. ' +
	'Napoleon made him Grand Chamberlain in 1804. Talleyrand sat in the Senate. ' +
	"Napoleon's return from Elba in March 1815 undid much of this work. He remained out of office for fifteen years.";

describe('English pronouns', () => {
	it('never makes "him" the subject of its own clause', () => {
		const got = cards('Charles-Maurice de Talleyrand', LIFE);
		expect(got).toContain(
			'When did Louis XVI name Charles-Maurice de Talleyrand Bishop of Autun? → November 1788'
		);
		expect(got).toContain(
			'When did Napoleon make Charles-Maurice de Talleyrand Grand Chamberlain? → 1804'
		);
	});
	it('carries the man a passage is about past another man named in between', () => {
		// (The actors deck asks a biography's hero once: his deeds are seen in the dates deck.)
		const got = cards('Charles-Maurice de Talleyrand', LIFE, 'dates');
		expect(got).toContain(
			'When did Charles-Maurice de Talleyrand go to London on a semi-official mission? → 1792'
		);
		const actors = cards('Charles-Maurice de Talleyrand', LIFE, 'actors').join('\n');
		expect(actors).not.toMatch(/London.*→ Pius VI$/m);
		expect(actors).not.toMatch(/out of office.*→ Napoleon$/m);
		expect(actors).not.toMatch(/Who suspended and later\?/);
	});
	it('takes one person for a name with and without its hyphenated second part', () => {
		const got = cards('Charles-Maurice de Talleyrand', LIFE, 'actors').join('\n');
		expect(got).not.toMatch(/Talleyrand-Périgord/);
	});
	it('makes no card of an act the text denies', () => {
		const got = cards(
			'Dag Hammarskjöld',
			'Dag Hammarskjöld was born in 1905. In 1951 he entered the cabinet of Tage Erlander as a minister without portfolio, although he never joined the Social Democratic Party.',
			'actors'
		).join('\n');
		expect(got).not.toMatch(/joined the Social Democratic Party/);
	});
	it('leaves "he" unresolved after an unnamed role rather than guess', () => {
		const got = cards(
			'Charles-Maurice de Talleyrand',
			'Charles-Maurice de Talleyrand advised Tsar Alexander I to resist Napoleon in 1808. Talleyrand met Metternich. ' +
				'When the emperor learned of his intrigues he berated him for half an hour on 28 January 1809.'
		).join('\n');
		expect(got).not.toMatch(/When did (?:Charles-Maurice de Talleyrand|Alexander I) berate/);
	});
});

// Session 12, a lecture on the Roman Republic (English round 9).
describe('English pronouns in an ancient history', () => {
	it('takes a person history names by one name ("Octavian … gave him the name Augustus")', () => {
		const got = cards(
			'Rome',
			'Octavian defeated Antony and Cleopatra at Actium on 2 September 31 BC, and in January 27 BC the senate gave him the name Augustus.'
		);
		expect(got).toContain('When did the senate give Octavian the name Augustus? → January 27 BC');
	});
	it('makes "his younger brother Gaius Gracchus" the brother of the Gracchus named before', () => {
		const got = cards(
			'Rome',
			'In 133 BC Tiberius Sempronius Gracchus proposed a land law. Appian, writing in the second century AD, saw this as the first time that swords were carried into the assembly. Ten years later his younger brother Gaius Gracchus was tribune in 123 and again in 122 BC.'
		).join('\n');
		expect(got).toMatch(/Tiberius Sempronius Gracchus's younger brother Gaius Gracchus/);
		expect(got).not.toMatch(/Appian's/);
	});
});

describe('a "he" after a name behind a preposition', () => {
	it("is the clause subject, not the text's most named person", () => {
		const body =
			'James II fled in 1688. James II landed in Ireland in 1689. James II lost at the Boyne in 1690. James II died in 1701. ' +
			'John Graham of Claverhouse, Viscount Dundee, raised the Highland clans for James II; he was killed at the moment of his victory at Killiecrankie on 27 July 1689.';
		const got = cards('The Glorious Revolution', body).join('\n');
		expect(got).not.toMatch(/James II was killed|When was James II killed/);
		expect(got).toMatch(/(?:John Graham|Dundee)[^\n]* killed at the moment of his victory/);
	});
});
