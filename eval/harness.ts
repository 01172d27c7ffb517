/**
 * The evaluation harness: reads whichever dataset folders exist under a data folder, runs the real
 * analyzer and the baselines over them, and returns one report. No printing here (see report.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnalyzeFn } from './analyzer.js';
import { EMPATHY_FOLDER, evaluateEmpathy, loadEmpathy, type EmpathyResult } from './datasets/empathy.js';
import { MRDA_FOLDER, evaluateInterruptions, loadMrda, type InterruptionResult } from './datasets/mrda.js';
import { POLITENESS_FOLDER, evaluatePoliteness, loadPoliteness, type PolitenessResult } from './datasets/politeness.js';
import { SENTIMENT_FOLDER, evaluateSentiment, loadSentiment, type SentimentResult } from './datasets/sentiment.js';

export const TASKS = ['politeness', 'sentiment', 'empathy', 'interruptions'] as const;
export type Task = (typeof TASKS)[number];

export const TASK_FOLDERS: Record<Task, string> = {
  politeness: POLITENESS_FOLDER,
  sentiment: SENTIMENT_FOLDER,
  empathy: EMPATHY_FOLDER,
  interruptions: MRDA_FOLDER,
};

/** `../shared/eval/data` relative to the repository root. */
/** `RAPPORT_EVAL_DATA` when set, otherwise `../shared/eval/data` beside the checkout. */
export const DEFAULT_DATA_DIR = process.env.RAPPORT_EVAL_DATA ?? fileURLToPath(new URL('../../shared/eval/data', import.meta.url));

export interface EvalOptions {
  dataDir: string;
  /** Tasks to run; all when absent. */
  only?: readonly Task[];
  /** The analyzer; absent to compute the baselines only. */
  analyze?: AnalyzeFn;
  /** Progress messages (stderr in the CLI). */
  log?: (message: string) => void;
}

export interface EvalReport {
  dataDir: string;
  /** Tasks whose folder was found and evaluated. */
  tasks: Task[];
  /**
   * Tasks whose folder was found but could not be read (a missing column, a file of another
   * layout), with the reason. The other tasks still run, and their figures still print.
   */
  failed: { task: Task; reason: string }[];
  /** Milliseconds per task, load and scoring included. */
  elapsedMs: Partial<Record<Task, number>>;
  politeness?: PolitenessResult;
  sentiment?: SentimentResult;
  empathy?: EmpathyResult;
  interruptions?: InterruptionResult;
}

/** Load one task's folder and score it into `report`; throws when the folder cannot be read. */
function evaluateTask(report: EvalReport, task: Task, dir: string, analyze: EvalOptions['analyze']): void {
  switch (task) {
    case 'politeness': {
      const { examples, stats } = loadPoliteness(dir);
      report.politeness = { ...evaluatePoliteness(examples, analyze), skipped: stats };
      break;
    }
    case 'sentiment': {
      const { examples, stats } = loadSentiment(dir);
      report.sentiment = { ...evaluateSentiment(examples, analyze), skipped: stats };
      break;
    }
    case 'empathy':
      report.empathy = evaluateEmpathy(loadEmpathy(dir), analyze);
      break;
    case 'interruptions':
      report.interruptions = evaluateInterruptions(loadMrda(dir), analyze);
      break;
  }
}

/**
 * Run every requested task whose folder exists under `dataDir`. A folder that cannot be read is
 * recorded in `failed` with the reason, and the other tasks still run.
 */
export function runEval(options: EvalOptions): EvalReport {
  const log = options.log ?? (() => undefined);
  const wanted = options.only ?? TASKS;
  const report: EvalReport = { dataDir: options.dataDir, tasks: [], failed: [], elapsedMs: {} };
  for (const task of TASKS) {
    if (!wanted.includes(task)) continue;
    const dir = join(options.dataDir, TASK_FOLDERS[task]);
    if (!existsSync(dir)) {
      log(`${task}: ${dir} not found; skipped`);
      continue;
    }
    const started = performance.now();
    log(`${task}: reading ${dir}`);
    try {
      evaluateTask(report, task, dir, options.analyze);
    } catch (err) {
      const reason = (err instanceof Error ? err.message : String(err)).replace(/^rapport eval: /, '');
      report.failed.push({ task, reason });
      log(`${task}: could not be evaluated, left out: ${reason}`);
      continue;
    }
    report.tasks.push(task);
    report.elapsedMs[task] = Math.round(performance.now() - started);
    log(`${task}: done in ${report.elapsedMs[task]} ms`);
  }
  return report;
}

/** The headline figures, as printed on the last line of `npm run eval`. */
export interface Summary {
  politeness?: { spearman: number | null; binary_accuracy: number };
  sentiment?: { accuracy: number; macro_f1: number };
  empathy?: { precision: number; recall: number; f1: number };
  interruptions?: { precision: number; recall: number; f1: number };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
const roundOrNull = (x: number): number | null => (Number.isFinite(x) ? round(x) : null);

/**
 * The headline figures of the analyzer, or of the baselines when `which` is `baseline`. Empathy is
 * emotional reactions. Figures are rounded to 3 decimals; absent datasets are left out.
 */
export function summarize(report: EvalReport, which: 'analyzer' | 'baseline' = 'analyzer'): Summary {
  const summary: Summary = {};
  const p = report.politeness?.[which];
  if (p) summary.politeness = { spearman: roundOrNull(p.spearman), binary_accuracy: round(p.binary_accuracy) };
  const s = report.sentiment?.[which];
  if (s) summary.sentiment = { accuracy: round(s.accuracy), macro_f1: round(s.macro_f1) };
  const e = report.empathy?.[which]?.emotionalReactions;
  if (e) summary.empathy = { precision: round(e.precision), recall: round(e.recall), f1: round(e.f1) };
  const i = report.interruptions?.[which];
  if (i) summary.interruptions = { precision: round(i.precision), recall: round(i.recall), f1: round(i.f1) };
  return summary;
}
