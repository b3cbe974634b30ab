// npx tsx scripts/debug-words.ts <word> …: the dictionary's analyses of each word (development aid).
import { nodeMorphology } from './lib/morphology-node';

const m = await nodeMorphology();
for (const w of process.argv.slice(2))
	for (const a of m.analyse(w))
		console.log(
			w,
			a.pos,
			a.lemma,
			a.case ?? '',
			a.gender ?? '',
			a.number ?? '',
			[...a.tags].join(','),
			a.known ? 'known' : 'guess',
			a.score.toFixed(2)
		);
