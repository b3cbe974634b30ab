// npx tsx scripts/show-decks.ts <article.txt> [deck]: the generated cards, one per line (development aid).
import { readFileSync } from 'node:fs';
import { generateDecks } from '../src/lib/core/generate/pipeline';
import { nodeLanguageFor } from './lib/language-node';

// The pack the article's language needs (Russian or English), as the worker picks it.
const text = readFileSync(process.argv[2], 'utf8');
const language = await nodeLanguageFor(text);
const t0 = performance.now();
const d = generateDecks({ text, name: 'x', language });
const ms = performance.now() - t0;
for (const k of ['dates', 'actors', 'positions'] as const) {
	if (process.argv[3] && process.argv[3] !== k) continue;
	console.log(`\n## ${k}: ${d[k].cards.length}`);
	for (const c of d[k].cards) console.log(`[${c.tags?.join(',')}] ${c.front}  →  ${c.back}`);
}
console.log(`\n${ms.toFixed(0)} ms`);
