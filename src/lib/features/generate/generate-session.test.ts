import { describe, expect, it } from 'vitest';
import type { DeckFile } from '$lib/core/deck/types';
import type { GeneratedDecks } from '$lib/core/generate';
import { listDecks } from '$lib/db';
import { getArticle } from '$lib/db/articles-repo';
import { sha256Hex } from '$lib/core/util/hash';
import { openArticle } from '../reader';
import { installDeck } from '$lib/db/deck-install';
import { makeDeck, testDb } from '$lib/testing/db';
import { GenerateSession, type GeneratorWorker } from './generate-session.svelte';
import type { GenerateReply, GenerateRequest } from './protocol';

/** A worker that records what it was sent; the test answers for it. */
class FakeWorker implements GeneratorWorker {
	sent: GenerateRequest[] = [];
	terminated = false;
	onmessage: ((e: MessageEvent<GenerateReply>) => void) | null = null;
	onerror: ((e: ErrorEvent) => void) | null = null;
	postMessage(message: GenerateRequest) {
		this.sent.push(message);
	}
	terminate() {
		this.terminated = true;
	}
	reply(data: GenerateReply) {
		this.onmessage?.({ data } as MessageEvent<GenerateReply>);
	}
}

function setup() {
	const workers: FakeWorker[] = [];
	const session = new GenerateSession(() => {
		const w = new FakeWorker();
		workers.push(w);
		return w;
	});
	return { session, workers };
}

const ARTICLE = 'Рапалльский договор\n\n16 апреля 1922 г. Г. В. Чичерин подписал договор.';

function generated(slug: string): GeneratedDecks {
	const deck = (kind: DeckFile['kind'], n: number) =>
		makeDeck(`${slug}.${kind}`, n, {
			kind,
			title: `X: ${kind}`,
			cards: Array.from({ length: n }, (_, i) => ({
				id: `${slug}.${kind}:${i}`,
				front: `${kind} вопрос ${i}`,
				back: `ответ ${i}`,
				context: 'Предложение из статьи.'
			}))
		});
	return {
		dates: deck('dates', 3),
		actors: deck('actors', 2),
		positions: deck('positions', 0),
		title: 'T'
	};
}

describe('GenerateSession: input', () => {
	it('defaults the title to the first line until the teacher types one', () => {
		const { session } = setup();
		session.text = ARTICLE;
		expect(session.title).toBe('Рапалльский договор');
		session.title = 'Договор в Рапалло';
		session.text = 'Другое\nтекст';
		expect(session.title).toBe('Договор в Рапалло');
	});
	it('refuses empty and too large texts without starting a worker', () => {
		const { session, workers } = setup();
		session.run();
		expect(session.problem).toEqual({ kind: 'empty' });
		session.text = 'я'.repeat(1_100_000);
		session.run();
		expect(session.problem).toEqual({ kind: 'too-large' });
		// English is read since issue 15; another language is refused before any worker starts.
		session.text =
			'Der Wiener Kongress tagte von November 1814 bis Juni 1815 in Wien und wurde von Metternich geleitet.';
		session.run();
		expect(session.problem).toEqual({ kind: 'other-language' });
		expect(workers).toHaveLength(0);
		expect(session.phase).toBe('idle');
	});
	it('opens UTF-8 files and refuses others and files over 2 MB', async () => {
		const { session } = setup();
		await session.openFile(new File([new Uint8Array([0xd1, 0xf2, 0xe0])], 'cp1251.txt'));
		expect(session.problem).toEqual({ kind: 'not-utf8' });
		await session.openFile(new File([new Uint8Array(2 * 1024 * 1024 + 1)], 'big.txt'));
		expect(session.problem).toEqual({ kind: 'file-too-large', file: 'big.txt' });
		await session.openFile(new File([ARTICLE], 'a.txt'));
		expect(session.problem).toBeNull();
		expect(session.text).toBe(ARTICLE);
		expect(session.title).toBe('Рапалльский договор');
	});
});

