// One studying tab per collection (issue 9, item 2). Two tabs studying from two in-memory queues
// graded the same cards twice and went past the day's new-card limit. The study page holds a Web
// Lock while it studies. A tab that opens study while another holds it says so and waits in line:
// when the other tab closes or leaves study, it goes on by itself. Or the student takes study over
// (the lock is stolen): the other tab stops and waits in turn. Each time a tab gains the lock, its
// session is read afresh from the database (`turn`), so it starts from every grade the other tab
// gave, and counts the new cards that tab introduced against the day's limit.
//
// Where the browser has no Web Locks (an old browser, a page not served over HTTPS), every tab
// studies: the review's transaction still refuses a grade that another tab made stale
// (db/review-repo.ts), and counts the day's new cards as stored.

/** One lock for the whole collection: a session may mix decks, and limits are per deck. */
export const STUDY_LOCK = 'kartoteka-study';

/**
 * - `checking`: asking whether another tab studies (answered at once).
 * - `here`: this tab studies.
 * - `elsewhere`: another tab was studying when this one opened; this one waits for it.
 * - `taken`: this tab studied, then another took over; this one waits.
 */
export type StudyTabStatus = 'checking' | 'here' | 'elsewhere' | 'taken';

export type Locks = Pick<LockManager, 'request'>;

const defaultLocks = (): Locks | undefined =>
	typeof navigator === 'undefined' ? undefined : navigator.locks;

export class StudyTab {
	#locks: Locks | undefined;
	#status = $state<StudyTabStatus>('checking');
	#turn = $state(0);
	#release: (() => void) | null = null;
	#waiting: AbortController | null = null;
	#ended = false;

	constructor(locks: Locks | undefined = defaultLocks()) {
		this.#locks = locks;
	}

	get status(): StudyTabStatus {
		return this.#status;
	}

	/** Goes up each time this tab gains the lock: the session is then read again. 0: never yet. */
	get turn(): number {
		return this.#turn;
	}

	/** Takes the lock when it is free; else says another tab studies, and waits for it. */
	start(): void {
		if (!this.#locks) {
			this.#gain();
			return;
		}
		void this.#request({ ifAvailable: true }).then((got) => {
			if (got || this.#ended) return;
			this.#status = 'elsewhere';
			this.#wait();
		});
	}

	/** Studies in this tab now: the tab that studied stops and waits. */
	takeOver(): void {
		if (this.#status === 'here' || this.#ended || !this.#locks) return;
		this.#waiting?.abort();
		this.#waiting = null;
		void this.#request({ steal: true });
	}

	/** Lets go (the page is left): a waiting tab goes on. */
	dispose(): void {
		this.#ended = true;
		this.#waiting?.abort();
		this.#waiting = null;
		this.#release?.();
		this.#release = null;
	}

	#gain(): void {
		this.#status = 'here';
		this.#turn++;
	}

	#wait(): void {
		const waiting = new AbortController();
		this.#waiting = waiting;
		void this.#request({ signal: waiting.signal });
	}

	/** Asks for the lock; true once granted, false when `ifAvailable` found it held. */
	#request(options: LockOptions): Promise<boolean> {
		const locks = this.#locks!;
		let held = false;
		return new Promise<boolean>((answer) => {
			locks
				.request(STUDY_LOCK, options, (lock) => {
					if (!lock || this.#ended) {
						answer(false);
						return;
					}
					held = true;
					answer(true);
					this.#gain();
					return new Promise<void>((release) => {
						this.#release = release;
					});
				})
				.catch(() => {
					answer(false);
					// A wait this tab gave up (taking over, leaving): nothing to do.
					if (!held || this.#ended) return;
					// Stolen: another tab took study over. This one stops, and waits its turn again.
					this.#release = null;
					this.#status = 'taken';
					this.#wait();
				});
		});
	}
}
