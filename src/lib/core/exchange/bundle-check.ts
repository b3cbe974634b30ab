// The bundle's validation one piece at a time (issue 11): the same schemas and checks as
// validateBundle (bundle.ts), applied to each top-level field and to each deck, progress entry,
// mark and article as a file read in pieces brings them. What a check needs of the pieces before
// (the decks' card ids, the articles' names) is kept; the pieces themselves are not. The file must
// hold its decks before its progress, marks and articles, as every bundle the app writes does.
import * as v from 'valibot';
import { DECK_FORMAT, type DeckFile } from '$lib/core/deck/types';
import { issueProblem, validateDeck, type DeckProblem } from '$lib/core/deck/validate';
import {
	articleSchema,
	BUNDLE_FORMAT,
	BUNDLE_VERSION,
	isoDateTime,
	markSchema,
	progressProblems,
	progressSchema,
	type BundleArticle,
	type CardMark
} from './bundle';
import { MAX_DECKS, MAX_IMPORT_BYTES } from './limits';
import type { CardProgress } from './progress';
import { tooLargeToImport } from './text-file';

export type CheckedItem =
	| { key: 'decks'; value: DeckFile }
	| { key: 'progress'; value: CardProgress }
	| { key: 'marks'; value: CardMark }
	| { key: 'articles'; value: BundleArticle };

export type Checked =
	{ ok: true; item: CheckedItem | null } | { ok: false; problems: DeckProblem[] };

const ARRAY_MESSAGES: Record<string, string> = {
	decks: 'expected a list of decks',
	progress: 'expected a list of card progress entries',
	marks: 'expected a list of card marks',
	articles: 'expected a list of articles'
};
export const SPREAD_KEYS: ReadonlySet<string> = new Set(Object.keys(ARRAY_MESSAGES));

const fail = (field: string, message: string): Checked => ({
	ok: false,
	problems: [{ field, message }]
});

/** Problems of an element checked alone, named as the element of its list. */
function issues(at: string, list: v.BaseIssue<unknown>[]): Checked {
	return {
		ok: false,
		problems: list
			.slice(0, 20)
			.map(issueProblem)
			.map((p) => ({
				...p,
				field: `${at}${p.field ? '.' + p.field : ''}`
			}))
	};
}

export class BundleChecker {
	#format = false;
	#version = false;
	#exportedAt: string | undefined;
	#decksSeen = false;
	#decksClosed = false;
	#decks = new Map<string, { index: number; cards: Set<string> }>();
	#sources = new Set<string>();
	#progress = new Set<string>();
	#marks = new Set<string>();
	#articles = 0;

	/** `size`: the file's, for the message of a single deck too large to read whole. */
	constructor(
		private readonly size: number,
		private readonly now?: Date
	) {}

	get exportedAt(): string | undefined {
		return this.#exportedAt;
	}

	/** A top-level field that is not a list read element by element. */
	field(key: string, value: unknown): Checked {
		if (key === 'format') {
			// A single deck is read whole, up to the limit of files read whole.
			if (value === DECK_FORMAT)
				return (
					tooLargeToImport(this.size, MAX_IMPORT_BYTES) ??
					fail('format', 'a single deck is read whole, not in pieces')
				);
			if (value !== BUNDLE_FORMAT)
				return fail('format', `expected "${DECK_FORMAT}" or "${BUNDLE_FORMAT}"`);
			this.#format = true;
		} else if (key === 'version') {
			if (value !== BUNDLE_VERSION)
				return fail('version', `expected ${BUNDLE_VERSION} (this app reads version 1)`);
			this.#version = true;
		} else if (key === 'exportedAt') {
			const r = v.safeParse(isoDateTime, value);
			if (!r.success) return issues('exportedAt', r.issues);
			this.#exportedAt = r.output;
		} else if (SPREAD_KEYS.has(key)) return fail(key, ARRAY_MESSAGES[key]);
		return { ok: true, item: null };
	}

	/** A list opens: an empty list of decks is "no decks", not a missing field. */
	list(key: string): void {
		if (key === 'decks') this.#decksSeen = true;
	}

