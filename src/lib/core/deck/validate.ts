// Deck validation: every load and import goes through here. A rejected deck comes back with a
// message that names the field and the problem, e.g. `cards[3].front: must not be empty`.
import * as v from 'valibot';
import { deckSchema } from './schema';
import type { DeckFile } from './types';

export interface DeckProblem {
	/** Dotted path of the field, e.g. "cards[3].front", or "" for the file as a whole. */
	field: string;
	message: string;
}

export type DeckResult = { ok: true; deck: DeckFile } | { ok: false; problems: DeckProblem[] };

export function validateDeck(input: unknown): DeckResult {
	const parsed = v.safeParse(deckSchema, input, { abortPipeEarly: true });
	if (!parsed.success) {
		return { ok: false, problems: parsed.issues.slice(0, 20).map(issueProblem) };
	}
	const deck = parsed.output as DeckFile;
	const problems: DeckProblem[] = [];
	const seen = new Map<string, number>();
	deck.cards.forEach((c, i) => {
		const first = seen.get(c.id);
		if (first !== undefined) {
			problems.push({
				field: `cards[${i}].id`,
				message: `duplicate id "${c.id}" (also cards[${first}])`
			});
		} else seen.set(c.id, i);
	});
	return problems.length ? { ok: false, problems } : { ok: true, deck };
}

/** Parses JSON text first, so broken JSON is reported like any other problem. */
export function parseDeckJson(text: string): DeckResult {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		return {
			ok: false,
			problems: [{ field: '', message: `not valid JSON (${(e as Error).message})` }]
		};
	}
	return validateDeck(data);
}

export function describeProblems(problems: DeckProblem[]): string {
	return problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message)).join('; ');
}

/** A valibot issue as a problem: its field's path and what is wrong (shared by every schema). */
export function issueProblem(issue: v.BaseIssue<unknown>): DeckProblem {
	const path = (issue.path ?? [])
		.map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
		.join('')
		.replace(/^\./, '');
	const message =
		issue.kind === 'schema' && issue.received === 'undefined' ? 'is missing' : issue.message;
	return { field: path, message };
}
