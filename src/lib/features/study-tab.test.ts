// One studying tab per collection, on a small in-memory stand-in for the Web Locks API (one
// exclusive lock, a queue, `ifAvailable`, `steal` and `signal` as the specification has them).
// The real API in Chromium is exercised by tests/e2e/tabs.spec.ts.
import { describe, expect, it } from 'vitest';
import { StudyTab, type Locks } from './study-tab.svelte';

interface Request {
	callback: (lock: Lock | null) => unknown;
	resolve: (value: unknown) => void;
	reject: (error: unknown) => void;
}

class FakeLocks implements Locks {
	#held: Request | null = null;
	#queue: Request[] = [];

	request(
		name: string,
		options: LockOptions | ((lock: Lock | null) => unknown),
		callback?: (lock: Lock | null) => unknown
	): Promise<never> {
		const opts = typeof options === 'function' ? {} : options;
		const cb = (typeof options === 'function' ? options : callback)!;
		return new Promise<unknown>((resolve, reject) => {
			const r: Request = { callback: cb, resolve, reject };
			if (opts.steal) {
				const held = this.#held;
				this.#held = null;
				held?.reject(new DOMException('Lock broken by another request', 'AbortError'));
				this.#grant(r);
				return;
			}
			if (opts.ifAvailable && (this.#held || this.#queue.length)) {
				Promise.resolve(cb(null)).then(resolve, reject);
				return;
			}
			opts.signal?.addEventListener('abort', () => {
				const i = this.#queue.indexOf(r);
				if (i < 0) return;
				this.#queue.splice(i, 1);
				reject(new DOMException('aborted', 'AbortError'));
			});
			this.#queue.push(r);
			this.#next();
		}) as Promise<never>;
	}

	#next() {
		if (!this.#held && this.#queue.length) this.#grant(this.#queue.shift()!);
	}

	#grant(r: Request) {
		this.#held = r;
		Promise.resolve(r.callback({ name: 'kartoteka-study', mode: 'exclusive' } as Lock)).then(
			(value) => {
				if (this.#held !== r) return; // stolen: already rejected
				this.#held = null;
				r.resolve(value);
				this.#next();
			},
			r.reject
		);
	}
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('StudyTab: one studying tab per collection', () => {
	it('the first tab studies; a second says so and goes on by itself when the first leaves', async () => {
		const locks = new FakeLocks();
		const a = new StudyTab(locks);
		const b = new StudyTab(locks);
		expect(a.status).toBe('checking');
		a.start();
		await settle();
		expect([a.status, a.turn]).toEqual(['here', 1]);
		b.start();
		await settle();
		expect([b.status, b.turn]).toEqual(['elsewhere', 0]);
		a.dispose();
		await settle();
		expect([b.status, b.turn]).toEqual(['here', 1]);
	});

	it('taking over stops the other tab, which waits and can take it back, reading afresh', async () => {
		const locks = new FakeLocks();
		const a = new StudyTab(locks);
		const b = new StudyTab(locks);
		a.start();
		await settle();
		b.start();
		await settle();
		b.takeOver();
		await settle();
		expect([a.status, b.status, b.turn]).toEqual(['taken', 'here', 1]);
		a.takeOver();
		await settle();
		// A new turn: the study page reads its session again, with B's grades.
		expect([a.status, a.turn, b.status]).toEqual(['here', 2, 'taken']);
		// B, stolen from, waits in line: when A leaves it goes on.
		a.dispose();
		await settle();
		expect([b.status, b.turn]).toEqual(['here', 2]);
	});

	it('a tab that leaves while waiting does not take the lock later', async () => {
		const locks = new FakeLocks();
		const a = new StudyTab(locks);
		const b = new StudyTab(locks);
		const c = new StudyTab(locks);
		a.start();
		await settle();
		b.start();
		c.start();
		await settle();
		b.dispose();
		a.dispose();
		await settle();
		expect([b.status, c.status]).toEqual(['elsewhere', 'here']);
	});

	it('without Web Locks every tab studies (the review transaction still refuses stale grades)', () => {
		const tab = new StudyTab(undefined);
		tab.start();
		expect([tab.status, tab.turn]).toEqual(['here', 1]);
	});
});