describe('GenerateSession: run', () => {
	it('sends the text and the title slug, shows progress, then the three decks', () => {
		const { session, workers } = setup();
		session.text = ARTICLE;
		session.run();
		const [w] = workers;
		expect(w.sent).toEqual([{ text: ARTICLE, name: 'rapallskii-dogovor' }]);
		expect(session.phase).toBe('running');
		w.reply({ type: 'progress', stage: 'facts', done: 5, total: 10 });
		expect(session.progress?.stage).toBe('facts');
		expect(session.progress?.fraction).toBeCloseTo(0.775);
		w.reply({ type: 'result', decks: generated('rapallskii-dogovor'), ms: 420 });
		expect(session.phase).toBe('review');
		expect(session.reviews.map((r) => [r.kind, r.counts.total])).toEqual([
			['dates', 3],
			['actors', 2],
			['positions', 0]
		]);
		expect(session.ms).toBe(420);
		expect(w.terminated).toBe(true);
	});
	it('says so when nothing could be extracted', () => {
		const { session, workers } = setup();
		session.text = 'Просто текст без фактов.';
		session.run();
		workers[0].reply({ type: 'no-facts' });
		expect(session.problem).toEqual({ kind: 'no-facts' });
		expect(session.phase).toBe('idle');
	});
	it('cancel terminates the worker; its late replies are ignored', () => {
		const { session, workers } = setup();
		session.text = ARTICLE;
		session.run();
		session.cancel();
		expect(workers[0].terminated).toBe(true);
		expect(session.problem).toEqual({ kind: 'cancelled' });
		workers[0].reply({ type: 'result', decks: generated('x'), ms: 1 });
		expect(session.phase).toBe('idle');
		expect(session.reviews).toEqual([]);
	});
	it('reports a worker that fails to load', () => {
		const { session, workers } = setup();
		session.text = ARTICLE;
		session.run();
		workers[0].onerror?.({ message: 'network error' } as ErrorEvent);
		expect(session.problem).toEqual({ kind: 'worker-failed', detail: 'network error' });
		expect(session.phase).toBe('idle');
	});
});

