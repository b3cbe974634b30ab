// The in-page half of scripts/bench-scale.ts, run in Chromium as a plain script (read as text and
// evaluated, so that no bundler helper leaks into it). Two parts:
//  - seed(): writes a large, seeded, realistic collection straight into IndexedDB, laid out as
//    schema v3 of src/lib/db/database.ts (Dexie's version 3 is IndexedDB version 30), before the
//    app has ever opened the database: the app then opens it as a student's year-old database
//    (and runs any newer schema's upgrade on it).
//  - marks: from the start of every document, the first moment each condition the benchmark waits
//    for holds (a MutationObserver), so that page timings are measured in the page, from the
//    navigation's start, without polling.
(() => {
	if (window.__bench) return;

	function mulberry32(a) {
		return () => {
			a = (a + 0x6d2b79f5) | 0;
			let t = Math.imul(a ^ (a >>> 15), 1 | a);
			t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		};
	}

	// Schema v3 as Dexie creates it: [keyPath, autoIncrement, indexes]; "[a+b]" is a compound index.
	const V3 = {
		decks: ['id', false, ['sourceKey', 'deletedAt']],
		cards: ['key', false, ['deckId', '[deckId+ord]', 'noteId', 'originKey']],
		states: ['key', false, ['deckId', '[deckId+queue+due]', '[deckId+queue+ord]']],
		reviews: ['id', true, ['key', 'at', '[deckId+at]']],
		meta: ['key', false, []],
		notes: ['id', false, ['deckId']],
		articles: ['file', false, []]
	};

	function openV3() {
		return new Promise((resolve, reject) => {
			const open = indexedDB.open('kartoteka', 30);
			open.onupgradeneeded = () => {
				const db = open.result;
				for (const [name, [keyPath, autoIncrement, indexes]] of Object.entries(V3)) {
					const store = db.createObjectStore(name, { keyPath, autoIncrement });
					for (const ix of indexes) {
						const path = ix.startsWith('[') ? ix.slice(1, -1).split('+') : ix;
						store.createIndex(ix, path);
					}
				}
			};
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
	}

	const WORDS = (
		'договор мир война съезд партия армия флот царь император нарком посол министр граница ' +
		'восстание реформа конституция революция союз совет комиссия конференция пакт перемирие ' +
		'наступление оборона столица губерния уезд крестьяне рабочие дворяне купцы церковь собор ' +
		'указ манифест закон налог торговля железная дорога завод флотилия крепость осада битва ' +
		'поход мятеж переворот выборы дума сенат синод академия университет гимназия газета журнал'
	).split(/\s+/);
	const KINDS = ['dates', 'actors', 'positions'];
	const DAY = 86_400_000;

	function emptyCard(now) {
		return {
			due: new Date(now),
			stability: 0,
			difficulty: 0,
			elapsed_days: 0,
			scheduled_days: 0,
			learning_steps: 0,
			reps: 0,
			lapses: 0,
			state: 0,
			last_review: undefined
		};
	}

	/** The evening session of the day `t` falls in: 18:00 local plus up to 90 minutes. */
	function sessionTime(t, rnd) {
		const d = new Date(t);
		d.setHours(18, 0, 0, 0);
		return d.getTime() + Math.floor(rnd() * 90 * 60_000);
	}

	function makeCard(deckId, ord, rnd) {
		const w = () => WORDS[Math.floor(rnd() * WORDS.length)];
		const year = 1700 + Math.floor(rnd() * 300);
		return {
			key: `${deckId}/c${ord}`,
			deckId,
			id: `c${ord}`,
			ord,
			front: `Когда ${w()} ${w()} и ${w()} ${w()}?`,
			back: String(year),
			context: `В ${year} году ${w()} ${w()} ${w()}, и ${w()} ${w()} ${w()} ${w()}.`,
			tags: [w()],
			retired: 0,
			edited: 0
		};
	}

	/** A card studied five times: its state and its logs (New, Learning, then three reviews). */
	function studied(card, now, rnd, today) {
		const sched = 5 + Math.floor(rnd() * 145);
		let last;
		let due;
		if (today) {
			last = now - 2 * 3_600_000;
			due = now + 3 * DAY;
		} else {
			due = now + Math.floor((-3 + rnd() * 123) * DAY);
			last = sessionTime(Math.min(due - sched * DAY, now - 2 * DAY), rnd);
		}
		const gaps = [0, 16, 7, 3, 1];
		const times = [];
		let t = last;
		for (const g of gaps) {
			t = g ? sessionTime(t - g * DAY, rnd) : t;
			times.unshift(t);
		}
		const reviews = times.map((at, i) => {
			const r = rnd();
			const rating = i < 2 ? 3 : r < 0.08 ? 1 : r < 0.18 ? 2 : r < 0.9 ? 3 : 4;
			const state = i === 0 ? 0 : i === 1 ? 1 : 2;
			// The card before this review: after the first, what the review before left (an import
			// refuses a studied card of stability 0).
			const prev = { ...emptyCard(at), state, reps: i, due: new Date(at) };
			if (i) Object.assign(prev, { stability: 1 + (i - 1) * 3, difficulty: 5 });
			return {
				key: card.key,
				deckId: card.deckId,
				at,
				rating,
				log: {
					rating,
					state,
					due: new Date(at),
					stability: 1 + i * 3,
					difficulty: 5,
					elapsed_days: i ? gaps[5 - i] : 0,
					last_elapsed_days: 0,
					scheduled_days: i === 4 ? sched : gaps[4 - i] || 1,
					learning_steps: 0,
					review: new Date(at)
				},
				prev,
				prevQueue: state === 0 ? 0 : state === 2 ? 2 : 1,
				durationMs: 2000 + Math.floor(rnd() * 9000)
			};
		});
		const state = {
			key: card.key,
			deckId: card.deckId,
			queue: 2,
			due,
			ord: card.ord,
			card: {
				due: new Date(due),
				stability: sched * 1.1,
				difficulty: 4 + rnd() * 4,
				elapsed_days: Math.round((last - times[3]) / DAY),
				scheduled_days: sched,
				learning_steps: 0,
				reps: 5,
				lapses: 0,
				state: 2,
				last_review: new Date(last)
			}
		};
		return { state, reviews };
	}

	function done(tx) {
		return new Promise((resolve, reject) => {
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
			tx.onabort = () => reject(tx.error);
		});
	}

	/**
	 * `cards` cards over `decks` decks (three per article); every deck but the last (never studied)
	 * has 95% of its cards studied five times; 15 cards of the first two decks were studied today.
	 */
	async function seed({ cards, decks, seed, now }) {
		const rnd = mulberry32(seed);
		const db = await openV3();
		const per = Math.ceil(cards / decks);
		const deckRows = [];
		for (let i = 0; i < decks; i++) {
			const article = `Статья ${String(Math.floor(i / 3) + 1).padStart(3, '0')}`;
			const kind = KINDS[i % 3];
			deckRows.push({
				id: `bench-${String(i).padStart(3, '0')}.${kind}`,
				title: `${kind}: ${article}`,
				lang: 'ru',
				kind,
				sourceKey: article,
				origin: 'user',
				version: 'bench',
				cardCount: Math.max(0, Math.min(per, cards - i * per)),
				updatedAt: now
			});
		}
		let tx = db.transaction('decks', 'readwrite');
		for (const d of deckRows) tx.objectStore('decks').put(d);
		await done(tx);
		let logs = 0;
		for (let i = 0; i < decks; i++) {
			const deck = deckRows[i];
			const never = i === decks - 1;
			for (let from = 0; from < deck.cardCount; from += 1000) {
				tx = db.transaction(['cards', 'states', 'reviews'], 'readwrite');
				const [c, s, r] = ['cards', 'states', 'reviews'].map((n) => tx.objectStore(n));
				for (let ord = from; ord < Math.min(deck.cardCount, from + 1000); ord++) {
					const card = makeCard(deck.id, ord, rnd);
					c.put(card);
					if (!never && rnd() < 0.95) {
						const x = studied(card, now, rnd, i < 2 && ord < 15);
						s.put(x.state);
						for (const row of x.reviews) r.add(row);
						logs += x.reviews.length;
					} else {
						s.put({
							key: card.key,
							deckId: deck.id,
							queue: 0,
							due: now,
							ord,
							card: emptyCard(now)
						});
					}
				}
				await done(tx);
			}
		}
		db.close();
		return { decks: deckRows.map((d) => d.id), logs, never: deckRows[decks - 1].id };
	}

	// Conditions the benchmark waits for, checked on every DOM change from the document's start.
	const visible = (sel) => {
		const el = document.querySelector(sel);
		return !!el && el.getClientRects().length > 0;
	};
	const CONDITIONS = {
		shell: () => visible('header'),
		home: () => {
			const want = Number(localStorage.getItem('bench-decks') || '1');
			const items = document.querySelectorAll(
				'[data-testid="deck-item"] [data-testid="new-count"]'
			);
			return items.length >= want;
		},
		card: () => visible('[data-testid="card-front"]') || visible('[data-testid="study-done"]'),
		stats: () => visible('[data-testid="stats-counts"]') || visible('[data-testid="stats-empty"]'),
		browser: () => visible('[data-testid="card-item"]'),
		exportList: () => visible('[data-testid="export-item"]')
	};
	const marks = {};
	const check = () => {
		for (const [name, ok] of Object.entries(CONDITIONS))
			if (marks[name] === undefined && ok()) marks[name] = performance.now();
	};
	new MutationObserver(check).observe(document, {
		subtree: true,
		childList: true,
		characterData: true,
		attributes: true
	});

	/** Runs `act` and resolves with the ms until `ok()` holds after a DOM change. */
	function timeUntil(act, ok, timeoutMs = 120_000) {
		return new Promise((resolve, reject) => {
			const t0 = performance.now();
			const obs = new MutationObserver(() => {
				if (!ok()) return;
				obs.disconnect();
				clearTimeout(timer);
				resolve(performance.now() - t0);
			});
			const timer = setTimeout(() => {
				obs.disconnect();
				reject(new Error('timed out'));
			}, timeoutMs);
			obs.observe(document, {
				subtree: true,
				childList: true,
				characterData: true,
				attributes: true
			});
			act();
		});
	}

	const text = (sel) => (document.querySelector(sel)?.textContent ?? '').trim();
	window.__bench = { seed, marks, timeUntil, text, visible };
})();
