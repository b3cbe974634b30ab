import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDecks, type GenerateStage } from './index';

const seed = readFileSync('decks/sources/soviet-german-relations-1920-1923.txt', 'utf8');

describe('generateDecks onProgress', () => {
	it('reports the stages in order and every sentence of the body', () => {
		const calls: [GenerateStage, number, number][] = [];
		generateDecks({ text: seed, name: 'seed', onProgress: (...a) => calls.push(a) });
		const stages = calls.map((c) => c[0]).filter((s, i, a) => s !== a[i - 1]);
		expect(stages).toEqual(['cleaning', 'sentences', 'persons', 'facts', 'cards']);
		const facts = calls.filter((c) => c[0] === 'facts');
		expect(facts.length).toBeGreaterThan(50);
		expect(facts.map((c) => c[1])).toEqual(facts.map((_, i) => i));
		expect(facts.every((c) => c[2] === facts.length)).toBe(true);
	});
	it('gives the same decks with or without a progress hook', () => {
		const plain = generateDecks({ text: seed, name: 'seed' });
		const watched = generateDecks({ text: seed, name: 'seed', onProgress: () => {} });
		expect(JSON.stringify(watched)).toBe(JSON.stringify(plain));
	});
});
