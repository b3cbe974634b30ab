// (A DOM test.) The Anki package preview names note types, missing media and what will not come
// over, in the user's language.
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnkiReport } from '$lib/core/exchange/apkg-import';
import { i18n } from '$lib/i18n/i18n.svelte';
import * as ankiMessages from '$lib/i18n/messages/anki-import';
import AnkiPreview from './AnkiPreview.svelte';

i18n.register(ankiMessages);

describe('AnkiPreview', () => {
	afterEach(() => {
		i18n.lang = 'en';
	});

	it('names the note types, the missing media and what will not come over', () => {
		i18n.lang = 'ru';
		const report: AnkiReport = {
			file: 'collection.anki2',
			decks: [{ id: 'anki-words', title: 'Words', notes: 2, cards: 3, reviews: 7 }],
			notes: 2,
			cards: 3,
			reviews: 7,
			noteTypes: [{ name: 'Basic (and reversed card)', reading: 'reversed', notes: 1 }],
			missingMedia: ['dog.mp3', 'cat.jpg'],
			mediaNotInPackage: ['cat.jpg'],
			marks: { flagged: 2, marked: 0, suspended: 1, buried: 0 },
			issues: [{ issue: 'emptySide', count: 1 }]
		};
		render(AnkiPreview, { report, file: 'words.apkg' });
		expect(screen.getByTestId('anki-totals').textContent).toContain('повторений в истории: 7');
		expect(screen.getByTestId('anki-note-type').textContent).toContain(
			'«Basic (and reversed card)» (1) — как карточки в обе стороны'
		);
		expect(screen.getByTestId('anki-media').textContent).toContain('2 файла');
		expect(screen.getByTestId('anki-media').textContent).toContain('dog.mp3, cat.jpg');
		expect(screen.getByTestId('anki-media-absent').textContent).toContain('нет и в самом пакете');
		expect(screen.getByTestId('anki-media-absent').textContent).toContain('cat.jpg');
		expect(screen.getByTestId('anki-issues').textContent).toContain('пустой стороной');
		// Marks that come along, and only those there are.
		const marks = screen.getByTestId('anki-marks').textContent!;
		expect(marks).toContain('С флагом: 2 карточки');
		expect(marks).toContain('Приостановленных: 1 карточка');
		expect(marks).not.toContain('Отложенных');
	});
});
