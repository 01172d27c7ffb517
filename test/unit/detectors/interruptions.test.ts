import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { INTERRUPTION_PARAMS, interruptions } from '../../../src/detectors/interruptions.js';
import { prepareTurns } from '../../../src/analyze/prepare.js';
import { DEFAULT_LEXICON_DIR, loadLexiconSets } from '../../../src/lexicon/load.js';
import type { InterruptionIndicators, Transcript } from '../../../src/domain/types.js';
import { readMetric } from '../../../src/alerts/metrics.js';
import { inputOf, transcriptOf, type TurnSpec } from '../../support/analyzed.js';
import { indicatorsOf } from '../../support/indicators.js';

const detect = (turns: TurnSpec[], overrides: Partial<Transcript> = {}) => interruptions.detect(inputOf(turns, overrides));

/** The agent explains for 10 s; the customer's turn starts 5 s in. */
const LONG = 'So what I am going to do now is check the account and the last three payments';
const overAgent = (text: string, startMs: number, endMs: number): TurnSpec[] => [
  ['agent', LONG, 0, 10000],
  ['customer', text, startMs, endMs],
];

/** `cutOffs`: of the interruptions (both parties), those the interrupted party gave way to. */
type Summary = { customer: number; agent: number; ignored: number; overlapMs?: number; cutOffs: number };

const summary = (i: InterruptionIndicators): Summary => ({
  customer: i.customer.count,
  agent: i.agent.count,
  ignored: i.ignoredOverlaps,
  overlapMs: i.customer.overlapMs + i.agent.overlapMs,
  cutOffs: i.customer.cutOffs + i.agent.cutOffs,
});

