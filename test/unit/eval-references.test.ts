import { describe, expect, it } from 'vitest';
import { annotatorAgreement, crossValidatedRidge, ngrams, rankScores, ridgeSolve } from '../../eval/references.js';
import { leastSquares } from '../../eval/metrics.js';

/** A small deterministic generator, so that the noisy cases are the same on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe('rankScores', () => {
  it('is perfect for a monotone prediction and always wrong for a reversed one', () => {
    const reference = Array.from({ length: 40 }, (_, i) => i);
    expect(rankScores(reference.map((r) => r * 2 + 1), reference)).toEqual({ spearman: 1, binary_accuracy: 1 });
    const reversed = rankScores(reference.map((r) => -r), reference);
    expect(reversed.spearman).toBeCloseTo(-1, 12);
    expect(reversed.binary_accuracy).toBe(0);
  });
});

describe('annotatorAgreement', () => {
  const truth = Array.from({ length: 200 }, (_, i) => (i * 37) % 200);

  it('is perfect when every annotator gives the same ranking on their own scale', () => {
    const items = truth.map((t) => ({ scores: [t, 2 * t + 5, t / 3, t + 100], raters: ['a', 'b', 'c', 'd'] }));
    const agreement = annotatorAgreement(items);
    expect(agreement.spearman).toBeCloseTo(1, 12);
    expect(agreement.binary_accuracy).toBe(1);
  });

  it('falls as the annotators disagree, and z-normalises each annotator across the slots they fill', () => {
    const next = random(7);
    const rated = (noise: number) =>
      truth.map((t, i) => {
        // 'b' rates on a harsher scale; the annotators change slots from item to item.
        const by = { a: t + noise * next() * 200, b: t - 50 + noise * next() * 200, c: t + noise * next() * 200 };
        const raters = i % 2 === 0 ? (['a', 'b', 'c'] as const) : (['b', 'c', 'a'] as const);
        return { scores: raters.map((r) => by[r]), raters: [...raters] };
      });
    const low = annotatorAgreement(rated(0.2));
    const high = annotatorAgreement(rated(2));
    expect(low.spearman).toBeGreaterThan(0.9);
    expect(high.spearman).toBeLessThan(low.spearman - 0.2);
    expect(high.spearman).toBeGreaterThan(0);
  });
});

describe('ngrams', () => {
  it('gives lower-cased words, ? and !, and adjacent pairs, once each', () => {
    expect(ngrams("Why don't you READ it? Read it!")).toEqual(
      ['why', "don't", 'you', 'read', 'it', '?', '!', "why don't", "don't you", 'you read', 'read it', 'it ?', '? read', 'it !'],
    );
  });
});

describe('ridgeSolve', () => {
  it('agrees with the dense least-squares solver on a small 0/1 system', () => {
    const rows = [[0, 1], [1], [0, 2], [2], [0, 1, 2], [1, 2]];
    const y = [1.5, 0.5, -1, -2, 0, -1.25];
    const dense = rows.map((r) => [0, 1, 2].map((j) => (r.includes(j) ? 1 : 0)));
    const expected = leastSquares(dense, y, 0.5);
    const w = ridgeSolve(rows, y, 3, 0.5);
    expected.forEach((e, j) => expect(w[j]).toBeCloseTo(e, 8));
  });
});

describe('crossValidatedRidge', () => {
  it('learns a word that carries the label and predicts rows it never saw', () => {
    const next = random(11);
    const texts: string[] = [];
    const gold: number[] = [];
    for (let i = 0; i < 300; i++) {
      const polite = next() < 0.5;
      texts.push(`${polite ? 'thanks' : 'why'} is the build ${i % 3 === 0 ? 'slow' : 'failing'} here`);
      gold.push((polite ? 1 : -1) + (next() - 0.5) * 0.4);
    }
    const predicted = crossValidatedRidge(texts, gold, { folds: 5, ridge: 1, minCount: 3 });
    const scores = rankScores(predicted, gold);
    // Two clusters ranked right; within each the noise is not in the text (a perfect split gives about 0.87).
    expect(scores.spearman).toBeGreaterThan(0.6);
    expect(scores.binary_accuracy).toBe(1);
  });

  it('predicts the training mean for words that never reached the vocabulary', () => {
    const predicted = crossValidatedRidge(['a b', 'c d', 'e f', 'g h'], [1, 2, 3, 4], { folds: 2, ridge: 1, minCount: 3 });
    expect(predicted).toEqual([3, 2, 3, 2]);
  });
});
