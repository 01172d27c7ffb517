/**
 * EPITOME, Reddit portion (Sharma et al., EMNLP 2020): peer responses to help-seeking posts, rated
 * 0-2 for three empathy mechanisms (emotional reactions, interpretations, explorations) with
 * rationale spans, one file per mechanism.
 *
 * Mapping: each (seeker post, response) pair is a two-turn chat transcript, the seeker post as the
 * customer turn and the response as the agent turn. Each mechanism is scored on the pairs of its own
 * file, first occurrence kept (a few pairs repeat), with that file's text: the files do not hold the
 * same pairs (the development and held-out halves are drawn per file), and a pair's text can differ
 * between files in whitespace. "ER or IP" is scored on the pairs of both the emotional-reactions and
 * the interpretations files, with the emotional-reactions text.
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

/** Each mechanism's short name in the paper, for the report. */
export const MECHANISM_ABBREVIATIONS: Record<Mechanism, string> = {
  emotionalReactions: 'ER',
  interpretations: 'IP',
  explorations: 'EX',
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

/** What is scored: each mechanism, and `combined` (emotional reactions or interpretations). */
export type EmpathyLabel = Mechanism | 'combined';
export const EMPATHY_LABELS: readonly EmpathyLabel[] = [...MECHANISMS, 'combined'];

/** One file's reading of a pair; for `combined`, the emotional-reactions and interpretations files' together. */
export interface EmpathyReading {
  /** The pair with this file's text: its seeker_post as the customer turn, its response_post as the agent turn. */
  transcript: Transcript;
  /** The agent turn's text (this file's response_post). */
  response: string;
  /** 0 none, 1 weak, 2 strong; for `combined`, the higher of the two levels. */
  level: number;
  /** The rationales located in `response`; for `combined`, those of both files. */
  rationales: Rationale[];
}

/** One distinct (sp_id, rp_id) pair, with every reading of it that can be scored. */
export interface EmpathyExample {
  /** `sp_id:rp_id`. */
  pair: string;
  /** The transcript of the pair's first reading, in MECHANISMS order: one text per pair for a reader that needs one. */
  transcript: Transcript;
  /**
   * A mechanism's reading when its file holds the pair with a readable level; `combined` when both
   * the emotional-reactions and the interpretations files do, with the emotional-reactions text.
   */
  readings: Partial<Record<EmpathyLabel, EmpathyReading>>;
}

/** What the loader read, left out and noticed. "Pairs" are distinct (sp_id, rp_id), first occurrence per file. */
export interface EmpathyLoadStats {
  /** Rows of each file. */
  rows: Record<Mechanism, number>;
  /** Rows that repeat a pair of the same file (first occurrence kept), by file. */
  duplicates: Record<Mechanism, number>;
  /** Rationales of the scored rows (of all three files) that could not be found in the row's response, even after normalisation. */
  unlocatedRationales: number;
  /** Rationales of the scored rows, of all three files. */
  rationales: number;
  /** Rows whose level is blank or not 0, 1 or 2, by file; the pair is not scored for that file's mechanism. */
  unreadableLevels: Record<Mechanism, number>;
  /** Pairs in all three files. */
  inAllFiles: number;
  /**
   * Pairs in one or two of the files only. Not damage: the development and held-out halves are
   * drawn per file, and each mechanism is scored on its own file's pairs.
   */
  notInAllFiles: number;
  /** Of those, the pairs each file lacks. */
  missingPairs: Record<Mechanism, number>;
  /** Pairs whose seeker_post or response_post is not the same in every file that holds them; each file is scored on its own text. */
  differingText: number;
  /** Of those, the pairs whose texts differ in more than whitespace. */
  differingBeyondWhitespace: number;
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

const perFile = (): Record<Mechanism, number> => ({ emotionalReactions: 0, interpretations: 0, explorations: 0 });

/**
 * A mechanism file's rows by pair, and how many rows repeat a pair. The first row of a pair is
 * kept, or the first with a readable level: an unreadable row must not hide a readable repeat.
 */
function readFile(dir: string, mechanism: Mechanism): { byPair: Map<string, Record<string, string>>; rows: number; duplicates: number } {
  const file = findFile(dir, mechanism);
  if (!file) throw new Error(`rapport eval: ${dir} has no ${FILE_PREFIX[mechanism]}*.csv file`);
  const path = join(dir, file);
  const records = parseCsvRecords(readFileSync(path, 'utf8'), path, ['sp_id', 'rp_id', 'seeker_post', 'response_post', 'level', 'rationales']);
  const byPair = new Map<string, Record<string, string>>();
  for (const r of records) {
    const pair = `${r.sp_id}:${r.rp_id}`;
    const kept = byPair.get(pair);
    if (kept === undefined || (readLevel(kept.level) === undefined && readLevel(r.level) !== undefined)) byPair.set(pair, r);
  }
  return { byPair, rows: records.length, duplicates: records.length - byPair.size };
}

/** Text with every run of whitespace as one space, trimmed. */
const squashWhitespace = (text: string): string => text.replace(/\s+/g, ' ').trim();

const pairTranscript = (pair: string, row: Record<string, string>): Transcript =>
  evalTranscript(`epitome:${pair}`, 'reddit-responder', 'chat', [
    { speaker: 'customer', text: row.seeker_post },
    { speaker: 'agent', text: row.response_post },
  ]);

/**
 * Load the three mechanism files of the folder. Each file's pairs with a readable level become that
 * mechanism's readings, with the file's own text; rows left out are counted in `stats`.
 */
export function loadEmpathy(dir: string): { examples: EmpathyExample[]; stats: EmpathyLoadStats } {
  const files = new Map(MECHANISMS.map((m) => [m, readFile(dir, m)] as const));
  const stats: EmpathyLoadStats = {
    rows: perFile(),
    duplicates: perFile(),
    unlocatedRationales: 0,
    rationales: 0,
    unreadableLevels: perFile(),
    inAllFiles: 0,
    notInAllFiles: 0,
    missingPairs: perFile(),
    differingText: 0,
    differingBeyondWhitespace: 0,
  };
  const pairs = new Set<string>();
  for (const [m, f] of files) {
    stats.rows[m] = f.rows;
    stats.duplicates[m] = f.duplicates;
    for (const pair of f.byPair.keys()) pairs.add(pair);
  }
  const examples: EmpathyExample[] = [];
  for (const pair of pairs) {
    const rows = MECHANISMS.flatMap((m) => {
      const row = files.get(m)!.byPair.get(pair);
      return row ? [{ mechanism: m, row }] : [];
    });
    if (rows.length === MECHANISMS.length) stats.inAllFiles += 1;
    else {
      stats.notInAllFiles += 1;
      for (const m of MECHANISMS) if (!files.get(m)!.byPair.has(pair)) stats.missingPairs[m] += 1;
    }
    const texts = new Set(rows.map(({ row }) => JSON.stringify([row.seeker_post, row.response_post])));
    if (texts.size > 1) {
      stats.differingText += 1;
      if (new Set([...texts].map(squashWhitespace)).size > 1) stats.differingBeyondWhitespace += 1;
    }

    const readings: EmpathyExample['readings'] = {};
    for (const { mechanism, row } of rows) {
      const level = readLevel(row.level);
      if (level === undefined) {
        stats.unreadableLevels[mechanism] += 1;
        continue;
      }
      const located = locateRationales(row.response_post, row.rationales);
      stats.unlocatedRationales += located.unlocated;
      stats.rationales += located.spans.length + located.unlocated;
      readings[mechanism] = { transcript: pairTranscript(pair, row), response: row.response_post, level, rationales: located.spans };
    }
    const er = readings.emotionalReactions;
    const ip = readings.interpretations;
    if (er && ip) {
      // On the emotional-reactions text: the interpretations rationales are located in it afresh when the texts differ.
      const ipRationales = ip.response === er.response ? ip.rationales : locateRationales(er.response, files.get('interpretations')!.byPair.get(pair)!.rationales).spans;
      readings.combined = { transcript: er.transcript, response: er.response, level: Math.max(er.level, ip.level), rationales: [...er.rationales, ...ipRationales] };
    }
    const first = MECHANISMS.map((m) => readings[m]).find((r) => r !== undefined);
    if (first) examples.push({ pair, transcript: first.transcript, readings });
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
  /**
   * Gold: emotional reactions or interpretations >= 1, on the pairs of both files (emotional-reactions
   * text); predicted: any empathy finding on the agent turn.
   */
  combined: MechanismScores;
}

/**
 * The emotional-reactions decisions (the headline) on each pair of that file, in example order:
 * what the bootstrap intervals (`intervals.ts`) resample, taken from the run rather than by
 * analyzing again.
 */
export interface EmpathyPerPair {
  /** Level >= 1. */
  gold: boolean[];
  baseline: boolean[];
  analyzer?: boolean[];
}

export interface EmpathyResult {
  /** Pairs scored: each mechanism's on its own file, `combined` on the pairs of both ER and IP files. */
  n: Record<EmpathyLabel, number>;
  /** Of those, the gold positives (level >= 1; `combined`: ER or IP). */
  positives: Record<EmpathyLabel, number>;
  stats: EmpathyLoadStats;
  analyzer?: EmpathyScores;
  baseline: EmpathyScores;
  /** Agent-turn empathy findings by category, over all pairs (each pair's `transcript`). */
  analyzerCategories?: Record<string, number>;
  emotionalReactionsPerPair: EmpathyPerPair;
}

/** The spans behind a prediction of `label` for one reading. Empty means not predicted. */
type Predict = (reading: EmpathyReading, label: EmpathyLabel) => CharSpan[];

/** Gold and predicted decisions of one label, on each pair that has a reading for it. */
interface Decisions {
  gold: boolean[];
  predicted: boolean[];
}

function score(examples: readonly EmpathyExample[], predict: Predict): { scores: EmpathyScores; decisions: Record<EmpathyLabel, Decisions> } {
  const out = {} as EmpathyScores;
  const decisions = {} as Record<EmpathyLabel, Decisions>;
  for (const label of EMPATHY_LABELS) {
    const gold: boolean[] = [];
    const predicted: boolean[] = [];
    let span: BinaryCounts = { tp: 0, fp: 0, fn: 0 };
    for (const e of examples) {
      const reading = e.readings[label];
      if (!reading) continue;
      const isGold = reading.level >= 1;
      const spans = predict(reading, label);
      gold.push(isGold);
      predicted.push(spans.length > 0);
      if (isGold && spans.length > 0 && reading.rationales.length > 0) span = addCounts(span, tokenOverlapCounts(reading.response, spans, reading.rationales));
    }
    out[label] = { ...precisionRecallF1(binaryCounts(gold, predicted)), span: precisionRecallF1(span) };
    decisions[label] = { gold, predicted };
  }
  return { scores: out, decisions };
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

/** The analyzer's empathy findings on the agent turn, by the category they count for. */
function analyzerPredict(findings: readonly Finding[], label: EmpathyLabel): CharSpan[] {
  return findings.filter((f) => label === 'combined' || MECHANISM_CATEGORIES[label].has(f.category ?? '')).map((f) => f.evidence.span);
}

/**
 * Score the baselines and, when given, the analyzer. The analyzer runs once per distinct
 * transcript (pair and text): a pair that several files give with the same text is analyzed once.
 */
export function evaluateEmpathy(loaded: { examples: EmpathyExample[]; stats: EmpathyLoadStats }, analyze: AnalyzeFn | undefined): EmpathyResult {
  const { examples, stats } = loaded;
  const n = { emotionalReactions: 0, interpretations: 0, explorations: 0, combined: 0 };
  const positives = { ...n };
  for (const e of examples) {
    for (const label of EMPATHY_LABELS) {
      const reading = e.readings[label];
      if (!reading) continue;
      n[label] += 1;
      if (reading.level >= 1) positives[label] += 1;
    }
  }
  const baseline = score(examples, (reading, label) =>
    label === 'explorations' ? questionSpans(reading.response) : keywordSpans(EMPATHY_KEYWORDS, reading.response),
  );
  const er = baseline.decisions.emotionalReactions;
  const result: EmpathyResult = { n, positives, stats, baseline: baseline.scores, emotionalReactionsPerPair: { gold: er.gold, baseline: er.predicted } };
  if (analyze) {
    const findingsByTranscript = new Map<string, Finding[]>();
    const findingsOf = (t: Transcript): Finding[] => {
      const key = JSON.stringify([t.interactionId, ...t.turns.map((turn) => turn.text)]);
      let findings = findingsByTranscript.get(key);
      if (!findings) {
        findings = agentEmpathyFindings(analyze(t).evidence, 1);
        findingsByTranscript.set(key, findings);
      }
      return findings;
    };
    const analyzer = score(examples, (reading, label) => analyzerPredict(findingsOf(reading.transcript), label));
    result.analyzer = analyzer.scores;
    result.emotionalReactionsPerPair.analyzer = analyzer.decisions.emotionalReactions.predicted;
    const categories: Record<string, number> = {};
    for (const e of examples) {
      for (const f of findingsOf(e.transcript)) {
        const category = f.category ?? '(none)';
        categories[category] = (categories[category] ?? 0) + 1;
      }
    }
    result.analyzerCategories = categories;
  }
  return result;
}
