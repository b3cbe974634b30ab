// The backup format (issue 14, item 1): a good file is read whole with its dates as the database
// keeps them; each kind of bad file is refused with a problem that names what and where.
import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES, backupHeadText, type BackupRows } from './format';
import { parseBackup } from './parse';
import { backupReminderDue, WEEK_MS } from './reminder';

const card = {
	due: '2026-11-26T10:00:00.000Z',
	stability: 3.2,
	difficulty: 5.1,
	elapsed_days: 0,
	scheduled_days: 3,
	learning_steps: 0,
	reps: 1,
	lapses: 0,
	state: 2,
	last_review: '2026-11-23T10:00:00.000Z'
};

function rows(): BackupRows {
	const fresh = { ...card, reps: 0, state: 0, last_review: undefined };
	return {
		decks: [
			{
				id: 'd',
				title: 'Колода',
				lang: 'ru',
				kind: 'custom',
				sourceKey: 'Колода',
				origin: 'user',
				version: 'v1',
				cardCount: 2,
				updatedAt: 1
			}
		],
		cards: [
			{ key: 'd/c0', deckId: 'd', id: 'c0', ord: 0, front: 'В', back: 'О', retired: 0 },
			{ key: 'd/c1', deckId: 'd', id: 'c1', ord: 1, front: 'В2', back: 'О2', retired: 0 }
		],
		states: [
			{ key: 'd/c0', deckId: 'd', queue: 2, due: Date.parse(card.due), ord: 0, card },
			{
				key: 'd/c1',
				deckId: 'd',
				queue: 0,
				due: 0,
				ord: 1,
				card: fresh,
				reset: { hlc: '001796224517821-000001-9eadcbce931c3306', at: 5 }
			}
		],
		reviews: [
			{
				id: 1,
				key: 'd/c0',
				deckId: 'd',
				at: Date.parse(card.last_review),
				rating: 3,
				log: {
					rating: 3,
					state: 0,
					due: '2026-11-23T10:00:00.000Z',
					stability: 3.2,
					difficulty: 5.1,
					elapsed_days: 0,
					last_elapsed_days: 0,
					scheduled_days: 3,
					learning_steps: 0,
					review: card.last_review
				},
				prev: fresh,
				prevQueue: 0,
				durationMs: 1200
			}
		],
		notes: [],
		articles: [],
		presets: [{ id: 'p', name: 'Экзамен', options: { retention: 0.95 } }],
		meta: [{ key: 'settings', value: { retention: 0.9 } }]
	};
}

/** A file as the app writes it, with `edit` applied to the parsed object first. */
function file(edit: (data: Record<string, unknown>) => void = () => {}, r = rows()): string {
	const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, r[t].length]));
	const head = backupHeadText({
		format: 'kartoteka-backup',
		version: 1,
		schema: 5,
		createdAt: '2026-11-30T12:00:00.000Z',
		app: '0.1.0',
		counts: counts as never
	});
	const text =
		head + BACKUP_TABLES.map((t) => `\t"${t}": ${JSON.stringify(r[t])}`).join(',\n') + '\n}\n';
	const data = JSON.parse(text);
	edit(data);
	return JSON.stringify(data);
}

const problems = (text: string, schema = 5) => {
	const result = parseBackup(text, schema);
	if (result.ok) throw new Error('expected the file to be refused');
	return result.problems;
};

