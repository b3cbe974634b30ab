// A write a page runs for the user (save, tag, move, delete, export): busy while it runs, so its
// buttons wait; what it did as a status line; an error on the one error path. The data shown
// follows the write by itself (see page-data.svelte.ts): nothing is reloaded here.
import { handleError } from './errors.svelte';

export class Task {
	#busy = $state(false);
	#status = $state('');

	get busy(): boolean {
		return this.#busy;
	}
	/** What the last job said it did ("3 cards tagged"), or "". */
	get status(): string {
		return this.#status;
	}
	set status(text: string) {
		this.#status = text;
	}

	/** Runs `job` unless another is running; its string becomes the status. */
	async run(job: () => Promise<string | void>, message: string): Promise<void> {
		if (this.#busy) return;
		this.#busy = true;
		this.#status = '';
		try {
			this.#status = (await job()) ?? '';
		} catch (e) {
			handleError(e, message);
		} finally {
			this.#busy = false;
		}
	}
}
