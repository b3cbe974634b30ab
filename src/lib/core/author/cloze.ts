// Cloze notes in Anki's syntax: "{{c1::12 октября 1920 г.}}", "{{c1::answer::hint}}".
// Each number cN makes one card; gaps that share a number are asked together on that card.
// The front shows "[…]" (or "[hint]") for the asked gaps and the other gaps filled in.

export interface ClozeGap {
	n: number;
	answer: string;
	hint?: string;
}

/** The text split into plain parts and gaps, in order. */
export type ClozePart = string | ClozeGap;

export type ClozeError =
	| { code: 'cloze.unclosed'; at: number; snippet: string }
	| { code: 'cloze.unopened'; at: number; snippet: string }
	| { code: 'cloze.nested'; at: number; snippet: string }
	| { code: 'cloze.badGap'; at: number; snippet: string }
	| { code: 'cloze.emptyAnswer'; at: number; snippet: string }
	| { code: 'cloze.noGaps' };

export type ClozeParse =
	{ ok: true; parts: ClozePart[]; numbers: number[] } | { ok: false; error: ClozeError };

const GAP = /^c(\d+)::([\s\S]*?)(?:::([\s\S]*))?$/;

/** Up to 30 characters from `at`, so that a message can show where the problem is. */
function snippetAt(text: string, at: number): string {
	const s = text.slice(at, at + 30);
	return at + 30 < text.length ? s + '…' : s;
}

export function parseCloze(text: string): ClozeParse {
	const parts: ClozePart[] = [];
	let i = 0;
	let plain = '';
	const fail = (code: Exclude<ClozeError['code'], 'cloze.noGaps'>, at: number): ClozeParse => ({
		ok: false,
		error: { code, at, snippet: snippetAt(text, at) }
	});
	while (i < text.length) {
		const open = text.indexOf('{{', i);
		const close = text.indexOf('}}', i);
		if (close !== -1 && (open === -1 || close < open)) return fail('cloze.unopened', close);
		if (open === -1) break;
		plain += text.slice(i, open);
		const end = text.indexOf('}}', open + 2);
		if (end === -1) return fail('cloze.unclosed', open);
		const inner = text.slice(open + 2, end);
		const nested = inner.indexOf('{{');
		if (nested !== -1) return fail('cloze.nested', open + 2 + nested);
		const m = GAP.exec(inner);
		if (!m || Number(m[1]) < 1) return fail('cloze.badGap', open);
		const answer = m[2].trim();
		if (!answer) return fail('cloze.emptyAnswer', open);
		if (plain) parts.push(plain);
		plain = '';
		const hint = m[3]?.trim();
		parts.push(hint ? { n: Number(m[1]), answer, hint } : { n: Number(m[1]), answer });
		i = end + 2;
	}
	plain += text.slice(i);
	if (plain) parts.push(plain);
	const numbers = [
		...new Set(parts.filter((p): p is ClozeGap => typeof p !== 'string').map((g) => g.n))
	].sort((a, b) => a - b);
	if (!numbers.length) return { ok: false, error: { code: 'cloze.noGaps' } };
	return { ok: true, parts, numbers };
}

export interface ClozeSide {
	front: string;
	back: string;
}

/** The card for gap number `n`: its gaps hidden, the others filled in; the back lists the answers. */
export function clozeCard(parts: ClozePart[], n: number): ClozeSide {
	const front = parts
		.map((p) => (typeof p === 'string' ? p : p.n === n ? `[${p.hint ?? '…'}]` : p.answer))
		.join('');
	const back = parts
		.filter((p): p is ClozeGap => typeof p !== 'string' && p.n === n)
		.map((g) => g.answer)
		.join('; ');
	return { front, back };
}

/** The whole text with every gap filled in (shown on the back as the source sentence). */
export function clozeFilled(parts: ClozePart[]): string {
	return parts.map((p) => (typeof p === 'string' ? p : p.answer)).join('');
}
