// Helpers for cutting a sentence down to the clause that carries a fact.

/** Ranges of «…» quotations in a text (unbalanced quotes run to the end). */
export function quoteRanges(text: string): [number, number][] {
	const out: [number, number][] = [];
	let depth = 0;
	let open = -1;
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '«') {
			if (depth === 0) open = i;
			depth++;
		} else if (text[i] === '»' && depth > 0) {
			depth--;
			if (depth === 0) out.push([open, i + 1]);
		}
	}
	if (depth > 0) out.push([open, text.length]);
	return out;
}

export function insideQuote(ranges: [number, number][], at: number): boolean {
	return ranges.some(([a, b]) => at > a && at < b);
}

/** Clause boundaries outside quotations: ";", ":" and ", но", ", а", ", однако". */
function boundaries(text: string): number[] {
	const q = quoteRanges(text);
	const out: number[] = [];
	const re = /;\s|:\s(?!«)|,\s(?=(?:но|а|однако|хотя|поскольку|что)\s)|\s[–—]\s(?=[а-яё])/gu;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		if (!insideQuote(q, m.index)) out.push(m.index);
	}
	return out;
}

/**
 * The part of `text` around [start, end) that a card shows: the clause that holds the span,
 * widened to the sentence when short enough, cut to at most `max` characters.
 */
export function clauseAround(
	text: string,
	start: number,
	end: number,
	max = 250
): [number, number] {
	if (text.length <= max) return [0, text.length];
	const b = boundaries(text);
	let a = 0;
	let z = text.length;
	for (const x of b) {
		if (x < start) a = x + 1;
		else if (x >= end) {
			z = x;
			break;
		}
	}
	while (a < z && /[\s,;:–—]/.test(text[a])) a++;
	if (z - a <= max) return [a, z];
	// Still too long: cut at commas nearest to the span, then hard.
	const left = text.lastIndexOf(', ', start);
	if (left > a && end - left < max) a = left + 2;
	if (z - a > max) {
		// A hard cut falls at the last comma, else between words, never inside one or on "в".
		z = Math.max(end, a + max);
		const comma = text.lastIndexOf(', ', z);
		const space = text.lastIndexOf(' ', z);
		if (comma > end && comma > a + max / 2) z = comma;
		else if (space > end) {
			z = space;
			const short = /\s[а-яё]{1,2}$/u.exec(text.slice(end, z));
			if (short) z -= short[0].length;
		}
	}
	return [a, z];
}

/** Cut a front to `max` characters on a word boundary, marking the cut with "…". */
export function ellipsize(s: string, max: number): string {
	if (s.length <= max) return s;
	const cut = s.lastIndexOf(' ', max - 2);
	return s.slice(0, cut > max / 2 ? cut : max - 2).replace(/[\s,;:–—]+$/, '') + ' …';
}

export function capitalize(s: string): string {
	return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** Tidy a fragment: no connectors at its start, no stray punctuation at its ends. */
export function tidy(s: string): string {
	let t = s.replace(/\s+/g, ' ').trim();
	for (;;) {
		const next = t
			.replace(
				/^(?:так|но|однако|кстати|затем|вместе с тем|во всяком случае|действительно|несомненно|правда|и|а|же|в частности|тем не менее|поэтому|уже|позднее)(?:,|\s)\s*/iu,
				''
			)
			.replace(/^[\s,;:–—.]+/, '')
			.replace(/[\s,;:–—]+$/, '');
		if (next === t) break;
		t = next;
	}
	return t.replace(/\s+([,.;:!?])/g, '$1');
}
