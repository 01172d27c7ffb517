/**
 * The indicator values rules may test, by dotted path. A fixed list, so a typo in a rules file is
 * caught at start-up with the list of valid names instead of silently never matching.
 */
import type { Indicators } from '../domain/types.js';

type Reader = (i: Indicators) => number | null;

export const METRICS: Readonly<Record<string, Reader>> = Object.freeze({
  'empathy.opportunities': (i) => (i.empathy.na && i.empathy.opportunities === 0 ? null : i.empathy.opportunities),
  'empathy.shown': (i) => i.empathy.shown,
  'empathy.missed': (i) => i.empathy.missed,
  'empathy.score': (i) => i.empathy.score,
  'positiveLanguage.positive': (i) => (i.positiveLanguage.na ? null : i.positiveLanguage.positive),
  'positiveLanguage.negative': (i) => (i.positiveLanguage.na ? null : i.positiveLanguage.negative),
  'positiveLanguage.politeness': (i) => (i.positiveLanguage.na ? null : i.positiveLanguage.politeness),
  'positiveLanguage.score': (i) => i.positiveLanguage.score,
  'interruptions.agent.count': (i) => (i.interruptions.na ? null : i.interruptions.agent.count),
  'interruptions.agent.cutOffs': (i) => (i.interruptions.na ? null : i.interruptions.agent.cutOffs),
  'interruptions.agent.brokenOff': (i) => (i.interruptions.na ? null : i.interruptions.agent.brokenOff),
  'interruptions.agent.overlapMs': (i) => (i.interruptions.na ? null : i.interruptions.agent.overlapMs),
  'interruptions.agent.perMinute': (i) => i.interruptions.agent.perMinute,
  'interruptions.customer.count': (i) => (i.interruptions.na ? null : i.interruptions.customer.count),
  'sentiment.customer.overall': (i) => i.sentiment.customer.overall,
  'sentiment.customer.first': (i) => i.sentiment.customer.quarters.find((q) => q !== null) ?? null,
  'sentiment.customer.last': (i) => [...i.sentiment.customer.quarters].reverse().find((q) => q !== null) ?? null,
  'sentiment.customerShift': (i) => i.sentiment.customerShift,
  'sentiment.agent.overall': (i) => i.sentiment.agent.overall,
  'conversation.durationMs': (i) => i.conversation.durationMs,
  'conversation.agentTalkRatio': (i) => i.conversation.agentTalkRatio,
  'conversation.nonTalkTimeMs': (i) => i.conversation.nonTalkTimeMs,
  'conversation.agentResponseTimeMs.mean': (i) => i.conversation.agentResponseTimeMs?.mean ?? null,
  'conversation.agentResponseTimeMs.max': (i) => i.conversation.agentResponseTimeMs?.max ?? null,
  'activeListening.score': (i) => i.activeListening.score,
  'ownership.score': (i) => i.ownership.score,
  'ownership.deflections': (i) => (i.ownership.na && i.ownership.deflections === 0 ? null : i.ownership.deflections),
  'expectations.statements': (i) => (i.expectations.na ? null : i.expectations.statements),
  'customerEffort.cues': (i) => (i.customerEffort.na ? null : i.customerEffort.cues),
  'customerEffort.score': (i) => i.customerEffort.score,
});

export function readMetric(indicators: Indicators, path: string): number | null {
  const reader = METRICS[path];
  return reader ? reader(indicators) : null;
}
