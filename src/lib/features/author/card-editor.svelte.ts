// The add/edit form's model: the fields, a live preview of the cards they make, and what saving
// will do to progress (see core/author/changes.ts for the rule). Three modes:
//   add  — a new note in a deck (basic, basic + reverse, cloze);
//   note — an existing note: its cards keep their ids, deck and progress;
//   card — a deck-file card (shipped, generated, imported): an overlay kept across deck updates.
import { classifyEdit, planNoteEdit, type PlannedCard } from '$lib/core/author/changes';
import { newNoteId } from '$lib/core/author/ids';
import { parseTags } from '$lib/core/author/normalize';
import {
	checkText,
	noteCards,
	type NoteCard,
	type NoteKind,
	type NoteProblem,
	type NoteResult
} from '$lib/core/author/notes';
import type { CardRow, KartotekaDB, NoteRow } from '$lib/db';
import { editCardText, revertCard } from '$lib/db/cards-edit';
import { getNote, noteCardRows, saveNote } from '$lib/db/notes-repo';

export type EditorMode = 'add' | 'note' | 'card';

export interface ProgressOutcome {
	/** Cards whose answer changes (progress reset offered). */
	answerChanged: number;
	/** Cards whose text changes but not their answer (progress kept). */
	reworded: number;
	added: number;
	removed: number;
}

export class CardEditor {
	#mode = $state<EditorMode>('add');
	#deckId = $state('');
	#note = $state.raw<NoteRow | null>(null);
	#card = $state.raw<CardRow | null>(null);
	#before = $state.raw<NoteCard[]>([]);

	kind = $state<NoteKind>('basic');
	front = $state('');
	back = $state('');
	context = $state('');
	tags = $state('');
	/** Start over the cards whose answer changed (offered, on by default). */
	reset = $state(true);

	#result: NoteResult = $derived.by(() => this.#compute());
	#plan: PlannedCard[] = $derived(
		this.#result.ok && this.#mode !== 'add' ? planNoteEdit(this.#before, this.#result.cards) : []
	);

	constructor(deckId: string) {
		this.#deckId = deckId;
	}

	get mode(): EditorMode {
		return this.#mode;
	}
	get deckId(): string {
		return this.#deckId;
	}
	/** The edited deck-file card, when mode is 'card'. */
	get card(): CardRow | null {
		return this.#card;
	}
	get result(): NoteResult {
		return this.#result;
	}
	get problem(): NoteProblem | null {
		return this.#result.ok ? null : this.#result.problem;
	}
	get preview(): NoteCard[] {
		return this.#result.ok ? this.#result.cards : [];
	}
	/** Whether the form holds anything worth showing a problem for. */
	get touched(): boolean {
		return !!(this.front.trim() || this.back.trim());
	}
	get outcome(): ProgressOutcome {
		const count = (e: PlannedCard['edit']) => this.#plan.filter((p) => p.edit === e).length;
		return {
			answerChanged: count('answer-changed'),
			reworded: count('reworded'),
			added: count('new'),
			removed: count('removed')
		};
	}

	#compute(): NoteResult {
		const tags = parseTags(this.tags);
		if (this.#mode === 'card') {
			const problem = checkText({ front: this.front, back: this.back, context: this.context }, [
				'front',
				'back'
			]);
			if (problem) return { ok: false, problem };
			const context = this.context.trim() || undefined;
			return {
				ok: true,
				cards: [
					{
						ordinal: 1,
						front: this.front.trim(),
						back: this.back.trim(),
						context,
						tags: tags.length ? tags : undefined
					}
				]
			};
		}
		return noteCards({
			kind: this.kind,
			front: this.front,
			back: this.back,
			context: this.context,
			tags
		});
	}

	/** An empty form for a new note in the deck; keeps the kind and tags, as Anki does. */
	startAdd(deckId = this.#deckId): void {
		this.#mode = 'add';
		this.#deckId = deckId;
		this.#note = null;
		this.#card = null;
		this.#before = [];
		this.front = '';
		this.back = '';
		this.context = '';
		this.reset = true;
	}

	/** Opens a card for editing: through its note, or as a deck-file card. */
	async startEdit(db: KartotekaDB, row: CardRow): Promise<void> {
		this.reset = true;
		const note = row.noteId ? await getNote(db, row.noteId) : undefined;
		if (note) {
			const rows = await noteCardRows(db, note.id);
			this.#note = note;
			this.#card = null;
			this.#before = rows
				.filter((r) => r.retired !== 1)
				.map((r) => ({
					ordinal: Number(r.id.slice(note.id.length + 1)),
					front: r.front,
					back: r.back,
					context: r.context,
					tags: r.tags
				}));
			this.kind = note.kind;
			this.front = note.front;
			this.back = note.back;
			this.context = note.context ?? '';
			this.tags = note.tags.join(' ');
			this.#mode = 'note';
			return;
		}
		this.#note = null;
		this.#card = row;
		this.#before = [
			{ ordinal: 1, front: row.front, back: row.back, context: row.context, tags: row.tags }
		];
		this.front = row.front;
		this.back = row.back;
		this.context = row.context ?? '';
		this.tags = (row.tags ?? []).join(' ');
		this.#mode = 'card';
	}

	/** Saves the form; returns how many cards it wrote, or null when the form has a problem. */
	async save(db: KartotekaDB, now: Date, random = Math.random): Promise<number | null> {
		const result = this.#result;
		if (!result.ok) return null;
		const tags = parseTags(this.tags);
		const resetOrdinals = this.reset
			? this.#plan.filter((p) => p.edit === 'answer-changed').map((p) => p.ordinal)
			: [];
		if (this.#mode === 'card' && this.#card) {
			const [card] = result.cards;
			const reset =
				resetOrdinals.length > 0 && classifyEdit(this.#before[0], card) === 'answer-changed';
			await editCardText(db, this.#card.key, card, { reset, now });
			return 1;
		}
		const t = now.getTime();
		const note: NoteRow = {
			id: this.#note?.id ?? newNoteId(t, random),
			deckId: this.#note?.deckId ?? this.#deckId,
			kind: this.kind,
			front: this.front.trim(),
			back: this.kind === 'cloze' ? '' : this.back.trim(),
			context: this.context.trim() || undefined,
			tags,
			createdAt: this.#note?.createdAt ?? t,
			updatedAt: t
		};
		await saveNote(db, { note, cards: result.cards, reset: resetOrdinals, now });
		if (this.#mode === 'add') this.startAdd();
		return result.cards.length;
	}

	/** Drops the user's edit of a deck-file card (the file's text comes back). */
	async revert(db: KartotekaDB, now: Date): Promise<void> {
		const card = this.#card;
		if (!card?.upstream) return;
		const reset =
			this.reset &&
			classifyEdit(card, { ...card.upstream, tags: card.upstream.tags }) === 'answer-changed';
		await revertCard(db, card.key, { reset, now });
	}

	/**
	 * Wraps the selected text of the cloze field in the next gap number: "{{cN::selection}}".
	 * Returns the new text and where the caret goes.
	 */
	wrapGap(start: number, end: number): number {
		const used = [...this.front.matchAll(/\{\{c(\d+)::/g)].map((m) => Number(m[1]));
		const n = used.length ? Math.max(...used) + 1 : 1;
		const selected = this.front.slice(start, end) || '…';
		const gap = `{{c${n}::${selected}}}`;
		this.front = this.front.slice(0, start) + gap + this.front.slice(end);
		return start + gap.length;
	}
}
