import { describe, expect, it } from 'vitest';
import {
  BOOTSTRAP_RESAMPLES,
  averageRanks,
  bootstrapInterval,
  definedPrecisionRecallF1,
  mulberry32,
  pick,
  precisionRecallF1,
  resampledAverageRanks,
  sumCounts,
} from '../../eval/metrics.js';

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
