import { resolveSurname, candidates } from '../src/lib/core/generate/lang/ru/surnames';
import { nodeMorphology } from './lib/morphology-node';
const m = await nodeMorphology();
const f = process.argv.slice(2).map(t=>({text:t,cases:null,weight:1}));
console.log([...candidates(m, f[0].text)], resolveSurname(m, f));
