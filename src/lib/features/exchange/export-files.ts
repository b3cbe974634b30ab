// Export: installed decks → a file in the chosen format. JSON and Anki text are built here; the
// .apkg builder, sql.js and its wasm are imported only when that export runs.
import wasmUrl from 'sql.js/dist/sql-wasm.wasm?url';
import type { DeckFile } from '$lib/core/deck/types';
import { decksToAnkiText } from '$lib/core/exchange/anki-text';
import { makeBundle } from '$lib/core/exchange/bundle';
import { fileBase } from '$lib/core/exchange/file-name';
import { CARRIES_PROGRESS, type ExportFormat } from '$lib/core/exchange/formats';
import { articlesOf } from '$lib/db/articles-repo';
import { readCardMarks, readDeckFiles, readProgress } from '$lib/db/exchange-repo';
import { streamBundle } from './json-export';
import type { KartotekaDB } from '$lib/db';
import { t } from '$lib/i18n/i18n.svelte';

export type { ExportFormat } from '$lib/core/exchange/formats';

export interface ExportFile {
	name: string;
	blob: Blob;
}

const MIME: Record<ExportFormat, string> = {
	json: 'application/json',
	csv: 'text/csv',
	tsv: 'text/tab-separated-values',
	apkg: 'application/octet-stream'
};

function fileName(
	decks: DeckFile[],
	format: ExportFormat,
	withProgress: boolean,
	now: Date
): string {
	const day = now.toISOString().slice(0, 10);
	// After the deck's title, or the article all the decks come from.
	const articles = new Set(decks.map((d) => d.source?.title));
	const [article] = articles;
	const base =
		decks.length === 1
			? fileBase(decks[0].title, decks[0].id)
			: articles.size === 1 && article
				? fileBase(article, `kartoteka-${decks.length}-decks`)
				: `kartoteka-${decks.length}-decks`;
	return `${base}${withProgress ? `-progress-${day}` : ''}.${format}`;
}

export async function exportDecks(
	db: KartotekaDB,
	ids: string[],
	format: ExportFormat,
	withProgress: boolean,
	now: Date,
	/** A JSON bundle's decks read so far, of all (issue 11): for a progress bar. */
	onDeck?: (done: number, total: number) => void
): Promise<ExportFile> {
	// Several decks, or progress: a bundle, written deck by deck (json-export.ts, issue 11).
	if (format === 'json' && (ids.length > 1 || withProgress)) {
		const articles = bundleArticles(db);
		const streamed = await streamBundle(db, ids, withProgress, now, MIME.json, articles, onDeck);
		if (!streamed) throw new Error(t('ex.emptyDeck'));
		return { name: fileName(streamed.decks, format, withProgress, now), blob: streamed.blob };
	}
	// A deck without cards is not a deck file (an import would refuse it): it is left out.
	const decks = (await readDeckFiles(db, ids)).filter((d) => d.cards.length > 0);
	if (!decks.length) throw new Error(t('ex.emptyDeck'));
	const progress =
		withProgress && CARRIES_PROGRESS[format] ? await readProgress(db, decks) : undefined;
	const name = fileName(decks, format, !!progress, now);
	const type = MIME[format];
	if (format === 'json') {
		// One deck without progress or article is a plain deck file (the format of DESIGN.md); else a
		// bundle, which carries the articles of decks generated here (a shipped one is an asset).
		const articles = await bundleArticles(db)(decks);
		const plain = decks.length === 1 && !progress && !articles.length;
		const data = plain ? decks[0] : makeBundle(decks, progress, now, articles);
		return { name, blob: new Blob([JSON.stringify(data, null, '\t') + '\n'], { type }) };
	}
	if (format === 'csv' || format === 'tsv') {
		const text = decksToAnkiText(decks, format === 'csv' ? 'comma' : 'tab');
		return { name, blob: new Blob([text], { type: `${type};charset=utf-8` }) };
	}
	let sqlite: Awaited<ReturnType<typeof loadSqlite>>;
	try {
		sqlite = await loadSqlite();
	} catch (e) {
		// Offline before the first .apkg export: sql.js says "both async and sync fetching of the
		// wasm failed" (or its script is not there): say what to do instead.
		console.warn('sql.js did not load', e);
		throw new Error(t('ex.apkgOffline'));
	}
	const { SQL, buildApkg } = sqlite;
	// With progress go the marks (flag, suspended, buried), as in a bundle.
	const marks = progress ? (await Promise.all(decks.map((d) => readCardMarks(db, d)))).flat() : [];
	const bytes = buildApkg(SQL, decks, { now, progress, marks });
	return { name, blob: new Blob([bytes as BlobPart], { type }) };
}

/** The articles of decks generated on this device, as a bundle carries them. */
const bundleArticles = (db: KartotekaDB) => async (decks: DeckFile[]) =>
	(await articlesOf(db, decks)).map(({ file, title, sha256, text }) => ({
		file,
		title,
		sha256,
		text
	}));

/** sql.js, its wasm and the .apkg builder: fetched on the first .apkg export, then cached. */
async function loadSqlite() {
	const [{ default: initSqlJs }, { buildApkg }] = await Promise.all([
		import('sql.js'),
		import('$lib/core/exchange/apkg')
	]);
	return { SQL: await initSqlJs({ locateFile: () => wasmUrl }), buildApkg };
}
