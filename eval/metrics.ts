/**
 * Pure evaluation metrics. No I/O; every function is deterministic and documented with its
 * convention for empty or degenerate input.
 */

/** Counts of a binary decision against gold. */
export interface BinaryCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PrecisionRecallF1 {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Ranks from 1, with tied values given the average of the ranks they span
 * (`[10, 20, 20, 30]` -> `[1, 2.5, 2.5, 4]`).
 */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
  const ranks = new Array<number>(values.length);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1]] === values[order[i]]) j += 1;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k += 1) ranks[order[k]] = rank;
    i = j + 1;
  }
  return ranks;
}

/**
 * Tie-averaged ranks of resamples of `values`: the returned function gives, for an array of indices
 * into `values` (a unit drawn twice appears twice), the same ranks as `averageRanks` of the values
 * at those indices. It counts how often each distinct value was drawn instead of sorting each
 * resample, since the order of the values is known once for all: a thousand Spearman resamples of
 * six thousand requests take a fraction of a second instead of several seconds.
 */
export function resampledAverageRanks(values: readonly number[]): (indices: readonly number[]) => number[] {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  const classOf = new Map(distinct.map((v, c) => [v, c]));
  const classes = values.map((v) => classOf.get(v) ?? 0);
  return (indices) => {
    const drawn = new Array<number>(distinct.length).fill(0);
    for (const i of indices) drawn[classes[i]] += 1;
    // A value drawn k times after `below` smaller ones spans ranks below + 1 .. below + k.
    const rankOfClass = new Array<number>(distinct.length);
    let below = 0;
    for (let c = 0; c < distinct.length; c += 1) {
      rankOfClass[c] = below + (drawn[c] + 1) / 2;
      below += drawn[c];
    }
    return indices.map((i) => rankOfClass[classes[i]]);
  };
}

/** Pearson correlation; NaN when either side has no variance or fewer than two points. */
export function pearson(x: readonly number[], y: readonly number[]): number {
  if (x.length !== y.length) throw new Error(`rapport eval: pearson needs equal lengths, got ${x.length} and ${y.length}`);
  const n = x.length;
  if (n < 2) return Number.NaN;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i += 1) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return Number.NaN;
  return sxy / Math.sqrt(sxx * syy);
}

/** Spearman's rho: Pearson correlation of tie-averaged ranks. NaN when a side is constant. */
export function spearman(x: readonly number[], y: readonly number[]): number {
  return pearson(averageRanks(x), averageRanks(y));
}

