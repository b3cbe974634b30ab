// Rules an accepted value must keep, checked without trusting the parser that accepted it: plain
// text everywhere (no markup a browser would start), limits, unique ids, schedulable progress,
// and an untouched Object.prototype. Each returns why the value breaks a rule, or null.
import { MAX_CARDS, MAX_FIELD } from '$lib/core/deck/schema';
import { hasHtmlTag } from '$lib/core/deck/plain-text';
import type { DeckFile } from '$lib/core/deck/types';
import { validateDeck } from '$lib/core/deck/validate';
import { memoryProblem } from '$lib/core/schedule/memory';
import type { DeckBundle } from '../bundle';
import type { ClozeCard } from '../cloze';
import { MAX_DECKS } from '../limits';
import { FUZZ_NOW } from './decks';

/** Every string inside a value, with its path. */
function* strings(value: unknown, path = ''): Generator<[string, string]> {
	if (typeof value === 'string') yield [path, value];
	else if (Array.isArray(value))
		for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) yield* strings(v, `${path}.${k}`);
}

function deckProblem(deck: DeckFile, at: string): string | null {
	if (!validateDeck(deck).ok) return `${at} does not validate again`;
	if (!deck.cards.length || deck.cards.length > MAX_CARDS)
		return `${at} has ${deck.cards.length} cards`;
	if (new Set(deck.cards.map((c) => c.id)).size !== deck.cards.length)
		return `${at}: card ids repeat`;
	for (const [path, s] of strings(deck)) {
		if (hasHtmlTag(s)) return `${at}${path} holds markup: ${JSON.stringify(s.slice(0, 80))}`;
		if (s.length > 2 * MAX_FIELD) return `${at}${path} is ${s.length} characters long`;
	}
	return null;
}

const DRIFT = 86_400_000;

/** An accepted bundle (a file's or a link's). */
export function bundleProblem(value: unknown): string | null {
	const b = value as DeckBundle;
	if (!b.decks.length || b.decks.length > MAX_DECKS) return `${b.decks.length} decks`;
	if (new Set(b.decks.map((d) => d.id)).size !== b.decks.length) return 'deck ids repeat';
	for (const [i, d] of b.decks.entries()) {
		const problem = deckProblem(d, `decks[${i}]`);
		if (problem) return problem;
	}
	const cards = new Set(b.decks.flatMap((d) => d.cards.map((c) => `${d.id}/${c.id}`)));
	for (const [i, p] of (b.progress ?? []).entries()) {
		if (!cards.has(`${p.deckId}/${p.cardId}`)) return `progress[${i}] names no card of the file`;
		for (const card of [p.card, ...p.reviews.map((r) => r.prev)]) {
			const memory = memoryProblem(card as Parameters<typeof memoryProblem>[0]);
			if (memory) return `progress[${i}]: ${memory.message}`;
			if (card.last_review && Date.parse(card.last_review) > FUZZ_NOW.getTime() + DRIFT)
				return `progress[${i}]: reviewed after the time of import`;
		}
	}
	return null;
}

const DECODES_TO_ANGLE = /&(?:lt|gt|#0*6[02]|#x0*3[ce]);/i;

/** An Anki HTML field turned into text: no markup left (entities may spell some, on purpose). */
export function htmlProblem(input: string, text: string): string | null {
	if (DECODES_TO_ANGLE.test(input)) return null;
	return hasHtmlTag(text) ? `markup left in ${JSON.stringify(text.slice(0, 80))}` : null;
}

// The regex the cloze scanner replaced (cubic on hostile input): the reference for small notes.
const CLOZE = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;
export function clozeReference(text: string): ClozeCard[] {
	const numbers = [...new Set([...text.matchAll(CLOZE)].map((m) => Number(m[1])))].sort(
		(a, b) => a - b
	);
	return numbers.map((n) => {
		const answers: string[] = [];
		const front = text.replace(CLOZE, (_m, num: string, answer: string, hint?: string) => {
			if (Number(num) !== n) return answer;
			answers.push(answer);
			return hint ? `[${hint}]` : '[…]';
		});
		return { n, front, back: answers.join('; ') };
	});
}

export function clozeProblem(input: string, value: unknown): string | null {
	const cards = value as { n: number; front: string; back: string }[];
	if (cards.some((c) => c.front.length > MAX_FIELD)) return 'a front over the limit';
	if (input.length <= 300 && JSON.stringify(cards) !== JSON.stringify(clozeReference(input)))
		return 'cards differ from the reference reading';
	return null;
}

/** JSON: accepted exactly when JSON.parse accepts; a refusal names a line and column inside. */
export function jsonProblem(input: string, accepted: boolean, message = ''): string | null {
	let valid = true;
	try {
		JSON.parse(input);
	} catch {
		valid = false;
	}
	if (accepted !== valid)
		return accepted ? 'accepted what JSON.parse refuses' : 'refused valid JSON';
	if (accepted) return null;
	const m = /^not valid JSON at line (\d+), column (\d+)/.exec(message);
	if (!m) return 'a refusal without line and column';
	const lines = input.split('\n').length;
	return Number(m[1]) <= lines ? null : `line ${m[1]} of ${lines}`;
}

/** Cards of a teacher's note keep the deck format's rules, or the deck could not be exported. */
export function noteProblem(value: unknown): string | null {
	const cards = value as { front: string; back: string; context?: string; tags?: string[] }[];
	for (const c of cards)
		for (const [path, s] of strings(c)) {
			if (hasHtmlTag(s)) return `${path} holds markup`;
			if (s.length > MAX_FIELD) return `${path} is ${s.length} characters long`;
			if ((path === '.front' || path === '.back') && !s.trim()) return `${path} is empty`;
		}
	return null;
}

const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype).join();

/** Whether a case changed Object.prototype (a key added, or `polluted` readable on {}). */
export function prototypePolluted(): boolean {
	return (
		Object.getOwnPropertyNames(Object.prototype).join() !== PROTO_NAMES ||
		({} as Record<string, unknown>).polluted !== undefined
	);
}
