// The hostile material the fuzz generators splice into inputs: what issue 9's probes found
// breaking the app (deep nesting, repeated openers, prototype keys, markup after a slash) and what
// text from the wild holds (bidi controls, lone surrogates, NUL, odd numbers and dates).
import type { Random } from './random';

/** Object.prototype's names, and the two that pollute it. Valid ids where they fit the syntax. */
export const PROTO_KEYS = [
	'__proto__',
	'constructor',
	'prototype',
	'toString',
	'valueOf',
	'hasOwnProperty',
	'isPrototypeOf',
	'__defineGetter__'
] as const;

/** Markup a browser would run or load: every one must be refused wherever card text goes. */
export const SCRIPTS = [
	'<script>alert(1)</script>',
	'<img/src=x/onerror=alert(1)>',
	'<img src=x onerror=alert(1)>',
	'<svg/onload=alert(1)>',
	'<iframe src="javascript:alert(1)"></iframe>',
	'<a href="javascript:alert(1)">x</a>',
	'<b onmouseover=alert(1)>x</b>',
	'<div/onclick=alert(1)>x</div>',
	'<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
	'<!--><script>alert(1)</script>-->',
	'<object data=x>',
	'<embed src=x>',
	'</textarea><script>alert(1)</script>'
] as const;

/** Text that looks odd but is plain text: a deck may hold it, and it must stay inert. */
export const ODD_TEXT = [
	'x<y',
	'a > b',
	'<1920>',
	'<с Германией>',
	'<…>',
	'1 < 2 > 0',
	'&lt;b&gt;',
	'&constructor;',
	'&#0;',
	'&#x110000;',
	'javascript:alert(1)',
	'[sound:x.mp3]',
	'[latex]x[/latex]',
	'{{c1::Чичерин}}',
	'\u202Eevil\u202C',
	'\u200B\u200D\uFEFF',
	'e\u0301\u0301\u0301',
	'🎓👩‍🎓',
	'\uD800',
	'\uDFFF\uD800',
	'\u2028\u2029',
	'\t\v\f',
	'ё Ё й',
	'\'"`',
	'\\',
	'%s %n %x',
	'${7*7}',
	'{{7*7}}',
	'../../etc/passwd',
	'null',
	'undefined',
	'NaN',
	'-0',
	'1e309',
	'9007199254740993'
] as const;

/** Short openers that made parsers rescan when repeated (issue 9, items 5, 10–12). */
export const BOMB_UNITS = [
	'[',
	'{"a":',
	'{{c1::',
	'{{c1::a::',
	'<a',
	'<a ',
	'<',
	'<!--',
	'&',
	'&#x',
	'"',
	'""',
	',',
	'\t',
	'\r',
	'\n',
	'\r\n',
	'#',
	' ',
	'::',
	'}}',
	'[sound:',
	'-',
	'1-',
	' - ',
	'. ',
	'\\u',
	'\\'
] as const;

/** Numbers where a number is expected, and values where something else is (JSON values only). */
export const ODD_VALUES: unknown[] = [
	0,
	-1,
	-50,
	1e-300,
	1e300,
	Number.MAX_SAFE_INTEGER,
	-0,
	0.5,
	'',
	' ',
	'1',
	null,
	true,
	[],
	{},
	[[[]]],
	'2100-01-01T00:00:00.000Z',
	'0000-00-00T00:00:00Z',
	'2026-13-45T25:61:61Z',
	'+275760-09-13T00:00:00.000Z'
];

export const pickOdd = (rnd: Random): string => rnd.pick(ODD_TEXT);
export const pickScript = (rnd: Random): string => rnd.pick(SCRIPTS);

/** One of the repeated openers, `count` times. */
export function bomb(rnd: Random, count: number): string {
	return rnd.pick(BOMB_UNITS).repeat(count);
}

/** Random material of about `size` characters: text, odd text and short bombs. */
export function noise(rnd: Random, size: number): string {
	let out = '';
	while (out.length < size) {
		const k = rnd.int(10);
		out +=
			k < 4
				? rnd.pick(['Чичерин ', 'Рапалло ', '1922 ', 'г. ', 'нарком ', 'Ратенау, ', 'и '])
				: k < 7
					? pickOdd(rnd)
					: k < 9
						? bomb(rnd, 1 + rnd.int(8))
						: pickScript(rnd);
	}
	return out;
}

/** Plain text of about `size` characters: words and odd text, never a tag ("<" made "‹"). */
export function calm(rnd: Random, size: number): string {
	let out = '';
	while (out.length < size)
		out += rnd.chance(0.7)
			? rnd.pick(['Чичерин ', 'Рапалло ', '1922 ', 'г. ', 'нарком ', 'Ратенау, ', 'и '])
			: `${pickOdd(rnd).replace(/</g, '‹')} `;
	return out.trim() || 'Рапалло';
}

/** `text` with `piece` put in at a random place. */
export function splice(rnd: Random, text: string, piece: string): string {
	const at = rnd.int(text.length + 1);
	return text.slice(0, at) + piece + text.slice(at);
}
