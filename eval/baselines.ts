/**
 * Plain baselines, computed in the same run as the analyzer so every figure has a reference.
 * Each is written from a principle, never from the evaluation rows:
 *
 * - politeness: the politeness markers every style guide names first (please, thank/thanks,
 *   appreciate, sorry), counted as whole words, no negation handling.
 * - empathy: the two words of the canonical contact-centre empathy statement, "I'm sorry" and
 *   "I understand", counted as whole words, no negation handling.
 * - sentiment: wink-sentiment alone on the text, its normalized score with the same neutral band as
 *   the analyzer (and, for reference, the sign of its raw score).
 * - explorations (empathy): the sentences of the response that end in a question mark.
 * - interruptions: plain overlap; any turn that starts while the other speaker's turn is still in
 *   progress, with no backchannel filter and no minimum overlap.
 */
import sentiment from 'wink-sentiment';

/** A word list matched as whole words, case-insensitively. */
export interface KeywordList {
  words: readonly string[];
  pattern: RegExp;
}

function keywordList(words: readonly string[]): KeywordList {
  return { words, pattern: new RegExp(`\\b(?:${words.join('|')})\\b`, 'gi') };
}

export const POLITENESS_KEYWORDS = keywordList(['please', 'thank', 'thanks', 'appreciate', 'sorry']);
export const EMPATHY_KEYWORDS = keywordList(['sorry', 'understand']);

/** Character spans of every keyword occurrence in the text. */
export function keywordSpans(list: KeywordList, text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const m of text.matchAll(list.pattern)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/**
 * wink-sentiment on the text: `normalizedScore` is the mean over its sentiment-bearing words, on the
 * same -5..+5 scale as the analyzer (0 when no word carries sentiment); `score` is their raw sum.
 */
export function winkScore(text: string): { normalizedScore: number; score: number } {
  const { normalizedScore, score } = sentiment(text);
  return { normalizedScore, score };
}

/** A timed turn of a two-party transcript, as the overlap baseline sees it. */
export interface TimedTurn {
  speaker: string;
  startMs: number;
  endMs: number;
}

/** One overlap found by the plain baseline: the later-starting turn overlaps an earlier one still in progress. */
export interface OverlapInstance {
  interrupter: string;
  turn: number;
  interruptedTurn: number;
  beginMs: number;
}

/**
 * Plain overlap detection: every turn that starts strictly after, and before the end of, a turn of
 * another speaker that is still in progress. Turns must be sorted by start time.
 */
export function plainOverlaps(turns: readonly TimedTurn[]): OverlapInstance[] {
  const instances: OverlapInstance[] = [];
  // The turn of each speaker with the latest end seen so far.
  const latest = new Map<string, number>();
  for (let i = 0; i < turns.length; i += 1) {
    const t = turns[i];
    for (const [speaker, j] of latest) {
      if (speaker === t.speaker) continue;
      const other = turns[j];
      if (other.startMs < t.startMs && t.startMs < other.endMs) {
        instances.push({ interrupter: t.speaker, turn: i, interruptedTurn: j, beginMs: t.startMs });
      }
    }
    const previous = latest.get(t.speaker);
    if (previous === undefined || turns[previous].endMs < t.endMs) latest.set(t.speaker, i);
  }
  return instances;
}
