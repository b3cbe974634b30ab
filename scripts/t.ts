import { nodeMorphology } from './lib/morphology-node';
const m = await nodeMorphology();
for (const w of process.argv.slice(2)) console.log(w, m.analyse(w).slice(0,5).map(a=>`${a.pos}:${a.lemma}:${a.case}:${a.gender}:${[...a.tags].filter(t=>/^[A-Z]/.test(t)).join('/')}:${a.known?'K':'g'}:${a.score.toFixed(2)}`).join(' | '));
