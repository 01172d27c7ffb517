/** Renders an evaluation report as readable tables (plain text, fixed-width columns). */
import { FILE_PREFIX, MECHANISMS, MECHANISM_ABBREVIATIONS, type EmpathyLoadStats, type Mechanism } from './datasets/empathy.js';
import { MATCH_TOLERANCE_MS, ATTRIBUTION_TOLERANCE_MS, DADB_COLUMNS } from './datasets/mrda.js';
import type { PolitenessLoadStats } from './datasets/politeness.js';
import { MIN_CONFIDENCE, NEUTRAL_BAND, SENTIMENT_LABELS, type SentimentLoadStats } from './datasets/sentiment.js';
import type { EvalReport, Task } from './harness.js';
import type { HeadlineIntervals } from './intervals.js';
import type { BootstrapInterval } from './metrics.js';

const fmt = (x: number | null | undefined): string => (x === null || x === undefined || !Number.isFinite(x) ? '-' : x.toFixed(3));

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: readonly string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * WARNING lines for the rows the politeness loader skipped, one per nonzero reason (none when
 * nothing was skipped): a held-out file with damaged rows must not shrink the evaluation unseen.
 */
function politenessWarnings(skipped: PolitenessLoadStats): string[] {
  const out: string[] = [];
  if (skipped.unreadableScore > 0) out.push(`WARNING: ${skipped.unreadableScore} row(s) of the *.annotated.csv files have a blank or non-numeric Normalized Score and were skipped`);
  if (skipped.blankRequest > 0) out.push(`WARNING: ${skipped.blankRequest} row(s) of the *.annotated.csv files have a blank Request and were skipped`);
  return out;
}

/** The same for sentiment. Repeated tweets are dropped by design: the heading gives their count, not a WARNING. */
function sentimentWarnings(skipped: SentimentLoadStats): string[] {
  const out: string[] = [];
  if (skipped.unknownLabel > 0) out.push(`WARNING: ${skipped.unknownLabel} row(s) of the .csv files have an airline_sentiment other than ${SENTIMENT_LABELS.join(', ')} and were skipped`);
  if (skipped.unreadableConfidence > 0) out.push(`WARNING: ${skipped.unreadableConfidence} row(s) of the .csv files have a blank or non-numeric airline_sentiment_confidence and were skipped`);
  return out;
}

/** "emotional-reactions 2, explorations 1": the nonzero counts, by mechanism file. */
function byFile(counts: Record<Mechanism, number>): string {
  return MECHANISMS.filter((m) => counts[m] > 0).map((m) => `${FILE_PREFIX[m]} ${counts[m]}`).join(', ');
}

/**
 * The same for empathy: rows whose level cannot be read. Pairs not in all three files, and pairs
 * whose text differs between files (the released files differ in whitespace and in a few words,
 * as the dataset README says), are the nature of the data, not damage: a note, not a WARNING.
 */
function empathyWarnings(stats: EmpathyLoadStats): string[] {
  const out: string[] = [];
  const unreadable = MECHANISMS.reduce((n, m) => n + stats.unreadableLevels[m], 0);
  if (unreadable > 0) out.push(`WARNING: ${unreadable} row(s) of the EPITOME files have a level that is blank or not 0, 1 or 2 (${byFile(stats.unreadableLevels)}) and were skipped`);
  if (stats.differingText > 0) {
    out.push(
      `note: ${stats.differingText} pair(s) have a seeker_post or response_post that is not the same in every EPITOME file holding them ` +
        `(${stats.differingBeyondWhitespace} beyond whitespace); each file's pairs are scored on its own text, ER or IP on the emotional-reactions text`,
    );
  }
  return out;
}

/** "ER 1498, IP 1516, EX 1516": a count per mechanism, by its short name. */
function byMechanism(counts: Record<Mechanism, number>): string {
  return MECHANISMS.map((m) => `${MECHANISM_ABBREVIATIONS[m]} ${counts[m]}`).join(', ');
}

/**
 * An interval as "0.731-0.752", or "-0.012 to 0.020" when the lower bound is negative (a hyphen
 * beside a minus sign would read as a range between two negatives). A statistic undefined on some
 * resamples says how many were skipped.
 */
