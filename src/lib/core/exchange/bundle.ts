// The bundle format: several decks in one file, optionally with study progress (a backup).
// A single deck file (format "kartoteka-deck") is read as a bundle of one deck.
//
// { format: 'kartoteka-bundle', version: 1, exportedAt?: ISO, decks: DeckFile[],
//   progress?: [{ deckId, cardId, card: <ts-fsrs Card, ISO dates>, reviews: [<ReviewLog + durationMs + prev>] }],
//   articles?: [{ file, title, sha256, text }],   (the texts decks generated on a device came from)
//   marks?: [{ deckId, cardId, flag?: 1, setAside?: 'suspended' | 'buried', buriedAt?: ISO }] }
//            (flagged and set-aside cards: written with progress, read from any bundle)
import * as v from 'valibot';
import { DECK_FORMAT, type DeckFile } from '$lib/core/deck/types';
import { issueProblem, validateDeck, type DeckProblem } from '$lib/core/deck/validate';
import { parseJsonText } from './json-text';
import { MAX_DECKS } from './limits';
import { memoryProblem } from '$lib/core/schedule/memory';
import type { CardProgress } from './progress';

export const BUNDLE_FORMAT = 'kartoteka-bundle';
export const BUNDLE_VERSION = 1;
const MAX_REVIEWS = 10_000;

export interface DeckBundle {
	format: typeof BUNDLE_FORMAT;
	version: typeof BUNDLE_VERSION;
	exportedAt?: string;
	decks: DeckFile[];
	progress?: CardProgress[];
	/** Articles of the decks, named by their `source.file` and `source.sha256`. */
	articles?: BundleArticle[];
	/**
	 * Flags and set-aside cards (suspended, buried) that came with the cards: a bundle exported with
	 * progress, or the Anki importer (an Anki package's flags, marked notes, suspended and buried
	 * cards).
	 */
	marks?: CardMark[];
}

/** One card's marks: flagged, and/or suspended or buried (buried until the next study day). */
export interface CardMark {
	deckId: string;
	cardId: string;
	flag?: 1;
	setAside?: 'suspended' | 'buried';
	/** When a buried card was buried (ISO): the bury ends at the next study day after it. */
	buriedAt?: string;
}

/** An article that travels with its decks, so that the reader opens it on the other device. */
export interface BundleArticle {
	file: string;
	title: string;
	sha256: string;
	text: string;
}

export type BundleResult =
	| {
			ok: true;
			bundle: DeckBundle;
			/** Read from CSV/TSV: fields that format cannot hold are kept from the installed deck. */
			fromText?: boolean;
	  }
	| { ok: false; problems: DeckProblem[] };

// Only valibot actions the deck schema already uses: valibot shares one chunk with the deck
// validator, which the first start loads, so every extra action would weigh on the first page.
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
export const isoDateTime = v.pipe(
	v.string('expected a date-time'),
	v.check(
		(s) => ISO.test(s) && !Number.isNaN(Date.parse(s)),
		'expected an ISO 8601 date-time such as 2026-11-25T12:00:00.000Z'
	)
);
const num = v.pipe(
	v.number('expected a number'),
	v.check((n) => Number.isFinite(n), 'expected a finite number')
);
const days = v.pipe(num, v.minValue(0));
const count = v.pipe(
	v.number('expected a number'),
	v.integer('expected an integer'),
	v.minValue(0)
);
const fsrsState = v.picklist([0, 1, 2, 3], 'expected a card state 0–3');

const cardJson = v.object({
	due: isoDateTime,
	stability: num,
	difficulty: num,
	elapsed_days: days,
	scheduled_days: days,
	learning_steps: count,
	reps: count,
	lapses: count,
	state: fsrsState,
	last_review: v.optional(isoDateTime)
});

const reviewJson = v.object({
	rating: v.picklist([0, 1, 2, 3, 4], 'expected a rating 0–4'),
	state: fsrsState,
	due: isoDateTime,
	stability: num,
	difficulty: num,
	elapsed_days: days,
	last_elapsed_days: days,
	scheduled_days: days,
	learning_steps: count,
	review: isoDateTime,
	durationMs: v.pipe(
		count,
		v.check((n) => n <= 86_400_000, 'longer than a day')
	),
	prev: cardJson
});

