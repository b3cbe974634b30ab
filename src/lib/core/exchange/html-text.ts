// Anki fields are HTML. Cards here are plain text, so a field from an Anki file that declares
// "#html:true" is turned into text: formatting tags are dropped, line-breaking tags become line
// breaks, entities are decoded. Anything else (scripts, images, links, frames, event handlers) is
// refused with the tag's name: it would be lost or, worse, could run somewhere.

import { hasHtmlTag } from '$lib/core/deck/plain-text';

const FORMATTING = new Set([
	'b',
	'i',
	'u',
	's',
	'em',
	'strong',
	'span',
	'font',
	'sub',
	'sup',
	'small',
	'big',
	'mark',
	'code',
	'strike'
]);
const BREAKING = new Set(['br', 'div', 'p', 'li', 'ul', 'ol', 'hr']);
const ENTITIES: Record<string, string> = {
	nbsp: ' ',
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'"
};

export type HtmlTextResult = { ok: true; text: string } | { ok: false; message: string };

// Every scan below is linear in the field: hand-written loops where a regex would rescan the rest
// of the text from each "<" (a field of "<a" × 500,000 took 11 s with the old tag regex).

export function htmlToText(html: string): HtmlTextResult {
	let refused: string | null = null;
	const stripped = replaceTags(dropComments(html), (close, name, attrs) => {
		const tag = name.toLowerCase();
		if (!FORMATTING.has(tag) && !BREAKING.has(tag)) refused ??= `<${tag}>`;
		else if (/\bon\w+\s*=|javascript:/i.test(attrs)) refused ??= `<${tag}> with a script attribute`;
		return BREAKING.has(tag) && (tag === 'br' || tag === 'hr' || close) ? '\n' : '';
	});
	// What is left must be text by the deck format's rule (an unclosed "<!--" before a ">" is not).
	if (!refused && hasHtmlTag(stripped)) refused = 'markup it cannot read';
	if (refused)
		return {
			ok: false,
			message: `contains HTML ${refused}; only plain text and simple formatting can be imported`
		};
	const text = trimLines(
		stripped
			.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ent: string) => decodeEntity(ent) ?? m)
			// "[" excluded inside: an unclosed "[sound:" cannot make the next ones rescan the text.
			.replace(/\[sound:[^\][]*\]/g, '')
	)
		.replace(/\n{3,}/g, '\n\n')
		.trim();
	return { ok: true, text };
}

function decodeEntity(ent: string): string | undefined {
	if (ent[0] === '#') {
		const code =
			ent[1] === 'x' || ent[1] === 'X' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
		return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : undefined;
	}
	// Own keys only: "&constructor;" must not find Object.prototype.constructor.
	const key = ent.toLowerCase();
	return Object.hasOwn(ENTITIES, key) ? ENTITIES[key] : undefined;
}

/**
 * "<!-- … -->" removed; an unclosed one is left as text, as the old regex did. As in a browser,
 * "<!-->" and "<!--->" are whole (empty) comments: what follows them is markup, not comment.
 */
function dropComments(html: string): string {
	let out = '';
	let from = 0;
	for (;;) {
		const open = html.indexOf('<!--', from);
		if (open < 0) break;
		const body = open + 4;
		const close = html.startsWith('>', body)
			? body - 2
			: html.startsWith('->', body)
				? body - 1
				: html.indexOf('-->', body);
		if (close < 0) break;
		out += html.slice(from, open);
		from = close + 3;
	}
	return out + html.slice(from);
}

const isSpace = (c: string | undefined) =>
	c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';
const isLetter = (c: string | undefined) =>
	!!c && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
// A browser's tag name runs to a space, "/" or ">": "<b<object data=x>" names "b<object".
const isNameChar = (c: string | undefined) => !!c && !isSpace(c) && c !== '/' && c !== '>';

/**
 * Each tag `< [/] name attrs>` (spaces allowed around the slash) replaced by what `onTag` gives.
 * The tag ends at the first ">" after it. The position of that ">" is remembered while the scan
 * is before it, so that many "<" before one ">" do not each search for it again.
 */
function replaceTags(
	html: string,
	onTag: (close: string, name: string, attrs: string) => string
): string {
	let out = '';
	let from = 0;
	let gt = -1;
	for (let lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', lt + 1)) {
		if (gt < lt) gt = html.indexOf('>', lt);
		if (gt < 0) break; // no ">" after this "<": no tag anywhere after it
		let i = lt + 1;
		while (i < gt && isSpace(html[i])) i++;
		const close = html[i] === '/' ? '/' : '';
		if (close) i++;
		while (i < gt && isSpace(html[i])) i++;
		if (!isLetter(html[i])) continue;
		const nameStart = i;
		while (i < gt && isNameChar(html[i])) i++;
		out += html.slice(from, lt) + onTag(close, html.slice(nameStart, i), html.slice(i, gt));
		from = gt + 1;
		lt = gt;
	}
	return out + html.slice(from);
}

/** Spaces and tabs around each line break dropped. */
function trimLines(text: string): string {
	return text
		.split('\n')
		.map((line, i, all) => {
			let a = 0;
			let b = line.length;
			if (i > 0) while (a < b && (line[a] === ' ' || line[a] === '\t')) a++;
			if (i < all.length - 1) while (b > a && (line[b - 1] === ' ' || line[b - 1] === '\t')) b--;
			return line.slice(a, b);
		})
		.join('\n');
}
