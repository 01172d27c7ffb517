import { describe, expect, it } from 'vitest';
import type { AnalyzeFn } from '../../eval/analyzer.js';
import { evaluateEmpathy, type EmpathyExample } from '../../eval/datasets/empathy.js';
import { evaluateInterruptions, parseDadb } from '../../eval/datasets/mrda.js';
import { evaluatePoliteness, type PolitenessExample } from '../../eval/datasets/politeness.js';
import { SENTIMENT_LABELS, evaluateSentiment, type SentimentExample, type SentimentLabel } from '../../eval/datasets/sentiment.js';
import type { EvalReport } from '../../eval/harness.js';
import { empathyStatistics, headlineIntervals, interruptionStatistics, politenessStatistics, sentimentStatistics } from '../../eval/intervals.js';
import {
  BOOTSTRAP_RESAMPLES,
  accuracy,
  averageRanks,
  bootstrapInterval,
  definedPrecisionRecallF1,
  macroF1,
  mulberry32,
  pick,
  precisionRecallF1,
  resampledAverageRanks,
  spearman,
  signTestP,
  sumCounts,
  type BinaryCounts,
} from '../../eval/metrics.js';
import { renderReport } from '../../eval/report.js';
import { evalTranscript } from '../../eval/transcript.js';

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const everyIndex = (n: number) => Array.from({ length: n }, (_, i) => i);
/** Index arrays drawn with a generator of their own, to compare a fast statistic with the plain one. */
const someResamples = (n: number, count: number) => {
  const random = mulberry32(7);
  return Array.from({ length: count }, () => Array.from({ length: n }, () => Math.floor(random() * n)));
};

describe('mulberry32', () => {
  it('gives the same sequence for the same seed, and another for another seed', () => {
    const draw = (seed: number) => {
      const random = mulberry32(seed);
      return Array.from({ length: 5 }, () => random());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(43)).not.toEqual(draw(42));
  });

  it('draws from [0, 1), about uniformly', () => {
    const random = mulberry32(1);
    const values = Array.from({ length: 20_000 }, () => random());
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(mean(values)).toBeGreaterThan(0.49);
    expect(mean(values)).toBeLessThan(0.51);
    // each tenth of the range holds about a tenth of the draws
    const deciles = new Array<number>(10).fill(0);
    for (const v of values) deciles[Math.floor(v * 10)] += 1;
    for (const count of deciles) expect(Math.abs(count - 2000)).toBeLessThan(200);
  });
});

