/**
 * Emoticons (":)", ";-(", "=/", "(:") found in a turn's text. The word tokenizer keeps only single
 * punctuation marks, so an emoticon reaches no token of its own; they are found here once per turn,
 * when the turn is prepared, and every detector reads them from the analyzed turn.
 */
import emojis from 'wink-sentiment/src/emojis.js';
import emoticons from 'wink-sentiment/src/emoticons.js';
import type { Emoticon, Token } from '../domain/types.js';

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

/** The scored emoticons of a turn's text, in text order, placed against its tokens. */
export function findEmoticons(text: string, tokens: readonly Token[]): Emoticon[] {
  const found: Emoticon[] = [];
  if (!EMOTICON_OPENERS.test(text)) return found;
  let k = 0; // matches come in text order, so the token search goes on from the last one
  for (const m of text.matchAll(EMOTICON_PATTERN)) {
    const score = EMOTICONS.get(m[0]) ?? 0;
    if (score === 0) continue;
    while (k + 1 < tokens.length && tokens[k + 1].start < m.index) k++;
    found.push({ token: k, start: m.index, end: m.index + m[0].length, score });
  }
  return found;
}
