/**
 * Emoticons (":)", ";-(", "=/", "(:") found in a turn's text. The word tokenizer keeps only single
 * punctuation marks, so an emoticon reaches no token of its own; detectors that read emoticons
 * (sentiment, positive language) find them here, once per turn each.
 */
import emojis from 'wink-sentiment/src/emojis.js';
import emoticons from 'wink-sentiment/src/emoticons.js';
import type { TokenizedTurn } from '../../domain/types.js';

/**
 * wink-sentiment's emoticons that open with eyes or a bracket, with their scores (-5..+5). The
 * others read as ordinary text in service talk ("seat 8D", "<3 days", "step 8)") or are emoji,
 * which are scored as tokens already ("♥").
 */
const EMOTICONS: ReadonlyMap<string, number> = new Map(Object.entries(emoticons).filter(([mark]) => /^[:;=()]/.test(mark) && !(mark in emojis)));

/** Every kept emoticon opens with one of these; most turns have none, and this test is far cheaper than the pattern. */
const EMOTICON_OPENERS = /[:;=()]/;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/**
 * The emoticons as whole marks: preceded by the start or a space, followed by the end, a space or
 * punctuation, so that "http://" holds no ":/". Longest first, so ":-((" is not read as ":-(".
 */
const EMOTICON_PATTERN = new RegExp(
  `(?<=^|\\s)(?:${[...EMOTICONS.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?=$|\\s|[.,!?;])`,
  'gu',
);

/** An emoticon in a turn's text. */
export interface Emoticon {
  /** Index of the last token that starts before it (the first token when none does). */
  token: number;
  /** Character span in the turn's text. */
  start: number;
  end: number;
  /** wink-sentiment's score, never 0: positive for a smile, negative for a frown. */
  score: number;
}

/** The scored emoticons of a turn, in text order. */
export function emoticonsIn(turn: TokenizedTurn): Emoticon[] {
  const found: Emoticon[] = [];
  if (!EMOTICON_OPENERS.test(turn.text)) return found;
  let k = 0; // matches come in text order, so the token search goes on from the last one
  for (const m of turn.text.matchAll(EMOTICON_PATTERN)) {
    const score = EMOTICONS.get(m[0]) ?? 0;
    if (score === 0) continue;
    while (k + 1 < turn.tokens.length && turn.tokens[k + 1].start < m.index) k++;
    found.push({ token: k, start: m.index, end: m.index + m[0].length, score });
  }
  return found;
}