describe('parseBackup', () => {
	it('reads a good file whole, dates of cards and logs as Date objects', () => {
		const result = parseBackup(file(), 5);
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		const { head, rows: got } = result.backup;
		expect(head.createdAt).toBe('2026-11-30T12:00:00.000Z');
		expect(head.app).toBe('0.1.0');
		expect(got.cards).toHaveLength(2);
		const state = got.states[0].card as { due: Date; last_review: Date };
		expect(state.due).toBeInstanceOf(Date);
		expect(state.due.toISOString()).toBe(card.due);
		expect(state.last_review.toISOString()).toBe(card.last_review);
		const review = got.reviews[0] as { log: { review: Date }; prev: { due: Date } };
		expect(review.log.review.getTime()).toBe(Date.parse(card.last_review));
		expect(review.prev.due).toBeInstanceOf(Date);
		expect(got.meta).toEqual([{ key: 'settings', value: { retention: 0.9 } }]);
		// A card's progress reset stays with it: a sync's replay starts from it (core/sync/resets.ts).
		expect(got.states[1].reset).toEqual({ hlc: '001796224517821-000001-9eadcbce931c3306', at: 5 });
	});

	it('refuses text that is not JSON, saying where it breaks', () => {
		const [p] = problems(file().slice(0, 200));
		expect(p.code).toBe('json');
		expect(p.detail).toMatch(/line \d+, column \d+/);
	});

	it('tells a deck export from a backup', () => {
		const deck = JSON.stringify({ format: 'kartoteka-bundle', version: 1, decks: [] });
		expect(problems(deck)).toEqual([{ code: 'notBackup', detail: 'bundle' }]);
		expect(problems('{"hello": 1}')).toEqual([{ code: 'notBackup', detail: '' }]);
	});

	it('refuses a file of a newer app version or database schema, naming its version', () => {
		const later = file((d) => {
			d.version = 2;
			d.app = '0.9.0';
		});
		expect(problems(later)).toEqual([{ code: 'newer', detail: '0.9.0' }]);
		const schema = file((d) => (d.schema = 6));
		expect(problems(schema)[0].code).toBe('newer');
		// This app's own schema and older ones are read.
		expect(
			parseBackup(
				file((d) => (d.schema = 4)),
				5
			).ok
		).toBe(true);
	});

	it('names a damaged opening', () => {
		expect(problems(file((d) => (d.createdAt = 'yesterday')))[0]).toMatchObject({
			code: 'head',
			field: 'createdAt',
			detail: 'date'
		});
	});

	it('names a missing table', () => {
		expect(problems(file((d) => delete d.reviews))).toContainEqual({
			code: 'missingTable',
			table: 'reviews'
		});
	});

	it('names the table, row and field of a row that fails, and why', () => {
		const bad = file((d) => {
			(d.cards as { front: unknown }[])[1].front = 42;
			(d.states as { card: { due: string } }[])[0].card.due = 'soon';
			delete (d.reviews as { deckId?: string }[])[0].deckId;
		});
		expect(problems(bad)).toEqual([
			{ code: 'row', table: 'cards', row: 2, field: 'front', detail: 'text' },
			{ code: 'row', table: 'states', row: 1, field: 'card.due', detail: 'date' },
			{ code: 'row', table: 'reviews', row: 1, field: 'deckId', detail: 'missing' }
		]);
	});

	it('refuses a card whose key is not its deck and id', () => {
		const bad = file((d) => ((d.cards as { key: string }[])[0].key = 'other/c0'));
		expect(problems(bad)).toEqual([
			{ code: 'row', table: 'cards', row: 1, field: '', detail: 'key' }
		]);
	});

	it('refuses two rows with one key, which would silently become one', () => {
		const r = rows();
		r.presets.push({ ...r.presets[0] });
		expect(problems(file(undefined, r))).toEqual([
			{ code: 'duplicate', table: 'presets', row: 2, detail: 'p' }
		]);
	});

	it('refuses a file cut short or edited: rows other than its opening counts', () => {
		const cut = file((d) => (d.cards as unknown[]).pop());
		expect(problems(cut)).toEqual([{ code: 'count', table: 'cards', detail: '1/2' }]);
	});
});

describe('backupReminderDue', () => {
	const now = Date.parse('2026-12-01T12:00:00Z');
	const base = { persisted: false, reviews: 10, now };
	it('reminds when nothing was backed up and there is progress, or the last backup is a week old', () => {
		expect(backupReminderDue(base)).toBe(true);
		expect(backupReminderDue({ ...base, reviews: 0 })).toBe(false);
		expect(backupReminderDue({ ...base, lastBackupAt: now - WEEK_MS })).toBe(true);
		expect(backupReminderDue({ ...base, lastBackupAt: now - WEEK_MS + 60_000 })).toBe(false);
	});
	it('stays quiet with persistent storage, and for a week after "not now"', () => {
		expect(backupReminderDue({ ...base, persisted: true })).toBe(false);
		expect(backupReminderDue({ ...base, dismissedAt: now - WEEK_MS + 60_000 })).toBe(false);
		expect(backupReminderDue({ ...base, dismissedAt: now - WEEK_MS })).toBe(true);
	});
});
