/**
 * Twitter US Airline Sentiment (CrowdFlower, Feb 2015): customer tweets to airlines, labelled
 * negative / neutral / positive.
 *
 * Mapping: each tweet is a one-turn `social` transcript whose speaker is the customer; the agent is
 * the airline. The text has its HTML entities decoded and its leading @mentions (the airline's
 * handle) removed, for the analyzer and the baseline alike. Rows are de-duplicated by tweet id and by
 * text (first occurrence kept), then the main setting keeps labels with confidence >= 0.66.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Transcript } from '../../src/domain/types.js';
import type { AnalyzeFn } from '../analyzer.js';
import { winkScore } from '../baselines.js';
import { numericField, parseCsvRecords } from '../csv.js';
import { accuracy, binaryCounts, confusionMatrix, macroF1, precisionRecallF1 } from '../metrics.js';
import { evalTranscript } from '../transcript.js';

export const SENTIMENT_FOLDER = 'twitter-airline-sentiment';
export const SENTIMENT_LABELS = ['negative', 'neutral', 'positive'] as const;
export type SentimentLabel = (typeof SENTIMENT_LABELS)[number];

/** Minimum CrowdFlower label confidence of the main setting (the dataset README's recommendation). */
export const MIN_CONFIDENCE = 0.66;
/**
 * Neutral band on the -5..+5 scale: |score| < 0.5 is neutral. Half a point is the smallest step that
 * rounds to a whole sentiment point, so a message needs at least one clearly valenced word on
 * balance to leave neutral. Chosen by that principle, not fitted.
 */
export const NEUTRAL_BAND = 0.5;

