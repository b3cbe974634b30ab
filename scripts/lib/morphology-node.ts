// The Russian dictionary for Node (CLIs, benchmarks, tests): read from Az.js's own package.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
	loadRussianMorphology,
	type DictionaryFile
} from '../../src/lib/core/generate/lang/ru/az-morphology';
import type { Morphology } from '../../src/lib/core/generate/lang/morphology';

const dicts = join(dirname(createRequire(import.meta.url).resolve('az/package.json')), 'dicts');

async function read(file: DictionaryFile): Promise<unknown> {
	if (file.endsWith('.json')) return JSON.parse(await readFile(join(dicts, file), 'utf8'));
	const b = await readFile(join(dicts, file));
	return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
}

export function nodeMorphology(): Promise<Morphology> {
	return loadRussianMorphology(read);
}