export const progressSchema = v.object({
	deckId: v.pipe(v.string(), v.nonEmpty('must not be empty'), v.maxLength(100)),
	cardId: v.pipe(v.string(), v.nonEmpty('must not be empty'), v.maxLength(200)),
	card: cardJson,
	reviews: v.pipe(v.array(reviewJson), v.maxLength(MAX_REVIEWS, `more than ${MAX_REVIEWS} reviews`))
});

export const markSchema = v.object({
	deckId: v.pipe(v.string(), v.nonEmpty('must not be empty'), v.maxLength(100)),
	cardId: v.pipe(v.string(), v.nonEmpty('must not be empty'), v.maxLength(200)),
	flag: v.optional(v.literal(1, 'expected 1 (flagged)')),
	setAside: v.optional(v.picklist(['suspended', 'buried'], 'expected "suspended" or "buried"')),
	buriedAt: v.optional(isoDateTime)
});

export const articleSchema = v.object({
	file: v.pipe(v.string(), v.nonEmpty('must not be empty'), v.maxLength(200)),
	title: v.pipe(v.string(), v.maxLength(300)),
	sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'expected 64 hex digits')),
	text: v.pipe(v.string(), v.nonEmpty('must not be empty'))
});

const bundleSchema = v.object({
	format: v.literal(BUNDLE_FORMAT),
	version: v.literal(BUNDLE_VERSION, `expected ${BUNDLE_VERSION} (this app reads version 1)`),
	exportedAt: v.optional(isoDateTime),
	// Decks are checked one by one with validateDeck, which names fields inside them.
	decks: v.pipe(
		v.array(v.object({}), 'expected a list of decks'),
		v.nonEmpty('holds no decks'),
		v.maxLength(MAX_DECKS, `more than ${MAX_DECKS} decks`)
	),
	progress: v.optional(v.array(progressSchema, 'expected a list of card progress entries')),
	marks: v.optional(v.array(markSchema, 'expected a list of card marks')),
	articles: v.optional(
		v.pipe(
			v.array(articleSchema, 'expected a list of articles'),
			v.maxLength(MAX_DECKS, `more than ${MAX_DECKS} articles`)
		)
	)
});

export function makeBundle(
	decks: DeckFile[],
	progress?: CardProgress[],
	exportedAt?: Date,
	articles?: BundleArticle[],
	marks?: CardMark[]
): DeckBundle {
	return {
		format: BUNDLE_FORMAT,
		version: BUNDLE_VERSION,
		...(exportedAt ? { exportedAt: exportedAt.toISOString() } : {}),
		decks,
		...(progress ? { progress } : {}),
		...(marks?.length ? { marks } : {}),
		...(articles?.length ? { articles } : {})
	};
}

/**
 * Reads deck JSON: a single deck or a bundle. Problems name the line (broken JSON) or the field.
 * `now` is the time of import: progress reviewed after it (beyond a clock's drift) is refused.
 */
export function parseBundleJson(text: string, now?: Date): BundleResult {
	const json = parseJsonText(text);
	if (!json.ok) return { ok: false, problems: [{ field: '', message: json.message }] };
	return validateBundle(json.value, now);
}

