/**
 * EPITOME, Reddit portion (Sharma et al., EMNLP 2020): peer responses to help-seeking posts, rated
 * 0-2 for three empathy mechanisms (emotional reactions, interpretations, explorations) with
 * rationale spans.
 *
 * Mapping: each (seeker post, response) pair is a two-turn chat transcript, the seeker post as the
 * customer turn and the response as the agent turn. The three files are joined on (sp_id, rp_id),
 * first occurrence kept (a few pairs repeat). The response text is the emotional-reactions file's.
 *
 * Prediction: a mechanism is predicted when the empathy detector reports a finding on the agent
 * turn whose category belongs to that mechanism (see MECHANISM_CATEGORIES). The gold positive class
 * is level >= 1.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding, Transcript } from '../../src/domain/types.js';
import type { AnalyzeFn } from '../analyzer.js';
import { EMPATHY_KEYWORDS, keywordSpans } from '../baselines.js';
import { numericField, parseCsvRecords } from '../csv.js';
import {
  addCounts,
  binaryCounts,
  precisionRecallF1,
  tokenOverlapCounts,
  type BinaryCounts,
  type CharSpan,
  type PrecisionRecallF1,
} from '../metrics.js';
import { evalTranscript } from '../transcript.js';

export const EMPATHY_FOLDER = 'epitome-empathy';
export const MECHANISMS = ['emotionalReactions', 'interpretations', 'explorations'] as const;
export type Mechanism = (typeof MECHANISMS)[number];

/** How each mechanism's file name begins. */
export const FILE_PREFIX: Record<Mechanism, string> = {
  emotionalReactions: 'emotional-reactions',
  interpretations: 'interpretations',
  explorations: 'explorations',
};

/**
 * Empathy-lexicon categories that express each EPITOME mechanism, by the paper's definitions:
 * emotional reactions express warmth, compassion or concern (an apology for the person's situation
 * is one); interpretations communicate understanding of the feelings or experience; explorations
 * ask about them. A finding whose category is in none of these still counts for `any`.
 */
export const MECHANISM_CATEGORIES: Record<Mechanism, ReadonlySet<string>> = {
  emotionalReactions: new Set(['emotional-reaction', 'emotion', 'apology', 'sympathy', 'compassion', 'concern', 'warmth', 'care', 'reassurance', 'encouragement', 'support']),
  interpretations: new Set(['interpretation', 'understanding', 'acknowledgement', 'acknowledgment', 'validation', 'shared-experience', 'paraphrase']),
  explorations: new Set(['exploration', 'open-question', 'question']),
};

/** One rationale located in the response text. */
export interface Rationale extends CharSpan {
  text: string;
}

export interface EmpathyExample {
  transcript: Transcript;
  response: string;
  levels: Record<Mechanism, number>;
  rationales: Record<Mechanism, Rationale[]>;
}

/**
 * What the loader read and left out. Each pair left out is counted once: in `incompletePairs` when a
 * file lacks it, otherwise in `unreadableLevels`.
 */
export interface EmpathyLoadStats {
  /** Rows of the emotional-reactions file. */
  rows: number;
  /** Rows of the emotional-reactions file that repeat a pair (first occurrence kept). */
  duplicates: number;
  /** Rationales that could not be found in the response, even after normalisation. */
  unlocatedRationales: number;
  rationales: number;
  /** Rows whose level is blank or not 0, 1 or 2, by file; their pairs are skipped. */
  unreadableLevels: Record<Mechanism, number>;
  /** Pairs found in some mechanism files but not in all three, dropped. */
  incompletePairs: number;
  /** Of those, the pairs each file lacks. */
  missingPairs: Record<Mechanism, number>;
}

function normaliseWithMap(text: string): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  let lastSpace = true;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (/\s/.test(c)) {
      if (!lastSpace) {
        norm += ' ';
        map.push(i);
      }
      lastSpace = true;
    } else {
      norm += c.toLowerCase();
      map.push(i);
      lastSpace = false;
    }
  }
  return { norm, map };
}

/**
 * Locate each `|`-separated rationale in the text: verbatim first, then case- and
 * whitespace-insensitively. Returns the located spans and the number not found.
 */
