import { describe, expect, it } from 'vitest';
import {
  accuracy,
  averageRanks,
  binaryCounts,
  confusionMatrix,
  leastSquares,
  macroF1,
  matchEvents,
  precisionRecallF1,
  quantile,
  spearman,
  tokenOverlapCounts,
} from '../../eval/metrics.js';
import { parseCsv } from '../../eval/csv.js';
import { plainOverlaps } from '../../eval/baselines.js';
import { evaluateInterruptions, goldInterruptions, isInterruptedAct, isUnlabelled, pairTranscripts, parseDadb } from '../../eval/datasets/mrda.js';
import { locateRationales } from '../../eval/datasets/empathy.js';
import { evaluateSentiment, labelOf, tweetText, type SentimentExample } from '../../eval/datasets/sentiment.js';
import { COMMUNITY_GROUP_MIN, communityGroups, evaluatePoliteness, type PolitenessExample } from '../../eval/datasets/politeness.js';
import { loadAnalyzer } from '../../eval/analyzer.js';
import { evalTranscript } from '../../eval/transcript.js';

describe('averageRanks', () => {
  it.each([
    { values: [10, 20, 30], ranks: [1, 2, 3] },
    { values: [30, 10, 20], ranks: [3, 1, 2] },
    { values: [10, 20, 20, 30], ranks: [1, 2.5, 2.5, 4] },
    { values: [5, 5, 5], ranks: [2, 2, 2] },
    { values: [], ranks: [] },
  ])('$values -> $ranks', ({ values, ranks }) => {
    expect(averageRanks(values)).toEqual(ranks);
  });
});

describe('spearman', () => {
  it('is 1 for identical ranks and -1 for reversed ranks', () => {
    expect(spearman([1, 2, 3, 4, 5], [10, 20, 30, 40, 50])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4, 5], [50, 40, 30, 20, 10])).toBeCloseTo(-1, 12);
  });

  it('depends on ranks only', () => {
    expect(spearman([1, 2, 3, 4], [1, 4, 9, 1000])).toBeCloseTo(1, 12);
  });

  it('averages tied ranks (hand-computed: 3 / sqrt(10))', () => {
    // ranks x = [1, 2.5, 2.5, 4], y = [1, 3, 2, 4]; sxy = 4.5, sxx = 4.5, syy = 5.
    expect(spearman([1, 2, 2, 3], [1, 3, 2, 4])).toBeCloseTo(3 / Math.sqrt(10), 12);
  });

  it('is NaN when one side is constant', () => {
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNaN();
  });

  it('rejects unequal lengths', () => {
    expect(() => spearman([1, 2], [1])).toThrow(/equal lengths/);
  });
});

describe('precision, recall and F1', () => {
  it.each([
    { counts: { tp: 6, fp: 2, fn: 4 }, p: 0.75, r: 0.6, f1: 2 / 3 },
    { counts: { tp: 0, fp: 0, fn: 5 }, p: 0, r: 0, f1: 0 },
    { counts: { tp: 0, fp: 0, fn: 0 }, p: 0, r: 0, f1: 0 },
    { counts: { tp: 3, fp: 0, fn: 0 }, p: 1, r: 1, f1: 1 },
  ])('$counts', ({ counts, p, r, f1 }) => {
    const s = precisionRecallF1(counts);
    expect(s.precision).toBeCloseTo(p, 12);
    expect(s.recall).toBeCloseTo(r, 12);
    expect(s.f1).toBeCloseTo(f1, 12);
  });

  it('counts binary decisions', () => {
    expect(binaryCounts([true, true, false, false, true], [true, false, true, false, true])).toEqual({ tp: 2, fp: 1, fn: 1, tn: 1 });
  });
});

