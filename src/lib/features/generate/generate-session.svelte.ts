// The authoring page's "generate from an article" use case: the article and its title, the run in
// a Web Worker with its progress, the review of the proposed decks, and saving them.
import type { GenerateStage } from '$lib/core/generate';
import type { DeckFile, DeckKind } from '$lib/core/deck/types';
import { checkDeckInfo, type DeckInfoProblem } from '$lib/core/deck/field-check';
import { decodeUtf8 } from '$lib/core/text/utf8';
import { sha256Hex } from '$lib/core/util/hash';
import type { ArticleRow, KartotekaDB } from '$lib/db';
import { freeArticleFile } from '$lib/db/articles-repo';
import {
	checkArticle,
	deckIds,
	firstLine,
	MAX_ARTICLE_BYTES,
	SHOW_TEXT_LIMIT,
	slugify,
	userDeck
} from './article';
import type { GenerateReply, GenerateRequest } from './protocol';
import { DeckReview } from './review.svelte';
import { existingDecks, saveUserDecks } from './save';

export type Phase = 'idle' | 'running' | 'review' | 'saving' | 'saved';

/** Why nothing was generated or saved; the page turns it into a message. */
export type Problem =
	| {
			kind:
				| 'empty'
				| 'too-large'
				| 'english'
				| 'other-language'
				| 'not-utf8'
				| 'no-facts'
				| 'cancelled'
				| 'none-accepted';
	  }
	| { kind: 'file-too-large'; file: string }
	| { kind: 'worker-failed' | 'save-failed'; detail: string }
	/** Accepted cards the save would refuse: each deck's kind and the cards' positions (from 1). */
	| { kind: 'invalid-cards'; decks: { kind: DeckKind; cards: number[] }[] }
	/** The article's title makes deck titles the deck file does not take (markup, length). */
	| { kind: 'invalid-title'; code: DeckInfoProblem['code']; max: number };

export interface Progress {
	stage: GenerateStage;
	/** 0…1 over the whole run. */
	fraction: number;
}

export interface SavedDeck {
	id: string;
	title: string;
	kind: DeckKind;
	cards: number;
}

/** Existing decks that saving would overwrite: the teacher decides. */
export interface Conflict {
	titles: string[];
}

// Shares of the whole run per stage (measured on the seed article: sentence facts take most).
// The dictionary is downloaded on first use only; later runs find it in the worker or the cache.
const STAGE_SPAN: Record<GenerateStage, [number, number]> = {
	dictionary: [0, 0.3],
	cleaning: [0.3, 0.35],
	sentences: [0.35, 0.4],
	persons: [0.4, 0.6],
	facts: [0.6, 0.95],
	cards: [0.95, 1]
};

export interface GeneratorWorker {
	postMessage(message: GenerateRequest): void;
	terminate(): void;
	onmessage: ((e: MessageEvent<GenerateReply>) => void) | null;
	onerror: ((e: ErrorEvent) => void) | null;
}

/** Vite builds the worker as its own file from this exact expression. */
export function createGeneratorWorker(): GeneratorWorker {
	return new Worker(new URL('./generate.worker.ts', import.meta.url), {
		type: 'module',
		name: 'generate'
	}) as GeneratorWorker;
}

export class GenerateSession {
	#text = $state('');
	#title = $state('');
	#titleTouched = $state(false);
	#phase = $state<Phase>('idle');
	#problem = $state.raw<Problem | null>(null);
	#progress = $state.raw<Progress | null>(null);
	#reviews = $state.raw<DeckReview[]>([]);
	#ms = $state(0);
	#saved = $state.raw<SavedDeck[]>([]);
	#conflict = $state.raw<Conflict | null>(null);
	/** A long opened file, kept out of the text box until the teacher asks to see it. */
	#file = $state.raw<{ name: string; bytes: number } | null>(null);
	#worker: GeneratorWorker | null = null;
	#slug = '';
	/** The opened file's name, kept as the saved article's file name (pasted text has none). */
	#fileName: string | null = null;
	/** The text the worker read: the cards' offsets point into it, so it is what is saved. */
	#runText = '';
	readonly #createWorker: () => GeneratorWorker;