export function locateRationales(text: string, field: string): { spans: Rationale[]; unlocated: number } {
  const spans: Rationale[] = [];
  let unlocated = 0;
  let normalised: { norm: string; map: number[] } | undefined;
  for (const raw of field.split('|')) {
    const rationale = raw.trim();
    if (rationale === '') continue;
    const at = text.indexOf(rationale);
    if (at >= 0) {
      spans.push({ start: at, end: at + rationale.length, text: rationale });
      continue;
    }
    normalised ??= normaliseWithMap(text);
    const needle = normaliseWithMap(rationale).norm.trim();
    const k = needle === '' ? -1 : normalised.norm.indexOf(needle);
    if (k < 0) {
      unlocated += 1;
      continue;
    }
    const start = normalised.map[k];
    const end = normalised.map[k + needle.length - 1] + 1;
    spans.push({ start, end, text: text.slice(start, end) });
  }
  return { spans, unlocated };
}

function findFile(dir: string, mechanism: Mechanism): string | undefined {
  return readdirSync(dir)
    .filter((f) => f.startsWith(FILE_PREFIX[mechanism]) && f.endsWith('.csv'))
    .sort()[0];
}

/** EPITOME's levels: 0 none, 1 weak, 2 strong. */
const LEVELS: readonly number[] = [0, 1, 2];

/** A `level` field as 0, 1 or 2, or undefined when it is blank or anything else. */
function readLevel(field: string): number | undefined {
  const level = numericField(field);
  return level !== undefined && LEVELS.includes(level) ? level : undefined;
}

/**
 * The pairs that are not in all three files (the join drops them), and how many each file lacks.
 * Pairs only in the interpretations or explorations files count too: the join never reads them.
 */
function countMissingPairs(byMechanism: ReadonlyMap<Mechanism, ReadonlyMap<string, unknown>>): { incompletePairs: number; missingPairs: Record<Mechanism, number> } {
  const keys = new Set<string>();
  for (const pairs of byMechanism.values()) for (const key of pairs.keys()) keys.add(key);
  const missingPairs: Record<Mechanism, number> = { emotionalReactions: 0, interpretations: 0, explorations: 0 };
  let incompletePairs = 0;
  for (const key of keys) {
    const lacking = MECHANISMS.filter((m) => !byMechanism.get(m)?.has(key));
    for (const m of lacking) missingPairs[m] += 1;
    if (lacking.length > 0) incompletePairs += 1;
  }
  return { incompletePairs, missingPairs };
}

/** Load and join the three mechanism files of the folder; pairs left out are counted in `stats`. */
export function loadEmpathy(dir: string): { examples: EmpathyExample[]; stats: EmpathyLoadStats } {
  const byMechanism = new Map<Mechanism, Map<string, Record<string, string>>>();
  let rows = 0;
  let duplicates = 0;
  for (const mechanism of MECHANISMS) {
    const file = findFile(dir, mechanism);
    if (!file) throw new Error(`rapport eval: ${dir} has no ${FILE_PREFIX[mechanism]}*.csv file`);
    const path = join(dir, file);
    const records = parseCsvRecords(readFileSync(path, 'utf8'), path, ['sp_id', 'rp_id', 'seeker_post', 'response_post', 'level', 'rationales']);
    const byPair = new Map<string, Record<string, string>>();
    for (const r of records) {
      const key = `${r.sp_id}:${r.rp_id}`;
      if (byPair.has(key)) {
        if (mechanism === 'emotionalReactions') duplicates += 1;
        continue;
      }
      byPair.set(key, r);
    }
    if (mechanism === 'emotionalReactions') rows = records.length;
    byMechanism.set(mechanism, byPair);
  }
  const stats: EmpathyLoadStats = {
    rows,
    duplicates,
    unlocatedRationales: 0,
    rationales: 0,
    unreadableLevels: { emotionalReactions: 0, interpretations: 0, explorations: 0 },
    ...countMissingPairs(byMechanism),
  };
  const examples: EmpathyExample[] = [];
  for (const [key, er] of byMechanism.get('emotionalReactions')!) {
    const response = er.response_post;
    const levels = {} as Record<Mechanism, number>;
    const rationales = {} as Record<Mechanism, Rationale[]>;
    let complete = true;
    const unreadable: Mechanism[] = [];
    for (const mechanism of MECHANISMS) {
      const r = byMechanism.get(mechanism)!.get(key);
      if (!r) {
        complete = false;
        break;
      }
      const level = readLevel(r.level);
      if (level === undefined) unreadable.push(mechanism);
      else levels[mechanism] = level;
      const located = locateRationales(response, r.rationales);
      rationales[mechanism] = located.spans;
      stats.unlocatedRationales += located.unlocated;
      stats.rationales += located.spans.length + located.unlocated;
    }
    // An incomplete pair is already counted in incompletePairs, whatever its levels.
    if (!complete) continue;
    if (unreadable.length > 0) {
      for (const mechanism of unreadable) stats.unreadableLevels[mechanism] += 1;
      continue;
    }
    examples.push({
      response,
      levels,
      rationales,
      transcript: evalTranscript(`epitome:${key}`, 'reddit-responder', 'chat', [
        { speaker: 'customer', text: er.seeker_post },
        { speaker: 'agent', text: response },
      ]),
    });
  }
  return { examples, stats };
}

