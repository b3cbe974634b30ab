// A bare "the treaty", "the war" in a card takes the name the article gave it, when the article
// leaves no doubt which: the title's, the only one, or the one it names far most.
import { describe, expect, it } from 'vitest';
import { thingsNamed } from './things';

const at = (text: string, marker: string) => text.indexOf(marker);

describe('thingsNamed', () => {
	it("takes the title's name over a nearer side reference", () => {
		const text =
			'The Treaty of Versailles\nThe Treaty of London of 1915 had promised Italy much. On 28 June 1919 the treaty was signed.';
		const got = thingsNamed(
			text,
			at(text, 'On 28 June'),
			'When was the treaty signed?',
			'The treaty was signed'
		);
		expect(got).toEqual({
			question: 'When was the Treaty of Versailles signed?',
			event: 'The Treaty of Versailles was signed'
		});
	});
	it('takes the only name of its head, told before the clause', () => {
		const text = "Troyes\nIt was the high point of the Hundred Years' War. In 1453 the war ended.";
		expect(
			thingsNamed(text, at(text, 'In 1453'), 'When did the war end?', 'The war ended').question
		).toBe("When did the Hundred Years' War end?");
	});
	it('leaves it bare when two names compete, when none came before, or when its own words define it', () => {
		const two =
			'Summit\nThe ABM Treaty of 1972 stood. The INF Treaty followed. In 1987 the treaty was signed.';
		expect(thingsNamed(two, at(two, 'In 1987'), 'When was the treaty signed?', 'x').question).toBe(
			'When was the treaty signed?'
		);
		const later = 'Summit\nIn 1987 the treaty was signed. The INF Treaty lasted.';
		expect(
			thingsNamed(later, at(later, 'In 1987'), 'When was the treaty signed?', 'x').question
		).toBe('When was the treaty signed?');
		const defined =
			'Summit\nThe ABM Treaty of 1972 stood. In 1987 the treaty eliminating those weapons was signed.';
		expect(
			thingsNamed(
				defined,
				at(defined, 'In 1987'),
				'When was the treaty eliminating those weapons signed?',
				'x'
			).question
		).toBe('When was the treaty eliminating those weapons signed?');
	});
});