describe('interruptions: the rules', () => {
  it.each<[string, TurnSpec[], Summary]>([
    ['overlap 1 ms below the minimum is not an interruption', overAgent('Wait, that is not what I asked for', 5000, 5499), { customer: 0, agent: 0, ignored: 0, overlapMs: 0, cutOffs: 0 }],
    ['overlap at the minimum is', overAgent('Wait, that is not what I asked for', 5000, 5500), { customer: 1, agent: 0, ignored: 0, overlapMs: 500, cutOffs: 0 }],
    ['the overlap ends when the interrupted turn ends', [['agent', LONG, 0, 3000], ['customer', 'Wait, that is not what I asked for', 2400, 6000]], { customer: 1, agent: 0, ignored: 0, overlapMs: 600, cutOffs: 1 }],
    ['an overlap shorter than the minimum counts when the other stops and B goes on (cut off)', [['agent', LONG, 0, 3000], ['customer', 'Wait, that is not what I asked for', 2600, 6000]], { customer: 1, agent: 0, ignored: 0, overlapMs: 400, cutOffs: 1 }],
    ['an overlap shorter than the minimum does not count when the other goes on', overAgent('Wait, that is not what I asked for', 5000, 5400), { customer: 0, agent: 0, ignored: 0, overlapMs: 0, cutOffs: 0 }],
    ['a brief overlap is no cut-off when the other starts again before B ends (and talks over B)', [['agent', LONG, 0, 3000], ['customer', 'Wait, that is not what I asked for', 2600, 6000], ['agent', 'as I was saying', 3200, 5000]], { customer: 0, agent: 1, ignored: 0, overlapMs: 1800, cutOffs: 0 }],
    ['an overlap shorter than the minimum does not count when both stop together', [['agent', LONG, 0, 3000], ['customer', 'Wait, no', 2600, 3000]], { customer: 0, agent: 0, ignored: 0, overlapMs: 0, cutOffs: 0 }],
    ['starting in the last 300 ms is an end-of-turn handover', [['agent', LONG, 0, 3000], ['customer', 'Wait, that is not what I asked for', 2701, 6000]], { customer: 0, agent: 0, ignored: 1, overlapMs: 0, cutOffs: 0 }],
    ['with exactly 300 ms left it is not a handover: the other is cut off', [['agent', LONG, 0, 3000], ['customer', 'Wait, that is not what I asked for', 2700, 6000]], { customer: 1, agent: 0, ignored: 0, overlapMs: 300, cutOffs: 1 }],
    ['a brief cut-off by a backchannel is still a backchannel', [['agent', LONG, 0, 3000], ['customer', 'Mm-hmm.', 2600, 3400]], { customer: 0, agent: 0, ignored: 1, overlapMs: 0, cutOffs: 0 }],
    ['starting after the other turn ended is no overlap', [['agent', LONG, 0, 3000], ['customer', 'Wait, that is not what I asked for', 3000, 6000]], { customer: 0, agent: 0, ignored: 0, overlapMs: 0, cutOffs: 0 }],
    ['starting together is no interruption', [['agent', LONG, 0, 3000], ['customer', 'Wait, that is not what I asked for', 0, 6000]], { customer: 0, agent: 0, ignored: 0, overlapMs: 0, cutOffs: 0 }],
    ['"mm-hmm" is a backchannel', overAgent('Mm-hmm.', 5000, 5600), { customer: 0, agent: 0, ignored: 1, overlapMs: 0, cutOffs: 0 }],
    ['"uh-huh" is one token and a backchannel', overAgent('Uh-huh', 5000, 5600), { customer: 0, agent: 0, ignored: 1, overlapMs: 0, cutOffs: 0 }],
    ['"mm hmm" spaced is a backchannel', overAgent('mm hmm', 5000, 5600), { customer: 0, agent: 0, ignored: 1, overlapMs: 0, cutOffs: 0 }],
    ['several backchannel words are covered together', overAgent('Yeah, right, I see.', 5000, 6500), { customer: 0, agent: 0, ignored: 1, overlapMs: 0, cutOffs: 0 }],
    ['a turn without words is not an interruption', overAgent('...', 5000, 7000), { customer: 0, agent: 0, ignored: 1, overlapMs: 0, cutOffs: 0 }],
    ['real words after a backchannel make an interruption', overAgent('Yeah but I paid', 5000, 6000), { customer: 1, agent: 0, ignored: 0, overlapMs: 1000, cutOffs: 0 }],
    ['an exclusion covers nothing: "right now" is content', overAgent('Right now?', 5000, 6000), { customer: 1, agent: 0, ignored: 0, overlapMs: 1000, cutOffs: 0 }],
    // known by its words, not its length: a slow "mm-hmm ... yeah" with a pause inside claims no
    // turn while the other talks on; one that the other gives way to has taken the floor
    ['a backchannel the other talks through is one however long it lasts', overAgent('Mm-hmm... yeah.', 5000, 9500), { customer: 0, agent: 0, ignored: 1, overlapMs: 0, cutOffs: 0 }],
    ['a long run of backchannel words that the other stops for is no backchannel', [['agent', LONG, 0, 3000], ['customer', 'Okay, okay, okay.', 2000, 5000]], { customer: 1, agent: 0, ignored: 0, overlapMs: 1000, cutOffs: 1 }],
    ['a brief one that the other stops for still is', [['agent', LONG, 0, 3000], ['customer', 'Okay, okay, okay.', 2000, 3500]], { customer: 0, agent: 0, ignored: 1, overlapMs: 0, cutOffs: 0 }],
    ['a long turn with real words is still an interruption', overAgent('Yeah, hold on.', 5000, 9500), { customer: 1, agent: 0, ignored: 0, overlapMs: 4500, cutOffs: 0 }],
    ['five backchannel words are too many', overAgent('yeah yeah okay right sure', 5000, 6000), { customer: 1, agent: 0, ignored: 0, overlapMs: 1000, cutOffs: 0 }],
    ['four are not', overAgent('yeah okay right sure', 5000, 6000), { customer: 0, agent: 0, ignored: 1, overlapMs: 0, cutOffs: 0 }],
    [
      'the agent interrupting the customer is counted for the agent',
      [['customer', LONG, 0, 10000], ['agent', 'Let me stop you there', 2000, 4000]],
      { customer: 0, agent: 1, ignored: 0, overlapMs: 2000, cutOffs: 0 },
    ],
    [
      'counts per interrupter',
      [
        ['agent', LONG, 0, 10000],
        ['customer', 'No no, listen to me', 3000, 5000],
        ['customer', 'Mm-hmm', 7000, 7500],
        ['agent', 'Can I finish please', 9000, 12000],
        ['customer', 'The payment was taken twice', 11000, 15000],
        ['agent', 'I understand, let me check', 13000, 16000],
      ],
      { customer: 2, agent: 1, ignored: 1, overlapMs: 2000 + 1000 + 2000, cutOffs: 1 },
    ],
    [
      'a speaker overlapping their own turn is no interruption',
      [['agent', LONG, 0, 10000], ['agent', 'And also the fees for last month', 5000, 9000]],
      { customer: 0, agent: 0, ignored: 0, overlapMs: 0, cutOffs: 0 },
    ],
    [
      'bots are ignored, as interrupted and as interrupter',
      [['bot', 'Your call may be recorded for quality purposes', 0, 10000], ['customer', 'I want to talk to a person', 2000, 5000], ['agent', 'Hello, you are through to billing', 4000, 8000]],
      { customer: 0, agent: 1, ignored: 0, overlapMs: 1000, cutOffs: 1 },
    ],
  ])('%s', (_name, turns, expected) => {
    expect(summary(detect(turns).indicators)).toEqual(expected);
  });

  it('reports each instance and its finding, with the interrupter\'s first words', () => {
    const { findings, indicators } = detect([
      ['agent', LONG, 0, 10000],
      ['customer', "Hold on, I don't think that's right at all", 5000, 8000],
      ['agent', 'Okay.', 8000, 8500],
    ]);
    // the agent talked on to 10 s: an interruption, not a cut-off
    expect(indicators.instances).toEqual([{ interrupter: 'customer', turn: 1, interruptedTurn: 0, beginMs: 5000, durationMs: 3000, cutOff: false, brokenOff: false }]);
    expect(findings).toEqual([
      {
        detector: 'interruptions',
        kind: 'interruption',
        category: 'customer-interrupts-agent',
        speaker: 'customer',
        evidence: { turn: 1, span: { start: 0, end: 22 }, quote: "Hold on, I don't think" },
        weight: 3000,
      },
    ]);
  });

  it("counts the interrupter's cut-offs: the interrupted party stopped and did not speak again until the interruption ended", () => {
    const { indicators } = detect([
      ['customer', LONG, 0, 10000],
      // the customer stops at 10 s while the agent goes on: a cut-off
      ['agent', 'Let me stop you there, I can see the payment', 8000, 14000],
      ['customer', 'Right, and the second one?', 15000, 18000],
      // the customer talks on through this one: an interruption, no cut-off
      ['agent', 'Yes that one too', 16000, 17000],
    ]);
    expect(indicators.agent).toMatchObject({ count: 2, cutOffs: 1 });
    expect(indicators.instances.map((x) => x.cutOff)).toEqual([true, false]);
    expect(readMetric({ ...indicatorsOf(), interruptions: indicators }, 'interruptions.agent.cutOffs')).toBe(1);
  });

  it("counts per interrupter the sentences broken off, and rules can read the agent's", () => {
    const { indicators } = detect([
      ['customer', 'I was charged twice for the', 0, 3000],
      ['agent', 'Let me check that for you', 3100, 5000],
      ['customer', 'Okay and also the', 5200, 7000],
      ['agent', 'One moment please', 6800, 8000],
      ['agent', 'So what I will do is refund the', 9000, 12000],
      ['customer', 'Thank you so much for this', 12100, 14000],
    ]);
    expect(indicators.agent).toMatchObject({ count: 2, brokenOff: 2 });
    expect(indicators.customer).toMatchObject({ count: 1, brokenOff: 1 });
    expect(readMetric({ ...indicatorsOf(), interruptions: indicators }, 'interruptions.agent.brokenOff')).toBe(2);
  });

  it('emits no finding for an ignored backchannel', () => {
    expect(detect(overAgent('Mm-hmm.', 5000, 5600)).findings).toEqual([]);
  });

  it.each<[string, TurnSpec[], number | null, number | null]>([
    ['rate per minute of interaction', [['agent', LONG, 0, 60000], ['customer', 'Wait, what fee?', 10000, 12000], ['customer', 'That is not right', 30000, 32000], ['agent', 'Hang on', 118000, 120000]], 0, 1],
    ['a rate for each interrupter', [['customer', LONG, 0, 30000], ['agent', 'Let me stop you', 1000, 2000], ['agent', 'Sorry, one thing', 20000, 21000], ['customer', 'Fine', 30000, 120000]], 1, 0],
    ['no duration, no rate', [['agent', 'Hi', 0, 0], ['customer', 'Hi', 0, 0]], null, null],
  ])('%s', (_name, turns, agentPerMinute, customerPerMinute) => {
    const { indicators } = detect(turns);
    expect([indicators.agent.perMinute, indicators.customer.perMinute]).toEqual([agentPerMinute, customerPerMinute]);
  });

  it('reads unsorted turns in time order, sorts instances by begin, and never mutates the input', () => {
    const sorted: TurnSpec[] = [
      ['agent', LONG, 0, 10000],
      ['customer', 'Wait, which payments?', 2000, 4000],
      ['customer', 'Second question, sorry', 6000, 8000],
      ['agent', 'Let me answer that first', 7000, 12000],
    ];
    const shuffled = [sorted[3], sorted[1], sorted[0], sorted[2]];
    const input = inputOf(shuffled);
    const before = structuredClone(input.transcript);
    const { indicators } = interruptions.detect(input);
    expect(indicators.instances).toEqual([
      { interrupter: 'customer', turn: 1, interruptedTurn: 2, beginMs: 2000, durationMs: 2000, cutOff: false, brokenOff: false },
      { interrupter: 'customer', turn: 3, interruptedTurn: 2, beginMs: 6000, durationMs: 2000, cutOff: false, brokenOff: false },
      // the customer stopped at 8 s and said nothing more while the agent went on to 12 s
      { interrupter: 'agent', turn: 0, interruptedTurn: 3, beginMs: 7000, durationMs: 1000, cutOff: true, brokenOff: false },
    ]);
    expect(input.transcript).toEqual(before);
    expect(input.turns.map((t) => t.index)).toEqual([0, 1, 2, 3]);
  });

  it('counts one interruption per interrupting turn, against the turn it started inside', () => {
    const { indicators } = detect([
      ['agent', 'First part of a long answer', 0, 3000],
      ['customer', 'I have been waiting for weeks and nobody calls me back', 1000, 9000],
      ['agent', 'Second part', 4000, 6000],
    ]);
    expect(indicators.instances).toEqual([
      // the agent's first part ended at 3 s, but the agent spoke again (4 s) before the customer ended
      { interrupter: 'customer', turn: 1, interruptedTurn: 0, beginMs: 1000, durationMs: 2000, cutOff: false, brokenOff: false },
      { interrupter: 'agent', turn: 2, interruptedTurn: 1, beginMs: 4000, durationMs: 2000, cutOff: false, brokenOff: false },
    ]);
  });

  it.each<[string, TurnSpec[], number]>([
    ['the one that runs longest', [['agent', LONG, 0, 10000], ['agent', 'and the fees', 2000, 4000], ['customer', 'Hang on, which fees?', 3900, 5500]], 0],
    ['the later one when it runs longer', [['agent', 'and the fees', 0, 4000], ['agent', LONG, 2000, 10000], ['customer', 'Hang on, which fees?', 3900, 5500]], 1],
    ['the earliest of those that end together', [['agent', LONG, 0, 10000], ['agent', 'and the fees', 2000, 10000], ['customer', 'Hang on, which fees?', 3900, 5500]], 0],
  ])('with several turns of the other party in progress, the interrupted turn is %s', (_name, turns, interruptedTurn) => {
    expect(detect(turns).indicators.instances).toEqual([{ interrupter: 'customer', turn: 2, interruptedTurn, beginMs: 3900, durationMs: 1600, cutOff: false, brokenOff: false }]);
  });

  it.each<[string, TurnSpec[], Partial<Transcript>, string]>([
    ['chat has no overlap', [['customer', 'Hi'], ['agent', 'Hello']], { channel: 'chat' }, 'chat has no overlapping speech'],
    ['chat, even with message times', [['customer', 'Hi', 0, 100], ['agent', 'Hello', 50, 200]], { channel: 'chat' }, 'chat has no overlapping speech'],
    ['nor has email', [['customer', 'Hi'], ['agent', 'Hello']], { channel: 'email' }, 'email has no overlapping speech'],
    ['voice without timings', [['customer', 'Hi'], ['agent', 'Hello']], { channel: 'voice' }, 'no turn timings: interruptions need voice turns with startMs/endMs'],
    ['voice with a party turn untimed', [['customer', 'Hi', 0, 1000], ['agent', 'Hello']], { channel: 'voice' }, 'no turn timings: interruptions need voice turns with startMs/endMs'],
    ['only a bot', [['bot', 'Goodbye', 0, 1000]], {}, 'no agent or customer turns'],
  ])('N/A: %s', (_name, turns, overrides, reason) => {
    expect(detect(turns, overrides)).toEqual({
      findings: [],
      indicators: {
        na: reason,
        agent: { count: 0, cutOffs: 0, brokenOff: 0, overlapMs: 0, perMinute: null },
        customer: { count: 0, cutOffs: 0, brokenOff: 0, overlapMs: 0, perMinute: null },
        instances: [],
        ignoredOverlaps: 0,
      },
    });
  });

  it.each<[string, string, Pick<Summary, 'customer' | 'agent' | 'ignored'>, number?]>([
    ['one word is a backchannel', 'Oui.', { customer: 0, agent: 0, ignored: 1 }],
    ['two words are not', 'Non, attendez', { customer: 1, agent: 0, ignored: 0 }],
    // where the words cannot tell, length does: one word of more than 1,500 ms is no backchannel
    ['one word of 1,500 ms is a backchannel', 'Oui.', { customer: 0, agent: 0, ignored: 1 }, 6500],
    ['one word of 1,501 ms is not', 'Oui.', { customer: 1, agent: 0, ignored: 0 }, 6501],
  ])('without a backchannel lexicon for the language: %s', (_name, text, expected, endMs = 6000) => {
    const transcript = transcriptOf([['agent', 'Alors je vais vérifier votre compte et les trois derniers paiements', 0, 10000], ['customer', text, 5000, endMs]], { language: 'fr' });
    const { indicators } = interruptions.detect({ transcript, turns: prepareTurns(transcript, undefined), lexicons: undefined });
    expect({ customer: indicators.customer.count, agent: indicators.agent.count, ignored: indicators.ignoredOverlaps }).toEqual(expected);
    expect(indicators.na).toBeNull();
  });

  it('exports frozen parameters', () => {
    expect(Object.isFrozen(INTERRUPTION_PARAMS)).toBe(true);
    expect(INTERRUPTION_PARAMS).toMatchObject({ minOverlapMs: 500, endOfTurnToleranceMs: 300, unfinishedPauseMs: 500, maxBackchannelWords: 4, maxBackchannelMs: 1500, unlexicalBackchannelWords: 1 });
  });
});

