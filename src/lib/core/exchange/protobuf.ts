// The protocol-buffer wire format, read only: what Anki's newer packages keep in protobuf (the
// `meta` file's version, the media list, the note-type and template configs of schema 18). A few
// tag numbers are all we need, so a 40-line reader instead of a protobuf library and its schema.

/** One message's fields by tag number: varints as numbers, length-delimited fields as bytes. */
export type ProtoFields = Map<number, (number | Uint8Array)[]>;

/** Reads one message; throws on bytes that are not protobuf (a truncated or foreign field). */
export function readProto(bytes: Uint8Array): ProtoFields {
	const out: ProtoFields = new Map();
	let at = 0;
	const varint = (): number => {
		let value = 0;
		let scale = 1;
		for (let i = 0; i < 10; i++) {
			if (at >= bytes.length) throw new Error('protobuf: truncated varint');
			const b = bytes[at++];
			value += (b & 0x7f) * scale;
			if (b < 0x80) return value;
			scale *= 128;
		}
		throw new Error('protobuf: varint too long');
	};
	while (at < bytes.length) {
		const key = varint();
		const tag = Math.floor(key / 8);
		const wire = key % 8;
		let value: number | Uint8Array;
		if (wire === 0) value = varint();
		else if (wire === 2) {
			const len = varint();
			if (at + len > bytes.length) throw new Error('protobuf: truncated field');
			value = bytes.subarray(at, at + len);
			at += len;
		} else if (wire === 1 || wire === 5) {
			// Fixed 64- and 32-bit fields: none is read here, but they must be stepped over.
			at += wire === 1 ? 8 : 4;
			if (at > bytes.length) throw new Error('protobuf: truncated field');
			continue;
		} else throw new Error(`protobuf: wire type ${wire}`);
		const list = out.get(tag) ?? [];
		list.push(value);
		out.set(tag, list);
	}
	return out;
}

const utf8 = new TextDecoder();

/** The last value of a varint field (protobuf's rule for repeated scalars), or 0. */
export const protoNumber = (f: ProtoFields, tag: number): number => {
	const v = f.get(tag)?.at(-1);
	return typeof v === 'number' ? v : 0;
};

/** A string field as text, or ''. */
export const protoString = (f: ProtoFields, tag: number): string => {
	const v = f.get(tag)?.at(-1);
	return v instanceof Uint8Array ? utf8.decode(v) : '';
};

/** The embedded messages of a (repeated) message field. */
export const protoMessages = (f: ProtoFields, tag: number): ProtoFields[] =>
	(f.get(tag) ?? []).filter((v): v is Uint8Array => v instanceof Uint8Array).map(readProto);
