// The editor's writes on fake-indexeddb: decks, notes, edits of shipped cards, move, tag, delete.
import { describe, expect, it } from 'vitest';
import { noteCards, type NoteContent } from '$lib/core/author/notes';
import { validateDeck } from '$lib/core/deck/validate';
import { QUEUE_CODE, State } from '$lib/core/schedule';
import {
	deleteCards,
	deleteCardsWithUndo,
	editCardText,
	moveCards,
	restoreCards,
	revertCard,
	tagCards
} from './cards-edit';
import {
	createDeck,
	DeckEditError,
	purgeDeletedDecks,
	restoreDeck,
	softDeleteDeck,
	updateDeckInfo
} from './deck-edit';
import { cardKey, getDeck, listDecks } from './decks-repo';
import { installDeck } from './deck-install';
import { readSearchableCards } from './card-search-repo';
import { getNote, saveNote } from './notes-repo';
import { getCardWithState } from './review-repo';
import { makeCard, makeDeck, studyCard, testDb } from '$lib/testing/db';
import type { KartotekaDB } from './database';
import type { NoteRow } from './types';

const now = new Date('2026-11-25T12:00:00');
const later = new Date('2026-11-26T12:00:00');
const review = (db: KartotekaDB, key: string) => studyCard(db, key, { at: now });

function note(id: string, deckId: string, over: Partial<NoteContent> = {}): NoteRow {
	return {
		id,
		deckId,
		kind: 'basic',
		front: 'Кто возглавлял НКИД?',
		back: 'Чичерин',
		tags: [],
		createdAt: now.getTime(),
		updatedAt: now.getTime(),
		...over
	};
}

async function save(db: KartotekaDB, n: NoteRow, reset: number[] = []) {
	const r = noteCards(n);
	if (!r.ok) throw new Error(JSON.stringify(r.problem));
	return saveNote(db, { note: n, cards: r.cards, reset, now });
}

describe('decks', () => {
	it('create, rename, describe; a shipped deck cannot be renamed or deleted', async () => {
		const db = testDb();
		await createDeck(db, 'u-1', { title: ' Моя колода ', description: '' }, now);
		expect(await getDeck(db, 'u-1')).toMatchObject({
			title: 'Моя колода',
			description: undefined,
			origin: 'user',
			sourceKey: 'Моя колода',
			cardCount: 0
		});
		await updateDeckInfo(db, 'u-1', { title: 'Рапалло', description: 'К уроку 5' }, later);
		expect(await getDeck(db, 'u-1')).toMatchObject({
			title: 'Рапалло',
			description: 'К уроку 5',
			sourceKey: 'Рапалло'
		});
		await expect(updateDeckInfo(db, 'u-1', { title: '  ' }, now)).rejects.toThrow(DeckEditError);

		await installDeck(db, makeDeck('s', 1), { origin: 'shipped', version: 'v1', now });
		await expect(softDeleteDeck(db, 's', now)).rejects.toMatchObject({ code: 'deck.shipped' });
		await expect(updateDeckInfo(db, 's', { title: 'x' }, now)).rejects.toMatchObject({
			code: 'deck.shipped'
		});
	});

	it('delete hides the deck at once, undo brings it back whole, the purge removes everything', async () => {
		const db = testDb();
		await createDeck(db, 'u-1', { title: 'Моя' }, now);
		await createDeck(db, 'u-2', { title: 'Другая' }, now);
		await save(db, note('n1', 'u-1', { kind: 'reverse' }));
		await save(db, note('n2', 'u-1'));
		await review(db, cardKey('u-1', 'n1.1'));

		await softDeleteDeck(db, 'u-1', now);
		expect((await listDecks(db)).map((d) => d.id)).toEqual(['u-2']);
		// Within the undo window nothing is purged.
		expect(await purgeDeletedDecks(db, now.getTime())).toEqual([]);
		await restoreDeck(db, 'u-1');
		expect((await listDecks(db)).map((d) => d.id).sort()).toEqual(['u-1', 'u-2']);
		expect(await db.cards.where('deckId').equals('u-1').count()).toBe(3);
		expect(await db.reviews.count()).toBe(1);

		// A card moved out survives its old deck's purge, and its note with it.
		await moveCards(db, [cardKey('u-1', 'n1.2')], 'u-2');
		await softDeleteDeck(db, 'u-1', now);
		expect(await purgeDeletedDecks(db, now.getTime() + 1)).toEqual(['u-1']);
		expect(await getDeck(db, 'u-1')).toBeUndefined();
		expect((await db.cards.toArray()).map((c) => c.key)).toEqual(['u-2/n1.2']);
		expect(await db.states.count()).toBe(1);
		expect(await db.reviews.count()).toBe(0);
		expect(await getNote(db, 'n2')).toBeUndefined();
		expect((await getNote(db, 'n1'))?.deckId).toBe('u-2');
	});
});

