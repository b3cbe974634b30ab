// The one path from an error to the user: log it, show a message that says what failed.
export interface Notice {
	id: number;
	message: string;
	detail?: string;
	/** Runs when the user dismisses it (e.g. to stop showing it on the next start). */
	onDismiss?: () => void;
}

class Notices {
	#items = $state<Notice[]>([]);
	#next = 1;

	get items(): Notice[] {
		return this.#items;
	}

	push(message: string, detail?: string, onDismiss?: () => void): void {
		this.#items = [...this.#items, { id: this.#next++, message, detail, onDismiss }];
	}

	dismiss(id: number): void {
		this.#items.find((n) => n.id === id)?.onDismiss?.();
		this.#items = this.#items.filter((n) => n.id !== id);
	}
}

export const notices = new Notices();

export function handleError(error: unknown, message: string): void {
	console.error(message, error);
	const detail =
		error instanceof Error ? error.message : typeof error === 'string' ? error : undefined;
	notices.push(message, detail);
}

/**
 * Runs an async job on the one error path: an error is shown with `message` (and logged) instead
 * of being lost in a floating promise. Resolves to the job's value, or undefined after an error.
 */
export async function handleErrorAsync<T>(
	job: () => Promise<T>,
	message: string
): Promise<T | undefined> {
	try {
		return await job();
	} catch (e) {
		handleError(e, message);
		return undefined;
	}
}
