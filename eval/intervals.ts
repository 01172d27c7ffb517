/**
 * Bootstrap confidence intervals of the analyzer's headline figures, so that a reader can tell a
 * real change from sampling noise. Computed from the per-unit decisions the harness keeps in its
 * results (nothing is analyzed again); pure, printed by report.ts.
 *
 * What is resampled, with replacement, per dataset:
 * - politeness: requests. Binary accuracy is over the resampled requests that fall in the top or
 *   bottom quartile, the quartiles fixed from the whole file as in the table.
 * - sentiment: the tweets of the main setting (confidence >= MIN_CONFIDENCE).
 * - empathy: the pairs of the emotional-reactions file.
 * - interruptions: whole meetings (a cluster bootstrap). Instances within a meeting share speakers,
 *   topic and recording and are not independent, so resampling them one by one would give too
 *   narrow an interval; each resampled meeting brings all its counts.
 * For sentiment and interruptions, the analyzer-minus-baseline difference of the headline metric
 * is computed on each resample for both at once (paired), which says whether the gain is real.
 */
import { SENTIMENT_LABELS, type SentimentLabel, type SentimentPerTweet } from './datasets/sentiment.js';
import { NEUTRAL_LANGUAGE_SCORE, binaryPrediction, type PolitenessPerRequest } from './datasets/politeness.js';
import type { EmpathyPerPair } from './datasets/empathy.js';
import type { EvalReport } from './harness.js';
import {
  binaryCounts,
  bootstrapInterval,
  definedPrecisionRecallF1,
  pearson,
  perLabelScores,
  pick,
  resampledAverageRanks,
  sumCounts,
  type BinaryCounts,
  type BootstrapInterval,
} from './metrics.js';

/** A figure computed from the indices of the resampled units. */
export type Statistic = (indices: readonly number[]) => number;

/** The units resampled for one dataset, and an interval per statistic. */
export type DatasetIntervals<K extends string> = { units: number } & Record<K, BootstrapInterval>;

export interface HeadlineIntervals {
  politeness?: DatasetIntervals<'spearman' | 'binary_accuracy'>;
  /** `macro_f1_gain`: analyzer minus baseline (wink-sentiment), paired. */
  sentiment?: DatasetIntervals<'accuracy' | 'macro_f1' | 'macro_f1_gain'>;
  empathy?: DatasetIntervals<'precision' | 'recall' | 'f1'>;
  /** `f1_gain`: analyzer minus baseline (plain overlap), paired. */
  interruptions?: DatasetIntervals<'precision' | 'recall' | 'f1' | 'f1_gain'>;
}

/**
 * The politeness statistics over resampled requests, given the analyzer's scores. Spearman is the
 * Pearson correlation of the resample's tie-averaged ranks, as `spearman` computes it.
 */
export function politenessStatistics(perRequest: PolitenessPerRequest, scores: readonly number[]): Record<'spearman' | 'binary_accuracy', Statistic> {
  const { gold, binary } = perRequest;
  const scoreRanks = resampledAverageRanks(scores);
  const goldRanks = resampledAverageRanks(gold);
  return {
    spearman: (indices) => pearson(scoreRanks(indices), goldRanks(indices)),
    binary_accuracy: (indices) => {
      let right = 0;
      let total = 0;
      for (const i of indices) {
        if (binary[i] === 'neutral') continue;
        total += 1;
        if (binaryPrediction(scores[i], NEUTRAL_LANGUAGE_SCORE) === binary[i]) right += 1;
      }
      return total === 0 ? Number.NaN : right / total;
    },
  };
}

/**
 * Each tweet's cell in the confusion matrix (gold row, predicted column, in SENTIMENT_LABELS
 * order), so that a resample's matrix is a count of cells rather than a label lookup per tweet.
 */
function confusionCells(gold: readonly SentimentLabel[], predicted: readonly SentimentLabel[]): number[] {
  return gold.map((g, i) => SENTIMENT_LABELS.indexOf(g) * SENTIMENT_LABELS.length + SENTIMENT_LABELS.indexOf(predicted[i]));
}

/** The confusion matrix of the resampled tweets (as `confusionMatrix` on their labels). */
function resampledConfusion(cells: readonly number[], indices: readonly number[]): number[][] {
  const k = SENTIMENT_LABELS.length;
  const matrix = SENTIMENT_LABELS.map(() => new Array<number>(k).fill(0));
  for (const i of indices) matrix[Math.floor(cells[i] / k)][cells[i] % k] += 1;
  return matrix;
}

/** Accuracy of a confusion matrix, as `accuracy` computes it from the labels; NaN for an empty one, so that the bootstrap skips it. */
function accuracyOf(matrix: readonly (readonly number[])[]): number {
  const total = matrix.reduce((sum, row) => sum + row.reduce((a, b) => a + b, 0), 0);
  return total === 0 ? Number.NaN : matrix.reduce((sum, row, k) => sum + row[k], 0) / total;
}