describe('deck titles: one validation for every way in', () => {
	it('bug: the editor took titles its own import refuses (markup, over 300 characters)', async () => {
		const db = testDb();
		const refused = ['<b>Рапалло</b>', 'x'.repeat(301), '<img src=x onerror=alert(1)>'];
		for (const title of refused) {
			await expect(createDeck(db, 'a', { title }, now)).rejects.toMatchObject({
				code: 'deck.invalid',
				problem: { field: 'title' }
			});
			expect(validateDeck({ ...makeDeck('a', 1), title }).ok).toBe(false);
		}
		expect(await db.decks.count()).toBe(0);
		const accepted = ['x < y > z', 'Даты <1920>', 'a'.repeat(300)];
		for (const [i, title] of accepted.entries()) {
			await createDeck(db, `ok${i}`, { title }, now);
			expect(validateDeck({ ...makeDeck('a', 1), title }).ok).toBe(true);
		}
		await expect(
			updateDeckInfo(db, 'ok0', { title: 'ok', description: '<script>x</script>' }, now)
		).rejects.toMatchObject({ code: 'deck.invalid', problem: { field: 'description' } });
		expect((await getDeck(db, 'ok0'))?.title).toBe('x < y > z');
	});
});

describe('notes', () => {
	it('a basic, a reverse and a cloze note make 1 + 2 + 2 new cards in deck order', async () => {
		const db = testDb();
		await createDeck(db, 'u', { title: 'Моя' }, now);
		await save(db, note('a', 'u'));
		await save(db, note('b', 'u', { kind: 'reverse' }));
		await save(
			db,
			note('c', 'u', { kind: 'cloze', front: '{{c1::Чичерин}} подписал договор в {{c2::Рапалло}}' })
		);
		const cards = await db.cards.where('[deckId+ord]').between(['u', 0], ['u', 99]).toArray();
		expect(cards.map((c) => [c.id, c.front])).toEqual([
			['a.1', 'Кто возглавлял НКИД?'],
			['b.1', 'Кто возглавлял НКИД?'],
			['b.2', 'Чичерин'],
			['c.1', '[…] подписал договор в Рапалло'],
			['c.2', 'Чичерин подписал договор в […]']
		]);
		expect((await db.states.toArray()).every((s) => s.queue === QUEUE_CODE.new)).toBe(true);
		expect((await getDeck(db, 'u'))?.cardCount).toBe(5);
	});

	it('an edit keeps progress unless a reset is asked for; removed gaps retire, returning ones are new', async () => {
		const db = testDb();
		await createDeck(db, 'u', { title: 'Моя' }, now);
		const n = note('c', 'u', { kind: 'cloze', front: '{{c1::Чичерин}} был в {{c2::Генуе}}' });
		await save(db, n);
		await review(db, 'u/c.1');
		await review(db, 'u/c.2');

		await save(db, { ...n, front: '{{c1::Чичерин}} находился в {{c2::Рапалло}}' }, [2]);
		const c1 = (await getCardWithState(db, 'u/c.1'))!;
		expect(c1.card.front).toBe('[…] находился в Рапалло');
		expect(c1.state.card.state).toBe(State.Learning);
		expect((await db.states.get('u/c.2'))!.card.state).toBe(State.New);

		await save(db, { ...n, front: '{{c1::Чичерин}} находился в Рапалло' });
		expect((await db.cards.get('u/c.2'))!.retired).toBe(1);
		expect((await db.states.get('u/c.2'))!.queue).toBe(QUEUE_CODE.retired);
		expect((await getDeck(db, 'u'))?.cardCount).toBe(1);
		await save(db, n);
		expect((await db.cards.get('u/c.2'))!.retired).toBe(0);
		expect((await db.states.get('u/c.2'))!.queue).toBe(QUEUE_CODE.new);
	});
});

