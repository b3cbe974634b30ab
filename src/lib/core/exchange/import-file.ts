// One entry point for an imported file: bytes and name → a validated bundle, or the problems.
// Nothing here writes; the preview and the write come after.
import { ankiTextToDecks } from './anki-text';
import { makeBundle, parseBundleJson, type BundleResult } from './bundle';
import { decodeImportFile } from './text-file';

/** `now`: the time of import (progress reviewed after it is refused). */
export function readImportFile(name: string, bytes: Uint8Array, now?: Date): BundleResult {
	const decoded = decodeImportFile(name, bytes);
	if (!decoded.ok) return decoded;
	if (decoded.kind === 'json') return parseBundleJson(decoded.text, now);
	const base = name.replace(/\.[^.]*$/, '').trim() || 'Imported deck';
	const r = ankiTextToDecks(decoded.text, base);
	return r.ok ? { ok: true, bundle: makeBundle(r.decks), fromText: true } : r;
}