	constructor(createWorker: () => GeneratorWorker = createGeneratorWorker) {
		this.#createWorker = createWorker;
	}

	get text(): string {
		return this.#text;
	}
	set text(value: string) {
		this.#text = value;
		this.#file = null;
		if (!value) this.#fileName = null;
		if (this.#problem?.kind === 'empty' || this.#problem?.kind === 'too-large')
			this.#problem = null;
	}
	/** The teacher's title, else the article's first line. */
	get title(): string {
		return this.#titleTouched ? this.#title : firstLine(this.#text);
	}
	set title(value: string) {
		this.#title = value;
		this.#titleTouched = true;
	}
	/** Set while a long opened file is not shown in the text box. */
	get file(): { name: string; bytes: number } | null {
		return this.#file;
	}
	showText(): void {
		this.#file = null;
	}
	get phase(): Phase {
		return this.#phase;
	}
	get problem(): Problem | null {
		return this.#problem;
	}
	get progress(): Progress | null {
		return this.#progress;
	}
	get reviews(): DeckReview[] {
		return this.#reviews;
	}
	/** Time from the worker's start to its result, in ms (measured inside the worker). */
	get ms(): number {
		return this.#ms;
	}
	get saved(): SavedDeck[] {
		return this.#saved;
	}
	get conflict(): Conflict | null {
		return this.#conflict;
	}
	get acceptedCount(): number {
		return this.#reviews.reduce((n, r) => n + r.counts.accepted, 0);
	}

	/** Reads a .txt file into the text box (UTF-8 only; too large a file is not even read). */
	async openFile(file: File): Promise<void> {
		if (file.size > MAX_ARTICLE_BYTES) {
			this.#problem = { kind: 'file-too-large', file: file.name };
			return;
		}
		const text = decodeUtf8(await file.arrayBuffer());
		if (text === null) {
			this.#problem = { kind: 'not-utf8' };
			return;
		}
		this.#problem = null;
		this.#text = text;
		this.#fileName = file.name;
		this.#file = text.length > SHOW_TEXT_LIMIT ? { name: file.name, bytes: file.size } : null;
		this.#titleTouched = false;
	}

	/** Starts the generator in a worker; a run in progress is cancelled first. */
	run(): void {
		const problem = checkArticle(this.#text);
		if (problem) {
			this.#problem = { kind: problem };
			return;
		}
		this.#stop();
		this.#problem = null;
		this.#reviews = [];
		this.#saved = [];
		this.#conflict = null;
		this.#slug = slugify(this.title);
		this.#phase = 'running';
		this.#progress = { stage: 'cleaning', fraction: 0 };
		const worker = this.#createWorker();
		this.#worker = worker;
		worker.onmessage = (e) => {
			if (this.#worker === worker) this.#receive(e.data);
		};
		worker.onerror = (e) => {
			if (this.#worker !== worker) return;
			e.preventDefault?.();
			// No message when its script could not even be loaded (offline on first use).
			this.#finish({ kind: 'worker-failed', detail: e.message || '' });
		};
		this.#runText = this.#text;
		worker.postMessage({ text: this.#text, name: this.#slug });
	}

	cancel(): void {
		if (this.#phase !== 'running') return;
		this.#finish({ kind: 'cancelled' });
	}

	/** Back to the text, the proposals dropped. */
	restart(): void {
		this.#stop();
		this.#phase = 'idle';
		this.#reviews = [];
		this.#saved = [];
		this.#conflict = null;
		this.#problem = null;
	}

	/**
	 * Saves the accepted cards as user decks. When decks of this article were saved before, the
	 * teacher is asked first (`conflict`); `mode` is the answer: replace them (progress on cards
	 * that did not change is kept) or save new decks beside them. Shipped decks are never replaced.
	 */
	async save(db: KartotekaDB, now: Date, mode?: 'replace' | 'new'): Promise<void> {
		if (this.#phase !== 'review') return;
		const chosen = this.#reviews.filter((r) => r.counts.accepted > 0);
		if (!chosen.length) {
			this.#problem = { kind: 'none-accepted' };
			return;
		}
		// Checked before anything is written, in the teacher's words (issue 12, item 7).
		const invalid = chosen
			.map((r) => ({ kind: r.kind, cards: r.invalidAccepted() }))
			.filter((d) => d.cards.length > 0);
		if (invalid.length) {
			this.#problem = { kind: 'invalid-cards', decks: invalid };
			return;
		}
		const titleProblem = this.#titleProblem(chosen.map((r) => r.deck));
		if (titleProblem) {
			this.#problem = titleProblem;
			return;
		}
		this.#problem = null;
		this.#phase = 'saving';
		try {
			const existing = await existingDecks(db);
			const kinds = chosen.map((r) => r.kind);
			const wanted = kinds.map((k) => `${this.#slug}.${k}`);
			const clashes = wanted.filter((id) => existing.has(id));
			const replaceable = clashes.every((id) => existing.get(id)?.origin === 'user');
			if (clashes.length && replaceable && !mode) {
				this.#conflict = { titles: clashes.map((id) => existing.get(id)?.title ?? id) };
				this.#phase = 'review';
				return;
			}
			const replace = new Set(mode === 'replace' && replaceable ? clashes : []);
			const ids = deckIds(this.#slug, kinds, new Set(existing.keys()), replace);
			const article = await this.#article(db, ids[kinds[0]].replace(/\.[^.]*$/, ''), now);
			const source = { file: article.file, sha256: article.sha256 };
			const decks = chosen.map((r) =>
				userDeck(r.deck, r.accepted(), ids[r.kind], this.title, source)
			);
			await saveUserDecks(db, decks, now, article);
			this.#saved = decks.map((d) => ({
				id: d.id,
				title: d.title,
				kind: d.kind,
				cards: d.cards.length
			}));
			this.#conflict = null;
			this.#phase = 'saved';
		} catch (e) {
			this.#phase = 'review';
			this.#problem = { kind: 'save-failed', detail: e instanceof Error ? e.message : String(e) };
		}
	}

	/**
	 * The deck titles the article's title makes ("Даты: <title>") checked with the deck file's
	 * rules; `max` is what is left for the article's title beside the longest deck label.
	 */
	#titleProblem(decks: DeckFile[]): Problem | null {
		for (const deck of decks) {
			const title = userDeck(deck, [], deck.id, this.title).title;
			const problem = checkDeckInfo({ title });
			if (problem) {
				const longest = Math.max(...decks.map((d) => userDeck(d, [], d.id, '').title.length));
				return { kind: 'invalid-title', code: problem.code, max: problem.max - longest };
			}
		}
		return null;
	}

	/** The article as it is saved with its decks: under its file's name, or "<deck base>.txt". */
	async #article(db: KartotekaDB, base: string, now: Date): Promise<ArticleRow> {
		const text = this.#runText;
		const sha256 = await sha256Hex(text);
		const file = await freeArticleFile(db, this.#fileName ?? `${base}.txt`, sha256);
		const title = this.title.replace(/\s+/g, ' ').trim();
		return { file, sha256, title, text, savedAt: now.getTime() };
	}

	dismissConflict(): void {
		this.#conflict = null;
	}

	/** Stops the worker when the page is left. */
	dispose(): void {
		this.#stop();
	}

	#receive(reply: GenerateReply): void {
		switch (reply.type) {
			case 'progress': {
				const [from, to] = STAGE_SPAN[reply.stage];
				const part = reply.total > 0 ? reply.done / reply.total : 0;
				this.#progress = { stage: reply.stage, fraction: from + (to - from) * part };
				return;
			}
			case 'result': {
				const { dates, actors, positions } = reply.decks;
				this.#reviews = [dates, actors, positions].map((d) => new DeckReview(d));
				this.#ms = reply.ms;
				this.#stop();
				this.#progress = null;
				this.#phase = 'review';
				return;
			}
			case 'no-facts':
				this.#finish({ kind: 'no-facts' });
				return;
			case 'error':
				this.#finish({ kind: 'worker-failed', detail: reply.message });
		}
	}

	#finish(problem: Problem): void {
		this.#stop();
		this.#progress = null;
		this.#phase = 'idle';
		this.#problem = problem;
	}

	#stop(): void {
		this.#worker?.terminate();
		this.#worker = null;
	}
}
