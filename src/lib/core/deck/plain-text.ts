// Card text is plain text. This is the one check for markup, used by every text field of a deck
// file (cards, tags, titles, facts), share links, CSV imports and the teacher's notes.
//
// A browser starts a tag at "<" followed by an ASCII letter ("<img/src=…>", "<svg/onload=…>",
// "<x.y …>" are all tags), at "</" + letter, "<!" (comments, doctypes) and "<?". We call text
// markup when such a start is followed somewhere by ">": "x<y" alone stays text, as do "<…>",
// "<1920>" and "<с Германией>" (not an ASCII letter). Linear: one regex with no nested
// quantifiers, then one indexOf.

const TAG_START = /<(?:\/?[a-z]|!|\?)/i;

export function hasHtmlTag(text: string): boolean {
	const m = TAG_START.exec(text);
	// Only the first start matters: if no ">" follows it, none follows a later one either.
	return m !== null && text.indexOf('>', m.index + 1) >= 0;
}
