import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { CardFile } from '$lib/core/deck/types';
import { i18n } from '$lib/i18n/i18n.svelte';
import * as generate from '$lib/i18n/messages/generate';
import ProposedCard from './ProposedCard.svelte';

i18n.register(generate);

const card: CardFile = {
	id: 'rapallo.dates:1',
	front: 'Когда был подписан Рапалльский договор?',
	back: '16 апреля 1922 г.',
	context: '16 апреля 1922 г. в Рапалло был подписан договор.',
	tags: ['core']
};

function setup(verdict: 'pending' | 'accepted' | 'rejected' = 'pending', edit = () => '') {
	const props = { onAccept: vi.fn(), onReject: vi.fn(), onEdit: vi.fn(edit) };
	render(ProposedCard, { proposal: { card, verdict, edited: false }, n: 1, total: 5, ...props });
	return props;
}

describe('ProposedCard', () => {
	it('shows the card as text, how much it is worth learning, and its verdict', () => {
		setup('accepted');
		expect(screen.getByTestId('generate-front').textContent).toBe(card.front);
		expect(screen.getByTestId('generate-back').textContent).toBe(card.back);
		expect(screen.getByTestId('generate-worth').dataset.worth).toBe('core');
		expect(screen.getByTestId('generate-card').dataset.verdict).toBe('accepted');
		expect(screen.getByTestId('generate-accept').getAttribute('aria-pressed')).toBe('true');
	});

	it('renders markup in a card as text, never as HTML', () => {
		const props = { onAccept: vi.fn(), onReject: vi.fn(), onEdit: vi.fn(() => '') };
		const hostile = { ...card, front: '<img src=x onerror=alert(1)>' };
		render(ProposedCard, {
			proposal: { card: hostile, verdict: 'pending', edited: false },
			n: 1,
			total: 1,
			...props
		});
		expect(screen.getByTestId('generate-front').textContent).toBe(hostile.front);
		expect(document.querySelector('img')).toBeNull();
	});

	it('accept and reject report to the review', async () => {
		const { onAccept, onReject } = setup();
		await fireEvent.click(screen.getByTestId('generate-accept'));
		await fireEvent.click(screen.getByTestId('generate-reject'));
		expect([onAccept.mock.calls.length, onReject.mock.calls.length]).toEqual([1, 1]);
	});

	it('edits both sides and the sentence; a refused edit keeps the form open with its reason', async () => {
		let reason = 'Поле «Вопрос» пусто';
		const { onEdit } = setup('pending', () => reason);
		await fireEvent.click(screen.getByTestId('generate-edit'));
		const front = screen.getByTestId('generate-edit-front') as HTMLTextAreaElement;
		expect(front.value).toBe(card.front);
		await fireEvent.input(front, { target: { value: '' } });
		await fireEvent.click(screen.getByTestId('generate-edit-done'));
		expect(onEdit).toHaveBeenLastCalledWith({ front: '', back: card.back, context: card.context });
		expect(screen.getByRole('alert').textContent).toContain(reason);

		reason = '';
		await fireEvent.input(front, { target: { value: 'Когда подписали договор в Рапалло?' } });
		await fireEvent.click(screen.getByTestId('generate-edit-done'));
		expect(onEdit).toHaveBeenLastCalledWith({
			front: 'Когда подписали договор в Рапалло?',
			back: card.back,
			context: card.context
		});
		expect(screen.queryByTestId('generate-edit-front')).toBeNull();
	});

	it('issue 12, item 7: says while typing why an edit with <b> could not be saved', async () => {
		const check = vi.fn((e: { back: string }) => (e.back.includes('<b>') ? 'разметка' : ''));
		const props = { onAccept: vi.fn(), onReject: vi.fn(), onEdit: vi.fn(() => '') };
		render(ProposedCard, {
			proposal: { card, verdict: 'pending', edited: false },
			n: 1,
			total: 5,
			check,
			...props
		});
		await fireEvent.click(screen.getByTestId('generate-edit'));
		expect(screen.queryByTestId('generate-edit-problem')).toBeNull();
		const back = screen.getByTestId('generate-edit-back') as HTMLTextAreaElement;
		await fireEvent.input(back, { target: { value: '<b>1922</b>' } });
		expect(screen.getByTestId('generate-edit-problem').textContent).toContain('разметка');
	});

	it('issue 12, item 7: a card that cannot be saved says why next to it', () => {
		const props = { onAccept: vi.fn(), onReject: vi.fn(), onEdit: vi.fn(() => '') };
		render(ProposedCard, {
			proposal: { card, verdict: 'accepted', edited: false },
			n: 1,
			total: 5,
			problem: 'В поле «Из текста» HTML-разметка',
			...props
		});
		const li = screen.getByTestId('generate-card');
		expect(li.querySelector('[data-testid="generate-card-problem"]')?.textContent).toContain(
			'HTML-разметка'
		);
		expect(li.classList.contains('invalid')).toBe(true);
	});
});
