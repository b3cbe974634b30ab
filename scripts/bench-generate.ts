// npm run bench:generate: the median time to turn the seed article into its three decks,
// after one warm-up run (start-up and JIT are not counted).

import { readFileSync } from 'node:fs';
import { generateDecks } from '../src/lib/core/generate/index';

const path = process.argv[2] ?? 'decks/sources/soviet-german-relations-1920-1923.txt';
const runs = Number(process.argv[3] ?? 20);
const text = readFileSync(path, 'utf8');
generateDecks({ text, name: 'bench' });
const times: number[] = [];
for (let i = 0; i < runs; i++) {
	const t0 = performance.now();
	generateDecks({ text, name: 'bench' });
	times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(
	`generate ${path}: median ${median.toFixed(1)} ms over ${runs} runs (min ${times[0].toFixed(1)}, max ${times[times.length - 1].toFixed(1)})`
);
