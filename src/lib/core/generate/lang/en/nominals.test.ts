// A date after "the <event noun> of <person>" times that event ("The death of Pope Julius III in
// March 1555 … left …" → "When did Pope Julius III die?"), not the clause's own verb.
import { describe, expect, it } from 'vitest';
import { generateDecks } from '../../index';
import { createEnglish } from './index';

function dateCards(body: string): string {
	const text = `The Peace of Augsburg\n\n${body}`;
	const d = generateDecks({ text, name: 'x', language: createEnglish() });
	return d.dates.cards.map((c) => `${c.front} → ${c.back}`).join('\n');
}

describe('English event nouns of a person', () => {
	it('ask the event the noun names, in the active or the passive', () => {
		const got = dateCards(
			'The diet opened at Augsburg on 5 February 1555. The death of Pope Julius III in March 1555 and the election of the intransigent Paul IV in May left the Catholic estates without guidance.'
		);
		expect(got).toMatch(/When did Pope Julius III die\? → March 1555/);
		expect(got).toMatch(/When was Paul IV elected\? → May 1555/);
		expect(got).not.toMatch(/→ And the election/);
	});
	it('leave a possessive or an undetermined noun to the clause ("his death", "a return")', () => {
		const got = dateCards(
			'Charles V ruled the empire. After his death in September 1558 Ferdinand I reigned alone.'
		);
		expect(got).not.toMatch(/When did Charles V die/);
	});
});
