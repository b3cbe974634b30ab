import { nodeMorphology } from './lib/morphology-node';
const m = await nodeMorphology();
for (const w of ['Декрет','декрет']) console.log(w, m.analyse(w).map(a=>[a.pos,a.lemma,a.case,a.gender,a.known].join(':')));
