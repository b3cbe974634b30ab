// Reading the factRuEval-2016 development set (benchmarks/factrueval-2016-devset, format in
// benchmarks/README.md) and scoring person extraction on it: for each text, the nominative
// surnames of its Person chains (the `lastname` attribute) against the surnames the generator's
// person finder gives, compared case-insensitively with ё = е, name particles ignored.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchText {
	id: string;
	text: string;
	/** Normalised gold surnames, one per Person chain that has a lastname (duplicates collapsed). */
	surnames: Set<string>;
	/** The gold surnames as written, for reports. */
	written: Map<string, string>;
}

const PARTICLES = /^(?:фон|де|ван|дер|ди|да|дю|ла|ле|аль|эль|ибн|бен|бин)[\s-]+/iu;

export function normSurname(s: string): string {
	let n = s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
	while (PARTICLES.test(n)) n = n.replace(PARTICLES, '');
	return n;
}

function personObjects(path: string): Set<string> {
	const out = new Set<string>();
	for (const line of readFileSync(path, 'utf8').split('\n')) {
		const [id, type] = line.split('#')[0].trim().split(/\s+/);
		if (type === 'Person') out.add(id);
	}
	return out;
}

export function readBenchmark(dir: string): BenchText[] {
	const ids = readdirSync(dir)
		.filter((f) => f.endsWith('.coref'))
		.map((f) => f.slice(0, -'.coref'.length))
		.sort((a, b) => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, '')));
	return ids.map((id) => {
		const persons = personObjects(join(dir, `${id}.objects`));
		const surnames = new Set<string>();
		const written = new Map<string, string>();
		const blocks = readFileSync(join(dir, `${id}.coref`), 'utf8')
			.trim()
			.split(/\n\s*\n/);
		for (const block of blocks) {
			const [head, ...attrs] = block.trim().split('\n');
			const objs = head.trim().split(/\s+/).slice(1);
			if (!objs.length || !persons.has(objs[0])) continue;
			for (const line of attrs) {
				const sp = line.indexOf(' ');
				if (line.slice(0, sp) !== 'lastname') continue;
				const v = line.slice(sp + 1).trim();
				if (!v) continue;
				surnames.add(normSurname(v));
				written.set(normSurname(v), v);
			}
		}
		return { id, text: readFileSync(join(dir, `${id}.txt`), 'utf8'), surnames, written };
	});
}

export interface Score {
	tp: number;
	gold: number;
	found: number;
	missed: string[];
	extra: string[];
}

export function score(gold: Set<string>, found: Set<string>): Score {
	const missed = [...gold].filter((s) => !found.has(s));
	const extra = [...found].filter((s) => !gold.has(s));
	return { tp: gold.size - missed.length, gold: gold.size, found: found.size, missed, extra };
}