function range(name: string, interval: BootstrapInterval): string {
  const separator = interval.low < 0 ? ' to ' : '-';
  const skipped = interval.skipped > 0 ? ` (${interval.skipped} resamples undefined, skipped)` : '';
  return `${name} ${fmt(interval.low)}${separator}${fmt(interval.high)}${skipped}`;
}

/** The head of an interval line: level, resamples, what was resampled, and the method. */
function intervalHead(interval: BootstrapInterval, units: string): string {
  return `${Math.round(interval.level * 100)}% bootstrap interval (${interval.resamples.toLocaleString('en-US')} resamples of ${units}, percentile)`;
}

/** One line per dataset with intervals, keyed by task; a task without intervals has no line. */
function intervalLines(intervals: HeadlineIntervals): Partial<Record<Task, string>> {
  const out: ReturnType<typeof intervalLines> = {};
  const p = intervals.politeness;
  if (p) out.politeness = `${intervalHead(p.spearman, 'requests')}: ${range('spearman', p.spearman)}, ${range('binary accuracy', p.binary_accuracy)}`;
  const s = intervals.sentiment;
  if (s) {
    out.sentiment =
      `${intervalHead(s.accuracy, 'tweets')}: ${range('accuracy', s.accuracy)}, ${range('macro-F1', s.macro_f1)}; ` +
      `${range('analyzer minus baseline macro-F1', s.macro_f1_gain)} (paired)`;
  }
  const e = intervals.empathy;
  if (e) out.empathy = `${intervalHead(e.f1, 'pairs')}: emotional reactions ${range('precision', e.precision)}, ${range('recall', e.recall)}, ${range('F1', e.f1)}`;
  const i = intervals.interruptions;
  if (i) {
    out.interruptions =
      `${intervalHead(i.f1, 'meetings, clustered')}: ${range('precision', i.precision)}, ${range('recall', i.recall)}, ${range('F1', i.f1)}; ` +
      `${range('analyzer minus baseline F1', i.f1_gain)} (paired)`;
  }
  return out;
}

/**
 * The report as text: one block per dataset, analyzer beside baseline. `intervals`, when given,
 * adds a line of bootstrap intervals under each dataset's table.
 */
