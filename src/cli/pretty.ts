/** A readable per-interaction summary of an indicators record, for `rapport analyze --pretty`. */
import type { Indicators, Finding } from '../domain/types.js';

const fmt = (n: number | null | undefined, digits = 1): string => (n === null || n === undefined ? '-' : String(Number(n.toFixed(digits))));
const signed = (n: number | null): string => (n === null ? '-' : `${n > 0 ? '+' : ''}${fmt(n)}`);
const seconds = (ms: number | null): string => (ms === null ? '-' : `${(ms / 1000).toFixed(1)} s`);

function line(label: string, score: string, detail: string, na: string | null): string {
  return `  ${label.padEnd(18)} ${na ? `N/A (${na})` : `${score.padEnd(10)} ${detail}`}`;
}

function evidenceLine(f: Finding): string {
  const what = f.category ? `${f.kind} [${f.category}]` : f.kind;
  const quote = f.evidence.quote.length > 70 ? `${f.evidence.quote.slice(0, 67)}...` : f.evidence.quote;
  return `    turn ${String(f.evidence.turn).padStart(3)} ${f.speaker.padEnd(8)} ${what.padEnd(40)} "${quote}"`;
}

export function formatPretty(ind: Indicators, maxEvidence = 40): string {
  const c = ind.conversation;
  const e = ind.empathy;
  const l = ind.positiveLanguage;
  const i = ind.interruptions;
  const s = ind.sentiment;
  const out = [
    `interaction ${ind.interactionId}  (${ind.channel}, agent ${ind.agentId}, ${c.durationMs === null ? 'duration unknown' : seconds(c.durationMs)}, ${c.turns.agent + c.turns.customer + c.turns.other} turns)`,
    line('empathy', `score ${fmt(e.score, 0)}`, `opportunities ${e.opportunities}, shown ${e.shown}, missed ${e.missed}; phrases ${e.phrases} (${e.scriptedPhrases} scripted)`, e.na),
    line('positive language', `score ${fmt(l.score, 0)}`, `positive ${l.positive}, negative ${l.negative}, politeness ${l.politeness}`, l.na),
    line('interruptions', '', `by agent ${i.agent.count} (${i.agent.cutOffs} cut off, ${i.agent.brokenOff} mid-sentence, ${seconds(i.agent.overlapMs)}), by customer ${i.customer.count} (${i.customer.cutOffs} cut off, ${i.customer.brokenOff} mid-sentence, ${seconds(i.customer.overlapMs)}); ${i.ignoredOverlaps} backchannel/hand-over overlaps ignored`, i.na),
    line('sentiment', '', `customer ${signed(s.customer.overall)} (quarters ${s.customer.quarters.map(signed).join(' ')}, shift ${signed(s.customerShift)}), agent ${signed(s.agent.overall)}`, s.na),
    line('talk', '', `agent ratio ${c.agentTalkRatio === null ? '-' : `${Math.round(c.agentTalkRatio * 100)}%`}, non-talk ${seconds(c.nonTalkTimeMs)} (${c.nonTalkInstances}), wpm agent ${fmt(c.wordsPerMinute.agent, 0)} customer ${fmt(c.wordsPerMinute.customer, 0)}${c.agentResponseTimeMs ? `, agent response mean ${seconds(c.agentResponseTimeMs.mean)} max ${seconds(c.agentResponseTimeMs.max)}` : ''}`, c.na),
    line('active listening', `score ${fmt(ind.activeListening.score, 0)}`, `clarifying questions ${ind.activeListening.clarifyingQuestions}, paraphrases ${ind.activeListening.paraphrases}`, ind.activeListening.na),
    line('ownership', `score ${fmt(ind.ownership.score, 0)}`, `statements ${ind.ownership.statements}, deflections ${ind.ownership.deflections}`, ind.ownership.na),
    line('expectations', '', `statements ${ind.expectations.statements}, with a time frame ${ind.expectations.withTimeFrame}`, ind.expectations.na),
    line('customer effort', `score ${fmt(ind.customerEffort.score, 0)}`, `cues ${fmt(ind.customerEffort.cues)}`, ind.customerEffort.na),
    `  evidence (${ind.evidence.length}${ind.evidence.length > maxEvidence ? `, first ${maxEvidence}` : ''}):`,
    ...[...ind.evidence].sort((a, b) => a.evidence.turn - b.evidence.turn || a.evidence.span.start - b.evidence.span.start).slice(0, maxEvidence).map(evidenceLine),
    `  analysis ${ind.analysisVersion}, lexicons ${ind.lexiconVersion}`,
    '',
  ];
  return out.join('\n');
}
