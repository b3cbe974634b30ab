// A note's problem as a sentence for the teacher, naming the field or the place in the text.
import type { NoteProblem } from '$lib/core/author/notes';
import { checkDeckInfo, type DeckInfoProblem } from '$lib/core/deck/field-check';
import { t } from '$lib/i18n/i18n.svelte';
import './strings';

export function describeProblem(
	p: NoteProblem | DeckInfoProblem,
	kind: 'cloze' | 'other' = 'other'
): string {
	switch (p.code) {
		case 'note.empty':
		case 'note.tooLong':
		case 'note.html': {
			const field =
				kind === 'cloze' && p.field === 'front' ? t('author.cloze') : t(`author.field.${p.field}`);
			if (p.code === 'note.empty') return t('author.problem.empty', { field });
			if (p.code === 'note.html') return t('author.problem.html', { field });
			return t('author.problem.tooLong', { field, max: p.max });
		}
		case 'cloze.noGaps':
			return t('author.problem.noGaps');
		default:
			// Positions count from 1 for people.
			return t(`author.problem.${p.code.slice('cloze.'.length) as 'unclosed'}`, {
				at: p.at + 1,
				snippet: p.snippet
			});
	}
}

/**
 * What is wrong with a deck's title or description by the deck file's own rules (the ones an
 * import of its export applies), as a sentence; '' when nothing is, or when the title is only empty
 * and `allowEmpty` (the form says that by itself).
 */
export function deckInfoMessage(
	info: { title: string; description?: string },
	allowEmpty = false
): string {
	const p = checkDeckInfo(info);
	return p && !(allowEmpty && p.code === 'note.empty') ? describeProblem(p) : '';
}
