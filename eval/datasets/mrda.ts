/**
 * ICSI Meeting Recorder Dialog Act corpus (Shriberg et al., SIGdial 2004): hand-segmented dialogue
 * acts of multi-party meetings with word times and an explicit "interrupted" marker (`%-`).
 *
 * Mapping (the pair rule): a meeting has 3-10 speakers, a call has two. For every pair of speakers
 * who both spoke in a meeting, the harness builds one two-party voice transcript of only their
 * segments, in start order; each dialogue-act segment is one turn, timed from its first word's start
 * to its last word's end. The speaker first in code-point order is the `agent`, the other the
 * `customer`. Segments without word times (status Z/X/Y/W/V/D, `{@reject@}`) are dropped.
 *
 * Gold (the attribution rule): a segment is *interrupted* when one of its dialogue acts carries the
 * `%-` disruption (`s.%-`, a bare `%-`), not the abandoned `%--`. Its *interrupter* is the speaker
 * of the first segment, by another speaker and not a pure backchannel (`b`), that starts after the
 * interrupted segment starts and no later than ATTRIBUTION_TOLERANCE_MS after it ends; the
 * interruption's onset is that segment's start. An interrupted segment with no such segment is
 * *unattributed* (interrupted by someone off-microphone, a noise, or a backchannel) and counted apart.
 *
 * Matching: a predicted instance matches a gold interruption of the same pair when the interrupter is
 * the same speaker and the instance begins within MATCH_TOLERANCE_MS of the gold onset; one-to-one,
 * nearest first.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Speaker, Transcript, Turn } from '../../src/domain/types.js';
import type { AnalyzeFn } from '../analyzer.js';
import { plainOverlaps } from '../baselines.js';
import { addCounts, matchEvents, precisionRecallF1, type BinaryCounts, type PrecisionRecallF1 } from '../metrics.js';
import { evalTranscript } from '../transcript.js';

export const MRDA_FOLDER = 'icsi-mrda';
/** How long after an interrupted segment's end the interrupter may start (the dataset README suggests 0.5-1 s). */
export const ATTRIBUTION_TOLERANCE_MS = 500;
/** How far a predicted instance's begin may be from the gold onset. */
export const MATCH_TOLERANCE_MS = 500;

/** One dialogue-act segment with word times. */
export interface Segment {
  id: string;
  speaker: string;
  startMs: number;
  endMs: number;
  text: string;
  /** Column 5, the adjusted MRDA label. */
  label: string;
  interrupted: boolean;
  /** Every dialogue act of the segment is a backchannel (`b`). */
  backchannel: boolean;
}

export interface Meeting {
  name: string;
  /** Sorted by start, then end. */
  segments: Segment[];
  /** Non-empty lines that are not 14-column rows, skipped (a file of another layout shows here). */
  malformedLines: number;
}

/** Columns of a `.dadb` row. */
export const DADB_COLUMNS = 14;

/** A hand-labelled interruption with its attributed interrupter. */
export interface GoldInterruption {
  interrupted: string;
  interrupter: string;
  /** Start of the interrupting segment, ms. */
  onsetMs: number;
  segmentId: string;
}

/** The dialogue acts of a label: `|` separates acts, `:` a quoted act within one. */
function acts(label: string): string[] {
  return label.split(/[|:]/).filter((a) => a !== '');
}

/** The general tag of a dialogue act: `s` of `s^bk.%-`. */
const tagOf = (act: string): string => act.split(/[\^.]/)[0];

/** Whether a label has acts and every one of them carries `tag` as its general tag. */
function onlyTagged(label: string, tag: string): boolean {
  const parts = acts(label);
  return parts.length > 0 && parts.every((a) => tagOf(a) === tag);
}

/** True when a dialogue act is interrupted (`.%-` or a bare `%-`), not abandoned (`%--`). */
export function isInterruptedAct(act: string): boolean {
  return act === '%-' || act.endsWith('.%-');
}