describe('GenerateSession: save', () => {
	async function reviewed(change?: (decks: GeneratedDecks) => void) {
		const { session, workers } = setup();
		session.text = ARTICLE;
		session.run();
		const decks = generated('rapallskii-dogovor');
		change?.(decks);
		workers[0].reply({ type: 'result', decks, ms: 1 });
		return session;
	}

	/** A database holding a dates deck of this article's id already, of the given origin. */
	async function withDatesDeck(origin: 'user' | 'shipped') {
		const db = testDb();
		const deck = makeDeck('rapallskii-dogovor.dates', 1, { kind: 'dates' });
		await installDeck(db, deck, { origin, version: 'v', now: new Date() });
		return db;
	}

	it('refuses to save when no card is accepted', async () => {
		const session = await reviewed();
		const db = testDb();
		await session.save(db, new Date());
		expect(session.problem).toEqual({ kind: 'none-accepted' });
		expect(await listDecks(db)).toEqual([]);
	});

	it('issue 12, item 7: an accepted card with markup stops the save and is named, nothing written', async () => {
		// An article with a <tag>: the generator's sentence keeps it.
		const session = await reviewed((d) => (d.dates.cards[2].context = 'Текст <tag> статьи'));
		session.reviews[0].acceptAll();
		const db = testDb();
		await session.save(db, new Date());
		expect(session.problem).toEqual({
			kind: 'invalid-cards',
			decks: [{ kind: 'dates', cards: [3] }]
		});
		expect(session.phase).toBe('review');
		expect(await listDecks(db)).toEqual([]);
	});

	it('issue 12, item 7: a title with markup stops the save with a reason, not a validator dump', async () => {
		const session = await reviewed();
		session.reviews[0].acceptAll();
		session.title = 'Договор <b>Рапалло</b>';
		const db = testDb();
		await session.save(db, new Date());
		expect(session.problem).toMatchObject({ kind: 'invalid-title', code: 'note.html' });
		session.title = 'Рапалло '.repeat(40);
		await session.save(db, new Date());
		// What is left for the article's title beside "Даты: " (the only deck chosen).
		expect(session.problem).toEqual({ kind: 'invalid-title', code: 'note.tooLong', max: 294 });
		expect(await listDecks(db)).toEqual([]);
	});

	it('saves accepted cards as user decks, decks with none accepted skipped', async () => {
		const session = await reviewed();
		const [dates, actors] = session.reviews;
		dates.acceptAll();
		dates.reject('rapallskii-dogovor.dates:1');
		dates.edit('rapallskii-dogovor.dates:2', { front: 'Новый вопрос', back: 'Новый ответ' });
		actors.rejectAll();
		const db = testDb();
		await session.save(db, new Date('2026-03-01T10:00:00Z'));
		expect(session.phase).toBe('saved');
		expect(session.saved).toEqual([
			{
				id: 'rapallskii-dogovor.dates',
				title: 'Даты: Рапалльский договор',
				kind: 'dates',
				cards: 2
			}
		]);
		const decks = await listDecks(db);
		expect(decks.map((d) => [d.id, d.origin, d.sourceKey, d.cardCount])).toEqual([
			['rapallskii-dogovor.dates', 'user', 'Рапалльский договор', 2]
		]);
		const cards = await db.cards.where('deckId').equals('rapallskii-dogovor.dates').sortBy('ord');
		expect(cards.map((c) => [c.front, c.back])).toEqual([
			['dates вопрос 0', 'ответ 0'],
			['Новый вопрос', 'Новый ответ']
		]);
	});

	it('asks before replacing a user deck of the same id, then replaces or saves beside it', async () => {
		const db = await withDatesDeck('user');
		const session = await reviewed();
		session.reviews[0].acceptAll();
		await session.save(db, new Date());
		expect(session.conflict).toEqual({ titles: ['Колода rapallskii-dogovor.dates'] });
		expect(session.phase).toBe('review');
		await session.save(db, new Date(), 'new');
		expect(session.saved.map((d) => d.id)).toEqual(['rapallskii-dogovor-2.dates']);
		expect((await listDecks(db)).map((d) => d.id).sort()).toEqual([
			'rapallskii-dogovor-2.dates',
			'rapallskii-dogovor.dates'
		]);

		const again = await reviewed();
		again.reviews[0].acceptAll();
		await again.save(db, new Date(), 'replace');
		expect(again.saved.map((d) => d.id)).toEqual(['rapallskii-dogovor.dates']);
		expect((await listDecks(db)).find((d) => d.id === 'rapallskii-dogovor.dates')?.cardCount).toBe(
			3
		);
	});

	it('never replaces a shipped deck: a new id is taken without asking', async () => {
		const db = await withDatesDeck('shipped');
		const session = await reviewed();
		session.reviews[0].acceptAll();
		await session.save(db, new Date(), 'replace');
		expect(session.conflict).toBeNull();
		expect(session.saved.map((d) => d.id)).toEqual(['rapallskii-dogovor-2.dates']);
		expect((await listDecks(db)).find((d) => d.id === 'rapallskii-dogovor.dates')?.origin).toBe(
			'shipped'
		);
	});

	it('keeps the article (text, file name, hash): the reader opens a generated deck', async () => {
		const session = await reviewed();
		session.reviews[0].acceptAll();
		const db = testDb();
		await session.save(db, new Date('2026-03-01T10:00:00Z'));
		const deck = (await listDecks(db))[0];
		const sha256 = await sha256Hex(ARTICLE);
		expect(deck.source).toEqual({
			title: 'Рапалльский договор',
			file: 'rapallskii-dogovor.txt',
			sha256
		});
		expect(await getArticle(db, 'rapallskii-dogovor.txt')).toMatchObject({ text: ARTICLE, sha256 });
		const reader = await openArticle(db, 'rapallskii-dogovor.txt');
		expect(reader.status).toBe('ready');
		expect(reader.decks.map((d) => d.id)).toEqual(['rapallskii-dogovor.dates']);
	});

	it('an opened file keeps its name; another text of that name is saved beside it', async () => {
		const db = testDb();
		for (const text of [ARTICLE, ARTICLE + '\nВторая редакция.']) {
			const { session, workers } = setup();
			await session.openFile(new File([text], 'статья.txt'));
			session.run();
			workers[0].reply({ type: 'result', decks: generated('rapallskii-dogovor'), ms: 1 });
			session.reviews[0].acceptAll();
			await session.save(db, new Date(), 'new');
		}
		const files = (await listDecks(db)).map((d) => [d.id, d.source?.file]).sort();
		expect(files).toEqual([
			['rapallskii-dogovor-2.dates', 'статья-2.txt'],
			['rapallskii-dogovor.dates', 'статья.txt']
		]);
		expect((await getArticle(db, 'статья-2.txt'))?.text).toContain('Вторая редакция');
	});

	it('card ids follow the saved deck id (a deck saved as slug-2 kept slug.* card ids)', async () => {
		const db = await withDatesDeck('shipped');
		const session = await reviewed();
		session.reviews[0].acceptAll();
		await session.save(db, new Date());
		const cards = await db.cards.where('deckId').equals('rapallskii-dogovor-2.dates').sortBy('ord');
		expect(cards.map((c) => c.id)).toEqual([
			'rapallskii-dogovor-2.dates:0',
			'rapallskii-dogovor-2.dates:1',
			'rapallskii-dogovor-2.dates:2'
		]);
	});
});