export interface SentimentExample {
  transcript: Transcript;
  text: string;
  gold: SentimentLabel;
  confidence: number;
  negativeReason: string;
  /** The airline the tweet was addressed to (a subset to check that a gain is not tied to one). */
  airline: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decode the HTML entities Twitter leaves in tweet text. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Tweet text as a customer turn: entities decoded, leading @mentions removed. */
export function tweetText(raw: string): string {
  return decodeEntities(raw).replace(/^(?:\s*@\w+)+[\s:,]*/, '').trim();
}

/**
 * Rows of the CSV files that were not read, by reason. Unknown labels and unreadable confidences
 * are damage a held-out file must not hide; repeated tweets are dropped by design and counted only
 * so the report can say how many.
 */
export interface SentimentLoadStats {
  /** `airline_sentiment` is not negative, neutral or positive. */
  unknownLabel: number;
  /** `airline_sentiment_confidence` blank or not a number: the row cannot be placed in or out of the main setting. */
  unreadableConfidence: number;
  /** Repeats of a tweet id or text already read (first occurrence kept). */
  duplicates: number;
}

/** Load every CSV under the folder that has the Tweets.csv header; rows not read are counted in `stats`. */
export function loadSentiment(dir: string): { examples: SentimentExample[]; stats: SentimentLoadStats } {
  const files = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.csv')).sort();
  if (files.length === 0) throw new Error(`rapport eval: ${dir} has no .csv file`);
  const seenIds = new Set<string>();
  const seenTexts = new Set<string>();
  const stats: SentimentLoadStats = { unknownLabel: 0, unreadableConfidence: 0, duplicates: 0 };
  const examples: SentimentExample[] = [];
  for (const file of files) {
    const path = join(dir, file);
    const records = parseCsvRecords(readFileSync(path, 'utf8'), path, ['tweet_id', 'airline_sentiment', 'airline_sentiment_confidence', 'text']);
    for (const r of records) {
      const gold = r.airline_sentiment as SentimentLabel;
      const confidence = numericField(r.airline_sentiment_confidence);
      // An unreadable row is skipped before de-duplication, so it cannot hide a readable repeat.
      if (!SENTIMENT_LABELS.includes(gold)) {
        stats.unknownLabel += 1;
        continue;
      }
      if (confidence === undefined) {
        stats.unreadableConfidence += 1;
        continue;
      }
      if (seenIds.has(r.tweet_id) || seenTexts.has(r.text)) {
        stats.duplicates += 1;
        continue;
      }
      seenIds.add(r.tweet_id);
      seenTexts.add(r.text);
      const text = tweetText(r.text);
      examples.push({
        text,
        gold,
        confidence,
        negativeReason: r.negativereason ?? '',
        airline: r.airline || '(none)',
        transcript: evalTranscript(`tweet:${r.tweet_id}`, r.airline || 'airline', 'social', [{ speaker: 'customer', text }]),
      });
    }
  }
  return { examples, stats };
}

/** The label of a -5..+5 score under the neutral band; no score is neutral. */
export function labelOf(score: number | null): SentimentLabel {
  if (score === null || Math.abs(score) < NEUTRAL_BAND) return 'neutral';
  return score > 0 ? 'positive' : 'negative';
}

export interface SentimentScores {
  accuracy: number;
  macro_f1: number;
  /** F1 of negative versus the rest: the case that matters for escalation. */
  negative_f1: number;
  /** Rows gold, columns predicted, in SENTIMENT_LABELS order. */
  confusion: number[][];
}

/**
 * Each tweet of the main setting (confidence >= MIN_CONFIDENCE), in load order: gold and predicted
 * labels, what the bootstrap intervals (`intervals.ts`) resample, taken from the run rather than by
 * analyzing again.
 */
export interface SentimentPerTweet {
  gold: SentimentLabel[];
  /** wink-sentiment's normalized score under the neutral band (the table's baseline row). */
  baseline: SentimentLabel[];
  analyzer?: SentimentLabel[];
}

export interface SentimentResult {
  n: number;
  nAll: number;
  /** Rows the loader did not read, by reason (set by the harness). */
  skipped?: SentimentLoadStats;
  /** Main setting: confidence >= 0.66. */
  analyzer?: SentimentScores;
  baseline: SentimentScores;
  /** wink-sentiment's raw score, neutral only at exactly 0 (the figure the product brief quotes). */
  baselineRawSign: SentimentScores;
  /** All de-duplicated rows. */
  analyzerAll?: SentimentScores;
  baselineAll: SentimentScores;
  /** Negative tweets the analyzer scored neutral, by the annotators' negative reason (main setting). */
  missedNegativeByReason?: Record<string, { missed: number; of: number }>;
  /** Macro-F1 per airline (main setting), analyzer and baseline: a gain should hold on each. */
  byAirline?: Record<string, { n: number; analyzer: number; baseline: number }>;
  perTweet: SentimentPerTweet;
}

function scoresOf(gold: readonly SentimentLabel[], predicted: readonly SentimentLabel[]): SentimentScores {
  return {
    accuracy: accuracy(gold, predicted),
    macro_f1: macroF1(gold, predicted, SENTIMENT_LABELS),
    negative_f1: precisionRecallF1(binaryCounts(gold.map((g) => g === 'negative'), predicted.map((p) => p === 'negative'))).f1,
    confusion: confusionMatrix(gold, predicted, SENTIMENT_LABELS),
  };
}

function restrict<T>(values: readonly T[], keep: readonly boolean[]): T[] {
  return values.filter((_, i) => keep[i]);
}

export function evaluateSentiment(examples: readonly SentimentExample[], analyze: AnalyzeFn | undefined): SentimentResult {
  const main = examples.map((e) => e.confidence >= MIN_CONFIDENCE);
  const gold = examples.map((e) => e.gold);
  const wink = examples.map((e) => winkScore(e.text));
  const baseline = wink.map((w) => labelOf(w.normalizedScore));
  const rawSign = wink.map((w): SentimentLabel => (w.score === 0 ? 'neutral' : w.score > 0 ? 'positive' : 'negative'));
  const result: SentimentResult = {
    n: main.filter(Boolean).length,
    nAll: examples.length,
    baseline: scoresOf(restrict(gold, main), restrict(baseline, main)),
    baselineRawSign: scoresOf(restrict(gold, main), restrict(rawSign, main)),
    baselineAll: scoresOf(gold, baseline),
    perTweet: { gold: restrict(gold, main), baseline: restrict(baseline, main) },
  };
  if (analyze) {
    const predicted = examples.map((e) => labelOf(analyze(e.transcript).sentiment.customer.overall));
    result.perTweet.analyzer = restrict(predicted, main);
    result.analyzer = scoresOf(result.perTweet.gold, result.perTweet.analyzer);
    result.analyzerAll = scoresOf(gold, predicted);
    const byReason: Record<string, { missed: number; of: number }> = {};
    examples.forEach((e, i) => {
      if (!main[i] || e.gold !== 'negative') return;
      const reason = e.negativeReason || '(none)';
      const entry = (byReason[reason] ??= { missed: 0, of: 0 });
      entry.of += 1;
      if (predicted[i] !== 'negative') entry.missed += 1;
    });
    result.missedNegativeByReason = byReason;
    result.byAirline = {};
    for (const airline of [...new Set(examples.map((e) => e.airline))].sort()) {
      const keep = examples.map((e, i) => main[i] && e.airline === airline);
      const g = restrict(gold, keep);
      if (g.length === 0) continue;
      result.byAirline[airline] = {
        n: g.length,
        analyzer: macroF1(g, restrict(predicted, keep), SENTIMENT_LABELS),
        baseline: macroF1(g, restrict(baseline, keep), SENTIMENT_LABELS),
      };
    }
  }
  return result;
}
