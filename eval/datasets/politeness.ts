/**
 * Stanford Politeness Corpus (Danescu-Niculescu-Mizil et al., ACL 2013): requests rated by five
 * annotators; the gold is the `Normalized Score` (0 about neutral, positive is polite).
 *
 * Mapping: each request is a one-turn chat transcript whose speaker is the agent, since it is agent
 * politeness we score. Every `*.annotated.csv` in the folder is read (Stack Exchange in the
 * development part, Wikipedia in the held-out part); quartiles are computed per file, as the paper does.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Transcript } from '../../src/domain/types.js';
import type { AnalyzeFn } from '../analyzer.js';
import { POLITENESS_KEYWORDS, keywordSpans } from '../baselines.js';
import { numericField, parseCsvRecords } from '../csv.js';
import { binaryCounts, precisionRecallF1, quantile, spearman, type PrecisionRecallF1 } from '../metrics.js';
import { evalTranscript } from '../transcript.js';

export const POLITENESS_FOLDER = 'stanford-politeness';

export interface PolitenessExample {
  file: string;
  /** `Community` column: "Wikipedia" or a Stack Exchange site ("092011 Stack Overflow"). */
  community: string;
  transcript: Transcript;
  text: string;
  gold: number;
  /** Within its file: `polite` (>= Q3), `impolite` (<= Q1) or `neutral`. */
  binary: 'polite' | 'impolite' | 'neutral';
}

/**
 * Rows of the `*.annotated.csv` files that were skipped, by reason. A held-out file of another
 * layout or with damaged rows must show here rather than shrink the evaluation unseen.
 */
export interface PolitenessLoadStats {
  /** `Normalized Score` blank or not a number (a blank one would otherwise read as gold 0). */
  unreadableScore: number;
  /** `Request` blank: nothing to score. */
  blankRequest: number;
}

/** Load every `*.annotated.csv` under the folder; rows that cannot be scored are counted in `stats`. */
export function loadPoliteness(dir: string): { examples: PolitenessExample[]; stats: PolitenessLoadStats } {
  const files = readdirSync(dir).filter((f) => f.endsWith('.annotated.csv')).sort();
  if (files.length === 0) throw new Error(`rapport eval: ${dir} has no *.annotated.csv file`);
  const stats: PolitenessLoadStats = { unreadableScore: 0, blankRequest: 0 };
  const examples: PolitenessExample[] = [];
  for (const file of files) {
    const records = parseCsvRecords(readFileSync(join(dir, file), 'utf8'), join(dir, file), ['Community', 'Id', 'Request', 'Normalized Score']);
    const rows: { r: Record<string, string>; gold: number }[] = [];
    for (const r of records) {
      const gold = numericField(r['Normalized Score']);
      if (gold === undefined) stats.unreadableScore += 1;
      else if (r.Request.trim() === '') stats.blankRequest += 1;
      else rows.push({ r, gold });
    }
    const golds = rows.map((x) => x.gold);
    const q1 = quantile(golds, 0.25);
    const q3 = quantile(golds, 0.75);
    for (const { r, gold } of rows) {
      const id = `${file.replace(/\.annotated\.csv$/, '')}:${r.Id}`;
      examples.push({
        file,
        community: r.Community || '(none)',
        text: r.Request,
        gold,
        binary: gold >= q3 ? 'polite' : gold <= q1 ? 'impolite' : 'neutral',
        transcript: evalTranscript(id, r.Community || 'eval', 'chat', [{ speaker: 'agent', text: r.Request }]),
      });
    }
  }
  return { examples, stats };
}

/** The neutral point of the analyzer's 0-100 language score. */
export const NEUTRAL_LANGUAGE_SCORE = 50;

export interface PolitenessScores {
  spearman: number;
  /** Accuracy on the top versus bottom quartile; polite is predicted only when the score is above neutral. */
  binary_accuracy: number;
  /** Share of the binary set whose score is exactly neutral (predicted impolite: no politeness shown). */
  neutral_share: number;
}

/**
 * Each request's gold and scores, in load order: what the bootstrap intervals (`intervals.ts`)
 * resample, taken from the run rather than by analyzing again.
 */
export interface PolitenessPerRequest {
  gold: number[];
  /** The request's quartile class within its file, fixed from the whole file. */
  binary: PolitenessExample['binary'][];
  /** The analyzer's language score, `null` read as neutral (as the table does). */
  analyzer?: number[];
}