export function validateBundle(input: unknown, now?: Date): BundleResult {
	if (!input || typeof input !== 'object' || Array.isArray(input)) {
		return fail('', 'expected a deck or a bundle object, e.g. {"format": "kartoteka-deck", …}');
	}
	const format = (input as { format?: unknown }).format;
	if (format === DECK_FORMAT) {
		const r = validateDeck(input);
		return r.ok ? { ok: true, bundle: makeBundle([r.deck]) } : r;
	}
	if (format !== BUNDLE_FORMAT) {
		return fail('format', `expected "${DECK_FORMAT}" or "${BUNDLE_FORMAT}"`);
	}
	const parsed = v.safeParse(bundleSchema, input, { abortPipeEarly: true });
	if (!parsed.success) return { ok: false, problems: parsed.issues.slice(0, 20).map(issueProblem) };

	const decks: DeckFile[] = [];
	const problems: DeckProblem[] = [];
	const deckIndex = new Map<string, number>();
	(input as { decks: unknown[] }).decks.forEach((d, i) => {
		const r = validateDeck(d);
		if (!r.ok) {
			problems.push(
				...r.problems.map((p) => ({ ...p, field: `decks[${i}]${p.field ? '.' + p.field : ''}` }))
			);
			return;
		}
		const first = deckIndex.get(r.deck.id);
		if (first !== undefined) {
			problems.push({
				field: `decks[${i}].id`,
				message: `duplicate deck id "${r.deck.id}" (also decks[${first}])`
			});
		} else deckIndex.set(r.deck.id, i);
		decks.push(r.deck);
	});
	if (problems.length) return { ok: false, problems: problems.slice(0, 20) };

	const progress = parsed.output.progress as CardProgress[] | undefined;
	const seen = new Set<string>();
	// Card ids by deck, looked up once per entry: a search per entry was quadratic (20,000 cards
	// with 12,000 entries took 1.4 s).
	const cardIds = new Map(decks.map((d) => [d.id, new Set(d.cards.map((c) => c.id))]));
	progress?.forEach((p, i) => {
		const deck = cardIds.get(p.deckId);
		const key = `${p.deckId}/${p.cardId}`;
		if (!deck)
			problems.push({
				field: `progress[${i}].deckId`,
				message: `no deck "${p.deckId}" in this file`
			});
		else if (!deck.has(p.cardId))
			problems.push({
				field: `progress[${i}].cardId`,
				message: `no card "${p.cardId}" in deck "${p.deckId}"`
			});
		else if (seen.has(key))
			problems.push({
				field: `progress[${i}]`,
				message: `second progress entry for card "${key}"`
			});
		else problems.push(...progressProblems(p, `progress[${i}]`, now));
		seen.add(key);
	});
	const marks = parsed.output.marks as CardMark[] | undefined;
	problems.push(...markProblems(marks ?? [], cardIds));
	const articles = parsed.output.articles;
	articles?.forEach((a, i) => {
		if (!decks.some((d) => d.source?.file === a.file && d.source.sha256 === a.sha256))
			problems.push({
				field: `articles[${i}]`,
				message: `no deck in this file names the article "${a.file}" with this sha256`
			});
	});
	if (problems.length) return { ok: false, problems: problems.slice(0, 20) };
	return {
		ok: true,
		bundle: makeBundle(
			decks,
			progress,
			parsed.output.exportedAt ? new Date(parsed.output.exportedAt) : undefined,
			articles,
			marks
		)
	};
}

/** Marks of cards the file does not hold, or a card marked twice. */
function markProblems(marks: CardMark[], cardIds: Map<string, Set<string>>): DeckProblem[] {
	const out: DeckProblem[] = [];
	const seen = new Set<string>();
	marks.forEach((m, i) => {
		const key = `${m.deckId}/${m.cardId}`;
		const deck = cardIds.get(m.deckId);
		if (!deck)
			out.push({ field: `marks[${i}].deckId`, message: `no deck "${m.deckId}" in this file` });
		else if (!deck.has(m.cardId))
			out.push({
				field: `marks[${i}].cardId`,
				message: `no card "${m.cardId}" in deck "${m.deckId}"`
			});
		else if (seen.has(key))
			out.push({ field: `marks[${i}]`, message: `second marks entry for card "${key}"` });
		seen.add(key);
	});
	return out;
}

/** Devices' clocks differ: a review up to a day "in the future" is a clock, not a forgery. */
const CLOCK_DRIFT_MS = 86_400_000;

/**
 * States ts-fsrs cannot schedule (stability ≤ 0 or 1e-300, difficulty −50) and reviews after the
 * time of import: the file is refused with the field, as any other bad field is.
 */
export function progressProblems(p: CardProgress, at: string, now?: Date): DeckProblem[] {
	const out: DeckProblem[] = [];
	const limit = now ? now.getTime() + CLOCK_DRIFT_MS : Infinity;
	const future = (field: string, iso: string | undefined) => {
		if (iso && Date.parse(iso) > limit)
			out.push({ field, message: `${iso} is after the time of import` });
	};
	const memory = (field: string, card: CardProgress['card']) => {
		const problem = memoryProblem(card);
		if (problem) out.push({ field: `${field}.${problem.field}`, message: problem.message });
		future(`${field}.last_review`, card.last_review);
	};
	memory(`${at}.card`, p.card);
	p.reviews.forEach((r, k) => {
		memory(`${at}.reviews[${k}].prev`, r.prev);
		future(`${at}.reviews[${k}].review`, r.review);
	});
	return out;
}

function fail(field: string, message: string): BundleResult {
	return { ok: false, problems: [{ field, message }] };
}