/** Precision, recall and F1 from counts; a ratio with a zero denominator is 0. */
export function precisionRecallF1(counts: BinaryCounts): PrecisionRecallF1 {
  const precision = counts.tp + counts.fp === 0 ? 0 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 0 : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Binary counts of predictions against gold, element by element. */
export function binaryCounts(gold: readonly boolean[], predicted: readonly boolean[]): BinaryCounts & { tn: number } {
  if (gold.length !== predicted.length) throw new Error(`rapport eval: binaryCounts needs equal lengths, got ${gold.length} and ${predicted.length}`);
  const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (let i = 0; i < gold.length; i += 1) {
    if (gold[i] && predicted[i]) counts.tp += 1;
    else if (predicted[i]) counts.fp += 1;
    else if (gold[i]) counts.fn += 1;
    else counts.tn += 1;
  }
  return counts;
}

/** Share of positions where prediction equals gold; 0 for empty input. */
export function accuracy<L>(gold: readonly L[], predicted: readonly L[]): number {
  if (gold.length !== predicted.length) throw new Error(`rapport eval: accuracy needs equal lengths, got ${gold.length} and ${predicted.length}`);
  if (gold.length === 0) return 0;
  let right = 0;
  for (let i = 0; i < gold.length; i += 1) if (gold[i] === predicted[i]) right += 1;
  return right / gold.length;
}

/**
 * Confusion matrix: `matrix[g][p]` counts items of gold label `labels[g]` predicted as `labels[p]`.
 * A label outside `labels` is an error.
 */
export function confusionMatrix<L>(gold: readonly L[], predicted: readonly L[], labels: readonly L[]): number[][] {
  if (gold.length !== predicted.length) throw new Error(`rapport eval: confusionMatrix needs equal lengths, got ${gold.length} and ${predicted.length}`);
  const index = new Map<L, number>(labels.map((label, i) => [label, i]));
  const matrix = labels.map(() => labels.map(() => 0));
  for (let i = 0; i < gold.length; i += 1) {
    const g = index.get(gold[i]);
    const p = index.get(predicted[i]);
    if (g === undefined || p === undefined) {
      throw new Error(`rapport eval: label ${String(g === undefined ? gold[i] : predicted[i])} is not one of ${labels.map(String).join(', ')}`);
    }
    matrix[g][p] += 1;
  }
  return matrix;
}

/** Per-label precision, recall and F1 from a confusion matrix (one-versus-rest). */
export function perLabelScores(matrix: readonly (readonly number[])[]): PrecisionRecallF1[] {
  return matrix.map((row, k) => {
    const tp = row[k];
    const fn = row.reduce((sum, v) => sum + v, 0) - tp;
    const fp = matrix.reduce((sum, r) => sum + r[k], 0) - tp;
    return precisionRecallF1({ tp, fp, fn });
  });
}

/** Macro-F1: the unweighted mean of the per-label F1 over `labels`. */
export function macroF1<L>(gold: readonly L[], predicted: readonly L[], labels: readonly L[]): number {
  const scores = perLabelScores(confusionMatrix(gold, predicted, labels));
  return scores.reduce((sum, s) => sum + s.f1, 0) / labels.length;
}

/**
 * Quantile with linear interpolation between closest ranks (NumPy's default, "type 7").
 * `q` in [0, 1]; NaN for empty input.
 */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** A half-open character range `[start, end)`. */
export interface CharSpan {
  start: number;
  end: number;
}

/** Word tokens of a text as character spans (letters, digits and apostrophes). */
export function wordSpans(text: string): CharSpan[] {
  const spans: CharSpan[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}']+/gu)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

function overlapsAny(token: CharSpan, spans: readonly CharSpan[]): boolean {
  for (const s of spans) if (token.start < s.end && s.start < token.end) return true;
  return false;
}

/**
 * Token-level overlap of predicted spans with gold spans over the word tokens of one text: a token
 * is predicted (gold) when it overlaps a predicted (gold) span. Sum the counts over texts for a
 * micro-averaged precision/recall/F1.
 */
export function tokenOverlapCounts(text: string, predicted: readonly CharSpan[], gold: readonly CharSpan[]): BinaryCounts {
  const counts = { tp: 0, fp: 0, fn: 0 };
  for (const token of wordSpans(text)) {
    const p = overlapsAny(token, predicted);
    const g = overlapsAny(token, gold);
    if (p && g) counts.tp += 1;
    else if (p) counts.fp += 1;
    else if (g) counts.fn += 1;
  }
  return counts;
}

/** Add binary counts together. */
export function addCounts(a: BinaryCounts, b: BinaryCounts): BinaryCounts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/**
 * One-to-one matching of predicted events to gold events on a time line: a prediction matches an
 * unmatched gold event with the same key whose time is within `toleranceMs`; among several, the
 * nearest in time. Predictions are taken in time order. Returns the counts.
 */
export function matchEvents(
  gold: readonly { key: string; timeMs: number }[],
  predicted: readonly { key: string; timeMs: number }[],
  toleranceMs: number,
): BinaryCounts {
  const byKey = new Map<string, { timeMs: number; used: boolean }[]>();
  for (const g of gold) {
    let list = byKey.get(g.key);
    if (!list) byKey.set(g.key, (list = []));
    list.push({ timeMs: g.timeMs, used: false });
  }
  let tp = 0;
  const sorted = [...predicted].sort((a, b) => a.timeMs - b.timeMs);
  for (const p of sorted) {
    const list = byKey.get(p.key);
    if (!list) continue;
    let best = -1;
    let bestDistance = Infinity;
    for (let i = 0; i < list.length; i += 1) {
      if (list[i].used) continue;
      const distance = Math.abs(list[i].timeMs - p.timeMs);
      if (distance <= toleranceMs && distance < bestDistance) {
        best = i;
        bestDistance = distance;
      }
    }
    if (best >= 0) {
      list[best].used = true;
      tp += 1;
    }
  }
  return { tp, fp: predicted.length - tp, fn: gold.length - tp };
}

/** Ridge added to the diagonal of X'X: keeps rare categories from producing huge weights. */
const RIDGE = 1e-3;

/**
 * Linear least squares with a small ridge: solve (X'X + ridge I) w = X'y by Gauss-Jordan
 * elimination with partial pivoting. Used only by the ceiling diagnostic (`eval/ceiling.ts`).
 */
export function leastSquares(rows: readonly (readonly number[])[], y: readonly number[], ridge = RIDGE): number[] {
  const p = rows[0]?.length ?? 0;
  const a = Array.from({ length: p }, () => new Array<number>(p + 1).fill(0));
  rows.forEach((row, i) => {
    for (let r = 0; r < p; r++) {
      for (let c = 0; c < p; c++) a[r][c] += row[r] * row[c];
      a[r][p] += row[r] * y[i];
    }
  });
  for (let r = 0; r < p; r++) a[r][r] += ridge;
  for (let c = 0; c < p; c++) {
    let pivot = c;
    for (let r = c + 1; r < p; r++) if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) pivot = r;
    [a[c], a[pivot]] = [a[pivot], a[c]];
    for (let r = 0; r < p; r++) {
      if (r === c) continue;
      const f = a[r][c] / a[c][c];
      for (let k = c; k <= p; k++) a[r][k] -= f * a[c][k];
    }
  }
  return a.map((row, i) => row[p] / row[i]);
}

/**
 * Precision, recall and F1 from counts, NaN where a ratio is undefined: precision with no
 * prediction, recall with no gold positive, F1 (as 2tp / (2tp + fp + fn)) with neither. For the
 * bootstrap, where a resample without predictions or gold says nothing about the ratio and must be
 * skipped rather than counted as 0; the tables use `precisionRecallF1`, which reports such a ratio
 * as 0. Where every ratio is defined the two agree.
 */
export function definedPrecisionRecallF1(counts: BinaryCounts): PrecisionRecallF1 {
  const ratio = (part: number, whole: number) => (whole === 0 ? Number.NaN : part / whole);
  return {
    precision: ratio(counts.tp, counts.tp + counts.fp),
    recall: ratio(counts.tp, counts.tp + counts.fn),
    f1: ratio(2 * counts.tp, 2 * counts.tp + counts.fp + counts.fn),
  };
}

/** The binary counts of the units at `indices` added together (a unit drawn twice counts twice). */
export function sumCounts(perUnit: readonly BinaryCounts[], indices: readonly number[]): BinaryCounts {
  const sum = { tp: 0, fp: 0, fn: 0 };
  for (const i of indices) {
    sum.tp += perUnit[i].tp;
    sum.fp += perUnit[i].fp;
    sum.fn += perUnit[i].fn;
  }
  return sum;
}

/** The values at `indices`, in that order: a resample of per-unit values. */
export function pick<T>(values: readonly T[], indices: readonly number[]): T[] {
  return indices.map((i) => values[i]);
}

/**
 * Mulberry32, a small seeded pseudo-random generator: uniform numbers in [0, 1), the same
 * sequence for the same seed on every machine. Good enough for drawing resamples, and unlike
 * `Math.random` it makes the printed intervals reproducible. Not for anything secret.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * The seed of every bootstrap. Fixed so that the same data and predictions print the same
 * interval on every run: a change between two commits then comes from the predictions, not the draw.
 */
export const BOOTSTRAP_SEED = 20_261_201;

/** Resamples drawn by default: enough for stable 2.5th and 97.5th percentiles, cheap to compute. */
export const BOOTSTRAP_RESAMPLES = 1000;

/** A percentile bootstrap interval. */
export interface BootstrapInterval {
  /** Lower and upper bound; NaN when every resample was skipped. */
  low: number;
  high: number;
  /** Coverage asked for, e.g. 0.95. */
  level: number;
  /** Resamples drawn. */
  resamples: number;
  /** Of those, the resamples on which the statistic was NaN, left out of the percentiles. */
  skipped: number;
}

/**
 * Percentile bootstrap interval of a statistic over `units` independent units (examples, or whole
 * clusters such as meetings when the examples inside one are not independent).
 *
 * Each resample draws `units` unit indices uniformly with replacement, and `statistic` computes
 * the figure from that index array (a unit drawn twice counts twice). The bounds are the
 * (1 - level) / 2 and 1 - (1 - level) / 2 quantiles (`quantile`, linear interpolation) of the
 * statistic over the resamples.
 *
 * A resample on which the statistic is NaN (F1 with no positive drawn, a correlation of a
 * constant) is skipped: it is not redrawn, the quantiles are taken over the remaining values,
 * and `skipped` says how many there were, so a caller can tell a well-founded interval from one
 * resting on a few resamples. When every resample is skipped, or there are no units, the bounds are NaN.
 *
 * The generator is seeded with BOOTSTRAP_SEED on every call, so the result does not depend on
 * what ran before, and calls with the same number of units draw the very same resamples.
 */
export function bootstrapInterval(
  units: number,
  statistic: (indices: readonly number[]) => number,
  resamples: number = BOOTSTRAP_RESAMPLES,
  level = 0.95,
): BootstrapInterval {
  if (!Number.isInteger(units) || units < 0) throw new Error(`rapport eval: bootstrapInterval needs a whole number of units, got ${units}`);
  if (!(level > 0 && level < 1)) throw new Error(`rapport eval: bootstrapInterval needs a level between 0 and 1, got ${level}`);
  if (!Number.isInteger(resamples) || resamples < 1) throw new Error(`rapport eval: bootstrapInterval needs a whole number of resamples, at least 1, got ${resamples}`);
  if (units === 0) return { low: Number.NaN, high: Number.NaN, level, resamples, skipped: resamples };
  const random = mulberry32(BOOTSTRAP_SEED);
  const values: number[] = [];
  for (let r = 0; r < resamples; r += 1) {
    const indices = new Array<number>(units);
    for (let k = 0; k < units; k += 1) indices[k] = Math.floor(random() * units);
    const value = statistic(indices);
    if (!Number.isNaN(value)) values.push(value);
  }
  const tail = (1 - level) / 2;
  return { low: quantile(values, tail), high: quantile(values, 1 - tail), level, resamples, skipped: resamples - values.length };
}

/**
 * Two-sided exact sign test (a binomial test with p = 1/2) of `better` against `worse`: the paired
 * comparison of two versions scored on the same rows, where only the rows whose verdict changed
 * carry information (McNemar's exact test). The probability, were a change as likely to make a
 * row wrong as right, of a split at least this uneven; 1 when nothing changed. Computed in log
 * space so that thousands of changes do not overflow.
 */
export function signTestP(better: number, worse: number): number {
  if (!Number.isInteger(better) || !Number.isInteger(worse) || better < 0 || worse < 0) {
    throw new Error(`rapport eval: signTestP needs two whole counts, got ${better} and ${worse}`);
  }
  const n = better + worse;
  if (n === 0) return 1;
  const k = Math.min(better, worse);
  // log C(n, i) - n log 2, summed over the tail i = 0..k
  let logChoose = 0;
  let tail = 0;
  for (let i = 0; i <= k; i++) {
    if (i > 0) logChoose += Math.log(n - i + 1) - Math.log(i);
    tail += Math.exp(logChoose - n * Math.LN2);
  }
  return Math.min(1, 2 * tail);
}

