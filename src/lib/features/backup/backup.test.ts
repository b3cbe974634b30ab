// Backup and restore round trip (issue 14, item 1), through the file as the app writes it: every
// table filled, backed up, restored into an empty database and over another collection; a restore
// that fails half-way (a write throws, as a quota error would) changes nothing.
import { describe, expect, it, vi } from 'vitest';
import { BACKUP_TABLES } from '$lib/core/backup/format';
import { parseBackup } from '$lib/core/backup/parse';
import type { KartotekaDB } from '$lib/db';
import { LAST_BACKUP, restoreBackup } from '$lib/db/backup-repo';
import { setAside } from '$lib/db/card-marks';
import { cardKey } from '$lib/db/decks-repo';
import { installDeck } from '$lib/db/deck-install';
import { setExamPlan } from '$lib/db/exam-repo';
import { savePreset, setDeckPreset } from '$lib/db/presets-repo';
import { databaseId } from '$lib/db/storage-repo';
import { makeDeck, studyCard, testDb } from '$lib/testing/db';
import { makeBackupFile } from './backup-file';
import { RestoreFlow } from './restore-flow.svelte';

const now = new Date('2026-11-30T12:00:00');
const day = (d: number, h = 18) => new Date(2026, 10, d, h, 7);
const DEVICE = ['db-id', 'persist-asked', LAST_BACKUP];

/** A collection with a row in every table. */
async function fill(db: KartotekaDB, tag: string, cards = 6): Promise<void> {
	const opts = { version: 'v1', now };
	await installDeck(db, makeDeck(`${tag}-shipped`, cards), { ...opts, origin: 'shipped' });
	await installDeck(db, makeDeck(`${tag}-own`, 3, { source: undefined }), {
		...opts,
		origin: 'user'
	});
	for (const [d, c, grade] of [
		[20, 'c0', 'good'],
		[21, 'c0', 'again'],
		[21, 'c1', 'easy'],
		[22, 'c2', 'hard']
	] as const)
		await studyCard(db, cardKey(`${tag}-shipped`, c), { at: day(d), grade, durationMs: 2500 });
	await studyCard(db, cardKey(`${tag}-own`, 'c0'), { at: day(23, 9) });
	// A card edit (the overlay on a deck-file card), a flag, a retired card, a deleted deck.
	await db.cards.update(cardKey(`${tag}-shipped`, 'c1'), {
		front: 'Моя правка',
		edited: 1,
		upstream: { front: 'Вопрос 1', back: 'Ответ 1' },
		flag: 1
	});
	await db.cards.update(cardKey(`${tag}-shipped`, 'c3'), { retired: 1 });
	// Cards set aside from the study screen: one suspended (studied), one buried since a time.
	await setAside(db, cardKey(`${tag}-shipped`, 'c0'), 'suspend', now);
	await setAside(db, cardKey(`${tag}-shipped`, 'c4'), 'bury', day(29, 20));
	await installDeck(db, makeDeck(`${tag}-gone`, 2), { ...opts, origin: 'user' });
	await db.decks.update(`${tag}-gone`, { deletedAt: now.getTime() });
	await db.notes.put({
		id: `${tag}-n1`,
		deckId: `${tag}-own`,
		kind: 'reverse',
		front: 'Рапалло',
		back: '1922',
		tags: ['договоры'],
		createdAt: 1,
		updatedAt: 2
	});
	await db.articles.put({
		file: `${tag}.txt`,
		title: 'Статья',
		sha256: 'a'.repeat(64),
		text: 'Текст статьи.',
		savedAt: 3
	});
	await savePreset(db, { id: `${tag}-p`, name: 'Экзамен', options: { retention: 0.95 } as never });
	await setDeckPreset(db, [`${tag}-own`], `${tag}-p`);
	await setExamPlan(db, [`${tag}-own`], { examDate: '2027-01-20', target: 0.9 });
	await db.meta.put({ key: 'settings', value: { retention: 0.88, burySiblings: true } });
	await databaseId(db);
}

async function tables(db: KartotekaDB) {
	const out: Record<string, unknown[]> = {};
	for (const t of [...BACKUP_TABLES, 'reviewHours'] as const) out[t] = await db.table(t).toArray();
	out.meta = (out.meta as { key: string }[]).filter((m) => !DEVICE.includes(m.key));
	return out;
}