/** Word text as speech: non-speech `{...}` dropped, `<...>` marks removed, spelled letters joined (`o_k` -> `ok`). */
export function spokenWord(word: string): string {
  if (word.startsWith('{')) return '';
  return word.replace(/[<>]/g, '').replace(/_/g, '');
}

/**
 * Parse one `.dadb` file (headerless CSV, Latin-1, 14 columns; no field contains a comma). A
 * non-empty line of another width is counted in `malformedLines` and skipped.
 */
export function parseDadb(text: string, name: string): Meeting {
  const segments: Segment[] = [];
  let malformedLines = 0;
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.length === 0) continue;
    const cols = line.split(',');
    if (cols.length !== DADB_COLUMNS) {
      malformedLines += 1;
      continue;
    }
    const words = cols[4];
    if (words === '' || words.startsWith('XXXX')) continue;
    let startMs = Infinity;
    let endMs = -Infinity;
    const spoken: string[] = [];
    for (const item of words.split('|')) {
      const a = item.indexOf('+');
      const b = item.indexOf('+', a + 1);
      if (a < 0 || b < 0) continue;
      const s = Number(item.slice(0, a));
      const e = Number(item.slice(a + 1, b));
      if (!Number.isFinite(s) || !Number.isFinite(e)) continue;
      startMs = Math.min(startMs, Math.round(s * 1000));
      endMs = Math.max(endMs, Math.round(e * 1000));
      const w = spokenWord(item.slice(b + 1));
      if (w !== '') spoken.push(w);
    }
    if (!Number.isFinite(startMs) || endMs < startMs) continue;
    const label = cols[5];
    const parts = acts(label);
    segments.push({
      id: cols[2],
      speaker: cols[7],
      startMs,
      endMs,
      text: spoken.join(' '),
      label,
      interrupted: parts.some(isInterruptedAct),
      backchannel: onlyTagged(label, 'b'),
    });
  }
  segments.sort((x, y) => x.startMs - y.startMs || x.endMs - y.endMs);
  return { name, segments, malformedLines };
}

/** The `.dadb` files of the folder (`dadb/` or the folder itself). */
export function mrdaFiles(dir: string): string[] {
  const base = existsSync(join(dir, 'dadb')) ? join(dir, 'dadb') : dir;
  return readdirSync(base)
    .filter((f) => f.endsWith('.dadb'))
    .sort()
    .map((f) => join(base, f));
}

