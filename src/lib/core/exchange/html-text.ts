// Anki fields are HTML. Cards here are plain text, so a field from an Anki file that declares
// "#html:true" is turned into text: formatting tags are dropped, line-breaking tags become line
// breaks, entities are decoded. Anything else (scripts, images, links, frames, event handlers) is
// refused with the tag's name: it would be lost or, worse, could run somewhere.

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
const TAG = /<\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g;
const ENTITIES: Record<string, string> = {
	nbsp: ' ',
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'"
};

export type HtmlTextResult = { ok: true; text: string } | { ok: false; message: string };

export function htmlToText(html: string): HtmlTextResult {
	let refused: string | null = null;
	const stripped = html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(TAG, (_m, close: string, name: string, attrs: string) => {
			const tag = name.toLowerCase();
			if (!FORMATTING.has(tag) && !BREAKING.has(tag)) refused ??= `<${tag}>`;
			else if (/\bon\w+\s*=|javascript:/i.test(attrs))
				refused ??= `<${tag}> with a script attribute`;
			return BREAKING.has(tag) && (tag === 'br' || tag === 'hr' || close) ? '\n' : '';
		});
	if (refused)
		return {
			ok: false,
			message: `contains HTML ${refused}; only plain text and simple formatting can be imported`
		};
	const text = stripped
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ent: string) => {
			if (ent[0] === '#') {
				const code =
					ent[1] === 'x' || ent[1] === 'X'
						? parseInt(ent.slice(2), 16)
						: parseInt(ent.slice(1), 10);
				return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
			}
			return ENTITIES[ent.toLowerCase()] ?? m;
		})
		.replace(/\[sound:[^\]]*\]/g, '')
		.replace(/[ \t]*\n[ \t]*/g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
	return { ok: true, text };
}

/** Anki's test for "this field is HTML": any tag or entity. */
export const looksLikeHtml = (s: string) =>
	/<\/?[a-zA-Z][^>]*>|&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(s);
