/**
 * Records for storage tests. `indicators()` is a complete Indicators value in which every scalar
 * differs from every other where the type allows, so a column mapped to the wrong field shows.
 */
import type { Alert, Finding, Indicators } from '../../../src/domain/types.js';
import type { DeadLetter, StoredInteraction } from '../../../src/store/types.js';

export interface Ids {
  tenantId?: string;
  interactionId?: string;
  agentId?: string;
  teamId?: string | null;
  startedAt?: string;
  analysisVersion?: string;
}

export function findings(): Finding[] {
  return [
    { detector: 'empathy', kind: 'empathy.opportunity', category: 'problem', entry: 'problem.lex:3 charged twice', speaker: 'customer', weight: 1, evidence: { turn: 0, span: { start: 6, end: 19 }, quote: 'charged twice' } },
    { detector: 'empathy', kind: 'empathy.missed', speaker: 'agent', weight: -1, evidence: { turn: 1, span: { start: 0, end: 11 }, quote: 'Account no.' } },
    { detector: 'positiveLanguage', kind: 'language.negative', category: 'policy', entry: "negative.lex:7 that's our policy", speaker: 'agent', weight: -0.75, evidence: { turn: 3, span: { start: 2, end: 19 }, quote: "that's our policy" } },
  ];
}

export function indicators(ids: Ids = {}, overrides: Partial<Indicators> = {}): Indicators {
  return {
    interactionId: ids.interactionId ?? 'i-1',
    tenantId: ids.tenantId ?? 't1',
    agentId: ids.agentId ?? 'agent-1',
    teamId: ids.teamId === undefined ? 'team-1' : ids.teamId,
    channel: 'voice',
    language: 'en',
    startedAt: ids.startedAt ?? '2026-10-02T14:03:00.000Z',
    analysisVersion: ids.analysisVersion ?? '1.0.0',
    lexiconVersion: 'en-2026.11.1',
    conversation: {
      na: null,
      durationMs: 301_000,
      turns: { agent: 11, customer: 12, other: 2 },
      talkTimeMs: { agent: 120_500, customer: 140_250 },
      agentTalkRatio: 0.462,
      nonTalkTimeMs: 9_100,
      nonTalkInstances: 3,
      wordsPerMinute: { agent: 151.5, customer: 139.25 },
      agentResponseTimeMs: { mean: 2_345.6, p90: 4_100, max: 6_200, count: 9 },
    },
    empathy: { na: null, opportunities: 4, shown: 1, missed: 3, score: 25.5, phrases: 5, scriptedPhrases: 2 },
    positiveLanguage: { na: null, positive: 6, negative: 7, politeness: 8, score: 44.4 },
    interruptions: {
      na: null,
      agent: { count: 13, cutOffs: 5, brokenOff: 0, overlapMs: 5_400, perMinute: 2.59 },
      customer: { count: 14, cutOffs: 6, brokenOff: 0, overlapMs: 6_600, perMinute: 2.79 },
      instances: [{ interrupter: 'agent', turn: 5, interruptedTurn: 4, beginMs: 61_000, durationMs: 900, cutOff: true, brokenOff: false }],
      ignoredOverlaps: 15,
    },
    sentiment: {
      na: null,
      agent: { overall: 1.1, quarters: [0.5, 1.2, 1.3, 1.4] },
      customer: { overall: -1.6, quarters: [-2.5, -1.7, null, -0.25] },
      customerShift: 2.25,
      turns: [-2.5, 0.5, -1.7, 1.2],
    },
    activeListening: { na: null, clarifyingQuestions: 16, paraphrases: 17, score: 66.6 },
    ownership: { na: null, statements: 18, deflections: 19, score: 77.7 },
    expectations: { na: null, statements: 20, withTimeFrame: 21 },
    customerEffort: { na: 'no customer turns', cues: 22, score: null },
    evidence: findings(),
    ...overrides,
  };
}

/** A chat interaction: interruptions and talk time do not apply. */
export function chatIndicators(ids: Ids = {}): Indicators {
  const base = indicators(ids);
  return {
    ...base,
    channel: 'chat',
    conversation: { ...base.conversation, talkTimeMs: { agent: null, customer: null }, agentTalkRatio: null, nonTalkTimeMs: null, wordsPerMinute: { agent: null, customer: null } },
    interruptions: { na: 'chat has no overlap', agent: { count: 0, cutOffs: 0, brokenOff: 0, overlapMs: 0, perMinute: null }, customer: { count: 0, cutOffs: 0, brokenOff: 0, overlapMs: 0, perMinute: null }, instances: [], ignoredOverlaps: 0 },
  };
}

export function interaction(ids: Ids = {}, overrides: Partial<StoredInteraction> = {}): StoredInteraction {
  return {
    tenantId: ids.tenantId ?? 't1',
    interactionId: ids.interactionId ?? 'i-1',
    channel: 'voice',
    agentId: ids.agentId ?? 'agent-1',
    teamId: ids.teamId === undefined ? 'team-1' : ids.teamId,
    customerId: 'cust-9',
    queue: 'billing',
    language: 'en',
    startedAt: ids.startedAt ?? '2026-10-02T14:03:00.000Z',
    endedAt: '2026-10-02T14:08:01.000Z',
    turnCount: 25,
    wordCount: 640,
    source: { topic: 'transcripts', partition: 2, offset: '9007199254740993' },
    ...overrides,
  };
}

/** An interaction and its indicators, with the same ids. */
export function analyzed(ids: Ids = {}): { interaction: StoredInteraction; indicators: Indicators } {
  return { interaction: interaction(ids), indicators: indicators(ids) };
}

export function deadLetter(offset: number, overrides: Partial<DeadLetter> = {}): DeadLetter {
  return {
    source: { topic: 'transcripts', partition: 1, offset: String(offset) },
    key: Buffer.from([0x00, 0xff, 0x10, offset & 0xff]),
    payload: Buffer.from([0x00, 0x00, 0x00, 0x00, 0x07, 0xde, 0xad, 0xbe, 0xef, 0x00]),
    reasonCode: 'unknown-schema-id',
    reason: 'schema id 7 is not registered',
    tenantId: null,
    ...overrides,
  };
}

export function alert(ids: Ids & { ruleId?: string } = {}, overrides: Partial<Alert> = {}): Alert {
  const interactionId = ids.interactionId ?? 'i-1';
  const ruleId = ids.ruleId ?? 'missed-empathy';
  return {
    ruleId,
    ruleKind: 'interaction',
    dedupKey: `${ruleId}:${interactionId}`,
    tenantId: ids.tenantId ?? 't1',
    agentId: ids.agentId ?? 'agent-1',
    teamId: ids.teamId === undefined ? 'team-1' : ids.teamId,
    interactionId,
    skill: 'empathy',
    severity: 'warning',
    message: 'Missed 3 empathy opportunities with an upset customer',
    evidence: [{ interactionId, turn: 1, speaker: 'agent', kind: 'empathy.missed', quote: 'Account no.' }],
    ...overrides,
  };
}