export function renderReport(report: EvalReport, context: { analyzerNote: string; intervals?: HeadlineIntervals }): string {
  const intervals = intervalLines(context.intervals ?? {});
  const out: string[] = [`rapport eval: ${report.dataDir}`, context.analyzerNote, ''];
  for (const { task, reason } of report.failed) out.push(`FAILED: ${task} could not be evaluated and is left out: ${reason}`, '');

  const p = report.politeness;
  if (p) {
    out.push(`Politeness: Stanford Politeness Corpus (${p.files.join(', ')}), ${p.n} requests, ${p.nBinary} in the top/bottom quartiles`);
    if (p.skipped) out.push(...politenessWarnings(p.skipped));
    const rows: string[][] = [];
    if (p.analyzer) rows.push(['analyzer: language score', fmt(p.analyzer.spearman), fmt(p.analyzer.binary_accuracy), fmt(p.analyzer.neutral_share)]);
    if (p.analyzerCounts) rows.push(['analyzer: politeness+positive-negative', fmt(p.analyzerCounts.spearman), fmt(p.analyzerCounts.binary_accuracy), fmt(p.analyzerCounts.neutral_share)]);
    rows.push(['baseline: keyword count', fmt(p.baseline.spearman), fmt(p.baseline.binary_accuracy), fmt(p.baseline.neutral_share)]);
    for (const [file, r] of Object.entries(p.perFile ?? {})) {
      if (r.analyzer) rows.push([`  ${file}: analyzer`, fmt(r.analyzer.spearman), fmt(r.analyzer.binary_accuracy), fmt(r.analyzer.neutral_share)]);
      rows.push([`  ${file}: baseline`, fmt(r.baseline.spearman), fmt(r.baseline.binary_accuracy), fmt(r.baseline.neutral_share)]);
    }
    out.push(table(['', 'spearman', 'binary acc', 'at neutral'], rows));
    if (intervals.politeness) out.push(intervals.politeness);
    if (p.byCommunity) {
      out.push('per community group (a gain should hold on each):');
      const groupRows = Object.entries(p.byCommunity).map(([group, v]) => [
        group, String(v.n), fmt(v.analyzer?.spearman), fmt(v.analyzer?.binary_accuracy), fmt(v.baseline.spearman), fmt(v.baseline.binary_accuracy),
      ]);
      out.push(table(['community', 'requests', 'spearman', 'binary acc', 'baseline sp', 'baseline acc'], groupRows));
    }
    const n = p.negativeFired;
    if (n) {
      out.push(`analyzer: negative language fired on ${n.fired} requests; against the bottom quartile: precision ${fmt(n.precision)} (random: ${fmt(n.baseRate)}), recall ${fmt(n.recall)}, F1 ${fmt(n.f1)}`);
    }
    out.push('');
  }

  const s = report.sentiment;
  if (s) {
    const repeats = s.skipped ? `: ${s.skipped.duplicates} repeated tweets dropped` : '';
    out.push(`Sentiment: airline tweets, ${s.n} with confidence >= ${MIN_CONFIDENCE} (${s.nAll} after de-duplication${repeats}); neutral when |score| < ${NEUTRAL_BAND}`);
    if (s.skipped) out.push(...sentimentWarnings(s.skipped));
    const rows: string[][] = [];
    if (s.analyzer && s.analyzerAll) {
      rows.push(['analyzer: customer overall', fmt(s.analyzer.accuracy), fmt(s.analyzer.macro_f1), fmt(s.analyzer.negative_f1), fmt(s.analyzerAll.accuracy), fmt(s.analyzerAll.macro_f1)]);
    }
    rows.push(['baseline: wink-sentiment', fmt(s.baseline.accuracy), fmt(s.baseline.macro_f1), fmt(s.baseline.negative_f1), fmt(s.baselineAll.accuracy), fmt(s.baselineAll.macro_f1)]);
    rows.push(['baseline: wink raw score sign', fmt(s.baselineRawSign.accuracy), fmt(s.baselineRawSign.macro_f1), fmt(s.baselineRawSign.negative_f1), '-', '-']);
    out.push(table(['', 'accuracy', 'macro-F1', 'neg F1', 'all: acc', 'all: mF1'], rows));
    if (intervals.sentiment) out.push(intervals.sentiment);
    const confusion = (name: string, m: number[][]) =>
      `${name} confusion (rows gold, columns predicted ${SENTIMENT_LABELS.join('/')}): ${m.map((r) => r.join('/')).join('  ')}`;
    if (s.analyzer) out.push(confusion('analyzer', s.analyzer.confusion));
    out.push(confusion('baseline', s.baseline.confusion));
    if (s.missedNegativeByReason) {
      const reasons = Object.entries(s.missedNegativeByReason).sort((a, b) => b[1].of - a[1].of);
      out.push('analyzer: negative tweets not scored negative, by reason:');
      out.push(table(['reason', 'missed', 'of', 'share'], reasons.map(([r, v]) => [r, String(v.missed), String(v.of), fmt(v.missed / v.of)])));
    }
    if (s.byAirline) {
      out.push('macro-F1 per airline (a gain should hold on each):');
      out.push(table(['airline', 'tweets', 'analyzer', 'baseline'], Object.entries(s.byAirline).map(([a, v]) => [a, String(v.n), fmt(v.analyzer), fmt(v.baseline)])));
    }
    out.push('');
  }

  const e = report.empathy;
  if (e) {
    const st = e.stats;
    const split = st.notInAllFiles > 0 ? `, ${st.notInAllFiles} in one or two only (missing from ${byFile(st.missingPairs)}: the halves are drawn per file)` : '';
    out.push(
      `Empathy: EPITOME Reddit, each mechanism on its own file's pairs: ${byMechanism(e.n)} pairs (repeats dropped: ${byMechanism(st.duplicates)}); ` +
        `${st.inAllFiles} in all three files${split}; ER or IP on the ${e.n.combined} in both ER and IP; ` +
        `positives (level >= 1): ${byMechanism(e.positives)}, ER or IP ${e.positives.combined}; ${st.unlocatedRationales} of ${st.rationales} rationales not found in the response`,
    );
    out.push(...empathyWarnings(e.stats));
    const rows: string[][] = [];
    const add = (who: string, scores: NonNullable<typeof e.analyzer>) => {
      for (const [name, key] of [['emotional reactions', 'emotionalReactions'], ['interpretations', 'interpretations'], ['explorations', 'explorations'], ['ER or IP', 'combined']] as const) {
        const m = scores[key];
        rows.push([`${who}: ${name}`, fmt(m.precision), fmt(m.recall), fmt(m.f1), fmt(m.span.precision), fmt(m.span.recall), fmt(m.span.f1)]);
      }
    };
    if (e.analyzer) add('analyzer', e.analyzer);
    add('baseline', e.baseline);
    out.push(table(['', 'precision', 'recall', 'F1', 'span P', 'span R', 'span F1'], rows));
    if (intervals.empathy) out.push(intervals.empathy);
    if (e.analyzerCategories) {
      out.push(`analyzer: agent empathy findings by category: ${Object.entries(e.analyzerCategories).map(([c, n]) => `${c} ${n}`).join(', ') || 'none'}`);
    }
    out.push('');
  }

  const i = report.interruptions;
  if (i) {
    out.push(
      `Interruptions: ICSI MRDA, ${i.meetings} meetings, ${i.pairs} speaker pairs, ${i.turns} turns; ${i.labelled} interrupted segments, ` +
        `${i.gold} attributed to an interrupter (next non-backchannel speaker starting <= ${ATTRIBUTION_TOLERANCE_MS} ms after the end), ${i.unattributed} not; match within ${MATCH_TOLERANCE_MS} ms`,
    );
    if (i.malformedLines > 0) out.push(`WARNING: ${i.malformedLines} line(s) of the .dadb files are not ${DADB_COLUMNS}-column rows and were skipped`);
    const left = i.unlabelledLeftOut;
    if (left.analyzer + left.baseline > 0) {
      out.push(`not scored: instances on an unlabelled segment (z: pre-meeting chat, digits, bleeps; no interruption of it is in the gold): analyzer ${left.analyzer}, baseline ${left.baseline}`);
    }
    const rows: string[][] = [];
    if (i.analyzer) rows.push(['analyzer: interruption instances', fmt(i.analyzer.precision), fmt(i.analyzer.recall), fmt(i.analyzer.f1), String(i.analyzer.predicted)]);
    if (i.analyzerCutOffs) rows.push(['analyzer: cut-offs only', fmt(i.analyzerCutOffs.precision), fmt(i.analyzerCutOffs.recall), fmt(i.analyzerCutOffs.f1), String(i.analyzerCutOffs.predicted)]);
    for (const [name, x] of [['analyzer: broken-off sentences only', i.analyzerBrokenOff], ['analyzer: the other instances', i.analyzerNotBrokenOff]] as const) {
      if (x) rows.push([name, fmt(x.precision), fmt(x.recall), fmt(x.f1), String(x.predicted)]);
    }
    if (i.analyzerSpeechToText) {
      const x = i.analyzerSpeechToText;
      rows.push(['analyzer: speech-to-text-like text', fmt(x.precision), fmt(x.recall), fmt(x.f1), String(x.predicted)]);
    }
    rows.push(['baseline: plain overlap', fmt(i.baseline.precision), fmt(i.baseline.recall), fmt(i.baseline.f1), String(i.baseline.predicted)]);
    out.push(table(['', 'precision', 'recall', 'F1', 'instances'], rows));
    if (intervals.interruptions) out.push(intervals.interruptions);
    if (i.analyzerFalsePositiveTags) {
      const tags = Object.entries(i.analyzerFalsePositiveTags).sort((a, b) => b[1] - a[1]).slice(0, 8);
      out.push(`analyzer: unmatched instances by the interrupting segment's DA tag: ${tags.map(([t, n]) => `${t} ${n}`).join(', ')}`);
    }
    if (i.analyzerMissedByTiming) {
      out.push(`analyzer: missed gold by timing: ${Object.entries(i.analyzerMissedByTiming).sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t}: ${n}`).join('; ')}`);
    }
    out.push('');
  }
  const times = Object.entries(report.elapsedMs).map(([t, ms]) => `${t} ${(ms / 1000).toFixed(1)} s`);
  out.push(`elapsed: ${times.join(', ') || 'nothing evaluated'}`);
  return out.join('\n');
}
