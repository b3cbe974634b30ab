// Questions written mid-sentence: the capital a sentence forced on its first word comes off, a
// name's stays; a fronted adverbial, an initial and a pronoun after a leading phrase do not hide
// the subject.
import { describe, expect, it } from 'vitest';
import { generateDecks } from '../../index';
import { createEnglish } from './index';

function dateFronts(body: string): string[] {
	const text = `The Good Friday Agreement\n\n${body}`;
	const d = generateDecks({ text, name: 'x', language: createEnglish() });
	return d.dates.cards.map((c) => `${c.front} → ${c.back}`);
}

describe('English questions mid-sentence', () => {
	it('lowers a common word the text writes in lower case elsewhere, not a name', () => {
		const cards = dateFronts(
			'The parties met in Belfast. Elections to the new Assembly followed on 25 June 1998. The elections were close. Britain signed the treaty on 2 May 1998.'
		);
		expect(cards).toContain('When did elections to the new Assembly follow? → 25 June 1998');
		expect(cards).toContain('When did Britain sign the treaty? → 2 May 1998');
	});
	it('lowers a hyphenated word whose second part is in lower case', () => {
		const cards = dateFronts('Multi-party negotiations opened in Belfast on 10 June 1996.');
		expect(cards).toContain('When did multi-party negotiations open in Belfast? → 10 June 1996');
	});
	it('takes the subject after a fronted adverbial that ends on a date', () => {
		const cards = dateFronts(
			'Shortly after five on the afternoon of Friday, 10 April 1998, the chairman rose to address the plenary session.'
		);
		expect(cards).toContain(
			'When did the chairman rise to address the plenary session? → 10 April 1998'
		);
		expect(cards.join('\n')).not.toMatch(/Shortly/);
	});
	it('reads a subordinate subject across an initial', () => {
		const cards = dateFronts(
			'This isolation ended when Commodore Matthew C. Perry sailed into Edo Bay on 8 July 1853.'
		);
		expect(cards.join('\n')).toMatch(
			/When did (?:Commodore )?Matthew C\. Perry sail into Edo Bay\?/
		);
		expect(cards.join('\n')).not.toMatch(/this isolation sail/i);
	});
	it('makes no card of a pronoun after a leading phrase it cannot resolve', () => {
		const cards = dateFronts(
			'Against all expectation they defeated the Neapolitan army at Calatafimi on 15 May 1860. Garibaldi took Palermo on 27 May 1860.'
		);
		expect(cards).toContain('When did Garibaldi take Palermo? → 27 May 1860');
		expect(cards.join('\n')).not.toMatch(/against all expectation/i);
	});
});

describe('English pronouns and initials in a woman’s biography', () => {
	function all(body: string): string[] {
		const text = `Alexandra Kollontai\n\n${body}`;
		const d = generateDecks({ text, name: 'x', language: createEnglish() });
		return [...d.dates.cards, ...d.actors.cards, ...d.positions.cards].map(
			(c) => `${c.front} → ${c.back}`
		);
	}
	it('names an object "her", keeps her own "her", and reads "A. M." as initials', () => {
		const got = all(
			'Alexandra Kollontai was a diplomat. In the autumn of 1926 Georgy Chicherin sent her to Mexico. Kollontai married her cousin in 1893. A. M. Kollontai died in Moscow on 9 March 1952.'
		).join('\n');
		expect(got).toMatch(/When did Georgy Chicherin send Alexandra Kollontai to Mexico\?/);
		expect(got).toMatch(/When did (?:Alexandra )?Kollontai marry her cousin\?/);
		expect(got).toMatch(/When did A\. M\. Kollontai die in Moscow\?/);
	});
	it('takes the pronoun after "After the February Revolution" for the subject', () => {
		const got = all(
			'Alexandra Kollontai lived in Norway in 1916. After the February Revolution she returned to Petrograd in March 1917.'
		).join('\n');
		expect(got).toMatch(/When did Alexandra Kollontai return to Petrograd\? → March 1917/);
		expect(got).not.toMatch(/February Revolution she/);
	});
	it('gives no office the country of a pronoun, and asks a naming of the person "him" is', () => {
		const got = all(
			'Alexandra Kollontai served in Stockholm. She also persuaded the government and its foreign minister Christian Günther in 1940. Contemporaries called him a traitor to every regime he served.'
		).join('\n');
		expect(got).not.toMatch(/of She/);
		expect(got).not.toMatch(/call him/);
	});
});