describe('editing a shipped card', () => {
	it('keeps the edit and the progress when the shipped deck is updated', async () => {
		const db = testDb();
		await installDeck(db, makeDeck('s', 3), { origin: 'shipped', version: 'v1', now });
		await review(db, 's/c0');
		const before = (await db.states.get('s/c0'))!;

		await editCardText(db, 's/c0', { front: 'Вопрос 0', back: 'Мой ответ' }, { reset: false, now });
		expect((await db.states.get('s/c0'))!.card).toEqual(before.card);
		expect(await db.cards.get('s/c0')).toMatchObject({
			back: 'Мой ответ',
			edited: 1,
			upstream: { front: 'Вопрос 0', back: 'Ответ 0' }
		});

		// The update changes this card and another one: the user's edit wins, the other updates.
		const v2 = makeDeck('s', 0, {
			cards: [
				makeCard(0, { front: 'Новый вопрос 0' }),
				makeCard(1, { back: 'Новый 1' }),
				makeCard(2)
			]
		});
		const plan = await installDeck(db, v2, { origin: 'shipped', version: 'v2', now: later });
		expect(plan.counts).toMatchObject({ changed: 2, unchanged: 1 });
		const c0 = (await getCardWithState(db, 's/c0'))!;
		expect(c0.card).toMatchObject({ front: 'Вопрос 0', back: 'Мой ответ', edited: 1 });
		expect(c0.card.upstream).toMatchObject({ front: 'Новый вопрос 0', back: 'Ответ 0' });
		expect(c0.state.card).toEqual(before.card);
		expect((await db.cards.get('s/c1'))!.back).toBe('Новый 1');

		// The same file again: nothing changes.
		const again = await installDeck(db, v2, { origin: 'shipped', version: 'v3', now: later });
		expect(again.counts).toMatchObject({ changed: 0, unchanged: 3 });

		// Revert: the file's current text, no longer edited.
		await revertCard(db, 's/c0', { reset: false, now });
		expect(await db.cards.get('s/c0')).toMatchObject({ front: 'Новый вопрос 0', edited: 0 });
		expect((await db.cards.get('s/c0'))!.upstream).toBeUndefined();
	});

	it('a reset starts the card over; editing back to the file text drops the overlay', async () => {
		const db = testDb();
		await installDeck(db, makeDeck('s', 1), { origin: 'shipped', version: 'v1', now });
		await review(db, 's/c0');
		await editCardText(db, 's/c0', { front: 'Вопрос 0', back: 'Другое' }, { reset: true, now });
		expect((await db.states.get('s/c0'))!.queue).toBe(QUEUE_CODE.new);
		await editCardText(db, 's/c0', { front: 'Вопрос 0', back: 'Ответ 0' }, { reset: false, now });
		expect((await db.cards.get('s/c0'))!.edited).toBe(0);
	});

	it('refuses to edit a note card directly', async () => {
		const db = testDb();
		await createDeck(db, 'u', { title: 'Моя' }, now);
		await save(db, note('a', 'u'));
		await expect(
			editCardText(db, 'u/a.1', { front: 'x', back: 'y' }, { reset: false, now })
		).rejects.toThrow(/edit the note/);
	});
});

describe('undoing a deletion of cards', () => {
	it('bug: deleting cards could not be undone; the cards, progress, history and notes come back', async () => {
		const db = testDb();
		await installDeck(db, makeDeck('s', 3), { origin: 'shipped', version: 'v1', now });
		await createDeck(db, 'u', { title: 'Моя' }, now);
		await save(db, note('b', 'u', { kind: 'reverse' }));
		await review(db, 's/c1');
		await review(db, 'u/b.1');
		const snapshot = async () => ({
			cards: await db.cards.orderBy('key').toArray(),
			states: await db.states.orderBy('key').toArray(),
			reviews: await db.reviews.orderBy('id').toArray(),
			notes: await db.notes.toArray(),
			counts: (await listDecks(db)).map((d) => [d.id, d.cardCount])
		});
		const before = await snapshot();
		const { n, removed } = await deleteCardsWithUndo(db, ['s/c1', 'u/b.2']);
		expect(n).toBe(3);
		expect((await getDeck(db, 'u'))?.cardCount).toBe(0);
		expect(await db.reviews.count()).toBe(0);
		await restoreCards(db, removed);
		expect(await snapshot()).toEqual(before);
	});
});

