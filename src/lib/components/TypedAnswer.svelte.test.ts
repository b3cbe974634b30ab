import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { checkTyped, type TypedOutcome } from '$lib/core/answer/typed';
import { i18n } from '$lib/i18n/i18n.svelte';
import * as answers from '$lib/i18n/messages/answers';
import TypedAnswer from './TypedAnswer.svelte';

i18n.register(answers);

function setup(kind: 'date' | 'name', check: (text: string) => TypedOutcome) {
	const onChecked = vi.fn();
	const onGrade = vi.fn();
	render(TypedAnswer, { kind, revealed: false, check, onChecked, onGrade });
	return { onChecked, onGrade, input: screen.getByTestId('typed-answer') as HTMLInputElement };
}

const partStates = () =>
	screen.getAllByTestId(/^typed-part-/).map((el) => [el.dataset.testid, el.dataset.state]);

describe('TypedAnswer', () => {
	it('checks a date typed another way; Enter then grades with the suggestion', async () => {
		const target = { kind: 'date', date: '1920-10-12' } as const;
		const { onChecked, onGrade, input } = setup('date', (s) => checkTyped(target, s));
		await fireEvent.input(input, { target: { value: '12 октября 1920' } });
		await fireEvent.click(screen.getByTestId('typed-check'));
		expect(onChecked).toHaveBeenCalledWith(expect.objectContaining({ ok: true, grade: 'good' }));
		expect(partStates()).toEqual([
			['typed-part-year', 'right'],
			['typed-part-month', 'right'],
			['typed-part-day', 'right']
		]);
		expect(input.readOnly).toBe(true);
		await fireEvent.keyDown(input, { key: 'Enter' });
		expect(onGrade).toHaveBeenCalledWith('good');
	});

	it('marks the wrong day and suggests Hard; 1–4 still pick another grade', async () => {
		const target = { kind: 'date', date: '1920-10-12' } as const;
		const { onGrade, input } = setup('date', (s) => checkTyped(target, s));
		await fireEvent.input(input, { target: { value: '13.10.1920' } });
		await fireEvent.keyDown(input, { key: 'Enter' });
		expect(partStates()).toContainEqual(['typed-part-day', 'wrong']);
		expect(input.classList.contains('hard')).toBe(true);
		await fireEvent.keyDown(input, { key: '1' });
		expect(onGrade).toHaveBeenCalledWith('again');
	});

	it('says why a text is not a date, grades nothing, and lets the student try again', async () => {
		const target = { kind: 'date', date: '1920-10-12' } as const;
		const { onChecked, onGrade, input } = setup('date', (s) => checkTyped(target, s));
		await fireEvent.input(input, { target: { value: 'вчера' } });
		await fireEvent.keyDown(input, { key: 'Enter' });
		expect(screen.getByTestId('typed-result').textContent).toContain(
			'Could not read this as a date.'
		);
		expect(onGrade).not.toHaveBeenCalled();
		expect(input.readOnly).toBe(false);
		await fireEvent.input(input, { target: { value: '1920' } });
		await fireEvent.keyDown(input, { key: 'Enter' });
		expect(onChecked).toHaveBeenCalledTimes(2);
	});

	it('checks a surname in another case with the initials', async () => {
		const target = { kind: 'name', person: 'Г. В. Чичерин', surname: 'Чичерин' } as const;
		const { onChecked, input } = setup('name', (s) => checkTyped(target, s));
		await fireEvent.input(input, { target: { value: 'Чичерину Г.В.' } });
		await fireEvent.keyDown(input, { key: 'Enter' });
		expect(onChecked).toHaveBeenCalledWith(expect.objectContaining({ ok: true, grade: 'good' }));
		expect(partStates()).toEqual([
			['typed-part-surname', 'right'],
			['typed-part-initials', 'right']
		]);
	});
});