describe('interruptions: a turn left unfinished', () => {
  /** The agent's turn `text` runs 0-3 s; the customer's turn runs `startMs`..+3 s. */
  const after = (text: string, startMs: number): TurnSpec[] => [
    ['agent', text, 0, 3000],
    ['customer', 'Sorry, which account is that?', startMs, startMs + 3000],
  ];
  type Taken = { customer: number; ignored: number; instances: Array<{ durationMs: number; cutOff: boolean; brokenOff: boolean }> };
  const taken = (turns: TurnSpec[]): Taken => {
    const { indicators } = detect(turns);
    return {
      customer: indicators.customer.count,
      ignored: indicators.ignoredOverlaps,
      instances: indicators.instances.map(({ durationMs, cutOff, brokenOff }) => ({ durationMs, cutOff, brokenOff })),
    };
  };
  const none: Taken = { customer: 0, ignored: 0, instances: [] };
  const once = (durationMs: number): Taken => ({ customer: 1, ignored: 0, instances: [{ durationMs, cutOff: true, brokenOff: true }] });

  it.each<[string, TurnSpec[], Taken]>([
    ['starting 200 ms after "...on the" takes an unfinished turn', after('I paid it on the', 3200), once(0)],
    ['starting 200 ms after a finished sentence is a hand-over', after('I paid it on Monday', 3200), none],
    ['a full stop after "the" changes nothing: speech-to-text closes every segment with one', after('I paid it on the.', 3200), once(0)],
    ['a question mark makes it a question, which is complete', after('What is it made of?', 3200), none],
    ['a capital A is the article in text written in capitals', after('I PAID IT WITH A', 3200), once(0)],
    ['a trail-off word ("and") yields the turn when the other waits for the pause', after('I paid it and', 3200), none],
    ['but not when the other starts before it is over', after('I paid it and', 2900), once(100)],
    ['a contracted auxiliary with a full stop is still unfinished', after("I think it's.", 3200), once(0)],
    ['a contracted "have" after a modal ends a sentence', after("I should've", 3200), none],
    ['a capital letter other than I is spelled, not the article', after('My postcode ends in A', 3200), none],
    ['the lower-case article is not', after('I paid it on a', 3200), once(0)],
    ['starting exactly at the end of an unfinished turn', after('I paid it on the', 3000), once(0)],
    ['a backchannel on the last word of an unfinished turn is ignored as an overlap', [['agent', 'I paid it on the', 0, 3000], ['customer', 'Mm-hmm.', 2900, 3500]], { ...none, ignored: 1 }],
    ['"..." is a trailing off, not a cut-off', after('I paid it on the...', 3200), none],
    ['exactly 500 ms after is still the pause', after('I paid it on the', 3500), once(0)],
    ['501 ms after is a new turn', after('I paid it on the', 3501), none],
    ['starting on the last word of an unfinished turn counts what overlap there was', after('I paid it on the', 2900), once(100)],
    ['on the last word of a finished turn it is still a hand-over', after('I paid it on Monday', 2900), { ...none, ignored: 1 }],
    ['a word fragment ends unfinished', after('I paid it on Mon-', 3200), once(0)],
    ['so does a dash', after('I paid it on —', 3200), once(0)],
    ['a contracted auxiliary cannot end a sentence', after("I think it's", 3200), once(0)],
    ['"n\'t" can', after("I can't", 3200), none],
    ['a possessive "\'s" can', after("That one is John's", 3200), none],
    ['an exclusion covers nothing: "so do I" is complete', after('so do I', 3200), none],
    ['a smiley after the last word is no cut-off mark', after('I paid it on Monday :-)', 3200), none],
    ['a backchannel after an unfinished turn takes nothing', [['agent', 'I paid it on the', 0, 3000], ['customer', 'Mm-hmm.', 3200, 3800]], none],
    // the other stopped before it began, so gave no way to it, however long it lasts
    ['a long backchannel in the pause after an unfinished turn takes nothing either', [['agent', 'I paid it on the', 0, 3000], ['customer', 'Mm-hmm... yeah.', 3200, 5000]], none],
    [
      'the sentence was still broken off when the agent takes it up again over the customer (no cut-off)',
      [['agent', 'I paid it on the', 0, 3000], ['customer', 'Sorry, which account is that?', 3200, 6200], ['agent', 'then the fee came', 3600, 5000]],
      {
        customer: 1,
        ignored: 0,
        instances: [
          { durationMs: 0, cutOff: false, brokenOff: true },
          // and the agent talking over the customer is an interruption of its own
          { durationMs: 1400, cutOff: false, brokenOff: false },
        ],
      },
    ],
    [
      'an overlap below the minimum breaks off a sentence that then stops, even when the speaker takes it up again',
      [['agent', 'I paid it on the', 0, 3000], ['customer', 'Sorry, which account is that?', 2600, 5600], ['agent', 'first of May', 4000, 5000]],
      {
        customer: 1,
        ignored: 0,
        instances: [
          { durationMs: 400, cutOff: false, brokenOff: true },
          { durationMs: 1000, cutOff: false, brokenOff: false },
        ],
      },
    ],
    [
      'an overlap below the minimum on a finished sentence the speaker takes up again is crosstalk',
      [['agent', 'I paid it on Monday', 0, 3000], ['customer', 'Sorry, which account is that?', 2600, 5600], ['agent', 'first of May', 4000, 5000]],
      { customer: 0, ignored: 0, instances: [{ durationMs: 1000, cutOff: false, brokenOff: false }] },
    ],
    [
      'a turn that outlasts the interrupting one was not broken off by it',
      [['agent', 'I paid it on the', 0, 3000], ['customer', 'Which?', 2000, 2400]],
      none,
    ],
    [
      'a long overlap on a sentence left unfinished is flagged',
      [['agent', 'I paid it on the', 0, 3000], ['customer', 'Sorry, which account is that?', 1000, 4000]],
      once(2000),
    ],
    [
      'an interrupter whose speech is split in two breaks the turn off once',
      [['agent', 'I paid it on the', 0, 3000], ['customer', 'No no that is not what', 1500, 3200], ['customer', 'I asked you about at all', 3300, 5000]],
      once(1500),
    ],
    [
      'the speaker taking the sentence up in the same millisecond as B is no cut-off (listed before B)',
      [['agent', 'I paid it on the', 0, 3000], ['agent', 'first of May', 3300, 4500], ['customer', 'Which account?', 3300, 4000]],
      { customer: 1, ignored: 0, instances: [{ durationMs: 0, cutOff: false, brokenOff: true }] },
    ],
    [
      'nor listed after B',
      [['agent', 'I paid it on the', 0, 3000], ['customer', 'Which account?', 3300, 4000], ['agent', 'first of May', 3300, 4500]],
      { customer: 1, ignored: 0, instances: [{ durationMs: 0, cutOff: false, brokenOff: true }] },
    ],
    [
      'a second turn in the same pause does not take the same turn again',
      [['agent', 'I paid it on the', 0, 3000], ['customer', 'Wait', 3100, 3300], ['customer', 'which account?', 3400, 5000]],
      once(0),
    ],
  ])('%s', (_name, turns, expected) => {
    expect(taken(turns)).toEqual(expected);
  });

  it('reports the instance and its finding with weight 0 when the pause held no overlap', () => {
    const { findings, indicators } = detect(after('I paid it on the', 3200));
    expect(indicators.instances).toEqual([{ interrupter: 'customer', turn: 1, interruptedTurn: 0, beginMs: 3200, durationMs: 0, cutOff: true, brokenOff: true }]);
    expect(indicators.customer).toEqual({ count: 1, cutOffs: 1, brokenOff: 1, overlapMs: 0, perMinute: 9.68 }); // one in 6.2 s
    expect(findings).toEqual([
      {
        detector: 'interruptions',
        kind: 'interruption',
        category: 'customer-interrupts-agent',
        speaker: 'customer',
        evidence: { turn: 1, span: { start: 0, end: 28 }, quote: 'Sorry, which account is that' },
        weight: 0,
      },
      // what showed the agent's sentence unfinished, quoted from the agent's turn
      {
        detector: 'interruptions',
        kind: 'interruption.broken-off',
        category: 'determiner',
        entry: expect.stringMatching(/^\(a\|the\) \(.*unfinished\.lex:6\)$/),
        speaker: 'agent',
        evidence: { turn: 0, span: { start: 0, end: 16 }, quote: 'I paid it on the' },
        weight: 0,
      },
    ]);
  });

  it.each<[string, string, string, string]>([
    ['a cut-off mark is quoted with the words before it', 'So the fee was taken from my acc-', 'cut-off-mark', 'was taken from my acc-'],
    ['a dash after a space too', 'I paid it on the —', 'cut-off-mark', 'I paid it on the —'],
    ['a contracted auxiliary', 'Well I think that it is what it’s', 'contraction', 'that it is what it’s'],
  ])('the broken-off finding: %s', (_name, text, category, quote) => {
    const broken = detect(after(text, 3200)).findings.filter((f) => f.kind === 'interruption.broken-off');
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatchObject({ category, speaker: 'agent', evidence: { turn: 0, quote } });
    expect(broken[0].entry).toBeUndefined();
  });

  it('an interruption that broke nothing off has no broken-off finding', () => {
    const { findings } = detect(overAgent('Wait, that is not what I asked for', 5000, 6000));
    expect(findings.map((f) => f.kind)).toEqual(['interruption']);
  });

  it("without an unfinished lexicon for the language, the lexicon's words say nothing; cut-off marks and fragments still do", () => {
    const detectFr = (text: string) => {
      const transcript = transcriptOf([['agent', text, 0, 3000], ['customer', 'Pardon, quel compte ?', 3200, 6200]], { language: 'fr' });
      return interruptions.detect({ transcript, turns: prepareTurns(transcript, undefined), lexicons: undefined }).indicators.customer.count;
    };
    expect(detectFr('Je vais vérifier le -')).toBe(1);
    expect(detectFr('Je vais vérifi-')).toBe(1);
    expect(detectFr('Je vais vérifier le')).toBe(0);
  });
});

