// How well a set of FSRS parameters predicts a student's reviews: log loss and RMSE (bins), the
// two figures Anki's Evaluate shows. Computed here with ts-fsrs's own memory-state step, so the
// app's scheduler and the figures agree on what a parameter set means. The bins are fsrs-rs's
// (`r_matrix_index`: interval, number of reviews, lapses); unlike fsrs-rs every review weighs
// the same (no recency weighting), so figures can differ a little from Anki's. Pure.
import { FSRSAlgorithm, generatorParameters, type FSRSState } from 'ts-fsrs';
import type { FsrsItem } from './fsrs-items';

export interface Evaluation {
	/** Mean binary cross-entropy of the predicted recall against recalled / forgotten. */
	logLoss: number;
	/** Root mean square of predicted minus actual recall, over bins of similar reviews. */
	rmseBins: number;
	/** Reviews scored. */
	count: number;
}

const EPS = 1e-7;

function engine(w: readonly number[]): FSRSAlgorithm {
	return new FSRSAlgorithm(generatorParameters({ w: [...w], enable_short_term: true }));
}

/** The predicted recall at each item's last review, with `w`. */
export function predictRecall(items: readonly FsrsItem[], w: readonly number[]): number[] {
	const algo = engine(w);
	return items.map(({ reviews }) => {
		let state: FSRSState | null = null;
		for (let i = 0; i < reviews.length - 1; i++)
			state = algo.next_state(state, i === 0 ? 0 : reviews[i].deltaT, reviews[i].rating);
		const last = reviews[reviews.length - 1];
		return state ? algo.forgetting_curve(last.deltaT, state.stability) : 0;
	});
}

const logBin = (x: number, base: number, scale: number) =>
	Math.round(scale * base ** Math.floor(Math.log(x) / Math.log(base)));

/** fsrs-rs's bin of an item: (interval, long-term review count + 1, lapses). */
function binOf({ reviews }: FsrsItem): string {
	const last = reviews[reviews.length - 1];
	const deltaBin = logBin(Math.max(1, last.deltaT), 3.62, 248);
	const history = reviews.slice(0, -1);
	const length = history.filter((r) => r.deltaT > 0).length + 1 + (last.deltaT > 0 ? 1 : 0);
	const lapses = history.filter((r) => r.rating === 1 && r.deltaT > 0).length;
	return `${deltaBin}/${logBin(length, 1.89, 1.99)}/${lapses ? logBin(lapses, 1.73, 1.65) : 0}`;
}

export function evaluate(items: readonly FsrsItem[], w: readonly number[]): Evaluation {
	const predicted = predictRecall(items, w);
	let loss = 0;
	const bins = new Map<string, { p: number; y: number; n: number }>();
	items.forEach((item, i) => {
		const p = Math.min(1 - EPS, Math.max(EPS, predicted[i]));
		const y = item.reviews[item.reviews.length - 1].rating > 1 ? 1 : 0;
		loss -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
		const key = binOf(item);
		const bin = bins.get(key) ?? { p: 0, y: 0, n: 0 };
		bin.p += p;
		bin.y += y;
		bin.n += 1;
		bins.set(key, bin);
	});
	let squares = 0;
	for (const b of bins.values()) squares += ((b.p - b.y) / b.n) ** 2 * b.n;
	const count = items.length;
	return {
		logLoss: count ? loss / count : NaN,
		rmseBins: count ? Math.sqrt(squares / count) : NaN,
		count
	};
}
