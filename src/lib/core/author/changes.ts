// Does an edit change what a card asks? The rule, one per card:
//   - the card's answer (its back) changed, beyond case, ё/е and spacing, and beyond the way a
//     date is written ("16 апреля 1922 г." → "16.04.1922" is the same date; issue 12, item 26)
//     → what is asked changed:
//     the editor offers to reset the card's progress (it is studied again as new);
//   - anything else (the question's wording, the context, a hint, tags) keeps the progress.
// For a reverse card the answer is the note's front; for a cloze card it is the text of its gaps,
// so rewording the sentence around the gaps keeps progress, changing a gap's answer does not.
import type { CardText, NoteCard } from './notes';
import { normalizeText } from './normalize';
import { readTypedDate, type PartialDate } from '../answer/date';

export type CardEdit = 'new' | 'same' | 'reworded' | 'answer-changed' | 'removed';

export function answerChanged(before: CardText, after: CardText): boolean {
	if (normalizeText(before.back) === normalizeText(after.back)) return false;
	return !sameDate(before.back, after.back);
}

/** Both texts read as one date (or range) by the typed-answer reader, to the same precision. */
function sameDate(a: string, b: string): boolean {
	const x = readTypedDate(a);
	const y = readTypedDate(b);
	return x.ok && y.ok && dateKey(x.value) === dateKey(y.value);
}

const dateKey = (d: { from: PartialDate; to?: PartialDate }) =>
	[d.from, d.to ?? {}].map((p) => `${p.year ?? ''}-${p.month ?? ''}-${p.day ?? ''}`).join('/');

export function sameText(a: CardText, b: CardText): boolean {
	return (
		a.front === b.front &&
		a.back === b.back &&
		(a.context ?? '') === (b.context ?? '') &&
		(a.tags ?? []).join('\n') === (b.tags ?? []).join('\n')
	);
}

export function classifyEdit(before: CardText, after: CardText): CardEdit {
	if (sameText(before, after)) return 'same';
	return answerChanged(before, after) ? 'answer-changed' : 'reworded';
}

export interface PlannedCard {
	ordinal: number;
	edit: CardEdit;
}

/** What saving a note's new cards over its old ones does to each card, by ordinal. */
export function planNoteEdit(before: NoteCard[], after: NoteCard[]): PlannedCard[] {
	const old = new Map(before.map((c) => [c.ordinal, c]));
	const plan: PlannedCard[] = after.map((c) => {
		const prev = old.get(c.ordinal);
		return { ordinal: c.ordinal, edit: prev ? classifyEdit(prev, c) : 'new' };
	});
	const kept = new Set(after.map((c) => c.ordinal));
	for (const c of before)
		if (!kept.has(c.ordinal)) plan.push({ ordinal: c.ordinal, edit: 'removed' });
	return plan;
}