describe('bootstrapInterval', () => {
  /** The mean of `data` over the resampled indices. */
  const meanOf = (data: readonly number[]) => (indices: readonly number[]) => mean(pick(data, indices));
  /** 0..9 repeated: standard deviation sqrt(8.25) for every n. */
  const digits = (n: number) => Array.from({ length: n }, (_, i) => i % 10);

  it('is the same interval on every call (fixed seed), with the default resamples and level', () => {
    const data = digits(50);
    const a = bootstrapInterval(data.length, meanOf(data));
    expect(bootstrapInterval(data.length, meanOf(data))).toEqual(a);
    expect([a.resamples, a.level, a.skipped]).toEqual([BOOTSTRAP_RESAMPLES, 0.95, 0]);
    expect(BOOTSTRAP_RESAMPLES).toBe(1000);
  });

  it('of a constant statistic is that constant', () => {
    const interval = bootstrapInterval(30, () => 0.42);
    expect([interval.low, interval.high]).toEqual([0.42, 0.42]);
  });

  it('of a mean contains the sample mean, is about 2 x 1.96 standard errors wide, and narrows as n grows', () => {
    const width = (n: number) => {
      const data = digits(n);
      const interval = bootstrapInterval(n, meanOf(data));
      expect(interval.low).toBeLessThan(mean(data));
      expect(interval.high).toBeGreaterThan(mean(data));
      return interval.high - interval.low;
    };
    const expected = (n: number) => 2 * 1.96 * Math.sqrt(8.25 / n);
    // resampling without replacement would give width 0; a wrong scale a width far from the normal one
    for (const n of [100, 400, 1600]) {
      expect(width(n)).toBeGreaterThan(0.85 * expected(n));
      expect(width(n)).toBeLessThan(1.15 * expected(n));
    }
    expect(width(1600)).toBeLessThan(width(400));
    expect(width(400)).toBeLessThan(width(100));
  });

  it('takes the (1 - level) / 2 and 1 - (1 - level) / 2 percentiles of the resampled statistic', () => {
    // the first unit drawn is uniform on 0..1000, so its percentiles are about 10 x the percent
    const firstDrawn = (indices: readonly number[]) => indices[0];
    const at95 = bootstrapInterval(1001, firstDrawn);
    expect(at95.low).toBeGreaterThan(15);
    expect(at95.low).toBeLessThan(35);
    expect(at95.high).toBeGreaterThan(965);
    expect(at95.high).toBeLessThan(985);
    const at80 = bootstrapInterval(1001, firstDrawn, 1000, 0.8);
    expect(at80.low).toBeGreaterThan(85);
    expect(at80.low).toBeLessThan(115);
    expect(at80.high).toBeGreaterThan(885);
    expect(at80.high).toBeLessThan(915);
  });

  it('is narrower at a lower level', () => {
    const data = digits(200);
    const wide = bootstrapInterval(200, meanOf(data));
    const narrow = bootstrapInterval(200, meanOf(data), 1000, 0.5);
    expect(narrow.high - narrow.low).toBeLessThan((wide.high - wide.low) * 0.6);
    expect(narrow.low).toBeGreaterThan(wide.low);
  });

  it('skips a resample on which the statistic is NaN, and counts it', () => {
    // two units 0 and 1; the mean is undefined (NaN) when only unit 0 is drawn (1 resample in 4):
    // the others give 0.5 (1 in 2) or 1 (1 in 4), so the bounds are 0.5 and 1, never 0
    const interval = bootstrapInterval(2, (indices) => (indices.every((i) => i === 0) ? Number.NaN : mean(pick([0, 1], indices))));
    expect(interval.skipped).toBeGreaterThan(200);
    expect(interval.skipped).toBeLessThan(300);
    expect([interval.low, interval.high]).toEqual([0.5, 1]);
  });

  it('has NaN bounds when every resample is skipped, or there are no units', () => {
    const none = bootstrapInterval(5, () => Number.NaN);
    expect(none.skipped).toBe(1000);
    expect(none.low).toBeNaN();
    expect(none.high).toBeNaN();
    expect(bootstrapInterval(0, () => 1).low).toBeNaN();
  });

  it('rejects a level outside (0, 1) and a fractional number of units', () => {
    expect(() => bootstrapInterval(10, () => 1, 100, 95)).toThrow(/level between 0 and 1, got 95/);
    expect(() => bootstrapInterval(2.5, () => 1)).toThrow(/whole number of units, got 2.5/);
  });
});

describe('resampledAverageRanks', () => {
  it('gives the tie-averaged ranks of the resampled values, as averageRanks does', () => {
    const values = [3, 1, 3, 2, 5, 1, 0.5, 3];
    const ranks = resampledAverageRanks(values);
    expect(ranks(everyIndex(values.length))).toEqual(averageRanks(values));
    expect(ranks([1, 1, 0, 4])).toEqual([1.5, 1.5, 3, 4]);
    for (const indices of someResamples(values.length, 20)) expect(ranks(indices)).toEqual(averageRanks(pick(values, indices)));
  });
});

