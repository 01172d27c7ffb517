// Throwaway review runner (not part of the project).
import { readFileSync, writeFileSync } from 'node:fs';
import { loadLexiconSets } from '../src/lexicon/load.js';
import { createAnalyzer } from '../src/analyze/analyze.js';
import { validateRules } from '../src/alerts/rules.js';
import { evaluateInteraction } from '../src/alerts/evaluate.js';
import type { Transcript, Turn } from '../src/domain/types.js';
import { CONVS } from './_review_data.js';

const analyze = createAnalyzer({ lexicons: loadLexiconSets(process.env.LEXDIR) });
const rules = validateRules(JSON.parse(readFileSync(new URL('../rules/alerts.json', import.meta.url), 'utf8')), 'rules/alerts.json');

function build(c: (typeof CONVS)[number]): Transcript {
  const turns: Turn[] = [];
  let cursor = 300;
  let prevMain: { s: number; e: number } | undefined;
  for (const [sp, text, o] of c.turns) {
    const t: Turn = { speaker: sp === 'A' ? 'agent' : 'customer', text };
    if (c.ch === 'voice') {
      const words = text.split(/\s+/).length;
      const dur = Math.max(700, words * 320);
      if (o?.in !== undefined && prevMain) {
        const s = Math.round(prevMain.s + (prevMain.e - prevMain.s) * o.in);
        t.startMs = s; t.endMs = s + 600;
      } else {
        const s = Math.max(0, cursor + (o?.gap ?? 500));
        t.startMs = s; t.endMs = s + dur;
        prevMain = { s, e: s + dur };
        cursor = Math.max(cursor, s + dur);
      }
    }
    turns.push(t);
  }
  return {
    interactionId: c.id, tenantId: 'review', channel: c.ch, agentId: `agent-${c.id}`, language: 'en',
    startedAt: '2026-12-01T10:00:00.000Z', turns, metadata: {},
  };
}

const out: unknown[] = [];
for (const c of CONVS) {
  const tr = build(c);
  const ind = analyze(tr);
  const alerts = evaluateInteraction(rules, ind);
  const r = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);
  console.log(`\n=== ${c.id} ${c.kind} ${c.sector} ${c.ch} | emp opp ${ind.empathy.opportunities} shown ${ind.empathy.shown} missed ${ind.empathy.missed} score ${ind.empathy.score} | PL pos ${ind.positiveLanguage.positive} neg ${ind.positiveLanguage.negative} pol ${r(ind.positiveLanguage.politeness)} score ${r(ind.positiveLanguage.score)} | sent cust ${r(ind.sentiment.customer.overall)} q=${ind.sentiment.customer.quarters.map(r).join(',')} shift ${r(ind.sentiment.customerShift)} agent ${r(ind.sentiment.agent.overall)} | int agent ${ind.interruptions.agent?.count ?? '-'} | own ${ind.ownership.score} defl ${ind.ownership.deflections} | AL ${ind.activeListening.score} | effort ${ind.customerEffort.cues}`);
  console.log(`  ALERTS: ${alerts.map((a) => a.ruleId).join(', ') || '(none)'}`);
  console.log(`  turn sentiment: ${ind.sentiment.turns.map((x, i) => `${i}${tr.turns[i].speaker[0]}:${r(x)}`).join(' ')}`);
  for (const f of ind.evidence) {
    if (f.kind.startsWith('sentiment')) continue;
    if (f.detector === 'conversation') continue;
    console.log(`  t${f.evidence.turn} ${f.speaker[0]} ${f.detector}/${f.kind}/${f.category ?? ''} w=${r(f.weight)} "${f.evidence.quote}" ${f.entry ? `[${f.entry}]` : ''}`);
  }
  out.push({ id: c.id, kind: c.kind, alerts: alerts.map((a) => a.ruleId), ind });
}
writeFileSync('/tmp/review-alerts-out.json', JSON.stringify(out, null, 1));
