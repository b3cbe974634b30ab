// The review's and the save's problems as sentences for the teacher, in the interface's language
// (issue 12, item 7: the save used to show the validator's English dump).
import type { CardProblem } from '$lib/core/deck/field-check';
import { t } from '$lib/i18n/i18n.svelte';
import type { MessageKey } from '$lib/i18n/messages';
import type { Problem } from './generate-session.svelte';

const FIELD: Record<CardProblem['field'], MessageKey> = {
	front: 'generate.front',
	back: 'generate.back',
	context: 'generate.context',
	tags: 'generate.field.tags',
	fact: 'generate.field.fact',
	id: 'generate.field.id',
	source: 'generate.field.source'
};

/** Fields the review's edit form holds: a problem elsewhere can only be rejected. */
const EDITABLE = new Set<CardProblem['field']>(['front', 'back', 'context']);

export function describeCardProblem(p: CardProblem): string {
	const field = t(FIELD[p.field]);
	if (!EDITABLE.has(p.field) || p.code === 'card.other')
		return t('generate.problem.fixed', { field });
	if (p.code === 'note.empty') return t('generate.problem.empty', { field });
	if (p.code === 'note.html') return t('generate.problem.html', { field });
	return t('generate.problem.tooLong', { field, max: p.max });
}

/** The save's refusal of invalid cards or title; '' for the other problems. */
export function describeSaveProblem(p: Problem): string {
	if (p.kind === 'invalid-cards') {
		const list = p.decks
			.map((d) =>
				t('generate.error.invalidDeck', {
					deck: t(`generate.kind.${d.kind}` as MessageKey),
					cards: d.cards.join(', ')
				})
			)
			.join('; ');
		return t('generate.error.invalidCards', { list });
	}
	if (p.kind === 'invalid-title') {
		const reason =
			p.code === 'note.html'
				? t('generate.problem.titleHtml')
				: t('generate.problem.title', { max: p.max });
		return t('generate.error.invalidTitle', { reason });
	}
	return '';
}