// Reads the shipped lexicon on purpose, as the backchannel table below does: these rows check
// lexicons/en/unfinished.lex itself, where the rule tables above use the frozen fixture.
describe('interruptions: the shipped English words a sentence cannot end on', () => {
  const shipped = loadLexiconSets(DEFAULT_LEXICON_DIR).get('en');
  const isTaken = (text: string) =>
    interruptions.detect(inputOf([['customer', text, 0, 3000], ['agent', 'Okay so let me check that for you', 3200, 6000]], {}, shipped)).indicators.agent.count === 1;

  it.each<[string, boolean]>([
    ['I was charged twice for the', true],
    ['My card was declined and', false], // a trail-off word: the agent waited for the pause
    ["I called because", true],
    ['It is the last of', true],
    ['Yesterday I', true],
    ["I think they're", true],
    ["Let's", true],
    ['It was very', true],
    // "I mean" projects the speaker's own rephrasing: alone, after a comma or after a marker
    ['Yeah I mean', true],
    ['But I mean', true],
    ["It's just, I mean", true],
    ['I mean', true],
    // ...but after what it corrects, in a relative clause or a question it is complete
    ['No, Thursday I mean.', false],
    ['The blue one I mean.', false],
    ['You know the one I mean.', false],
    ["That's not what I mean", false],
    ['You know what I mean', false],
    ['Which one did I mean', false],
    ['I was charged twice', false],
    ['So do I', false],
    ['More than I', false],
    ['It is sort of', false],
    ['I am on plan A', false],
    ['The postcode is S W 1 A', false],
    ['What if', false],
    ['I already tried that', false],
    ['Who do I speak to', false],
    ['I would like it but', false],
    ['It was the um', false],
    ['My account number is', false],
    ['My wife and I', false],
    ['So does he', false],
    ['Smith with an I', false],
    ['Can he?', false],
    ['Where are they', false],
    ["I paid it, didn't I", false],
    ['Oh my', false],
    ['I paid it on the.', true],
    ['I was on the phone with your', true],
    ["I'm", true],
    ['I called cos', true],
    ['I am not sure so', false],
    ['Is it the red one or', false],
    ['Yes it is', false],
    ['I could not find your', true],
    ['My surname is Cui, that is C U I', false], // a call's "U" is a letter, not the chat "you"
  ])('%s -> taken over %s', (text, expected) => {
    expect(isTaken(text)).toBe(expected);
  });
});

