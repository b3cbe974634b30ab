// JSON.parse with a message a person can act on: the line and column of the error. V8 names the
// position only for some errors ("Unexpected token 'o', …" has none), so on failure a small
// scanner finds where the text stops being JSON.

export type JsonResult = { ok: true; value: unknown } | { ok: false; message: string };

export function parseJsonText(text: string): JsonResult {
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch (e) {
		const reason = (e as Error).message
			.replace(/\s*\(line \d+ column \d+\)/, '')
			.replace(/ in JSON at position \d+/, '')
			.replace(/, ".*" is not valid JSON$/s, '');
		const { line, column } = lineColumn(text, jsonErrorOffset(text));
		return { ok: false, message: `not valid JSON at line ${line}, column ${column} (${reason})` };
	}
}

export function lineColumn(text: string, pos: number): { line: number; column: number } {
	let line = 1;
	let start = 0;
	for (let i = 0; i < pos && i < text.length; i++) {
		if (text.charCodeAt(i) === 10) {
			line++;
			start = i + 1;
		}
	}
	return { line, column: pos - start + 1 };
}

/** Offset of the first character that breaks JSON syntax (text.length when input ends early). */
export function jsonErrorOffset(text: string): number {
	let i = 0;
	class Stop {
		constructor(readonly at: number) {}
	}
	const stop = (at = i) => {
		throw new Stop(at);
	};
	const ws = () => {
		while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
	};
	const expect = (ch: string) => (text[i] === ch ? i++ : stop());
	const string = () => {
		expect('"');
		while (i < text.length && text[i] !== '"') {
			if (text[i] === '\\') {
				i++;
				if (text[i] === 'u') {
					if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) stop();
					i += 4;
				} else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) stop();
			} else if (text.charCodeAt(i) < 0x20) stop();
			i++;
		}
		expect('"');
	};
	const value = (): void => {
		ws();
		const ch = text[i];
		if (ch === '{') {
			i++;
			ws();
			if (text[i] === '}') return void i++;
			for (;;) {
				ws();
				string();
				ws();
				expect(':');
				value();
				ws();
				if (text[i] === ',') i++;
				else return void expect('}');
			}
		}
		if (ch === '[') {
			i++;
			ws();
			if (text[i] === ']') return void i++;
			for (;;) {
				value();
				ws();
				if (text[i] === ',') i++;
				else return void expect(']');
			}
		}
		if (ch === '"') return string();
		const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|^true|^false|^null/.exec(
			text.slice(i, i + 400)
		);
		if (!m) stop();
		i += m![0].length;
	};
	try {
		value();
		ws();
		return i < text.length ? i : text.length;
	} catch (e) {
		if (e instanceof Stop) return Math.min(e.at, text.length);
		throw e;
	}
}
