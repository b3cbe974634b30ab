// Delimited text (CSV/TSV) as Anki reads and writes it: RFC 4180 quoting ("" inside quotes),
// fields may hold separators and line breaks, lines starting with # are comments, CRLF or LF.
// Every record keeps the file line it starts on, so problems can name it.

export interface TextRecord {
	/** 1-based line of the file where the record starts. */
	line: number;
	fields: string[];
}

export type RecordsResult =
	{ ok: true; records: TextRecord[] } | { ok: false; line: number; message: string };

/** Parses records from `text`, starting at `startLine` (after the header lines). */
export function parseRecords(text: string, separator: string, startLine = 1): RecordsResult {
	const records: TextRecord[] = [];
	let line = startLine;
	let i = 0;
	const n = text.length;
	while (i < n) {
		// Blank lines and comment lines between records are skipped, as Anki does.
		const c = text[i];
		if (c === '\n' || c === '\r') {
			i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
			line++;
			continue;
		}
		if (c === '#') {
			while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
			continue;
		}
		const recordLine = line;
		const fields: string[] = [];
		for (;;) {
			let value = '';
			if (text[i] === '"') {
				const quoteLine = line;
				i++;
				for (;;) {
					if (i >= n)
						return {
							ok: false,
							line: quoteLine,
							message: 'a quoted field is not closed (missing ")'
						};
					const ch = text[i];
					if (ch === '"') {
						if (text[i + 1] === '"') {
							value += '"';
							i += 2;
							continue;
						}
						i++;
						break;
					}
					if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
					value += ch;
					i++;
				}
				if (i < n && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') {
					return {
						ok: false,
						line,
						message: 'text after a closing quote; write "" for a quote inside a quoted field'
					};
				}
			} else {
				while (i < n && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r')
					value += text[i++];
			}
			fields.push(value);
			if (i < n && text[i] === separator) {
				i++;
				continue;
			}
			break;
		}
		records.push({ line: recordLine, fields });
	}
	return { ok: true, records };
}

/** One field, quoted when it holds the separator, a quote, a line break or starts a comment. */
export function formatField(value: string, separator: string): string {
	if (value.includes(separator) || /["\r\n]/.test(value) || value.startsWith('#')) {
		return `"${value.replace(/"/g, '""')}"`;
	}
	return value;
}

export function formatRecord(fields: string[], separator: string): string {
	return fields.map((f) => formatField(f, separator)).join(separator);
}