describe('move, tag, delete', () => {
	it('moving keeps progress and history; a shipped card moved out is left alone by updates', async () => {
		const db = testDb();
		await installDeck(db, makeDeck('s', 3), { origin: 'shipped', version: 'v1', now });
		await createDeck(db, 'u', { title: 'Моя' }, now);
		await review(db, 's/c1');
		const before = (await db.states.get('s/c1'))!;

		expect(await moveCards(db, ['s/c1'], 'u')).toBe(1);
		const moved = (await getCardWithState(db, 'u/c1'))!;
		expect(moved.card).toMatchObject({ deckId: 'u', originKey: 's/c1', ord: 0 });
		expect(moved.state.card).toEqual(before.card);
		expect(moved.state.deckId).toBe('u');
		expect(await db.reviews.where('key').equals('u/c1').count()).toBe(1);
		expect(await db.cards.get('s/c1')).toBeUndefined();
		expect((await getDeck(db, 's'))?.cardCount).toBe(2);
		expect((await getDeck(db, 'u'))?.cardCount).toBe(1);

		const plan = await installDeck(db, makeDeck('s', 3, { title: 'v2' }), {
			origin: 'shipped',
			version: 'v2',
			now
		});
		// Not re-added (c2 only moves up a place in deck order).
		expect(plan.counts).toMatchObject({ new: 0, unchanged: 1, changed: 1, retired: 0 });
		expect(await db.cards.get('s/c1')).toBeUndefined();
		expect((await getDeck(db, 's'))?.cardCount).toBe(2);

		// Moved back home, it is the shipped deck's card again.
		await moveCards(db, ['u/c1'], 's');
		expect((await db.cards.get('s/c1'))!.originKey).toBeUndefined();
	});

	it('tags go to the cards and their notes; shipped cards keep them through updates', async () => {
		const db = testDb();
		await installDeck(db, makeDeck('s', 2), { origin: 'shipped', version: 'v1', now });
		await createDeck(db, 'u', { title: 'Моя' }, now);
		await save(db, note('b', 'u', { kind: 'reverse' }));
		expect(await tagCards(db, ['s/c0', 'u/b.1'], 'урок5')).toBe(3);
		expect((await getNote(db, 'b'))!.tags).toEqual(['урок5']);
		expect((await db.cards.get('u/b.2'))!.tags).toEqual(['урок5']);
		expect((await db.cards.get('s/c0'))!.edited).toBe(1);
		await installDeck(db, makeDeck('s', 2, { title: 'v2' }), {
			origin: 'shipped',
			version: 'v2',
			now
		});
		expect((await db.cards.get('s/c0'))!.tags).toEqual(['урок5']);
	});

	it('delete: a note card takes its note along; a shipped card does not come back with an update', async () => {
		const db = testDb();
		await installDeck(db, makeDeck('s', 2), { origin: 'shipped', version: 'v1', now });
		await createDeck(db, 'u', { title: 'Моя' }, now);
		await save(db, note('b', 'u', { kind: 'reverse' }));
		await review(db, 'u/b.1');
		await review(db, 's/c0');

		expect(await deleteCards(db, ['u/b.2', 's/c0'])).toBe(3);
		expect(await db.cards.where('deckId').equals('u').count()).toBe(0);
		expect(await getNote(db, 'b')).toBeUndefined();
		expect(await db.reviews.count()).toBe(0);
		expect(await db.states.count()).toBe(1);
		expect((await getDeck(db, 's'))?.cardCount).toBe(1);

		const plan = await installDeck(db, makeDeck('s', 2), { origin: 'shipped', version: 'v2', now });
		expect(plan.counts.new).toBe(0);
		expect((await readSearchableCards(db)).cards.map((c) => c.card.key)).toEqual(['s/c1']);
	});

	it('the card search leaves out deleted decks and retired cards, and knows kinds and queues', async () => {
		const db = testDb();
		await installDeck(db, makeDeck('s', 1), { origin: 'shipped', version: 'v1', now });
		await createDeck(db, 'u', { title: 'Моя' }, now);
		await createDeck(db, 'gone', { title: 'Удалена' }, now);
		await save(db, note('c', 'u', { kind: 'cloze', front: '{{c1::a}}' }));
		await save(db, note('g', 'gone'));
		await softDeleteDeck(db, 'gone', now);
		await review(db, 's/c0');
		const index = await readSearchableCards(db);
		expect(index.decks.map((d) => d.id).sort()).toEqual(['s', 'u']);
		expect(index.cards.map((c) => [c.card.key, c.noteKind, c.queue])).toEqual([
			['s/c0', undefined, QUEUE_CODE.learning],
			['u/c.1', 'cloze', QUEUE_CODE.new]
		]);
	});
});
