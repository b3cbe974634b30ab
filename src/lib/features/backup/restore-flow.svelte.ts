// Restoring a backup (issue 14, item 1): the file is read and checked whole first; then the page
// shows what it will replace (decks, cards and reviews now and in the file, the backup's date) and
// asks; only a confirmed restore writes, in one transaction (db/backup-repo.ts).
import type { CollectionSummary } from '$lib/core/backup/format';
import { summarizeRows, type Backup } from '$lib/core/backup/format';
import { parseBackup } from '$lib/core/backup/parse';
import type { KartotekaDB } from '$lib/db';
import { collectionSummary, restoreBackup } from '$lib/db/backup-repo';
import { i18n } from '$lib/i18n/i18n.svelte';
import { syncShippedDecks } from '../shipped-decks';
import { describeBackupProblem } from './problem-text';

export type RestoreStep =
	| { step: 'idle' }
	| { step: 'checking'; file: string }
	| { step: 'problems'; file: string; problems: string[] }
	| {
			step: 'confirm';
			file: string;
			createdAt: Date;
			app: string;
			now: CollectionSummary;
			incoming: CollectionSummary;
	  }
	| { step: 'restoring'; file: string }
	| { step: 'done'; restored: CollectionSummary };

export class RestoreFlow {
	#step = $state.raw<RestoreStep>({ step: 'idle' });
	#backup: Backup | null = null;

	get step(): RestoreStep {
		return this.#step;
	}

	/** Reads and checks the file; the collection is not touched. */
	async pick(db: KartotekaDB, file: { name: string; text(): Promise<string> }): Promise<void> {
		this.#backup = null;
		this.#step = { step: 'checking', file: file.name };
		const result = parseBackup(await file.text(), db.verno);
		if (!result.ok) {
			this.#step = {
				step: 'problems',
				file: file.name,
				problems: result.problems.map(describeBackupProblem)
			};
			return;
		}
		this.#backup = result.backup;
		this.#step = {
			step: 'confirm',
			file: file.name,
			createdAt: new Date(result.backup.head.createdAt),
			app: result.backup.head.app,
			now: await collectionSummary(db),
			incoming: summarizeRows(result.backup.rows)
		};
	}

	/** Replaces the collection with the checked file. A failure leaves it as it was (and says so). */
	async confirm(db: KartotekaDB): Promise<void> {
		const backup = this.#backup;
		const at = this.#step;
		if (!backup || at.step !== 'confirm') return;
		this.#step = { step: 'restoring', file: at.file };
		try {
			await restoreBackup(db, backup.rows, new Date(backup.head.createdAt));
		} catch (e) {
			this.#step = at;
			throw e;
		}
		this.#backup = null;
		// A backup of an older build holds older shipped decks: bring them to this build's, as a start does.
		await syncShippedDecks(db, new Date(), undefined, undefined, i18n.lang);
		this.#step = { step: 'done', restored: at.incoming };
	}

	cancel(): void {
		this.#backup = null;
		this.#step = { step: 'idle' };
	}
}
