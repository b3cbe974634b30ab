import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '$lib/i18n/i18n.svelte';
import * as answers from '$lib/i18n/messages/answers';
import GradeBar from './GradeBar.svelte';

i18n.register(answers);
const previews = { again: '1m', hard: '6m', good: '10m', easy: '4d' };

describe('GradeBar', () => {
	it('before the reveal: only "Show answer", which asks for the reveal', async () => {
		const onReveal = vi.fn();
		const onGrade = vi.fn();
		render(GradeBar, { revealed: false, previews, onReveal, onGrade });
		expect(screen.queryByTestId('grade-good')).toBeNull();
		await fireEvent.click(screen.getByTestId('show-answer'));
		expect(onReveal).toHaveBeenCalledOnce();
		expect(onGrade).not.toHaveBeenCalled();
	});

	it('after the reveal: four grades with their intervals; a tap grades with that one', async () => {
		const onGrade = vi.fn();
		render(GradeBar, { revealed: true, previews, onReveal: vi.fn(), onGrade });
		expect(screen.queryByTestId('show-answer')).toBeNull();
		const labels = ['again', 'hard', 'good', 'easy'].map(
			(g) => screen.getByTestId(`grade-${g}`).querySelector('.interval')?.textContent
		);
		expect(labels).toEqual(['1m', '6m', '10m', '4d']);
		await fireEvent.click(screen.getByTestId('grade-hard'));
		expect(onGrade).toHaveBeenCalledWith('hard');
	});

	it('marks the grade a typed answer suggests, and that one only', () => {
		render(GradeBar, {
			revealed: true,
			previews,
			suggested: 'good',
			onReveal: vi.fn(),
			onGrade: vi.fn()
		});
		const marked = screen.getAllByRole('button').filter((b) => b.dataset.suggested === 'true');
		expect(marked.map((b) => b.dataset.testid)).toEqual(['grade-good']);
		expect(screen.getByTestId('grade-good').textContent).toContain('suggested');
	});

	it('shows no interval before the previews are known (no "undefined" on a button)', () => {
		render(GradeBar, { revealed: true, previews: null, onReveal: vi.fn(), onGrade: vi.fn() });
		expect(screen.getByTestId('grade-easy').textContent).not.toContain('undefined');
	});

	it('while the last grade is being written the grades are shown but take no tap', async () => {
		const onGrade = vi.fn();
		render(GradeBar, { revealed: true, previews, busy: true, onReveal: vi.fn(), onGrade });
		const good = screen.getByTestId('grade-good') as HTMLButtonElement;
		expect(good.disabled).toBe(true);
		await fireEvent.click(good);
		expect(onGrade).not.toHaveBeenCalled();
	});
});
