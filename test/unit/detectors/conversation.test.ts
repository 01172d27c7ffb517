import { describe, expect, it } from 'vitest';
import { CONVERSATION_PARAMS, conversation } from '../../../src/detectors/conversation.js';
import { prepareTurns } from '../../../src/analyze/prepare.js';
import type { Channel, ConversationIndicators, DetectorInput, Speaker, Transcript } from '../../../src/domain/types.js';
import { inputOf, transcriptOf, type TurnSpec } from '../../support/analyzed.js';

const detect = (turns: TurnSpec[], overrides: Partial<Transcript> = {}) => conversation.detect(inputOf(turns, overrides));

/** A written-channel turn: message times as offsets, `startMs` only or both. */
type MessageSpec = [Speaker, string, number?, number?];

function messagesInput(specs: MessageSpec[], channel: Channel = 'chat'): DetectorInput {
  const transcript = transcriptOf([], { channel });
  transcript.turns = specs.map(([speaker, text, startMs, endMs]) => ({
    speaker,
    text,
    ...(startMs === undefined ? {} : { startMs }),
    ...(endMs === undefined ? {} : { endMs }),
  }));
  return { transcript, turns: prepareTurns(transcript, undefined), lexicons: undefined };
}

describe('conversation: voice talk time and non-talk time', () => {
  it.each<[string, TurnSpec[], Partial<ConversationIndicators>]>([
    [
      'a 3,000 ms gap is not non-talk',
      [['agent', 'Hello', 0, 1000], ['customer', 'Hi', 4000, 5000]],
      { nonTalkTimeMs: 0, nonTalkInstances: 0, durationMs: 5000 },
    ],
    [
      'a 3,001 ms gap is',
      [['agent', 'Hello', 0, 1000], ['customer', 'Hi', 4001, 5001]],
      { nonTalkTimeMs: 3001, nonTalkInstances: 1, durationMs: 5001 },
    ],
    [
      'the silence before the first turn counts',
      [['agent', 'Hello', 5000, 6000], ['customer', 'Hi', 6000, 7000]],
      { nonTalkTimeMs: 5000, nonTalkInstances: 1 },
    ],
    [
      'several silences add up',
      [['agent', 'Hello', 0, 1000], ['customer', 'Hi', 5000, 6000], ['agent', 'One moment', 6500, 7500], ['agent', 'Thanks for holding', 67500, 69000]],
      { nonTalkTimeMs: 64000, nonTalkInstances: 2 },
    ],
    [
      'simultaneous speech removes a gap: the agent talks through the customer\'s pause',
      [['agent', 'Let me explain the whole thing', 0, 10000], ['customer', 'Okay', 1000, 2000], ['customer', 'Right', 8000, 9000]],
      { nonTalkTimeMs: 0, nonTalkInstances: 0, durationMs: 10000 },
    ],
    [
      'a bot speaking is not silence',
      [['bot', 'Please hold while we connect you', 0, 6000], ['agent', 'Hello', 6500, 7000], ['customer', 'Hi', 7000, 8000]],
      { nonTalkTimeMs: 0, nonTalkInstances: 0, turns: { agent: 1, customer: 1, other: 1 } },
    ],
    [
      'a speaker\'s own overlapping turns are not counted twice',
      [['agent', 'one two three', 0, 5000], ['agent', 'four five six', 3000, 8000], ['customer', 'seven', 8000, 10000]],
      { talkTimeMs: { agent: 8000, customer: 2000 }, agentTalkRatio: 0.8 },
    ],
    [
      'a turn inside another of the same speaker adds nothing',
      [['agent', 'one two three', 0, 6000], ['agent', 'four', 1000, 2000], ['customer', 'five', 7000, 9000]],
      { talkTimeMs: { agent: 6000, customer: 2000 }, agentTalkRatio: 0.75 },
    ],
    [
      'talk ratio and words per minute',
      [['agent', 'one two three four five six seven eight nine ten', 0, 4000], ['customer', "I can't hear you at all", 4000, 6000]],
      { talkTimeMs: { agent: 4000, customer: 2000 }, agentTalkRatio: 0.667, wordsPerMinute: { agent: 150, customer: 180 } },
    ],
    [
      'a speaker with zero talk time has no words per minute',
      [['agent', 'Hello there', 0, 2000], ['customer', 'Hi', 2000, 2000]],
      { talkTimeMs: { agent: 2000, customer: 0 }, agentTalkRatio: 1, wordsPerMinute: { agent: 60, customer: null } },
    ],
    [
      'turns out of order give the same result',
      [['customer', 'Hi', 9001, 10000], ['agent', 'four five six', 2000, 6000], ['agent', 'Hello', 0, 1000]],
      { nonTalkTimeMs: 3001, nonTalkInstances: 1, talkTimeMs: { agent: 5000, customer: 999 }, durationMs: 10000 },
    ],
  ])('%s', (_name, turns, expected) => {
    expect(detect(turns).indicators).toMatchObject({ na: null, agentResponseTimeMs: null, ...expected });
  });

  it('reports each silence on the turn that ends it, weighted by its length', () => {
    const { findings } = detect([['agent', 'Hello', 0, 1000], ['customer', 'Hi', 1000, 2000], ['agent', 'Thanks for holding.', 12000, 13000]]);
    expect(findings).toEqual([
      {
        detector: 'conversation',
        kind: 'conversation.non-talk',
        speaker: 'agent',
        evidence: { turn: 2, span: { start: 0, end: 19 }, quote: 'Thanks for holding.' },
        weight: 10000,
      },
    ]);
  });

  it('does not reorder the input turns', () => {
    const input = inputOf([['customer', 'Hi', 4001, 5001], ['agent', 'Hello', 0, 1000]]);
    conversation.detect(input);
    expect(input.turns.map((t) => t.index)).toEqual([0, 1]);
  });

  it.each<[string, TurnSpec[], Partial<Transcript>, number | null]>([
    ['voice without timings takes endedAt - startedAt', [['agent', 'Hello'], ['customer', 'Hi']], { channel: 'voice', endedAt: '2026-10-02T14:05:30.000Z' }, 150000],
    ['no endedAt and no timings: unknown', [['agent', 'Hello'], ['customer', 'Hi']], { channel: 'voice' }, null],
    ['endedAt before startedAt: unknown', [['agent', 'Hello']], { channel: 'voice', endedAt: '2026-10-02T14:00:00.000Z' }, null],
  ])('duration: %s', (_name, turns, overrides, durationMs) => {
    expect(detect(turns, overrides).indicators.durationMs).toBe(durationMs);
  });

  it('treats timings as absent when one party turn lacks them', () => {
    const input = inputOf([['agent', 'Hello', 0, 1000], ['customer', 'Hi', 5000, 6000]]);
    delete (input.turns[1] as { endMs?: number }).endMs;
    expect(conversation.detect(input)).toEqual({
      findings: [],
      indicators: {
        na: null,
        durationMs: null,
        turns: { agent: 1, customer: 1, other: 0 },
        talkTimeMs: { agent: null, customer: null },
        agentTalkRatio: null,
        nonTalkTimeMs: null,
        nonTalkInstances: 0,
        wordsPerMinute: { agent: null, customer: null },
        agentResponseTimeMs: null,
      },
    });
  });

  it('is N/A only without agent and customer turns', () => {
    expect(detect([['bot', 'Welcome', 0, 1000], ['system', 'Call ended', 1000, 1000]]).indicators).toMatchObject({
      na: 'no agent or customer turns',
      turns: { agent: 0, customer: 0, other: 2 },
    });
  });
});