	/** One element of `decks`, `progress`, `marks` or `articles`. */
	item(key: string, index: number, value: unknown): Checked {
		if (!this.#format || !this.#version)
			return fail(
				this.#format ? 'version' : 'format',
				`must come before "${key}" in a file read in pieces (over ${MAX_IMPORT_BYTES / 1024 / 1024} MB)`
			);
		if (key === 'decks') {
			if (this.#decksClosed)
				return fail(`decks[${index}]`, 'decks must come before progress, marks and articles');
			this.#decksSeen = true;
			return this.#deck(index, value);
		}
		if (!this.#decksSeen)
			return fail(`${key}[${index}]`, 'decks must come before progress, marks and articles');
		this.#decksClosed = true;
		if (key === 'progress') return this.#entry(index, value);
		if (key === 'marks') return this.#mark(index, value);
		return this.#article(index, value);
	}

	/** The file has ended: what the whole bundle must have. */
	end(): Checked {
		if (!this.#format) return fail('format', `expected "${DECK_FORMAT}" or "${BUNDLE_FORMAT}"`);
		if (!this.#version) return fail('version', 'is missing');
		if (!this.#decks.size) return fail('decks', this.#decksSeen ? 'holds no decks' : 'is missing');
		return { ok: true, item: null };
	}

	#deck(index: number, input: unknown): Checked {
		if (this.#decks.size >= MAX_DECKS) return fail('decks', `more than ${MAX_DECKS} decks`);
		const r = validateDeck(input);
		if (!r.ok)
			return {
				ok: false,
				problems: r.problems.map((p) => ({
					...p,
					field: `decks[${index}]${p.field ? '.' + p.field : ''}`
				}))
			};
		const first = this.#decks.get(r.deck.id);
		if (first)
			return fail(
				`decks[${index}].id`,
				`duplicate deck id "${r.deck.id}" (also decks[${first.index}])`
			);
		this.#decks.set(r.deck.id, { index, cards: new Set(r.deck.cards.map((c) => c.id)) });
		if (r.deck.source) this.#sources.add(`${r.deck.source.file}\n${r.deck.source.sha256}`);
		return { ok: true, item: { key: 'decks', value: r.deck } };
	}

	/** A progress entry or a mark: of a card of a deck of this file, once. */
	#cardProblem(at: string, deckId: string, cardId: string, seen: Set<string>, what: string) {
		const deck = this.#decks.get(deckId);
		const key = `${deckId}/${cardId}`;
		if (!deck) return fail(`${at}.deckId`, `no deck "${deckId}" in this file`);
		if (!deck.cards.has(cardId))
			return fail(`${at}.cardId`, `no card "${cardId}" in deck "${deckId}"`);
		if (seen.has(key)) return fail(at, `second ${what} entry for card "${key}"`);
		seen.add(key);
		return null;
	}

	#entry(index: number, input: unknown): Checked {
		const at = `progress[${index}]`;
		const r = v.safeParse(progressSchema, input, { abortPipeEarly: true });
		if (!r.success) return issues(at, r.issues);
		const p = r.output as CardProgress;
		const bad = this.#cardProblem(at, p.deckId, p.cardId, this.#progress, 'progress');
		if (bad) return bad;
		const problems = progressProblems(p, at, this.now);
		if (problems.length) return { ok: false, problems: problems.slice(0, 20) };
		return { ok: true, item: { key: 'progress', value: p } };
	}

	#mark(index: number, input: unknown): Checked {
		const at = `marks[${index}]`;
		const r = v.safeParse(markSchema, input, { abortPipeEarly: true });
		if (!r.success) return issues(at, r.issues);
		const m = r.output as CardMark;
		return (
			this.#cardProblem(at, m.deckId, m.cardId, this.#marks, 'marks') ?? {
				ok: true,
				item: { key: 'marks', value: m }
			}
		);
	}

	#article(index: number, input: unknown): Checked {
		if (++this.#articles > MAX_DECKS) return fail('articles', `more than ${MAX_DECKS} articles`);
		const at = `articles[${index}]`;
		const r = v.safeParse(articleSchema, input, { abortPipeEarly: true });
		if (!r.success) return issues(at, r.issues);
		const a = r.output;
		if (!this.#sources.has(`${a.file}\n${a.sha256}`))
			return fail(at, `no deck in this file names the article "${a.file}" with this sha256`);
		return { ok: true, item: { key: 'articles', value: a } };
	}
}