/** Macro-F1 of a confusion matrix, as `macroF1` computes it from the labels. */
function macroF1Of(matrix: readonly (readonly number[])[]): number {
  return perLabelScores(matrix).reduce((sum, s) => sum + s.f1, 0) / matrix.length;
}

/** The sentiment statistics over resampled tweets, given the analyzer's labels. */
export function sentimentStatistics(perTweet: SentimentPerTweet, predicted: readonly SentimentLabel[]): Record<'accuracy' | 'macro_f1' | 'macro_f1_gain', Statistic> {
  const analyzerCells = confusionCells(perTweet.gold, predicted);
  const baselineCells = confusionCells(perTweet.gold, perTweet.baseline);
  return {
    accuracy: (indices) => accuracyOf(resampledConfusion(analyzerCells, indices)),
    macro_f1: (indices) => macroF1Of(resampledConfusion(analyzerCells, indices)),
    macro_f1_gain: (indices) => macroF1Of(resampledConfusion(analyzerCells, indices)) - macroF1Of(resampledConfusion(baselineCells, indices)),
  };
}

/** Precision, recall and F1 of resampled units, from a function that counts them. */
function ratioStatistics(countsOf: (indices: readonly number[]) => BinaryCounts): Record<'precision' | 'recall' | 'f1', Statistic> {
  return {
    precision: (indices) => definedPrecisionRecallF1(countsOf(indices)).precision,
    recall: (indices) => definedPrecisionRecallF1(countsOf(indices)).recall,
    f1: (indices) => definedPrecisionRecallF1(countsOf(indices)).f1,
  };
}

/** The emotional-reactions statistics over resampled pairs, given the analyzer's decisions. */
export function empathyStatistics(perPair: EmpathyPerPair, predicted: readonly boolean[]): Record<'precision' | 'recall' | 'f1', Statistic> {
  return ratioStatistics((indices) => binaryCounts(pick(perPair.gold, indices), pick(predicted, indices)));
}

/**
 * The interruption statistics over resampled meetings (the cluster bootstrap): each meeting drawn
 * adds all its true-positive, false-positive and false-negative counts, and the ratios are taken
 * on the sums, as the headline's are on the totals. One entry per meeting in each array.
 */
export function interruptionStatistics(baseline: readonly BinaryCounts[], analyzer: readonly BinaryCounts[]): Record<'precision' | 'recall' | 'f1' | 'f1_gain', Statistic> {
  const f1 = (counts: readonly BinaryCounts[], indices: readonly number[]) => definedPrecisionRecallF1(sumCounts(counts, indices)).f1;
  return {
    ...ratioStatistics((indices) => sumCounts(analyzer, indices)),
    f1_gain: (indices) => f1(analyzer, indices) - f1(baseline, indices),
  };
}

/** An interval per statistic, over the same number of units (and so, with the fixed seed, the same resamples). */
function intervalsOf<K extends string>(units: number, statistics: Record<K, Statistic>): DatasetIntervals<K> {
  const out = { units } as DatasetIntervals<K>;
  for (const key of Object.keys(statistics) as K[]) (out as Record<K, BootstrapInterval>)[key] = bootstrapInterval(units, statistics[key]);
  return out;
}

/**
 * 95% percentile bootstrap intervals (BOOTSTRAP_RESAMPLES resamples, BOOTSTRAP_SEED) of the
 * analyzer's headline figures, for each dataset the report holds with analyzer results. Empty when
 * the analyzer did not run (`--baselines`).
 */
export function headlineIntervals(report: EvalReport): HeadlineIntervals {
  const out: HeadlineIntervals = {};
  const p = report.politeness?.perRequest;
  if (p?.analyzer) out.politeness = intervalsOf(p.gold.length, politenessStatistics(p, p.analyzer));
  const s = report.sentiment?.perTweet;
  if (s?.analyzer) out.sentiment = intervalsOf(s.gold.length, sentimentStatistics(s, s.analyzer));
  const e = report.empathy?.emotionalReactionsPerPair;
  if (e?.analyzer) out.empathy = intervalsOf(e.gold.length, empathyStatistics(e, e.analyzer));
  const i = report.interruptions;
  if (i?.analyzer) {
    // one analyzer count per meeting, in step with the baseline's: a meeting without one is a bug upstream
    const analyzer = i.perMeeting.map((m, index) => {
      if (!m.analyzer) throw new Error(`rapport eval: meeting ${index} has no analyzer counts`);
      return m.analyzer;
    });
    out.interruptions = intervalsOf(i.perMeeting.length, interruptionStatistics(i.perMeeting.map((m) => m.baseline), analyzer));
  }
  return out;
}