export interface MechanismScores extends PrecisionRecallF1 {
  /** Token-level overlap of predicted spans with rationale spans, on true positives only. */
  span: PrecisionRecallF1;
}

export interface EmpathyScores {
  emotionalReactions: MechanismScores;
  interpretations: MechanismScores;
  explorations: MechanismScores;
  /** Gold: emotional reactions or interpretations >= 1; predicted: any empathy finding on the agent turn. */
  combined: MechanismScores;
}

export interface EmpathyResult {
  n: number;
  positives: Record<Mechanism | 'combined', number>;
  stats: EmpathyLoadStats;
  analyzer?: EmpathyScores;
  baseline: EmpathyScores;
  /** Agent-turn empathy findings by category, over all examples. */
  analyzerCategories?: Record<string, number>;
}

/** A prediction for one example: the spans behind each mechanism. Empty means not predicted. */
type Prediction = Record<Mechanism | 'combined', CharSpan[]>;

function score(examples: readonly EmpathyExample[], predictions: readonly Prediction[]): EmpathyScores {
  const out = {} as EmpathyScores;
  for (const key of [...MECHANISMS, 'combined'] as const) {
    const gold = examples.map((e) => (key === 'combined' ? e.levels.emotionalReactions >= 1 || e.levels.interpretations >= 1 : e.levels[key] >= 1));
    const predicted = predictions.map((p) => p[key].length > 0);
    let span: BinaryCounts = { tp: 0, fp: 0, fn: 0 };
    examples.forEach((e, i) => {
      if (!gold[i] || !predicted[i]) return;
      const goldSpans = key === 'combined' ? [...e.rationales.emotionalReactions, ...e.rationales.interpretations] : e.rationales[key];
      if (goldSpans.length === 0) return;
      span = addCounts(span, tokenOverlapCounts(e.response, predictions[i][key], goldSpans));
    });
    out[key] = { ...precisionRecallF1(binaryCounts(gold, predicted)), span: precisionRecallF1(span) };
  }
  return out;
}

/** The agent-turn findings of the empathy detector that show empathy (not opportunities or misses). */
export function agentEmpathyFindings(evidence: readonly Finding[], agentTurn: number): Finding[] {
  return evidence.filter(
    (f) => f.detector === 'empathy' && f.evidence.turn === agentTurn && f.speaker === 'agent' && !/(opportunity|missed)$/.test(f.kind),
  );
}

/** Baseline for explorations: the sentences that end in a question mark. */
export function questionSpans(text: string): CharSpan[] {
  const spans: CharSpan[] = [];
  for (const m of text.matchAll(/[^.!?\n]*\?/g)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

export function evaluateEmpathy(loaded: { examples: EmpathyExample[]; stats: EmpathyLoadStats }, analyze: AnalyzeFn | undefined): EmpathyResult {
  const { examples, stats } = loaded;
  const positives = { emotionalReactions: 0, interpretations: 0, explorations: 0, combined: 0 };
  for (const e of examples) {
    for (const m of MECHANISMS) if (e.levels[m] >= 1) positives[m] += 1;
    if (e.levels.emotionalReactions >= 1 || e.levels.interpretations >= 1) positives.combined += 1;
  }
  const baselinePredictions = examples.map((e): Prediction => {
    const spans = keywordSpans(EMPATHY_KEYWORDS, e.response);
    return { emotionalReactions: spans, interpretations: spans, explorations: questionSpans(e.response), combined: spans };
  });
  const result: EmpathyResult = { n: examples.length, positives, stats, baseline: score(examples, baselinePredictions) };
  if (analyze) {
    const categories: Record<string, number> = {};
    const predictions = examples.map((e): Prediction => {
      const findings = agentEmpathyFindings(analyze(e.transcript).evidence, 1);
      const prediction: Prediction = { emotionalReactions: [], interpretations: [], explorations: [], combined: [] };
      for (const f of findings) {
        const category = f.category ?? '(none)';
        categories[category] = (categories[category] ?? 0) + 1;
        prediction.combined.push(f.evidence.span);
        for (const m of MECHANISMS) if (MECHANISM_CATEGORIES[m].has(category)) prediction[m].push(f.evidence.span);
      }
      return prediction;
    });
    result.analyzer = score(examples, predictions);
    result.analyzerCategories = categories;
  }
  return result;
}
