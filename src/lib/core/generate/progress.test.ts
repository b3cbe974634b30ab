import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeRussian } from '../../../../scripts/lib/language-node';
import { generateDecks, type GenerateStage, type Language } from './index';

const seed = readFileSync('decks/sources/soviet-german-relations-1920-1923.txt', 'utf8');
let language: Language;
beforeAll(async () => {
	language = await nodeRussian();
});

describe('generateDecks onProgress', () => {
	it('reports the stages in order, each stage counting up to its total', () => {
		const calls: [GenerateStage, number, number][] = [];
		generateDecks({ text: seed, name: 'seed', language, onProgress: (...a) => calls.push(a) });
		const stages = calls.map((c) => c[0]).filter((s, i, a) => s !== a[i - 1]);
		expect(stages).toEqual(['cleaning', 'sentences', 'persons', 'facts', 'cards']);
		const facts = calls.filter((c) => c[0] === 'facts');
		expect(facts.length).toBeGreaterThan(2);
		expect(facts.map((c) => c[1])).toEqual([...facts.map((c) => c[1])].sort((a, b) => a - b));
		expect(facts.at(-1)![1]).toBe(facts.at(-1)![2]);
	});
	it('gives the same decks with or without a progress hook', () => {
		const plain = generateDecks({ text: seed, name: 'seed', language });
		const watched = generateDecks({ text: seed, name: 'seed', language, onProgress: () => {} });
		expect(JSON.stringify(watched)).toBe(JSON.stringify(plain));
	});
});
