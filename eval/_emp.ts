import { readScenarios } from './scenarios.js';
import { loadLexiconSets } from '../src/lexicon/load.js';
import { createAnalyzer } from '../src/analyze/analyze.js';
const analyze = createAnalyzer({ lexicons: loadLexiconSets() });
let opp = 0, missed = 0, shown = 0;
for (const t of readScenarios(process.argv[2])) {
  const r = analyze(t);
  opp += r.empathy.opportunities as number; missed += r.empathy.missed as number; shown += r.empathy.shown as number;
  for (const f of r.evidence.filter((e) => e.kind === 'empathy.missed')) {
    const opp = r.evidence.find((e) => e.kind === 'empathy.opportunity' && e.evidence.turn < f.evidence.turn && !r.evidence.some((x) => x.kind === 'empathy.shown' && x.evidence.turn === f.evidence.turn));
    const cust = t.turns[f.evidence.turn - 1];
    console.log(`${t.interactionId} t${f.evidence.turn} [${f.category}] C: ${cust?.text.slice(0, 160)}\n    A: ${t.turns[f.evidence.turn].text}`);
  }
}
console.log({ opp, shown, missed });
