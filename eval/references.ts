/**
 * Reference points for the politeness figures, used only by `npm run eval:ceiling`: how far the
 * annotators agree with one another, and what a classifier trained on the rows themselves reaches.
 * Diagnostics that say what a target means on this data; nothing here is used by the product, and
 * nothing fitted here is written anywhere.
 */
import { quantile, spearman } from './metrics.js';

export interface RankScores {
  spearman: number;
  /** Top versus bottom quartile of the reference; polite predicted above the median score of that set. */
  binary_accuracy: number;
}

/**
 * Score `predicted` against `reference` the way the ceiling does: Spearman over every row, and
 * binary accuracy on the rows in the reference's top or bottom quartile.
 */
export function rankScores(predicted: readonly number[], reference: readonly number[]): RankScores {
  const q1 = quantile(reference, 0.25);
  const q3 = quantile(reference, 0.75);
  const binary = reference.flatMap((r, i) => (r >= q3 ? [{ polite: true, score: predicted[i] }] : r <= q1 ? [{ polite: false, score: predicted[i] }] : []));
  const median = quantile(binary.map((b) => b.score), 0.5);
  const right = binary.filter((b) => b.score > median === b.polite).length;
  return { spearman: spearman(predicted, reference), binary_accuracy: binary.length === 0 ? 0 : right / binary.length };
}

export interface RatedItem {
  /** Raw ratings, one per annotator slot. */
  scores: readonly number[];
  /** The annotator behind each rating (same length as `scores`). */
  raters: readonly string[];
}

/**
 * Human agreement, leave one annotator out: each rating is z-normalised per annotator (as the
 * corpus's gold is built), then, for each annotator slot, that one rating is scored against the
 * mean of the others on the same item. The figures are averaged over the slots. This is what one
 * careful person reaches against the consensus of the rest, a natural bound for any single score.
 */
export function annotatorAgreement(items: readonly RatedItem[]): RankScores {
  const byRater = new Map<string, number[]>();
  for (const item of items) {
    item.raters.forEach((r, k) => {
      const values = byRater.get(r) ?? [];
      values.push(item.scores[k]);
      byRater.set(r, values);
    });
  }
  const norm = new Map<string, { mean: number; sd: number }>();
  for (const [rater, values] of byRater) {
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    norm.set(rater, { mean, sd: sd > 0 ? sd : 1 });
  }
  const z = items.map((item) => item.scores.map((s, k) => {
    const n = norm.get(item.raters[k]);
    return n ? (s - n.mean) / n.sd : 0;
  }));
  const slots = Math.min(...items.map((item) => item.scores.length));
  const perSlot: RankScores[] = [];
  for (let k = 0; k < slots; k++) {
    const held = z.map((row) => row[k]);
    const rest = z.map((row) => (row.reduce((a, b) => a + b, 0) - row[k]) / (row.length - 1));
    perSlot.push(rankScores(held, rest));
  }
  const mean = (f: (s: RankScores) => number) => perSlot.reduce((a, s) => a + f(s), 0) / perSlot.length;
  return { spearman: mean((s) => s.spearman), binary_accuracy: mean((s) => s.binary_accuracy) };
}

/** Lower-cased words and `?` / `!`, then every adjacent pair: the features of the trained reference. */
export function ngrams(text: string): string[] {
  const words = text.toLowerCase().match(/[a-z']+|[?!]/g) ?? [];
  return [...new Set([...words, ...words.slice(1).map((w, i) => `${words[i]} ${w}`)])];
}

export interface RidgeOptions {
  folds: number;
  /** L2 penalty on the weights. */
  ridge: number;
  /** An n-gram must occur in this many training texts to become a feature. */
  minCount: number;
}

export const DEFAULT_RIDGE: RidgeOptions = { folds: 5, ridge: 100, minCount: 3 };

/**
 * A bag-of-n-grams ridge regression trained on the rows, k-fold cross-validated: every row is
 * predicted by a model that never saw it (fold = row index mod k). The vocabulary is built from
 * each training part alone. Returns the out-of-fold predictions.
 */
export function crossValidatedRidge(texts: readonly string[], gold: readonly number[], options: RidgeOptions = DEFAULT_RIDGE): number[] {
  const grams = texts.map(ngrams);
  const predicted = new Array<number>(texts.length).fill(0);
  for (let fold = 0; fold < options.folds; fold++) {
    const train = texts.map((_, i) => i).filter((i) => i % options.folds !== fold);
    const counts = new Map<string, number>();
    for (const i of train) for (const g of grams[i]) counts.set(g, (counts.get(g) ?? 0) + 1);
    const vocab = new Map<string, number>();
    for (const [g, n] of counts) if (n >= options.minCount) vocab.set(g, vocab.size);
    const rows = grams.map((gs) => gs.flatMap((g) => (vocab.has(g) ? [vocab.get(g) as number] : [])));
    const mean = train.reduce((a, i) => a + gold[i], 0) / train.length;
    const w = ridgeSolve(train.map((i) => rows[i]), train.map((i) => gold[i] - mean), vocab.size, options.ridge);
    texts.forEach((_, i) => {
      if (i % options.folds === fold) predicted[i] = mean + rows[i].reduce((a, j) => a + w[j], 0);
    });
  }
  return predicted;
}

/**
 * Solve (X'X + ridge I) w = X'y by conjugate gradients, X a 0/1 matrix given as each row's
 * column indices. Converges in a few hundred iterations for a well-conditioned (ridged) system.
 */
export function ridgeSolve(rows: readonly (readonly number[])[], y: readonly number[], columns: number, ridge: number, iterations = 500): Float64Array {
  const apply = (v: Float64Array): Float64Array => {
    const out = new Float64Array(columns);
    for (const row of rows) {
      let xv = 0;
      for (const j of row) xv += v[j];
      for (const j of row) out[j] += xv;
    }
    for (let j = 0; j < columns; j++) out[j] += ridge * v[j];
    return out;
  };
  const w = new Float64Array(columns);
  const r = new Float64Array(columns);
  rows.forEach((row, i) => {
    for (const j of row) r[j] += y[i];
  });
  const p = Float64Array.from(r);
  let rr = r.reduce((a, v) => a + v * v, 0);
  const tolerance = rr * 1e-12;
  for (let it = 0; it < iterations && rr > tolerance; it++) {
    const ap = apply(p);
    const alpha = rr / p.reduce((a, v, j) => a + v * ap[j], 0);
    for (let j = 0; j < columns; j++) {
      w[j] += alpha * p[j];
      r[j] -= alpha * ap[j];
    }
    const next = r.reduce((a, v) => a + v * v, 0);
    for (let j = 0; j < columns; j++) p[j] = r[j] + (next / rr) * p[j];
    rr = next;
  }
  return w;
}
