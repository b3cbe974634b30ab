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
		expect(got).toContain(
			"Who took Lord Castlereagh's place at Vienna in 1815? → Duke of Wellington"
		);
		expect(got.join('\n')).not.toMatch(/Ivan Geshov's envoy/);
	});
});

describe('English selection: a life’s private side', () => {
	it('leaves a marriage, an exam and a journey details, however central their person', () => {
		const text =
			'Alexandra Kollontai\n\nAlexandra Kollontai was born in 1872. Kollontai passed the examination for a teacher’s certificate in 1888. Kollontai married her cousin in 1893. Kollontai travelled to England in 1899. Kollontai joined the Bolsheviks in 1915. Kollontai became People’s Commissar for Social Welfare in November 1917. Kollontai was appointed minister to Norway in 1924.';
		const d = generateDecks({ text, name: 'x', language: createEnglish() });
		const tagged = [...d.dates.cards, ...d.actors.cards].map(
			(c) => `${c.tags?.join(',')} ${c.front}`
		);
		expect(
			tagged
				.filter((t) => /married|examination|travel/.test(t))
				.every((t) => t.startsWith('detail'))
		).toBe(true);
		expect(tagged.some((t) => /^core .*appointed minister to Norway/.test(t))).toBe(true);
	});
});

describe('English actors: the year the story has reached', () => {
	it('dates an undated deed by the event told just before it', () => {
		const got = cards(
			'Bismarck was dismissed by the young emperor on 18 March 1890. Leo von Caprivi signed a trade treaty with Austria.'
		);
		expect(got).toContain('Who signed a trade treaty with Austria in 1890? → Leo von Caprivi');
	});
	it('takes no year from a thing described by a participle, nor across a turn of time', () => {
		const got = cards(
			'The government offered Hofdi, a house built in 1909 for the French consul; President Vigdis Finnbogadottir greeted both delegations. ' +
				'Ivan Geshov signed the treaty with Serbia on 13 March 1912. Later Ivan Geshov opened talks with Greece.'
		).join('\n');
		expect(got).toMatch(/Who greeted both delegations\? → Vigdis Finnbogadottir/);
		expect(got).toMatch(/Who opened talks with Greece\? → Ivan Geshov/);
	});
});

describe('English titles inside a question', () => {
	it('does not cut a question at "Mr." or an initial', () => {
		const got = cards(
			'On 9 May 1994 the new National Assembly elected Mr. Mandela president. In March 1916 President Wilson sent General John J. Pershing into Mexico.',
			'dates'
		);
		expect(got).toContain(
			'When did the new National Assembly elect Mr. Mandela president? → 9 May 1994'
		);
		expect(got.join('\n')).toMatch(/General John J\. Pershing into Mexico\? → March 1916/);
	});
});

describe('English actors: deeds worth a "Who …?"', () => {
	it('asks no deed that points back, is not done, or is a participle alone', () => {
		const got = cards(
			'In 1847 Benito Juarez became governor of Oaxaca. He held the post until 1852. When Antonio Lopez de Santa Anna, beaten by the Americans, asked for refuge, Juarez refused him. Santa Anna did not forget.'
		).join('\n');
		expect(got).not.toMatch(/held the post|did not forget|beaten by/);
	});
	it("asks a biography's hero once, not for every deed the dates deck asks", () => {
		const text =
			'Benito Juarez\n\nBenito Juarez entered the seminary in 1821. Juarez signed the Laws of Reform in 1859. ' +
			'Juarez entered Mexico City on 11 January 1861. Juarez returned to the capital on 15 July 1867. Juarez died in 1872.';
		const d = generateDecks({ text, name: 'x', language: createEnglish() });
		const who = d.actors.cards.filter((c) => c.back === 'Benito Juarez');
		expect(who).toHaveLength(1);
		expect(d.dates.cards.length).toBeGreaterThanOrEqual(5);
	});
});

describe('English subjects past what is said of them', () => {
	it('takes the subject before a relative clause or an aside, and a list of names whole', () => {
		const got = cards(
			'F. W. de Klerk became State President that September, after Botha, weakened by a stroke, resigned on August 14, 1989. ' +
				'The Inkatha Freedom Party, which had boycotted the process, agreed to take part only on April 19, 1994. ' +
				'Formal talks, known as the Convention for a Democratic South Africa, or Codesa, opened at Kempton Park on December 20, 1991. ' +
				'Britain, Spain and France replied with the Convention of London in October 1861.',
			'dates'
		);
		expect(got).toContain('When did Botha resign? → 14 August 1989');
		expect(got).toContain('When did the Inkatha Freedom Party agree to take part? → 19 April 1994');
		expect(got.join('\n')).toMatch(
			/When did formal talks open at Kempton Park\? → 20 December 1991/i
		);
		expect(got).toContain(
			'When did Britain, Spain and France reply with the Convention of London? → October 1861'
		);
	});
});

describe('English actors: a deed that points back', () => {
	it('is not asked ("Who upset both plans?", "Who exploited the division?")', () => {
		const got = cards(
			'The consuls of 218 BC were sent to Spain and to Africa. Hannibal upset both plans. Charles VI was mad and the princes quarrelled; Henry V exploited the division. Hannibal crossed the Alps in 218 BC.'
		).join('\n');
		expect(got).not.toMatch(/both plans|the division/);
		expect(got).toMatch(/Who crossed the Alps/);
	});
});

describe('an "-ed" verb with its agent after a name', () => {
	it('is a participle aside, no deed ("Who occupied by wars …?")', () => {
		const text =
			'The Peace of Augsburg\n\nCharles V, long occupied by wars with France and the Ottoman Turks, moved against the league in 1546. Charles V defeated the league at Mühlberg on 24 April 1547.';
		const d = generateDecks({ text, name: 'x', language: createEnglish() });
		const got = d.actors.cards.map((c) => c.front).join('\n');
		expect(got).not.toMatch(/Who occupied by/);
	});
});
