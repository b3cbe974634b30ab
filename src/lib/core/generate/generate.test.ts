import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fnv1a } from './ids';
import { generateDecks, NoFactsError } from './index';
import { leaksSurname } from './cards';

const seed = readFileSync('decks/sources/soviet-german-relations-1920-1923.txt', 'utf8');
const all = (text: string) => {
	const d = generateDecks({ text, name: 'seed' });
	return [d.dates, d.actors, d.positions];
};

describe('generateDecks', () => {
	it('is deterministic: the same input gives byte-identical decks', () => {
		expect(JSON.stringify(all(seed))).toBe(JSON.stringify(all(seed)));
	});
	it('keeps card ids when the article changes elsewhere', () => {
		const before = new Map(all(seed).flatMap((d) => d.cards.map((c) => [c.id, c.fact])));
		const edited = seed.replace(
			'Автор разделяет первую точку зрения.',
			'Автор разделяет первую точку зрения. Вставка.'
		);
		const after = all(edited).flatMap((d) => d.cards);
		const kept = after.filter((c) => before.has(c.id));
		expect(kept.length).toBeGreaterThan(after.length * 0.95);
		for (const c of kept) expect(c.fact).toEqual(before.get(c.id));
	});
	it('gives every card an id, a fact, a context and raw offsets of its sentence', () => {
		for (const deck of all(seed)) {
			const ids = new Set<string>();
			for (const c of deck.cards) {
				expect(ids.has(c.id)).toBe(false);
				ids.add(c.id);
				expect(c.fact).toBeDefined();
				const raw = seed.slice(c.source!.start, c.source!.end);
				// The raw slice is the sentence: same words once hyphenation and citations are cleaned.
				const words = (s: string) =>
					s
						.replace(/\[[^\]]*\]|-\s*\n\s*/g, '')
						.replace(/[^а-яёА-ЯЁ]/g, '')
						.slice(0, 30);
				expect(words(raw)).toBe(words(c.context!));
				expect(c.front.length).toBeLessThanOrEqual(262);
				expect(c.front).not.toMatch(/\[\d|Bd\.|Оп\.\s/);
			}
		}
	});
	it('never shows the hidden person on the front', () => {
		for (const deck of all(seed))
			for (const c of deck.cards) {
				const f = c.fact!;
				if ((f.type === 'person' || f.type === 'post') && f.ask === 'person')
					expect(leaksSurname(c.front, f.surname), c.front).toBe(false);
			}
	});
	it('hides the person of an action: "[…] писал министру иностранных дел В. Симонсу"', () => {
		const d = generateDecks({ text: seed, name: 'seed' });
		const card = d.actors.cards.find((c) =>
			c.front.includes('писал министру иностранных дел В. Симонсу')
		);
		expect(card?.back).toBe('Г. Сект');
		expect(card?.front).toContain('[…] писал');
	});
	it('rejects a text without facts', () => {
		expect(() => generateDecks({ text: 'просто текст без фактов.', name: 'x' })).toThrow(
			NoFactsError
		);
	});
	it('hashes with FNV-1a', () => {
		expect(fnv1a('')).toBe('811c9dc5');
		expect(fnv1a('a')).toBe('e40c292c');
	});
});