describe('multi-class metrics', () => {
  const labels = ['a', 'b', 'c'];
  const gold = ['a', 'a', 'b', 'b', 'c'];
  const predicted = ['a', 'b', 'b', 'b', 'a'];

  it('builds the confusion matrix with gold rows and predicted columns', () => {
    expect(confusionMatrix(gold, predicted, labels)).toEqual([
      [1, 1, 0],
      [0, 2, 0],
      [1, 0, 0],
    ]);
  });

  it('computes accuracy and macro-F1 (hand-computed: F1 a 0.5, b 0.8, c 0)', () => {
    expect(accuracy(gold, predicted)).toBeCloseTo(0.6, 12);
    expect(macroF1(gold, predicted, labels)).toBeCloseTo(1.3 / 3, 12);
  });

  it('rejects a label outside the list', () => {
    expect(() => confusionMatrix(['a'], ['z'], labels)).toThrow(/label z is not one of a, b, c/);
  });
});

describe('quantile', () => {
  it('interpolates linearly between closest ranks', () => {
    expect(quantile([4, 1, 3, 2], 0.25)).toBeCloseTo(1.75, 12);
    expect(quantile([4, 1, 3, 2], 0.75)).toBeCloseTo(3.25, 12);
    expect(quantile([7], 0.5)).toBe(7);
  });
});

