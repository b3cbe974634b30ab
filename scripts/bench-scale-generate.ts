// npx tsx scripts/bench-scale-generate.ts: generation time against article length (every project
// article concatenated, repeated up to ~1 MB), to check the cost stays linear.
import { readdirSync, readFileSync } from 'node:fs';
import { generateDecks } from '../src/lib/core/generate/index';
import { nodeRussian } from './lib/language-node';

const language = await nodeRussian();
const texts = readdirSync('tests/articles')
	.filter((f) => f.endsWith('.txt'))
	.map((f) => readFileSync(`tests/articles/${f}`, 'utf8'));
const all = texts.join('\n\n');
for (const target of [125_000, 250_000, 500_000, 1_000_000]) {
	let text = 'Статья\n\n';
	while (text.length < target) text += all + '\n\n';
	text = text.slice(0, target);
	generateDecks({ text: text.slice(0, 20_000), name: 'warm', language });
	const t0 = performance.now();
	const d = generateDecks({ text, name: 'scale', language });
	const ms = performance.now() - t0;
	const cards = d.dates.cards.length + d.actors.cards.length + d.positions.cards.length;
	console.log(
		`${(text.length / 1000).toFixed(0).padStart(5)} K chars: ${ms.toFixed(0).padStart(6)} ms, ${(ms / (text.length / 1000)).toFixed(2)} ms per K, ${cards} cards`
	);
}