describe('definedPrecisionRecallF1 and sumCounts', () => {
  it('is NaN where a ratio has no denominator, and agrees with precisionRecallF1 elsewhere', () => {
    const none = definedPrecisionRecallF1({ tp: 0, fp: 0, fn: 0 });
    expect([none.precision, none.recall, none.f1]).toEqual([NaN, NaN, NaN]);
    const noPrediction = definedPrecisionRecallF1({ tp: 0, fp: 0, fn: 3 });
    expect([noPrediction.precision, noPrediction.recall, noPrediction.f1]).toEqual([NaN, 0, 0]);
    for (const counts of [{ tp: 3, fp: 1, fn: 2 }, { tp: 0, fp: 2, fn: 5 }, { tp: 7, fp: 0, fn: 0 }]) {
      const defined = definedPrecisionRecallF1(counts);
      const table = precisionRecallF1(counts);
      expect(defined.precision).toBeCloseTo(table.precision, 12);
      expect(defined.recall).toBeCloseTo(table.recall, 12);
      expect(defined.f1).toBeCloseTo(table.f1, 12);
    }
  });

  it('adds the counts of the drawn units, a unit drawn twice counting twice', () => {
    const perUnit = [{ tp: 1, fp: 0, fn: 2 }, { tp: 0, fp: 5, fn: 0 }];
    expect(sumCounts(perUnit, [0, 0, 1])).toEqual({ tp: 2, fp: 5, fn: 4 });
    expect(sumCounts(perUnit, [])).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
});

describe('the cluster bootstrap of interruptions (meetings as units)', () => {
  const f1s = (baseline: BinaryCounts[], analyzer: BinaryCounts[]) => {
    const statistics = interruptionStatistics(baseline, analyzer);
    return Object.fromEntries(Object.entries(statistics).map(([name, statistic]) => [name, bootstrapInterval(analyzer.length, statistic)]));
  };

  it('gives the one value itself when every meeting has the same counts', () => {
    const same = { tp: 1, fp: 3, fn: 1 };
    const intervals = f1s([same, same, same], [same, same, same]);
    expect([intervals.precision.low, intervals.precision.high]).toEqual([0.25, 0.25]);
    expect([intervals.recall.low, intervals.recall.high]).toEqual([0.5, 0.5]);
    expect([intervals.f1.low, intervals.f1.high]).toEqual([1 / 3, 1 / 3]);
    expect([intervals.f1_gain.low, intervals.f1_gain.high]).toEqual([0, 0]);
  });

  it('spans 0 to 1 when one meeting is all right and the other all wrong', () => {
    // resamples: both right (precision 1), one of each (0.5), both wrong (0)
    const intervals = f1s([{ tp: 0, fp: 0, fn: 1 }, { tp: 0, fp: 0, fn: 1 }], [{ tp: 1, fp: 0, fn: 0 }, { tp: 0, fp: 1, fn: 1 }]);
    expect([intervals.precision.low, intervals.precision.high]).toEqual([0, 1]);
    expect([intervals.recall.low, intervals.recall.high]).toEqual([0, 1]);
    // the baseline's F1 is 0 on every resample, so the gain is the analyzer's F1
    expect([intervals.f1_gain.low, intervals.f1_gain.high]).toEqual([intervals.f1.low, intervals.f1.high]);
  });

  it('skips the resamples that draw only a meeting without predictions or gold', () => {
    const intervals = f1s([{ tp: 0, fp: 0, fn: 0 }, { tp: 1, fp: 1, fn: 0 }], [{ tp: 0, fp: 0, fn: 0 }, { tp: 1, fp: 1, fn: 0 }]);
    expect(intervals.precision.skipped).toBeGreaterThan(200);
    expect(intervals.precision.skipped).toBeLessThan(300);
    expect([intervals.precision.low, intervals.precision.high]).toEqual([0.5, 0.5]);
  });
});

describe('the statistics of each dataset on the per-unit decisions of an evaluation', () => {
  const tweet = (id: number, text: string, gold: SentimentLabel, confidence = 1): SentimentExample => ({
    text,
    gold,
    confidence,
    negativeReason: '',
    airline: 'Alpha',
    transcript: evalTranscript(`tweet:${id}`, 'Alpha', 'social', [{ speaker: 'customer', text }]),
  });
  /** A stand-in analyzer: the overall sentiment is the number the tweet ends with. */
  const bySuffix = ((t: { turns: { text: string }[] }) => ({ sentiment: { customer: { overall: Number(t.turns[0].text.split(' ').at(-1)) } } })) as unknown as AnalyzeFn;
  const tweets = [
    tweet(1, 'awful -2', 'negative'),
    tweet(2, 'meh 0', 'negative'),
    tweet(3, 'great 3', 'positive'),
    tweet(4, 'gate? 0', 'neutral'),
    tweet(5, 'fine 1', 'neutral'),
    tweet(6, 'lost bag -1', 'negative'),
    tweet(7, 'unsure 2', 'negative', 0.4), // below the confidence of the main setting: not a unit
    tweet(8, 'thanks 0.2', 'positive'),
  ];
  const sentiment = evaluateSentiment(tweets, bySuffix);

  it('sentiment: the tweets of the main setting, reproducing the headline, and the fast matrix agrees with macroF1', () => {
    const perTweet = sentiment.perTweet;
    expect(perTweet.gold).toHaveLength(7);
    expect(perTweet.analyzer).toEqual(['negative', 'neutral', 'positive', 'neutral', 'positive', 'negative', 'neutral']);
    const statistics = sentimentStatistics(perTweet, perTweet.analyzer ?? []);
    const all = everyIndex(7);
    expect(statistics.accuracy(all)).toBeCloseTo(sentiment.analyzer?.accuracy ?? NaN, 12);
    expect(statistics.macro_f1(all)).toBeCloseTo(sentiment.analyzer?.macro_f1 ?? NaN, 12);
    expect(statistics.macro_f1_gain(all)).toBeCloseTo((sentiment.analyzer?.macro_f1 ?? NaN) - sentiment.baseline.macro_f1, 12);
    for (const indices of someResamples(7, 20)) {
      const gold = pick(perTweet.gold, indices);
      const predicted = pick(perTweet.analyzer ?? [], indices);
      expect(statistics.accuracy(indices)).toBeCloseTo(accuracy(gold, predicted), 12);
      expect(statistics.macro_f1(indices)).toBeCloseTo(macroF1(gold, predicted, SENTIMENT_LABELS), 12);
    }
  });

  it('politeness: per request, reproducing the headline; binary accuracy only over the quartile requests drawn', () => {
    const request = (i: number, score: number, gold: number, binary: PolitenessExample['binary']): PolitenessExample => ({
      file: 'x.annotated.csv',
      community: 'X',
      text: String(score),
      gold,
      binary,
      transcript: evalTranscript(`x:${i}`, 'X', 'chat', [{ speaker: 'agent', text: String(score) }]),
    });
    const byText = ((t: { turns: { text: string }[] }) => ({ positiveLanguage: { score: Number(t.turns[0].text), politeness: 0, positive: 0, negative: 0 } })) as unknown as AnalyzeFn;
    const examples = [request(0, 70, 1.2, 'polite'), request(1, 50, 0.9, 'polite'), request(2, 40, -1, 'impolite'), request(3, 60, 0.1, 'neutral'), request(4, 55, -0.8, 'impolite')];
    const result = evaluatePoliteness(examples, byText);
    const statistics = politenessStatistics(result.perRequest, result.perRequest.analyzer ?? []);
    expect(statistics.spearman(everyIndex(5))).toBeCloseTo(result.analyzer?.spearman ?? NaN, 12);
    expect(statistics.binary_accuracy(everyIndex(5))).toBeCloseTo(result.analyzer?.binary_accuracy ?? NaN, 12);
    expect(result.analyzer?.binary_accuracy).toBe(0.5);
    expect(statistics.binary_accuracy([0, 3, 3, 3])).toBe(1);
    expect(statistics.binary_accuracy([3, 3])).toBeNaN();
    for (const indices of someResamples(5, 20)) {
      const expected = spearman(pick(result.perRequest.analyzer ?? [], indices), pick(result.perRequest.gold, indices));
      if (Number.isNaN(expected)) expect(statistics.spearman(indices)).toBeNaN();
      else expect(statistics.spearman(indices)).toBeCloseTo(expected, 12);
    }
  });

  it('empathy: the emotional-reactions decisions per pair, reproducing the headline', () => {
    const pair = (id: string, response: string, level: number): EmpathyExample => {
      const transcript = evalTranscript(`epitome:${id}`, 'reddit-responder', 'chat', [
        { speaker: 'customer', text: 'I feel low' },
        { speaker: 'agent', text: response },
      ]);
      return { pair: id, transcript, readings: { emotionalReactions: { transcript, response, level, rationales: [] } } };
    };
    // a stand-in analyzer: an emotional reaction on every response that says "hugs"
    const hugs = ((t: { turns: { text: string }[] }) => ({
      evidence: t.turns[1].text.includes('hugs')
        ? [{ detector: 'empathy', kind: 'empathy', category: 'emotional-reaction', speaker: 'agent', evidence: { turn: 1, span: { start: 0, end: 4 } } }]
        : [],
    })) as unknown as AnalyzeFn;
    const examples = [pair('a', 'hugs to you', 1), pair('b', 'hugs', 0), pair('c', 'try this', 2), pair('d', 'so sorry, hugs', 2), pair('e', 'ok', 0)];
    const result = evaluateEmpathy({ examples, stats: {} as never }, hugs);
    expect(result.emotionalReactionsPerPair).toEqual({ gold: [true, false, true, true, false], baseline: [false, false, false, true, false], analyzer: [true, true, false, true, false] });
    const statistics = empathyStatistics(result.emotionalReactionsPerPair, result.emotionalReactionsPerPair.analyzer ?? []);
    for (const key of ['precision', 'recall', 'f1'] as const) expect(statistics[key](everyIndex(5))).toBeCloseTo(result.analyzer?.emotionalReactions[key] ?? NaN, 12);
  });

  it('interruptions: per-meeting counts that add up to the headline counts', () => {
    const meeting = (name: string, lines: string[]) => parseDadb(lines.join('\n'), name);
    const meetings = [
      // me002 interrupts me001 (gold); me003 overlaps me002 without an interruption
      meeting('A', ['0.0,3.0,A-c1_1,A,0.0+3.0+so,s.%-,A-c1,me001,s.%-,,,,,', '2.5,5.0,A-c2_2,A,2.5+5.0+wait,s,A-c2,me002,s,,,,,', '4.0,6.0,A-c3_3,A,4.0+6.0+right,s,A-c3,me003,s,,,,,']),
      // me002 interrupts me001 by starting after the end: only the analyzer finds it
      meeting('B', ['0.0,3.0,B-c1_1,A,0.0+3.0+so,s.%-,B-c1,me001,s.%-,,,,,', '3.2,5.0,B-c2_2,A,3.2+5.0+no,s,B-c2,me002,s,,,,,']),
    ];
    // a stand-in analyzer: an interruption at the start of every customer turn after the first turn
    const customerTurns = ((t: { turns: { speaker: string; startMs: number }[] }) => ({
      interruptions: {
        instances: t.turns.flatMap((turn, k) =>
          k > 0 && turn.speaker === 'customer' ? [{ interrupter: 'customer', turn: k, interruptedTurn: k - 1, beginMs: turn.startMs, durationMs: 0, cutOff: false, brokenOff: false }] : [],
        ),
      },
    })) as unknown as AnalyzeFn;
    const result = evaluateInterruptions(meetings, customerTurns);
    expect(result.perMeeting.map((m) => m.meeting)).toEqual(['A', 'B']);
    expect(result.perMeeting.map((m) => m.baseline)).toEqual([{ tp: 1, fp: 1, fn: 0 }, { tp: 0, fp: 0, fn: 1 }]);
    const analyzer = result.perMeeting.map((m) => m.analyzer ?? { tp: NaN, fp: NaN, fn: NaN });
    const total = (which: BinaryCounts[]) => precisionRecallF1(sumCounts(which, [0, 1]));
    expect(total(analyzer)).toEqual({ precision: result.analyzer?.precision, recall: result.analyzer?.recall, f1: result.analyzer?.f1 });
    expect(total(result.perMeeting.map((m) => m.baseline))).toEqual({ precision: result.baseline.precision, recall: result.baseline.recall, f1: result.baseline.f1 });
    expect(result.analyzer?.recall).toBe(1);
  });

  it('the report prints one interval line right under the table, and none without the analyzer', () => {
    const report: EvalReport = { dataDir: 'd', tasks: ['sentiment'], failed: [], elapsedMs: {}, sentiment };
    const intervals = headlineIntervals(report);
    expect(intervals.sentiment?.units).toBe(7);
    const lines = renderReport(report, { analyzerNote: '', intervals }).split('\n');
    const at = lines.findIndex((line) => line.startsWith('95% bootstrap interval'));
    expect(lines[at - 1]).toMatch(/^baseline: wink raw score sign/);
    expect(lines[at]).toMatch(/^95% bootstrap interval \(1,000 resamples of tweets, percentile\): accuracy \d\.\d{3}-\d\.\d{3}, macro-F1 .+; analyzer minus baseline macro-F1 .+ \(paired\)$/);
    expect(lines.filter((line) => line.includes('bootstrap'))).toHaveLength(1);

    const baselineOnly = evaluateSentiment(tweets, undefined);
    const noAnalyzer: EvalReport = { ...report, sentiment: baselineOnly };
    expect(headlineIntervals(noAnalyzer)).toEqual({});
    expect(renderReport(noAnalyzer, { analyzerNote: '', intervals: headlineIntervals(noAnalyzer) })).not.toContain('bootstrap');
  });

  it('a negative lower bound is printed with "to", not a hyphen', () => {
    const interval = { low: -0.0123, high: 0.02, level: 0.95, resamples: 1000, skipped: 3 };
    const report: EvalReport = { dataDir: 'd', tasks: ['sentiment'], failed: [], elapsedMs: {}, sentiment };
    const text = renderReport(report, { analyzerNote: '', intervals: { sentiment: { units: 7, accuracy: interval, macro_f1: interval, macro_f1_gain: interval } } });
    expect(text).toContain('analyzer minus baseline macro-F1 -0.012 to 0.020 (3 resamples undefined, skipped) (paired)');
  });
});

describe('signTestP (exact two-sided sign test)', () => {
  it('is 1 when nothing changed or the split is even', () => {
    expect(signTestP(0, 0)).toBe(1);
    expect(signTestP(3, 3)).toBe(1);
  });

  it('matches the binomial tail by hand', () => {
    // 7 right, 0 wrong: 2 * (1/2)^7
    expect(signTestP(7, 0)).toBeCloseTo(2 / 128, 12);
    // 16 right, 2 wrong: 2 * (C(18,0) + C(18,1) + C(18,2)) / 2^18 = 2 * 172 / 262144
    expect(signTestP(16, 2)).toBeCloseTo((2 * 172) / 262_144, 12);
    // symmetric in its arguments
    expect(signTestP(2, 16)).toBe(signTestP(16, 2));
  });

  it('stays finite for thousands of changes', () => {
    const p = signTestP(2600, 2400);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(0.01);
  });

  it('rejects counts that are not whole and non-negative', () => {
    expect(() => signTestP(-1, 2)).toThrow(/whole counts/);
    expect(() => signTestP(1.5, 2)).toThrow(/whole counts/);
  });
});

describe('bootstrapInterval arguments', () => {
  it('rejects a number of resamples that is not a whole number of at least 1', () => {
    expect(() => bootstrapInterval(10, () => 1, 0)).toThrow(/resamples/);
    expect(() => bootstrapInterval(10, () => 1, 2.5)).toThrow(/resamples/);
  });
});