describe('tokenOverlapCounts', () => {
  it('counts word tokens covered by predicted and gold spans', () => {
    const text = "I'm so sorry you feel this way";
    // predicted: "sorry"; gold: "so sorry you feel".
    expect(tokenOverlapCounts(text, [{ start: 7, end: 12 }], [{ start: 4, end: 22 }])).toEqual({ tp: 1, fp: 0, fn: 3 });
    expect(tokenOverlapCounts(text, [{ start: 0, end: 3 }], [{ start: 4, end: 6 }])).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});

describe('matchEvents', () => {
  it('matches one to one, same key, within the tolerance', () => {
    const gold = [
      { key: 'A', timeMs: 1000 },
      { key: 'A', timeMs: 5000 },
      { key: 'B', timeMs: 9000 },
    ];
    const predicted = [
      { key: 'A', timeMs: 1300 },
      { key: 'A', timeMs: 1100 },
      { key: 'B', timeMs: 5000 },
      { key: 'B', timeMs: 9600 },
    ];
    expect(matchEvents(gold, predicted, 500)).toEqual({ tp: 1, fp: 3, fn: 2 });
  });
});

describe('parseCsv', () => {
  it('handles quotes, escaped quotes, embedded line breaks and CRLF', () => {
    expect(parseCsv('a,b\r\n"x, y","he said ""hi""\nbye"\n1,\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'he said "hi"\nbye'],
      ['1', ''],
    ]);
  });
});

describe('plainOverlaps', () => {
  it('reports every turn starting inside the other speaker’s turn', () => {
    const turns = [
      { speaker: 'A', startMs: 0, endMs: 5000 },
      { speaker: 'B', startMs: 1000, endMs: 1300 },
      { speaker: 'B', startMs: 4000, endMs: 7000 },
      { speaker: 'A', startMs: 6500, endMs: 8000 },
      { speaker: 'A', startMs: 9000, endMs: 9500 },
    ];
    expect(plainOverlaps(turns).map((o) => [o.interrupter, o.turn, o.interruptedTurn, o.beginMs])).toEqual([
      ['B', 1, 0, 1000],
      ['B', 2, 0, 4000],
      ['A', 3, 2, 6500],
    ]);
  });
});

describe('MRDA', () => {
  const dadb = [
    '1.0,3.0,M-c1_1,A,1.0+1.5+so|1.5+3.0+i_b_m,s.%-,M-c1,me001,s.%-,,,,,',
    '2.6,3.2,M-c2_2,A,2.6+3.2+uhhuh,b,M-c2,me002,b,,,,,',
    '2.8,4.0,M-c3_3,A,2.8+4.0+wait,fg,M-c3,me003,fg,,,,,',
    '5.0,6.0,M-c1_4,A,5.0+6.0+well,s.%--,M-c1,me001,s.%--,,,,,',
    '6.0,7.0,M-c1_5,Z,XXXX+XXXX+{@reject@},,M-c1,me001,,,,,,',
    '8.0,9.0,M-c2_6,A,8.0+8.4+{uhhuh}|8.4+9.0+<yeah>,s^aa|%-,M-c2,me002,s^aa|%-,,,,,',
  ].join('\n');
  const meeting = parseDadb(dadb, 'M');

  it('parses word-timed segments and drops untimed ones', () => {
    expect(meeting.segments.map((s) => [s.speaker, s.startMs, s.endMs, s.text, s.interrupted, s.backchannel])).toEqual([
      ['me001', 1000, 3000, 'so ibm', true, false],
      ['me002', 2600, 3200, 'uhhuh', false, true],
      ['me003', 2800, 4000, 'wait', false, false],
      ['me001', 5000, 6000, 'well', false, false],
      ['me002', 8000, 9000, 'yeah', true, false],
    ]);
  });

  it('counts and skips a line of another layout, and reads CRLF line ends', () => {
    expect(meeting.malformedLines).toBe(0);
    const other = parseDadb(`${dadb.replace(/\n/g, '\r\n')}\r\ngarbage,line\r\n1.0,2.0,M-c9_9,A,1.0+2.0+hi,s,M-c9,me009\r\n`, 'M');
    expect(other.malformedLines).toBe(2);
    expect(other.segments.map((x) => x.text)).toEqual(meeting.segments.map((x) => x.text));
  });

  it('tells interrupted from abandoned acts', () => {
    expect(['s.%-', '%-', 's.%--', '%--', 's'].map(isInterruptedAct)).toEqual([true, true, false, false, false]);
  });

  it('attributes an interruption to the first non-backchannel speaker starting by the end + 500 ms', () => {
    expect(goldInterruptions(meeting)).toEqual({
      gold: [{ interrupted: 'me001', interrupter: 'me003', onsetMs: 2800, segmentId: 'M-c3_3' }],
      unattributed: 1,
    });
  });

  it('tells an unlabelled segment (every act z) from a labelled one', () => {
    const labelled = (label: string) => isUnlabelled({ ...meeting.segments[0], label });
    expect(['z', 'z|z', 'z|s', 's', 's.%-', ''].map(labelled)).toEqual([true, true, false, false, false, false]);
  });

  it('scores no instance on an unlabelled segment, and counts those it leaves out', () => {
    // me001 talks over an unlabelled (z) stretch of me002's, then me002 talks over a labelled one of me001's
    const z = parseDadb(
      [
        '0.0,5.0,Z-c2_1,A,0.0+5.0+testing,z,Z-c2,me002,z,,,,,',
        '2.0,4.0,Z-c1_2,A,2.0+4.0+mike,z,Z-c1,me001,z,,,,,',
        '10.0,15.0,Z-c1_3,A,10.0+15.0+so,s.%-,Z-c1,me001,s.%-,,,,,',
        '12.0,16.0,Z-c2_4,A,12.0+16.0+wait,s,Z-c2,me002,s,,,,,',
      ].join('\n'),
      'Z',
    );
    const { transcript } = pairTranscripts(z)[0];
    // an analyzer that reports every overlap: the harness, not a detector, is under test here
    const everyOverlap = () => ({
      interruptions: {
        instances: [
          { interrupter: 'agent', turn: 1, interruptedTurn: 0, beginMs: 2000, durationMs: 2000, cutOff: false, brokenOff: false },
          { interrupter: 'customer', turn: 3, interruptedTurn: 2, beginMs: 12000, durationMs: 3000, cutOff: false, brokenOff: false },
        ],
      },
    });
    expect(transcript.turns.map((t) => t.text)).toEqual(['testing', 'mike', 'so', 'wait']);
    const result = evaluateInterruptions([z], everyOverlap as unknown as Parameters<typeof evaluateInterruptions>[1]);
    expect(result.unlabelledLeftOut).toEqual({ analyzer: 1, baseline: 1 });
    expect(result.baseline).toMatchObject({ predicted: 1, precision: 1, recall: 1 });
    expect(result.analyzer).toMatchObject({ predicted: 1, precision: 1, recall: 1 });
  });

  it('builds one two-party transcript per pair of speakers', () => {
    const pairs = pairTranscripts(meeting);
    expect(pairs.map((p) => p.transcript.interactionId)).toEqual(['M:me001:me002', 'M:me001:me003', 'M:me002:me003']);
    expect(pairs[1].transcript.turns).toEqual([
      { speaker: 'agent', text: 'so ibm', startMs: 1000, endMs: 3000 },
      { speaker: 'customer', text: 'wait', startMs: 2800, endMs: 4000 },
      { speaker: 'agent', text: 'well', startMs: 5000, endMs: 6000 },
    ]);
    expect(pairs[1].transcript).toMatchObject({ tenantId: 'eval', channel: 'voice', agentId: 'me001', language: 'en', startedAt: '2026-01-01T00:00:00.000Z', metadata: {} });
  });
});

describe('dataset helpers', () => {
  it('locates rationales verbatim, then case- and whitespace-insensitively', () => {
    const text = 'I am  So sorry.\nThat must be hard.';
    expect(locateRationales(text, 'So sorry|that must be hard|not there|')).toEqual({
      spans: [
        { start: 6, end: 14, text: 'So sorry' },
        { start: 16, end: 33, text: 'That must be hard' },
      ],
      unlocated: 1,
    });
  });

  it('strips leading mentions and decodes entities from tweets', () => {
    expect(tweetText('@united @AmericanAir thanks &amp; bye &lt;3 @you')).toBe('thanks & bye <3 @you');
  });

  it('labels scores with the neutral band', () => {
    expect([null, 0, 0.49, -0.49, 0.5, -0.5, 3].map(labelOf)).toEqual(['neutral', 'neutral', 'neutral', 'neutral', 'positive', 'negative', 'positive']);
  });
});

describe('leastSquares', () => {
  it('recovers the weights of an exactly linear relation', () => {
    const rows = [
      [1, 0, 2],
      [1, 1, 0],
      [1, 3, 1],
      [1, 2, 5],
      [1, 4, 4],
    ];
    const y = rows.map((r) => 0.5 + 2 * r[1] - 1.5 * r[2]);
    const w = leastSquares(rows, y, 0);
    expect(w[0]).toBeCloseTo(0.5, 9);
    expect(w[1]).toBeCloseTo(2, 9);
    expect(w[2]).toBeCloseTo(-1.5, 9);
  });

  it('stays finite with the ridge when a feature never occurs', () => {
    const w = leastSquares([[1, 0], [1, 0], [1, 0]], [1, 2, 3]);
    expect(w.every(Number.isFinite)).toBe(true);
    expect(w[0]).toBeCloseTo(2, 2); // shrunk by the ridge: 6 / 3.001
    expect(w[1]).toBe(0);
  });
});

describe('sentiment evaluation per airline', () => {
  const tweet = (id: string, airline: string, text: string, gold: SentimentExample['gold']): SentimentExample => ({
    text,
    gold,
    confidence: 1,
    negativeReason: '',
    airline,
    transcript: evalTranscript(`tweet:${id}`, airline, 'social', [{ speaker: 'customer', text }]),
  });

  it('reports macro-F1 per airline, over that airline\'s tweets only', async () => {
    const { analyze } = await loadAnalyzer();
    const examples = [
      tweet('1', 'Alpha', 'My flight was cancelled and nobody called', 'negative'),
      tweet('2', 'Alpha', 'The crew were wonderful, thank you so much', 'positive'),
      tweet('3', 'Beta', 'My bag never arrived', 'negative'),
      tweet('4', 'Beta', 'What time does boarding start', 'neutral'),
      tweet('5', 'Beta', 'Is the lounge open', 'positive'),
    ];
    const result = evaluateSentiment(examples, analyze);
    expect(Object.keys(result.byAirline ?? {})).toEqual(['Alpha', 'Beta']);
    expect(result.byAirline?.Alpha.n).toBe(2);
    expect(result.byAirline?.Beta.n).toBe(3);
    const macroOf = (subset: SentimentExample[]) =>
      macroF1(subset.map((e) => e.gold), subset.map((e) => labelOf(analyze(e.transcript).sentiment.customer.overall)), ['negative', 'neutral', 'positive']);
    expect(result.byAirline?.Alpha.analyzer).toBeCloseTo(macroOf(examples.slice(0, 2)), 10);
    expect(result.byAirline?.Beta.analyzer).toBeCloseTo(macroOf(examples.slice(2)), 10);
    expect(result.byAirline?.Alpha.analyzer).not.toBeCloseTo(result.byAirline?.Beta.analyzer ?? -1, 5);
  });
});

describe('politeness evaluation per community group', () => {
  const request = (i: number, community: string, text: string, gold: number, binary: PolitenessExample['binary']): PolitenessExample => ({
    file: 'x.annotated.csv',
    community,
    text,
    gold,
    binary,
    transcript: evalTranscript(`x:${i}`, community, 'chat', [{ speaker: 'agent', text }]),
  });
  const polite = ['Could you please check it? Thank you!', 'Sorry to bother you, would you mind a look?'];
  const rude = ['Why did you do that? Ridiculous.', 'Just fix it. Seriously.'];
  /** `n` requests of one community, alternating polite (gold 1) and rude (gold -1). */
  const community = (name: string, n: number, from: number) =>
    Array.from({ length: n }, (_, k) => (k % 2 === 0 ? request(from + k, name, polite[k % 4 === 0 ? 0 : 1], 1, 'polite') : request(from + k, name, rude[k % 4 === 1 ? 0 : 1], -1, 'impolite')));

  it('keeps each community of at least COMMUNITY_GROUP_MIN requests alone and pools the rest', () => {
    const examples = [...community('Big', COMMUNITY_GROUP_MIN, 0), ...community('Small A', 3, 10_000), ...community('Small B', COMMUNITY_GROUP_MIN - 1, 20_000)];
    const groups = communityGroups(examples);
    expect([...groups.keys()]).toEqual(['Big', 'other communities']);
    expect(groups.get('Big')?.length).toBe(COMMUNITY_GROUP_MIN);
    expect(groups.get('other communities')?.length).toBe(COMMUNITY_GROUP_MIN + 2);
  });

  it('scores each group on its own requests only, and leaves groups out when there is one', async () => {
    const { analyze } = await loadAnalyzer();
    // the big community's gold agrees with the language, the pooled rest's is reversed
    const big = community('Big', COMMUNITY_GROUP_MIN, 0);
    const reversed = community('Small', 40, 10_000).map((e) => ({ ...e, gold: -e.gold, binary: e.binary === 'polite' ? ('impolite' as const) : ('polite' as const) }));
    const result = evaluatePoliteness([...big, ...reversed], analyze);
    expect(result.byCommunity?.Big.n).toBe(COMMUNITY_GROUP_MIN);
    expect(result.byCommunity?.Big.analyzer?.binary_accuracy).toBe(1);
    expect(result.byCommunity?.['other communities'].analyzer?.binary_accuracy).toBe(0);
    expect(result.byCommunity?.Big.analyzer?.spearman).toBeGreaterThan(0.8);
    expect(result.byCommunity?.['other communities'].analyzer?.spearman).toBeLessThan(-0.8);
    expect(evaluatePoliteness(big, analyze).byCommunity).toBeUndefined();
  });
});
