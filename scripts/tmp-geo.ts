import { nodeMorphology } from './lib/morphology-node';
const m = await nodeMorphology();
for (const w of process.argv.slice(2))
	console.log(w, m.analyse(w).filter((a) => a.known).map((a) => `${a.lemma}:${a.pos}:${a.case}:${[...a.tags].join(',')}`).join(' | '));
