// Anki note fields as the plain text of this app's cards. Anki fields are HTML: line-breaking tags
// become line breaks (html-text.ts); images (<img src>) and sounds ([sound:…]) are taken out and
// named, so that the preview can say which media did not come along. Markup html-text refuses
// (tables, links, …) is dropped to its text and counted: the card is rendered as text anyway.
import { htmlToText } from './html-text';
import type { AnkiModel } from './apkg-read';

export interface FieldText {
	text: string;
	/** Media the field refers to (images, sounds), by file name. */
	media: string[];
	/** True when markup other than formatting and line breaks had to be dropped. */
	dropped: boolean;
}

const IMG = /<img\b[^>]*>/gi;
const SRC = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const SOUND = /\[sound:([^\][]*)\]/g;

export function fieldText(html: string): FieldText {
	const media: string[] = [];
	const withoutMedia = html
		.replace(IMG, (tag) => {
			const m = SRC.exec(tag);
			const name = m ? (m[1] ?? m[2] ?? m[3] ?? '') : '';
			if (name) media.push(name);
			return '';
		})
		.replace(SOUND, (_, name: string) => {
			media.push(name);
			return '';
		});
	const r = htmlToText(withoutMedia);
	if (r.ok) return { text: r.text, media, dropped: false };
	// Any other tag: its text is kept, the tag dropped (the card is shown as text, never as HTML).
	const again = htmlToText(stripTags(withoutMedia));
	return { text: again.ok ? again.text : '', media, dropped: true };
}

/** Every "<…>" removed, in one pass (no regex rescanning from each "<"). */
function stripTags(html: string): string {
	let out = '';
	let from = 0;
	for (let lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', from)) {
		const gt = html.indexOf('>', lt);
		if (gt < 0) break;
		const inner = html
			.slice(lt + 1, gt)
			.trim()
			.toLowerCase();
		// Line breaks survive: "<br>", "</div>", "</p>" become "\n".
		const breaks = /^(br|hr)\b|^\/(div|p|li|tr)\b/.test(inner);
		out += html.slice(from, lt) + (breaks ? '\n' : '');
		from = gt + 1;
	}
	return out + html.slice(from).replace(/</g, '‹');
}

export type Reading = 'basic' | 'reversed' | 'cloze' | 'first-two';

/** Field names a template shows: "{{Front}}", "{{type:Back}}", "{{#Extra}}" excluded. */
function templateFields(fmt: string, names: Set<string>): string[] {
	const out: string[] = [];
	for (const m of fmt.matchAll(/\{\{([^#^/}][^}]*)\}\}/g)) {
		const name = m[1].split(':').pop()!.trim();
		if (names.has(name) && !out.includes(name)) out.push(name);
	}
	return out;
}

/**
 * Which field is the front and which the back of the card a template makes: the first field its
 * question shows, and the first field its answer shows that the question does not. A note type
 * whose templates say nothing readable falls back to its first two fields.
 */
export function sidesOf(
	model: AnkiModel,
	ord: number
): { front: number; back: number; reading: Reading } {
	const fields = [...model.flds].sort((a, b) => a.ord - b.ord);
	const names = new Set(fields.map((f) => f.name));
	const index = (name: string) => fields.findIndex((f) => f.name === name);
	const tmpl = model.tmpls.find((t) => t.ord === ord);
	if (tmpl) {
		const q = templateFields(tmpl.qfmt, names);
		const a = templateFields(tmpl.afmt, names).filter((n) => !q.includes(n));
		if (q.length && a.length) {
			const front = index(q[0]);
			const back = index(a[0]);
			return { front, back, reading: front > back ? 'reversed' : 'basic' };
		}
	}
	return ord === 1
		? { front: 1, back: 0, reading: 'reversed' }
		: { front: 0, back: 1, reading: 'first-two' };
}