describe('interruptions: the shipped English backchannels', () => {
  const shipped = loadLexiconSets(DEFAULT_LEXICON_DIR).get('en');
  const isInterruption = (text: string) =>
    interruptions.detect(inputOf(overAgent(text, 5000, 6200), {}, shipped)).indicators.customer.count === 1;

  it.each<[string, boolean]>([
    ['Mm-hmm.', false],
    ['Mhm', false],
    ['Uh huh.', false],
    ['Um-hum', false],
    ['Yeah, yeah.', false],
    ['Okay, got it.', false],
    ['Oh I see.', false],
    ["That's right.", false],
    ['Yes ma\'am.', false],
    ['Oh wow, really?', false],
    ['Sure, thanks.', false],
    ['Alright.', false],
    ['Um', false],
    ['Yeah but that is wrong', true],
    ['Wait, no.', true],
    ['Right now?', true],
    ['Sorry, what?', true],
    ['No.', true],
    // a false start carries no content: a backchannel stammered into is still one
    ['y- yeah', false],
    ['b- b- yeah', false],
    ['w- mm-hmm', false],
    ['s- s-', false],
    ['I- I think that is wrong', true],
    ['yeah th- that is wrong', true],
  ])('%s -> interruption %s', (text, expected) => {
    expect(isInterruption(text)).toBe(expected);
  });
});