export function loadMrda(dir: string): Meeting[] {
  const files = mrdaFiles(dir);
  if (files.length === 0) throw new Error(`rapport eval: ${dir} has no .dadb file (looked in ${dir}/dadb and ${dir})`);
  return files.map((path) => parseDadb(readFileSync(path, 'latin1'), path.replace(/^.*\//, '').replace(/\.dadb$/, '')));
}

/** Gold interruptions of a meeting by the attribution rule, and the count left unattributed. */
export function goldInterruptions(meeting: Meeting): { gold: GoldInterruption[]; unattributed: number } {
  const gold: GoldInterruption[] = [];
  let unattributed = 0;
  const segs = meeting.segments;
  for (let i = 0; i < segs.length; i += 1) {
    const s = segs[i];
    if (!s.interrupted) continue;
    let found: Segment | undefined;
    // Segments are sorted by start: scan forward from s until starts pass the window.
    for (let j = i + 1; j < segs.length && segs[j].startMs <= s.endMs + ATTRIBUTION_TOLERANCE_MS; j += 1) {
      const c = segs[j];
      if (c.speaker === s.speaker || c.backchannel || c.startMs <= s.startMs) continue;
      found = c;
      break;
    }
    if (found) gold.push({ interrupted: s.speaker, interrupter: found.speaker, onsetMs: found.startMs, segmentId: found.id });
    else unattributed += 1;
  }
  return { gold, unattributed };
}

/** One two-party transcript of a meeting and the speaker behind each role. */
export interface PairTranscript {
  transcript: Transcript;
  roles: Record<'agent' | 'customer', string>;
  /** Segment behind each turn. */
  segments: Segment[];
}

/**
 * A segment's words as a speech-to-text engine would give them: no word fragments (an engine
 * writes what it recognised, not "th-"), and a full stop closing the segment, as engines close
 * every segment they emit.
 */
export function speechToTextStyle(text: string): string {
  const words = text.split(' ').filter((w) => w !== '' && !w.endsWith('-'));
  return words.length === 0 ? '' : `${words.join(' ')}.`;
}

/** The pair rule: one two-party transcript per pair of speakers who both spoke. */
export function pairTranscripts(meeting: Meeting): PairTranscript[] {
  const speakers = [...new Set(meeting.segments.map((s) => s.speaker))].sort();
  const out: PairTranscript[] = [];
  for (let a = 0; a < speakers.length; a += 1) {
    for (let b = a + 1; b < speakers.length; b += 1) {
      const roles = { agent: speakers[a], customer: speakers[b] };
      const segments = meeting.segments.filter((s) => s.speaker === roles.agent || s.speaker === roles.customer);
      const turns: Turn[] = segments.map((s) => ({
        speaker: s.speaker === roles.agent ? 'agent' : 'customer',
        text: s.text,
        startMs: s.startMs,
        endMs: s.endMs,
      }));
      out.push({
        transcript: evalTranscript(`${meeting.name}:${roles.agent}:${roles.customer}`, roles.agent, 'voice', turns),
        roles,
        segments,
      });
    }
  }
  return out;
}

export interface InterruptionScores extends PrecisionRecallF1 {
  predicted: number;
}

/**
 * One meeting's match counts of the headline scoring, summed over its speaker pairs: the units of
 * the cluster bootstrap (`intervals.ts`). Instances within a meeting share speakers, topic and
 * recording, so they are not independent; meetings are.
 */
export interface MeetingCounts {
  meeting: string;
  baseline: BinaryCounts;
  analyzer?: BinaryCounts;
}

export interface InterruptionResult {
  meetings: number;
  /** Lines of the `.dadb` files that were not 14-column rows, skipped. */
  malformedLines: number;
  pairs: number;
  turns: number;
  labelled: number;
  gold: number;
  unattributed: number;
  /**
   * Instances left out of scoring because the segment they interrupt is unlabelled (`z`: pre- and
   * post-meeting chatter, digit reading, bleeped audio, which the annotators were told not to
   * label, so no interruption of it can be in the gold): the analyzer's, and the baseline's.
   */
  unlabelledLeftOut: { analyzer: number; baseline: number };
  analyzer?: InterruptionScores;
  baseline: InterruptionScores;
  /** Matched and unmatched analyzer instances by the interrupting segment's first DA tag (diagnostics). */
  analyzerFalsePositiveTags?: Record<string, number>;
  /** Gold interruptions the analyzer missed, by how the interrupter's onset relates to the interrupted segment. */
  analyzerMissedByTiming?: Record<string, number>;
  /**
   * The analyzer's cut-offs alone (`InterruptionInstance.cutOff`: the interrupted speaker gave way),
   * scored the same way: the corpus marks only speakers who were cut off, so this is the subset
   * its gold describes. A diagnostic beside the headline, which scores every instance.
   */
  analyzerCutOffs?: InterruptionScores;
  /** The analyzer's instances that broke off a sentence (`InterruptionInstance.brokenOff`), and the rest. */
  analyzerBrokenOff?: InterruptionScores;
  analyzerNotBrokenOff?: InterruptionScores;
  /**
   * The analyzer on the same turns written as speech-to-text output (`speechToTextStyle`: word
   * fragments dropped, a full stop at each segment's end): how much of the headline needs the
   * corpus's hand transcription.
   */
  analyzerSpeechToText?: InterruptionScores;
  /** Per meeting, in load order; summed they give the headline counts. */
  perMeeting: MeetingCounts[];
}

/** How a missed gold interruption's timing relates to the interrupted segment (diagnostics). */
function timingBucket(interrupted: Segment | undefined, interrupter: Segment | undefined): string {
  if (!interrupted || !interrupter) return 'no earlier segment of the interrupted speaker in the pair';
  if (interrupter.startMs >= interrupted.endMs) return 'starts after the interrupted segment ends';
  const left = interrupted.endMs - interrupter.startMs;
  const overlap = Math.min(interrupted.endMs, interrupter.endMs) - interrupter.startMs;
  if (left < 300) return 'starts < 300 ms before the end';
  if (overlap < 500) return 'overlap < 500 ms';
  return 'overlap >= 500 ms';
}

/**
 * Whether a segment is unlabelled: each of its acts is `z` (the MRDA manual, section 5.14: "utterances
 * which otherwise would be labeled with DAs but instead are intentionally not to be labeled").
 */
export function isUnlabelled(segment: Segment): boolean {
  return onlyTagged(segment.label, 'z');
}

function firstTag(label: string): string {
  return tagOf(acts(label)[0] ?? '') || '(none)';
}

export function evaluateInterruptions(meetings: readonly Meeting[], analyze: AnalyzeFn | undefined): InterruptionResult {
  let analyzerCounts: BinaryCounts = { tp: 0, fp: 0, fn: 0 };
  let baselineCounts: BinaryCounts = { tp: 0, fp: 0, fn: 0 };
  const result: InterruptionResult = {
    meetings: meetings.length,
    malformedLines: meetings.reduce((n, m) => n + m.malformedLines, 0),
    pairs: 0,
    turns: 0,
    labelled: 0,
    gold: 0,
    unattributed: 0,
    unlabelledLeftOut: { analyzer: 0, baseline: 0 },
    baseline: { precision: 0, recall: 0, f1: 0, predicted: 0 },
    perMeeting: [],
  };
  let analyzerPredicted = 0;
  let baselinePredicted = 0;
  const fpTags: Record<string, number> = {};
  const missedTiming: Record<string, number> = {};
  let cutOffCounts: BinaryCounts = { tp: 0, fp: 0, fn: 0 };
  let cutOffsPredicted = 0;
  let brokenCounts: BinaryCounts = { tp: 0, fp: 0, fn: 0 };
  let brokenPredicted = 0;
  let restCounts: BinaryCounts = { tp: 0, fp: 0, fn: 0 };
  let restPredicted = 0;
  let sttCounts: BinaryCounts = { tp: 0, fp: 0, fn: 0 };
  let sttPredicted = 0;
  for (const meeting of meetings) {
    const { gold, unattributed } = goldInterruptions(meeting);
    result.labelled += gold.length + unattributed;
    result.gold += gold.length;
    result.unattributed += unattributed;
    const segmentById = new Map(meeting.segments.map((s) => [s.id, s]));
    let meetingBaseline: BinaryCounts = { tp: 0, fp: 0, fn: 0 };
    let meetingAnalyzer: BinaryCounts = { tp: 0, fp: 0, fn: 0 };
    for (const pair of pairTranscripts(meeting)) {
      result.pairs += 1;
      result.turns += pair.segments.length;
      const inPair = (speaker: string) => speaker === pair.roles.agent || speaker === pair.roles.customer;
      const pairGold = gold.filter((g) => inPair(g.interrupted) && inPair(g.interrupter));
      const goldEvents = pairGold.map((g) => ({ key: g.interrupter, timeMs: g.onsetMs }));

      // Only instances on a labelled segment can be right or wrong (`isUnlabelled`).
      const onLabelled = (x: { interruptedTurn: number }) => !isUnlabelled(pair.segments[x.interruptedTurn]);
      const allOverlaps = plainOverlaps(pair.segments);
      const overlaps = allOverlaps.filter(onLabelled);
      result.unlabelledLeftOut.baseline += allOverlaps.length - overlaps.length;
      baselinePredicted += overlaps.length;
      const baselinePairCounts = matchEvents(goldEvents, overlaps.map((o) => ({ key: o.interrupter, timeMs: o.beginMs })), MATCH_TOLERANCE_MS);
      baselineCounts = addCounts(baselineCounts, baselinePairCounts);
      meetingBaseline = addCounts(meetingBaseline, baselinePairCounts);

      if (analyze) {
        const allInstances = analyze(pair.transcript).interruptions.instances;
        const instances = allInstances.filter(onLabelled);
        result.unlabelledLeftOut.analyzer += allInstances.length - instances.length;
        analyzerPredicted += instances.length;
        const events = instances.map((x) => ({ key: pair.roles[x.interrupter as 'agent' | 'customer'] ?? String(x.interrupter as Speaker), timeMs: x.beginMs }));
        const counts = matchEvents(goldEvents, events, MATCH_TOLERANCE_MS);
        analyzerCounts = addCounts(analyzerCounts, counts);
        meetingAnalyzer = addCounts(meetingAnalyzer, counts);
        const cutOffEvents = events.filter((_, k) => instances[k].cutOff);
        cutOffsPredicted += cutOffEvents.length;
        cutOffCounts = addCounts(cutOffCounts, matchEvents(goldEvents, cutOffEvents, MATCH_TOLERANCE_MS));
        const brokenEvents = events.filter((_, k) => instances[k].brokenOff);
        const restEvents = events.filter((_, k) => !instances[k].brokenOff);
        brokenPredicted += brokenEvents.length;
        restPredicted += restEvents.length;
        brokenCounts = addCounts(brokenCounts, matchEvents(goldEvents, brokenEvents, MATCH_TOLERANCE_MS));
        restCounts = addCounts(restCounts, matchEvents(goldEvents, restEvents, MATCH_TOLERANCE_MS));
        const sttTranscript = { ...pair.transcript, turns: pair.transcript.turns.map((t) => ({ ...t, text: speechToTextStyle(t.text) })) };
        const sttEvents = analyze(sttTranscript).interruptions.instances.filter(onLabelled).map((x) => ({ key: pair.roles[x.interrupter as 'agent' | 'customer'], timeMs: x.beginMs }));
        sttPredicted += sttEvents.length;
        sttCounts = addCounts(sttCounts, matchEvents(goldEvents, sttEvents, MATCH_TOLERANCE_MS));
        // Diagnostics: unmatched instances by DA tag; missed gold by timing.
        for (const [k, x] of instances.entries()) {
          const hit = pairGold.some((g) => g.interrupter === events[k].key && Math.abs(g.onsetMs - x.beginMs) <= MATCH_TOLERANCE_MS);
          const b = pair.segments[x.turn];
          if (!hit) {
            const tag = firstTag(b?.label ?? '');
            fpTags[tag] = (fpTags[tag] ?? 0) + 1;
          }
        }
        for (const g of pairGold) {
          const hit = events.some((e) => e.key === g.interrupter && Math.abs(g.onsetMs - e.timeMs) <= MATCH_TOLERANCE_MS);
          if (hit) continue;
          const interrupter = segmentById.get(g.segmentId);
          const interrupted = pair.segments.filter((s) => s.speaker === g.interrupted && s.startMs < g.onsetMs).at(-1);
          missedTiming[timingBucket(interrupted, interrupter)] = (missedTiming[timingBucket(interrupted, interrupter)] ?? 0) + 1;
        }
      }
    }
    result.perMeeting.push({ meeting: meeting.name, baseline: meetingBaseline, ...(analyze ? { analyzer: meetingAnalyzer } : {}) });
  }
  result.baseline = { ...precisionRecallF1(baselineCounts), predicted: baselinePredicted };
  if (analyze) {
    result.analyzer = { ...precisionRecallF1(analyzerCounts), predicted: analyzerPredicted };
    result.analyzerFalsePositiveTags = fpTags;
    result.analyzerMissedByTiming = missedTiming;
    result.analyzerCutOffs = { ...precisionRecallF1(cutOffCounts), predicted: cutOffsPredicted };
    result.analyzerBrokenOff = { ...precisionRecallF1(brokenCounts), predicted: brokenPredicted };
    result.analyzerNotBrokenOff = { ...precisionRecallF1(restCounts), predicted: restPredicted };
    result.analyzerSpeechToText = { ...precisionRecallF1(sttCounts), predicted: sttPredicted };
  }
  return result;
}
