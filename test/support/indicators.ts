/** A complete, neutral Indicators record for tests, with overrides per section. */
import type { Indicators } from '../../src/domain/types.js';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? (T[K] extends unknown[] ? T[K] : DeepPartial<T[K]>) : T[K] };

export function indicatorsOf(overrides: DeepPartial<Indicators> = {}): Indicators {
  const base: Indicators = {
    interactionId: 'i-1',
    tenantId: 't-1',
    agentId: 'a-1',
    teamId: 'team-1',
    channel: 'voice',
    language: 'en',
    startedAt: '2026-10-02T14:03:00.000Z',
    analysisVersion: 'test',
    lexiconVersion: 'en-test',
    conversation: {
      na: null, durationMs: 60000, turns: { agent: 5, customer: 5, other: 0 }, talkTimeMs: { agent: 20000, customer: 20000 },
      agentTalkRatio: 0.5, nonTalkTimeMs: 0, nonTalkInstances: 0, wordsPerMinute: { agent: 150, customer: 140 }, agentResponseTimeMs: null,
    },
    empathy: { na: null, opportunities: 1, shown: 1, missed: 0, score: 100, phrases: 1, scriptedPhrases: 0 },
    positiveLanguage: { na: null, positive: 2, negative: 0, politeness: 1, score: 70 },
    interruptions: {
      na: null, agent: { count: 0, cutOffs: 0, brokenOff: 0, overlapMs: 0, perMinute: 0 }, customer: { count: 0, cutOffs: 0, brokenOff: 0, overlapMs: 0, perMinute: 0 }, instances: [], ignoredOverlaps: 0,
    },
    sentiment: { na: null, agent: { overall: 1, quarters: [1, 1, 1, 1] }, customer: { overall: 0, quarters: [0, 0, 0, 0] }, customerShift: 0, turns: [] },
    activeListening: { na: null, clarifyingQuestions: 1, paraphrases: 0, score: 50 },
    ownership: { na: null, statements: 1, deflections: 0, score: 100 },
    expectations: { na: null, statements: 1, withTimeFrame: 1 },
    customerEffort: { na: null, cues: 0, score: 0 },
    evidence: [],
  };
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = (base as unknown as Record<string, unknown>)[key];
    merged[key] = value !== null && typeof value === 'object' && !Array.isArray(value) && typeof current === 'object' && current !== null
      ? { ...current, ...(value as object) }
      : value;
  }
  return merged as unknown as Indicators;
}
