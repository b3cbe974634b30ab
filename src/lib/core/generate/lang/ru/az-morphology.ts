// Russian morphology over Az.js, a JavaScript port of pymorphy2 with the OpenCorpora dictionary
// (nouns, adjectives, participles, verbs, and first names, patronymics, surnames and place names
// tagged as such). Chosen because it is the only maintained-enough JS morphology with a real
// Russian dictionary; its weakness — surnames that are also words (Секта → секта) — is handled by
// the person finder, which weighs the dictionary against the forms the article itself uses.
//
// The dictionary (11 MB, 6.4 MB gzipped) is loaded once through `loadRussianMorphology` with a
// file reader handed in by the caller: the CLI reads node_modules, the generator's worker fetches
// hashed assets that the service worker caches on first use. Nothing here touches fs or fetch.

import Az, { type AzParse } from 'az';
import type { Analysis, Case, Gender, Inflection, Morphology } from '../morphology';

/** The dictionary's files, as `loadRussianMorphology`'s reader is asked for them. */
export const DICTIONARY_FILES = [
	'words.dawg',
	'prediction-suffixes-0.dawg',
	'prediction-suffixes-1.dawg',
	'prediction-suffixes-2.dawg',
	'p_t_given_w.intdawg',
	'grammemes.json',
	'gramtab-opencorpora-int.json',
	'gramtab-opencorpora-ext.json',
	'suffixes.json',
	'paradigms.array'
] as const;
export type DictionaryFile = (typeof DICTIONARY_FILES)[number];

/** Reads one dictionary file: parsed JSON for `.json`, bytes for the rest. */
export type DictionaryReader = (file: DictionaryFile) => Promise<unknown>;

const CASE_OF: Record<string, Case> = {
	nomn: 'nomn',
	voct: 'nomn',
	gent: 'gent',
	gen1: 'gent',
	gen2: 'gent',
	datv: 'datv',
	accs: 'accs',
	acc2: 'accs',
	ablt: 'ablt',
	loct: 'loct',
	loc1: 'loct',
	loc2: 'loct'
};
const GENDER_OF: Record<string, Gender> = { masc: 'masc', femn: 'femn', neut: 'neut' };

interface AzAnalysis extends Analysis {
	readonly parse: AzParse;
}

function toAnalysis(p: AzParse, known: boolean): AzAnalysis {
	const t = p.tag;
	const norm = p.normalize();
	const tags = new Set<string>([...t.stat, ...t.flex]);
	return {
		pos: t.POS ?? '',
		lemma: (norm ? norm.toString() : p.toString()).toLowerCase(),
		case: t.CAse ? CASE_OF[t.CAse] : undefined,
		gender: t.GNdr ? GENDER_OF[t.GNdr] : undefined,
		number: t.NMbr === 'plur' ? 'plur' : t.NMbr === 'sing' ? 'sing' : undefined,
		tags,
		known,
		score: p.score,
		parse: p
	};
}

/** One analysis list per distinct word form: an article repeats its words, a cache pays off. */
class AzMorphology implements Morphology {
	#cache = new Map<string, readonly AzAnalysis[]>();

	analyse(word: string): readonly Analysis[] {
		let hit = this.#cache.get(word);
		if (hit) return hit;
		const known = Az.Morph(word, { parsers: ['Dictionary'] });
		const parses = known.length ? known : Az.Morph(word);
		hit = parses.filter((p) => p.tag).map((p) => toAnalysis(p, known.length > 0));
		this.#cache.set(word, hit);
		return hit;
	}

	inflect(analysis: Analysis, to: Inflection): string | null {
		const p = (analysis as AzAnalysis).parse;
		if (!p) return null;
		// Keep what is not asked to change: inflecting "Демидовой" to the nominative must give
		// "Демидова", not the paradigm's first nominative "Демидов".
		const number = to.number ?? analysis.number;
		const gender = to.gender ?? analysis.gender;
		const want: string[] = [];
		// A participle keeps its voice and tense: "вооружённое" → "вооружённый", not "вооруживший".
		for (const g of ['actv', 'pssv', 'past', 'pres', 'perf', 'impf'])
			if (analysis.tags.has(g)) want.push(g);
		if (to.pos) want.push(to.pos);
		if (to.case) want.push(to.case);
		if (number) want.push(number);
		if (gender && number !== 'plur') want.push(gender);
		const r = p.inflect(want);
		return r ? r.toString().toLowerCase() : null;
	}
}

let loading: Promise<Morphology> | null = null;

/**
 * Loads the dictionary once per process (Az keeps it in module state) and gives the morphology.
 * A failed load is not remembered, so that a retry (say, after the network returns) can succeed.
 */
export function loadRussianMorphology(read: DictionaryReader): Promise<Morphology> {
	if (loading) return loading;
	loading = new Promise<Morphology>((resolve, reject) => {
		Az.load = (url, _type, callback) => {
			const file = url.slice(url.lastIndexOf('/') + 1) as DictionaryFile;
			read(file).then(
				(data) => callback(null, data),
				(err) => callback(err)
			);
		};
		let failed = false;
		Az.Morph.init('dicts', (err) => {
			if (failed) return;
			if (err) {
				failed = true;
				loading = null;
				reject(err instanceof Error ? err : new Error(String(err)));
			} else resolve(new AzMorphology());
		});
	});
	return loading;
}
