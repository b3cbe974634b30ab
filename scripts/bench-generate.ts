// npm run bench:generate [-- <article.txt> [runs]]: the median time to turn the seed article into its three decks,
// after one warm-up run (start-up and JIT are not counted). Wall-clock time depends on what else
// the machine runs, so the CPU time this process spent per run is printed too: on a busy machine
// it is the steadier figure.

import { readFileSync } from 'node:fs';
import { generateDecks } from '../src/lib/core/generate/index';
import { nodeLanguageFor } from './lib/language-node';

const path = process.argv[2] ?? 'decks/sources/soviet-german-relations-1920-1923.txt';
const runs = Number(process.argv[3] ?? 20);
const text = readFileSync(path, 'utf8');
// The article's own pack: an English text is timed with the English generator.
const language = await nodeLanguageFor(text);
generateDecks({ text, name: 'bench', language });
const wall: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < runs; i++) {
	const c0 = process.cpuUsage();
	const t0 = performance.now();
	generateDecks({ text, name: 'bench', language });
	wall.push(performance.now() - t0);
	const c = process.cpuUsage(c0);
	cpu.push((c.user + c.system) / 1000);
}
const stats = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return `median ${s[Math.floor(s.length / 2)].toFixed(1)} ms (min ${s[0].toFixed(1)}, max ${s[s.length - 1].toFixed(1)})`;
};
console.log(`generate ${path}, ${runs} runs`);
console.log(`  wall clock: ${stats(wall)}`);
console.log(`  CPU time:   ${stats(cpu)}`);
