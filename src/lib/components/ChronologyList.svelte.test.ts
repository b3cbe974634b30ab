import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '$lib/i18n/i18n.svelte';
import * as history from '$lib/i18n/messages/history';
import ChronologyList, { type ChronologyItem } from './ChronologyList.svelte';

i18n.register(history);

const items: ChronologyItem[] = [
	{ id: 'a', text: 'Рапалльский договор' },
	{ id: 'b', text: 'Генуэзская конференция' },
	{ id: 'c', text: 'Рурский кризис' }
];

const texts = () => screen.getAllByTestId('chronology-text').map((el) => el.textContent);

describe('ChronologyList', () => {
	it('moves an item with its ↑ ↓ buttons; the first cannot go up, the last not down', async () => {
		const onMove = vi.fn();
		render(ChronologyList, { items, locked: false, onMove });
		expect(texts()).toEqual(items.map((i) => i.text));
		const ups = screen.getAllByTestId('chronology-up') as HTMLButtonElement[];
		const downs = screen.getAllByTestId('chronology-down') as HTMLButtonElement[];
		expect([ups[0].disabled, downs[2].disabled]).toEqual([true, true]);
		await fireEvent.click(downs[0]);
		expect(onMove).toHaveBeenCalledWith(0, 1);
		await fireEvent.click(ups[2]);
		expect(onMove).toHaveBeenLastCalledWith(2, 1);
	});

	it('moves the focused item with the arrow keys and says where it went', async () => {
		const onMove = vi.fn();
		render(ChronologyList, { items, locked: false, onMove });
		const handles = screen.getAllByTestId('chronology-handle');
		await fireEvent.keyDown(handles[1], { key: 'ArrowUp' });
		expect(onMove).toHaveBeenCalledWith(1, 0);
		expect(document.querySelector('[aria-live="polite"]')?.textContent).toBe(
			'“Генуэзская конференция”: position 1 of 3'
		);
		await fireEvent.keyDown(handles[0], { key: 'ArrowUp' });
		expect(onMove).toHaveBeenCalledTimes(1);
	});

	it('after the check: locked, with each date and whether it is in its place', async () => {
		const onMove = vi.fn();
		const checked: ChronologyItem[] = [
			{
				...items[0],
				dateLabel: '16 April 1922',
				isoDate: '1922-04-16',
				inPlace: false,
				belongs: 2
			},
			{ ...items[1], dateLabel: 'April 1922', isoDate: '1922-04', inPlace: false, belongs: 1 },
			{ ...items[2], dateLabel: '1923', isoDate: '1923', inPlace: true, belongs: 3 }
		];
		render(ChronologyList, { items: checked, locked: true, onMove });
		expect(screen.queryByTestId('chronology-handle')).toBeNull();
		expect(screen.queryByTestId('chronology-up')).toBeNull();
		const rows = screen.getAllByTestId('chronology-item');
		expect(rows.map((r) => [r.dataset.date, r.classList.contains('right')])).toEqual([
			['1922-04-16', false],
			['1922-04', false],
			['1923', true]
		]);
		expect(screen.getAllByTestId('chronology-date').map((d) => d.textContent)).toEqual([
			'16 April 1922',
			'April 1922',
			'1923'
		]);
		expect(rows[0].textContent).toContain('belongs at 2');
		expect(rows[2].textContent).toContain('in place');
	});
});