export interface PolitenessResult {
  files: string[];
  n: number;
  nBinary: number;
  /** Rows the loader skipped, by reason (set by the harness; absent on `perFile` results). */
  skipped?: PolitenessLoadStats;
  analyzer?: PolitenessScores;
  /** Analyzer counts: politeness + positive - negative markers, neutral point 0. */
  analyzerCounts?: PolitenessScores;
  baseline: PolitenessScores;
  /**
   * Negative language as a detector of impoliteness: "fired" (at least one negative-language
   * finding) against the bottom quartile, over every request. The bottom quartile's share of the
   * requests (about 0.25) is the precision of firing at random.
   */
  negativeFired?: PrecisionRecallF1 & { fired: number; baseRate: number };
  /** The same per file (per community register), when the folder has more than one file. */
  perFile?: Record<string, PolitenessResult>;
  /**
   * Analyzer and baseline per community group, when there is more than one group: each community
   * with at least `COMMUNITY_GROUP_MIN` requests alone, the rest pooled. A gain by principle should
   * hold on each (Stack Overflow against the 24 smaller Stack Exchange sites), as a gain tied to
   * particular rows need not. Quartiles stay those of the whole file.
   */
  byCommunity?: Record<string, { n: number; analyzer?: PolitenessScores; baseline: PolitenessScores }>;
  perRequest: PolitenessPerRequest;
}

/** A community with at least this many requests is its own group in `byCommunity`. */
export const COMMUNITY_GROUP_MIN = 500;

/** The community groups of `byCommunity`: each large community, then the rest as "other communities". */
export function communityGroups(examples: readonly { community: string }[]): Map<string, number[]> {
  const sizes = new Map<string, number>();
  for (const e of examples) sizes.set(e.community, (sizes.get(e.community) ?? 0) + 1);
  const groups = new Map<string, number[]>();
  examples.forEach((e, i) => {
    const group = (sizes.get(e.community) ?? 0) >= COMMUNITY_GROUP_MIN ? e.community : 'other communities';
    const members = groups.get(group) ?? [];
    members.push(i);
    groups.set(group, members);
  });
  return groups;
}

/** The binary decision on a score: polite only above the neutral point (politeness has to be shown). */
export function binaryPrediction(score: number, neutral: number): 'polite' | 'impolite' {
  return score > neutral ? 'polite' : 'impolite';
}

function scoresOf(examples: readonly PolitenessExample[], scores: readonly number[], neutral: number): PolitenessScores {
  let right = 0;
  let total = 0;
  let atNeutral = 0;
  examples.forEach((e, i) => {
    if (e.binary === 'neutral') return;
    total += 1;
    if (scores[i] === neutral) atNeutral += 1;
    if (binaryPrediction(scores[i], neutral) === e.binary) right += 1;
  });
  return {
    spearman: spearman(scores, examples.map((e) => e.gold)),
    binary_accuracy: total === 0 ? 0 : right / total,
    neutral_share: total === 0 ? 0 : atNeutral / total,
  };
}

export function evaluatePoliteness(examples: readonly PolitenessExample[], analyze: AnalyzeFn | undefined): PolitenessResult {
  const keywordCounts = examples.map((e) => keywordSpans(POLITENESS_KEYWORDS, e.text).length);
  const result: PolitenessResult = {
    files: [...new Set(examples.map((e) => e.file))],
    n: examples.length,
    nBinary: examples.filter((e) => e.binary !== 'neutral').length,
    baseline: scoresOf(examples, keywordCounts, 0),
    perRequest: { gold: examples.map((e) => e.gold), binary: examples.map((e) => e.binary) },
  };
  let languageScores: number[] | undefined;
  if (analyze) {
    const language = examples.map((e) => analyze(e.transcript).positiveLanguage);
    languageScores = language.map((l) => l.score ?? NEUTRAL_LANGUAGE_SCORE);
    result.analyzer = scoresOf(examples, languageScores, NEUTRAL_LANGUAGE_SCORE);
    result.perRequest.analyzer = languageScores;
    result.analyzerCounts = scoresOf(examples, language.map((l) => l.politeness + l.positive - l.negative), 0);
    const impolite = examples.map((e) => e.binary === 'impolite');
    const fired = language.map((l) => l.negative > 0);
    result.negativeFired = {
      ...precisionRecallF1(binaryCounts(impolite, fired)),
      fired: fired.filter(Boolean).length,
      baseRate: impolite.filter(Boolean).length / Math.max(1, examples.length),
    };
  }
  const groups = communityGroups(examples);
  if (groups.size > 1) {
    result.byCommunity = {};
    for (const [group, members] of groups) {
      const subset = members.map((i) => examples[i]);
      result.byCommunity[group] = {
        n: subset.length,
        ...(languageScores ? { analyzer: scoresOf(subset, members.map((i) => languageScores[i]), NEUTRAL_LANGUAGE_SCORE) } : {}),
        baseline: scoresOf(subset, members.map((i) => keywordCounts[i]), 0),
      };
    }
  }
  if (result.files.length > 1) {
    result.perFile = {};
    for (const file of result.files) result.perFile[file] = evaluatePoliteness(examples.filter((e) => e.file === file), analyze);
  }
  return result;
}