describe('conversation: written channels', () => {
  it.each<[string, MessageSpec[], ConversationIndicators['agentResponseTimeMs']]>([
    ['one response per customer-to-agent transition', [['customer', 'Hi', 0], ['agent', 'Hello', 30000], ['customer', 'My order?', 40000], ['agent', 'Checking', 140000]], { mean: 65000, p90: 100000, max: 100000, count: 2 }],
    ['the wait runs from the first unanswered customer message', [['customer', 'Hello?', 0], ['customer', 'Anyone there?', 50000], ['agent', 'Sorry!', 65000]], { mean: 65000, p90: 65000, max: 65000, count: 1 }],
    ['a customer message\'s endMs is used when present', [['customer', 'Hi', 0, 5000], ['agent', 'Hello', 20000]], { mean: 15000, p90: 15000, max: 15000, count: 1 }],
    ['bot messages are skipped', [['customer', 'Hi', 0], ['bot', 'An agent will be with you shortly', 1000], ['agent', 'Hello', 45000]], { mean: 45000, p90: 45000, max: 45000, count: 1 }],
    ['agent messages without a customer message before do not count', [['agent', 'Hello', 0], ['agent', 'Are you there?', 30000], ['customer', 'Yes', 31000], ['agent', 'Great', 33000]], { mean: 2000, p90: 2000, max: 2000, count: 1 }],
    ['out-of-order times count as 0', [['customer', 'Hi', 5000], ['agent', 'Hello', 4000]], { mean: 0, p90: 0, max: 0, count: 1 }],
    [
      'p90 is the nearest rank',
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].flatMap((n, i): MessageSpec[] => [['customer', 'q', i * 100000], ['agent', 'a', i * 100000 + n * 1000]]),
      { mean: 5500, p90: 9000, max: 10000, count: 10 },
    ],
    ['no message times: not measurable', [['customer', 'Hi'], ['agent', 'Hello']], null],
    ['one party message without a time: not measurable', [['customer', 'Hi', 0], ['agent', 'Hello']], null],
    ['no customer-to-agent transition: not measurable', [['agent', 'Hello', 0], ['customer', 'Bye', 1000]], null],
  ])('%s', (_name, specs, expected) => {
    const { indicators } = conversation.detect(messagesInput(specs));
    expect(indicators.agentResponseTimeMs).toEqual(expected);
    expect(indicators).toMatchObject({ na: null, talkTimeMs: { agent: null, customer: null }, agentTalkRatio: null, nonTalkTimeMs: null, nonTalkInstances: 0, wordsPerMinute: { agent: null, customer: null } });
  });

  it.each<[string, number, boolean]>([
    ['exactly the threshold is not slow', CONVERSATION_PARAMS.slowResponseMs, false],
    ['1 ms more is', CONVERSATION_PARAMS.slowResponseMs + 1, true],
  ])('slow response: %s', (_name, wait, slow) => {
    const { findings } = conversation.detect(messagesInput([['customer', 'Hi', 1000], ['agent', 'Hello, sorry for the wait.', 1000 + wait]]));
    expect(findings).toEqual(
      slow
        ? [{ detector: 'conversation', kind: 'conversation.slow-response', speaker: 'agent', evidence: { turn: 1, span: { start: 0, end: 26 }, quote: 'Hello, sorry for the wait.' }, weight: wait }]
        : [],
    );
  });

  it('measures response time on sms too, and never talk time on written channels with full timings', () => {
    const { indicators } = conversation.detect(messagesInput([['customer', 'Hi', 0, 0], ['agent', 'Hello', 9000, 9000]], 'sms'));
    expect(indicators).toMatchObject({ durationMs: 9000, agentResponseTimeMs: { count: 1, max: 9000 }, nonTalkTimeMs: null, nonTalkInstances: 0 });
  });

  it('has no response time for voice', () => {
    expect(detect([['customer', 'Hi', 0, 1000], ['agent', 'Hello', 2000, 3000]]).indicators.agentResponseTimeMs).toBeNull();
  });
});
