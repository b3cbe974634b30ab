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

/**
 * Offset of the first character that breaks JSON syntax (text.length when input ends early).
 * Iterative, with an explicit stack of open brackets: a hostile file nested 10,000 deep must get
 * its message, not a stack overflow. Every character is looked at a bounded number of times.
 */
export function jsonErrorOffset(text: string): number {
	const s = new Scanner(text);
	const open: string[] = []; // '{' or '[' for each container we are inside
	for (;;) {
		// A value starts here.
		s.ws();
		const ch = text[s.i];
		if (ch === '{' || ch === '[') {
			open.push(ch);
			s.i++;
			s.ws();
			if (text[s.i] !== (ch === '{' ? '}' : ']')) {
				if (ch === '{' && !s.objectKey()) return s.stop();
				continue;
			}
			open.pop();
			s.i++;
		} else if (!(ch === '"' ? s.string() : s.literal())) return s.stop();
		// After a value: close the containers the text closes, then a comma or the end.
		for (;;) {
			s.ws();
			if (!open.length) return s.stop();
			const top = open[open.length - 1];
			if (text[s.i] === ',') {
				s.i++;
				if (top === '{' && !s.objectKey()) return s.stop();
				break;
			}
			if (text[s.i] !== (top === '{' ? '}' : ']')) return s.stop();
			open.pop();
			s.i++;
		}
	}
}

/** A cursor over JSON text; each method moves past one token or returns false where it breaks. */
class Scanner {
	i = 0;
	constructor(private readonly text: string) {}

	stop(): number {
		return Math.min(this.i, this.text.length);
	}

	ws(): void {
		const t = this.text;
		while (t[this.i] === ' ' || t[this.i] === '\t' || t[this.i] === '\r' || t[this.i] === '\n')
			this.i++;
	}

	/** `"key" :` inside an object. */
	objectKey(): boolean {
		this.ws();
		if (!this.string()) return false;
		this.ws();
		if (this.text[this.i] !== ':') return false;
		this.i++;
		return true;
	}

	string(): boolean {
		const t = this.text;
		if (t[this.i] !== '"') return false;
		this.i++;
		while (this.i < t.length && t[this.i] !== '"') {
			if (t[this.i] === '\\') {
				this.i++;
				if (t[this.i] === 'u') {
					if (!/^[0-9a-fA-F]{4}$/.test(t.slice(this.i + 1, this.i + 5))) return false;
					this.i += 4;
				} else if (!'"\\/bfnrt'.includes(t[this.i] ?? 'x')) return false;
			} else if (t.charCodeAt(this.i) < 0x20) return false;
			this.i++;
		}
		if (this.i >= t.length) return false;
		this.i++;
		return true;
	}

	/** true, false, null or a number: -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?, scanned by hand. */
	literal(): boolean {
		const t = this.text;
		for (const word of ['true', 'false', 'null'])
			if (t.startsWith(word, this.i)) {
				this.i += word.length;
				return true;
			}
		if (t[this.i] === '-') this.i++;
		if (t[this.i] === '0') this.i++;
		else if (!this.digits()) return false;
		if (t[this.i] === '.') {
			this.i++;
			if (!this.digits()) return false;
		}
		if (t[this.i] === 'e' || t[this.i] === 'E') {
			this.i++;
			if (t[this.i] === '+' || t[this.i] === '-') this.i++;
			if (!this.digits()) return false;
		}
		return true;
	}

	private digits(): boolean {
		const from = this.i;
		while (this.text[this.i] >= '0' && this.text[this.i] <= '9') this.i++;
		return this.i > from;
	}
}