describe('interruptions: invariants over random call layouts', () => {
  it('counts agree with the instances, each turn interrupts once, and every instance keeps its rule', () => {
    const texts = ['I paid it on the', 'and', 'So what I will do now is check the account', 'Mm-hmm.', 'Yeah but that is wrong', "I think it's", 'Can he?', 'um', 'I was go-', 'Okay.', ''];
    const turn = fc.record({
      speaker: fc.constantFrom('agent' as const, 'customer' as const),
      text: fc.constantFrom(...texts),
      startMs: fc.integer({ min: 0, max: 20_000 }),
      duration: fc.integer({ min: 0, max: 4_000 }),
    });
    fc.assert(
      fc.property(fc.array(turn, { minLength: 2, maxLength: 14 }), (specs) => {
        const turns: TurnSpec[] = specs.map((t) => [t.speaker, t.text, t.startMs, t.startMs + t.duration]);
        const { indicators } = detect(turns);
        for (const who of ['agent', 'customer'] as const) {
          const mine = indicators.instances.filter((x) => x.interrupter === who);
          expect(indicators[who].count).toBe(mine.length);
          expect(indicators[who].cutOffs).toBe(mine.filter((x) => x.cutOff).length);
          expect(indicators[who].brokenOff).toBe(mine.filter((x) => x.brokenOff).length);
          expect(indicators[who].overlapMs).toBe(mine.reduce((sum, x) => sum + x.durationMs, 0));
        }
        const { findings } = detect(turns);
        expect(findings.filter((f) => f.kind === 'interruption')).toHaveLength(indicators.instances.length);
        expect(findings.filter((f) => f.kind === 'interruption.broken-off').map((f) => f.evidence.turn)).toEqual(
          indicators.instances.filter((x) => x.brokenOff).map((x) => x.interruptedTurn),
        );
        const interrupting = indicators.instances.map((x) => x.turn);
        expect(new Set(interrupting).size).toBe(interrupting.length);
        const brokenOff = indicators.instances.filter((x) => x.brokenOff).map((x) => x.interruptedTurn);
        expect(new Set(brokenOff).size).toBe(brokenOff.length);
        for (const x of indicators.instances) {
          const [, , aStart, aEnd] = turns[x.interruptedTurn] as [string, string, number, number];
          const [, , bStart, bEnd] = turns[x.turn] as [string, string, number, number];
          expect(turns[x.turn][0]).not.toBe(turns[x.interruptedTurn][0]);
          expect(aStart).toBeLessThan(bStart);
          expect(x.durationMs).toBe(Math.max(0, Math.min(aEnd, bEnd) - bStart));
          if (x.brokenOff) {
            expect(aEnd).toBeLessThan(bEnd);
            expect(bStart - aEnd).toBeLessThanOrEqual(INTERRUPTION_PARAMS.unfinishedPauseMs);
          } else {
            // past the hand-over tolerance, and long enough or a cut-off
            expect(aEnd - bStart).toBeGreaterThanOrEqual(INTERRUPTION_PARAMS.endOfTurnToleranceMs);
            expect(x.durationMs >= INTERRUPTION_PARAMS.minOverlapMs || x.cutOff).toBe(true);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });
});