async function backupText(db: KartotekaDB): Promise<string> {
	return (await makeBackupFile(db, now, '0.1.0')).blob.text();
}

function parsed(text: string, db: KartotekaDB) {
	const result = parseBackup(text, db.verno);
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.backup;
}

describe('backup and restore', () => {
	it('gives back every table as it was: restored into an empty database, deep-equal', async () => {
		const source = testDb();
		await fill(source, 'a');
		const before = await tables(source);
		for (const t of BACKUP_TABLES) expect(before[t].length, t).toBeGreaterThan(0);

		const target = testDb();
		const backup = parsed(await backupText(source), target);
		expect(backup.head).toMatchObject({ format: 'kartoteka-backup', version: 1, schema: 8 });
		await restoreBackup(target, backup.rows, new Date(backup.head.createdAt));
		// The aggregates are not in the file: rebuilt from the logs as they are written back.
		expect(await tables(target)).toEqual(before);
		expect((await target.meta.get(LAST_BACKUP))?.value).toBe(now.getTime());
		// The marks among them: flag, suspend (with the card's progress), bury with its time.
		expect((await target.cards.get(cardKey('a-shipped', 'c1')))!.flag).toBe(1);
		const state = (c: string) => target.states.get(cardKey('a-shipped', c));
		expect(await state('c0')).toMatchObject({ queue: -1, card: { reps: 2 } });
		expect(await state('c4')).toMatchObject({ queue: -2, buriedAt: day(29, 20).getTime() });
	});

	it('pages through tables larger than one read (5,000 rows)', async () => {
		const source = testDb();
		await installDeck(source, makeDeck('big', 5200), { origin: 'user', version: 'v', now });
		const target = testDb();
		const backup = parsed(await backupText(source), target);
		expect(backup.rows.cards).toHaveLength(5200);
		await restoreBackup(target, backup.rows, now);
		expect(await target.cards.toArray()).toEqual(await source.cards.toArray());
	}, 30_000);

	it('restored over another collection, replaces it whole; the device keeps its own id', async () => {
		const source = testDb();
		await fill(source, 'a');
		const target = testDb();
		await fill(target, 'b', 8);
		const id = await databaseId(target);
		const backup = parsed(await backupText(source), target);
		await restoreBackup(target, backup.rows, now);
		expect(await tables(target)).toEqual(await tables(source));
		expect(await databaseId(target)).toBe(id);
	});

	it('a restore that fails half-way (the write of the logs throws, after decks, cards and states) leaves the old collection intact', async () => {
		const source = testDb();
		await fill(source, 'a');
		const target = testDb();
		await fill(target, 'b', 8);
		const before = await tables(target);
		const backup = parsed(await backupText(source), target);
		const put = vi
			.spyOn(target.reviews, 'bulkAdd')
			.mockRejectedValueOnce(new DOMException('disk full', 'QuotaExceededError'));
		await expect(restoreBackup(target, backup.rows, now)).rejects.toThrow(/disk full/);
		expect(put).toHaveBeenCalled();
		expect(await tables(target)).toEqual(before);
	});

	it('the restore flow checks the file first, shows now against the file, writes only on confirm', async () => {
		const source = testDb();
		await fill(source, 'a');
		const target = testDb();
		await fill(target, 'b', 8);
		const text = await backupText(source);
		const flow = new RestoreFlow();

		await flow.pick(target, {
			name: 'bad.json',
			text: async () => text.replace('"front"', '"frnt"')
		});
		expect(flow.step.step).toBe('problems');

		await flow.pick(target, { name: 'good.json', text: async () => text });
		const step = flow.step;
		if (step.step !== 'confirm') throw new Error(step.step);
		// Not deleted decks, active cards, every log: now (b: 8-card deck) and in the file (a).
		expect(step.now).toEqual({ decks: 2, cards: 10, reviews: 5 });
		expect(step.incoming).toEqual({ decks: 2, cards: 8, reviews: 5 });
		expect(step.createdAt.getTime()).toBe(now.getTime());
		expect(await target.decks.get('b-own')).toBeDefined();

		await flow.confirm(target);
		expect(flow.step.step).toBe('done');
		expect(await target.decks.get('b-own')).toBeUndefined();
		expect(await target.decks.get('a-own')).toBeDefined();
	});
});
