/**
 * Tokenization, once per turn. Every detector reads these tokens; none re-tokenizes.
 *
 * Words are found by natural's RegexpTokenizer (imported by submodule: the package root loads every
 * storage backend, which prints to stdout and reads `.env`); a word that is two sentences typed
 * without a space ("terrible.I want") is split at its period. Each word is then normalised: lower
 * case, curly apostrophes straightened, a stretched word restored ("sooo" -> "so") when the caller
 * gives a ranking of words, contractions expanded ("can't" -> "can", "not"), and in written
 * channels the chat spellings of whole words ("u" -> "you"). The tokens carry their
 * character span in the original text, their sentence, and negation-scope marks.
 */
import { RegexpTokenizer } from 'natural/lib/natural/tokenizers/index.js';
import type { Token } from '../domain/types.js';

/**
 * A word (letters or digits, with inner apostrophes, hyphens, periods in numbers), one punctuation
 * mark that matters to detectors, or an emoji.
 */
const TOKEN_PATTERN =
  /[\p{L}\p{N}]+(?:['’‘][\p{L}]+|[-.][\p{L}\p{N}]+)*['’]?|[.!?,;:]|\p{Extended_Pictographic}/gu;

const tokenizer = new RegexpTokenizer({ pattern: TOKEN_PATTERN, gaps: false });

const PUNCTUATION = new Set(['.', '!', '?', ',', ';', ':']);
const SENTENCE_END = new Set(['.', '!', '?']);

/** Whole-word contractions whose expansion is not regular. */
const IRREGULAR: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  "can't": ['can', 'not'],
  cannot: ['can', 'not'],
  "won't": ['will', 'not'],
  "shan't": ['shall', 'not'],
  "ain't": ['is', 'not'],
  "let's": ['let', 'us'],
  gonna: ['going', 'to'],
  wanna: ['want', 'to'],
  gotta: ['got', 'to'],
  "y'all": ['you', 'all'],
  "'cause": ['because'],
  "o'clock": ["o'clock"],
  // negative contractions typed without the apostrophe, as customers do in chat ("I dont know",
  // "it still hasnt arrived"): the negation must not be lost. ("cant" and "wont" as nouns and
  // "wont" as an adjective are too rare in service talk to outweigh that.)
  dont: ['do', 'not'],
  doesnt: ['does', 'not'],
  didnt: ['did', 'not'],
  cant: ['can', 'not'],
  couldnt: ['could', 'not'],
  wont: ['will', 'not'],
  wouldnt: ['would', 'not'],
  shouldnt: ['should', 'not'],
  isnt: ['is', 'not'],
  arent: ['are', 'not'],
  wasnt: ['was', 'not'],
  werent: ['were', 'not'],
  havent: ['have', 'not'],
  hasnt: ['has', 'not'],
  hadnt: ['had', 'not'],
}));

/**
 * Chat spellings of whole words (lexical normalisation of text messages and tweets, Han & Baldwin
 * 2011): "can u help", "thank u", "tho" (which then closes a negation scope as "though" does). Only
 * turns of written channels are read so: speech-to-text engines never write them, and in a call a
 * "U" is a letter being spelled ("C U I"). Nor in capitals, beyond a single "U": "LUV" is
 * Southwest's brand and "B4" a gate. Lexicon phrases are not read so: a lexicon names the full
 * word, and its "u" is the letter. Left as written: "ur" (your or you're), "y", "r", "2", "4" (as
 * often a letter or a number), "bc" (also British Columbia), and "pls", "plz", "thx", which the
 * politeness lexicon weighs apart from the full words.
 */
const CHAT_SPELLINGS: ReadonlyMap<string, string> = new Map(Object.entries({
  u: 'you',
  thru: 'through',
  tho: 'though',
  luv: 'love',
  ppl: 'people',
  tmrw: 'tomorrow',
  b4: 'before',
  gr8: 'great',
}));

/** One letter three times in a row, which almost no English word has: a stretched word ("sooo", "pleaseeee"). */
const STRETCHED = /(\p{L})\1\1/u;
/** The same in any case, to scan a whole turn once ("SOOO", "Sooo"). */
const STRETCHED_ANY_CASE = /(\p{L})\1\1/iu;
/** Every run of three or more of one letter in a word. */
const LETTER_RUNS = /(\p{L})\1{2,}/gu;
/** A word in capitals that opens with a run ("AAAS", "IIIT's", "UUUGH"), a trailing possessive allowed. */
const CAPITAL_RUN_FIRST = /^(\p{Lu})\1\1[\p{Lu}\p{N}]*(?:['’][sS]?)?$/u;
/** A word stretched in more places than this is left as written (2^runs readings are tried). */
const MAX_STRETCHED_RUNS = 4;

/**
 * The stems of a regular negative contraction ("doesn't", "wouldn't"); the irregular ones
 * ("won't", "can't") are in IRREGULAR. A stretched "wonnn't" must not be read as "won" + "not".
 */
const NEGATIVE_CONTRACTION_STEMS: ReadonlySet<string> = new Set([
  'do', 'does', 'did', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'could', 'would', 'should', 'must', 'need',
  'might', 'ought', 'dare',
]);

/** How common a word is, lower first; undefined for no word known (`LexiconSet.wordRank`). */
export type WordRank = (word: string) => number | undefined;

/**
 * The runs of three or more of one letter in a word that may be stretched, or undefined when it
 * has none, too many to try, or is one letter alone (a sound or a name: "mmm", "zzz", "www").
 */
function stretchedRuns(word: string): RegExpExecArray[] | undefined {
  const runs = [...word.matchAll(LETTER_RUNS)];
  if (runs.length === 0 || runs.length > MAX_STRETCHED_RUNS || runs[0][0].length === word.length) return undefined;
  return runs;
}

/**
 * The readings of a stretched word, each run of one letter cut to two letters or to one, in the
 * order they are tried: two letters before one, leftmost run first ("tooo": "too", then "to").
 */
function unstretchedReadings(word: string, runs: readonly RegExpExecArray[]): string[] {
  const readings: string[] = [];
  for (let singles = 0; singles < 1 << runs.length; singles++) {
    let reading = '';
    let at = 0;
    runs.forEach((run, r) => {
      const single = (singles >> (runs.length - 1 - r)) & 1;
      reading += word.slice(at, run.index) + run[1].repeat(single ? 1 : 2);
      at = run.index + run[0].length;
    });
    readings.push(reading + word.slice(at));
  }
  return readings;
}

/**
 * The rank of a reading: its rarest part's, so that each part of a contraction must be a word. A
 * negative contraction must have the stem of one ("wonn't" is no "won" + "not"); in a written turn
 * a chat spelling ("luv", "thru") is a word.
 */
function readingRank(reading: string, wordRank: WordRank, written: boolean): number | undefined {
  if (reading.endsWith("n't") && !IRREGULAR.has(reading) && !NEGATIVE_CONTRACTION_STEMS.has(reading.slice(0, -3))) return undefined;
  if (written && CHAT_SPELLINGS.has(reading)) return 0;
  let rank = 0;
  for (const part of expandWord(reading)) {
    const partRank = wordRank(part);
    if (partRank === undefined) return undefined;
    rank = Math.max(rank, partRank);
  }
  return rank;
}

/**
 * The word a writer stretched for emphasis ("sooo" -> "so", "pleaseeee" -> "please", "loooove" ->
 * "love", "wonnn't" -> "won't"), or the word as written when no reading is a word. Lengthening is
 * how writers mark emphasis, most often on sentiment words (Brody & Diakopoulos 2011,
 * "Cooooooooooooooollllllllllllll!!!!!!!!!!!!!!"), and restoring the word from a dictionary is the
 * lexical normalisation of Han & Baldwin 2011. Almost no English word has one letter three times
 * in a row, so each run is read as two letters or one, and the most common word among the readings
 * wins (`wordRank`: the words the detectors weigh first, so "looooser" is "loser", "Ooof" "oof",
 * "arghhh" "argh"); of equally common ones, two letters before one ("tooo" is "too", not "to"). A
 * word of one letter alone ("mmm", "zzz") stays.
 */
function unstretch(norm: string, wordRank: WordRank, written: boolean): string {
  const runs = stretchedRuns(norm);
  if (runs === undefined) return norm;
  let best = norm;
  let bestRank = Infinity;
  for (const reading of unstretchedReadings(norm, runs)) {
    const rank = readingRank(reading, wordRank, written);
    if (rank !== undefined && rank < bestRank) {
      best = reading;
      bestRank = rank;
    }
  }
  return best;
}

/** Abbreviations whose period does not end a sentence ("5 p.m. today", "Dr. Smith"). */
const ABBREVIATIONS = new Set(['a.m', 'p.m', 'e.g', 'i.e', 'mr', 'mrs', 'ms', 'dr', 'st', 'etc', 'vs', 'approx', 'dept', 'jr', 'sr', 'u.s', 'u.k']);

/** Words whose "'s" is "is" (it's, that's), not a possessive. */
const S_IS = new Set(['it', 'that', 'what', 'there', 'here', 'he', 'she', 'who', 'where', 'how', 'this', 'everything', 'nothing', 'something', 'everyone', 'someone']);

const SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ["n't", 'not'],
  ["'m", 'am'],
  ["'re", 'are'],
  ["'ve", 'have'],
  ["'ll", 'will'],
  ["'d", 'would'],
];

/**
 * The auxiliaries and pronoun a contraction's second half expands to ("I'm" -> "i", "am"; "it's" ->
 * "it", "is"; "let's" -> "let", "us"), not "not": English almost never leaves one of these clitics
 * at the end of a sentence ("I'm." is no sentence; "I can't." is; "I should've." is the rare
 * exception), so a turn ending on one was most likely cut short.
 */
export const CLITIC_EXPANSIONS: ReadonlySet<string> = new Set([
  ...SUFFIXES.map(([, expansion]) => expansion).filter((expansion) => expansion !== 'not'),
  'is',
  'us',
]);

/** Negators open a negation scope over the following words. */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', 'nowhere', 'without', 'hardly', 'barely',
]);

/**
 * Words that close a negation scope, as punctuation does: clause-opening conjunctions, and "why",
 * whose clause presupposes what it asks about, so a negation before it does not deny it ("I don't
 * understand why I was charged twice": I was).
 */
const SCOPE_BREAKERS = new Set(['but', 'however', 'although', 'though', 'because', 'so', 'yet', 'whereas', 'while', 'why']);

/** A negation scope covers at most this many words after the negator. */
export const NEGATION_SCOPE_WORDS = 5;

const CURLY_APOSTROPHES = /[’‘]/g;

/** Straighten apostrophes and lower-case one word. */
function normaliseWord(word: string): string {
  const lower = word.toLowerCase();
  // Few words hold a curly apostrophe; a search is cheaper than a replacement that finds nothing.
  return lower.includes('’') || lower.includes('‘') ? lower.replace(CURLY_APOSTROPHES, "'") : lower;
}

/**
 * The normalised word at `start` of `text`: `normaliseWord`, and a form that starts with an
 * apostrophe when the text has one right before the word and that form is irregular ("'cause" ->
 * "because"); the word pattern never starts a word with an apostrophe, so it reaches us as "cause".
 */
function normaliseAt(text: string, word: string, start: number): string {
  const norm = normaliseWord(word);
  if (start === 0) return norm;
  const before = text[start - 1];
  return (before === "'" || before === '’' || before === '‘') && IRREGULAR.has(`'${norm}`) ? `'${norm}` : norm;
}

/**
 * Whether a normalised word is its own only token: no apostrophe and no irregular form. Most words
 * are; `tokenize` checks this before `expandWord` so that it makes no one-word list for them.
 */
function expandsToItself(norm: string): boolean {
  return !norm.includes("'") && !IRREGULAR.has(norm);
}

/** Expand one normalised word into its normalised tokens. Exported for the lexicon compiler. */
export function expandWord(norm: string): readonly string[] {
  if (expandsToItself(norm)) return [norm];
  const irregular = IRREGULAR.get(norm);
  if (irregular !== undefined) return irregular;
  if (norm.length > 1 && norm.endsWith("'")) return [norm.slice(0, -1)];
  const apostrophe = norm.indexOf("'");
  if (apostrophe <= 0) return [norm];
  for (const [suffix, expansion] of SUFFIXES) {
    if (norm.endsWith(suffix) && norm.length > suffix.length) {
      return [norm.slice(0, -suffix.length), expansion];
    }
  }
  if (norm.endsWith("'s")) {
    const stem = norm.slice(0, -2);
    return S_IS.has(stem) ? [stem, 'is'] : [stem, "'s"];
  }
  return [norm];
}

/**
 * Words that open a sentence: after a period with no space, one of them starts a new sentence typed
 * without the space ("Thanks.Could you", "the code.But", "answer.I have").
 */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'i', 'im', 'we', 'you', 'he', 'she', 'it', 'its', 'they', 'my', 'our', 'your', 'the', 'an', 'this', 'that', 'these',
  'those', 'there', 'but', 'and', 'so', 'or', 'if', 'when', 'what', 'why', 'how', 'where', 'who', 'can', 'could',
  'would', 'will', 'should', 'was', 'were', 'are', 'does', 'did', 'have', 'had', 'please', 'thanks', 'thank', 'no',
  'not', 'nobody', 'yes', 'also', 'now', 'just', 'anyway', 'however', 'maybe', 'hope', 'any', 'still', 'even',
  'never', 'sorry', 'ok', 'okay', 'because', 'after', 'again', 'is', 'do',
]);

/**
 * Openers that are also the last part of a web address ("finn.no", "amazon.it", "libssl.so") or a
 * member in code ("response.ok", "moment.now", "df.any"): they open a sentence only written with
 * a capital ("terrible.No one answered").
 */
const AMBIGUOUS_OPENERS: ReadonlySet<string> = new Set(['no', 'it', 'so', 'is', 'do', 'now', 'any', 'where', 'ok', 'that', 'this', 'me', 'us']);

/** Characters after a word that make it part of an address, a path or code: "x.no@mail", "a.it/x", "f.now()". */
const CODE_AFTER = new Set(['@', '/', ':', '\\', '(', '[', '=', '_']);
/** Characters before a word that do: those, and a period or hyphen joining it to more ("/a.it", "x.y.No"). */
const CODE_BEFORE = new Set([...CODE_AFTER, '.', '-']);

const RUN_ON = /^(\p{L}{2,})\.(\p{L}+)((?:['’‘]\p{L}+)?)$/u;
/** Two letters, a period and a letter somewhere in the text: a run-on word may be there. */
const MAY_RUN_ON = /\p{L}\p{L}\.\p{L}/u;
/** An upper-case letter after the first: a name in code ("DateTime", "getElementById"), not a word. */
const INNER_CAPITAL = /^.\p{Ll}*\p{Lu}/u;

/**
 * The sentence opener a lower-case word is, read as stretched when it is none as written ("sooo",
 * "pleeease": each run of one letter cut to two letters or to one, as `unstretch` reads them; any
 * reading that is an opener will do, since openers are all common words); undefined when no
 * reading is one. A reading keeps the word's first letter.
 */
function openerOf(lower: string): string | undefined {
  if (SENTENCE_OPENERS.has(lower)) return lower;
  const runs = stretchedRuns(lower);
  return runs && unstretchedReadings(lower, runs).find((reading) => SENTENCE_OPENERS.has(reading));
}

/**
 * The parts of a word that is two sentences run together, judged by the word alone: one period
 * between letters, at least two letters before it, a sentence opener after it (an ambiguous one
 * with a capital; a stretched one too, "terrible.Sooo"), and no capital inside the first part.
 * Numbers, abbreviations ("e.g"), web addresses ("example.com", "en.wikipedia.org") and names in
 * code ("Response.Redirect", "DateTime.Now") are not.
 */
function runOnParts(word: string): RegExpExecArray | null {
  if (word.length <= 3 || !word.includes('.')) return null;
  const runOn = RUN_ON.exec(word);
  if (runOn === null) return null;
  const opener = runOn[2];
  const reading = openerOf(opener.toLowerCase());
  if (reading === undefined) return null;
  // An ambiguous opener written in lower case is no new sentence ("libssl.so", "terrible.sooo").
  if (AMBIGUOUS_OPENERS.has(reading) && opener[0] === reading[0]) return null;
  if (INNER_CAPITAL.test(runOn[1])) return null;
  return runOn;
}

/** Whether the characters around a word at `start` make it part of an e-mail address, a path or code. */
function inCode(text: string, start: number, end: number): boolean {
  return (start > 0 && CODE_BEFORE.has(text[start - 1])) || CODE_AFTER.has(text[end]);
}

/**
 * The regex tokens of a text, with a word that is two sentences run together ("terrible.I") split
 * into its two words and the period (`runOnParts`, unless `inCode`), so that neither word is lost
 * to the lexicons and the sentence ends where the writer meant.
 */
function wordsOf(text: string): string[] {
  const words = tokenizer.tokenize(text) ?? [];
  // One scan of the text spares most turns the walk over their words.
  if (!MAY_RUN_ON.test(text)) return words;
  let out: string[] | undefined;
  // Words are located in the text only once a candidate asks, which most texts never do.
  let located = 0;
  let cursor = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    let runOn = runOnParts(word);
    if (runOn !== null) {
      for (; located < i; located++) cursor = text.indexOf(words[located], cursor) + words[located].length;
      const start = text.indexOf(word, cursor);
      if (inCode(text, start, start + word.length)) runOn = null;
    }
    if (runOn !== null && out === undefined) out = words.slice(0, i);
    if (out === undefined) continue;
    if (runOn !== null) out.push(runOn[1], '.', runOn[2] + runOn[3]);
    else out.push(word);
  }
  return out ?? words;
}

/**
 * Normalise a phrase into tokens without spans: the same rules as `tokenize`, used by the lexicon
 * compiler so that a lexicon phrase and a transcript sentence meet in the same form.
 */
export function normalisePhrase(phrase: string): string[] {
  const out: string[] = [];
  let cursor = 0;
  for (const word of wordsOf(phrase)) {
    const start = phrase.indexOf(word, cursor);
    cursor = start + word.length;
    if (PUNCTUATION.has(word)) continue;
    for (const part of expandWord(normaliseAt(phrase, word, start))) out.push(part);
  }
  return out;
}

const AT_SIGN = 0x40;
const HANDLE_CHAR = /[\p{L}\p{N}_]/u;

/** The end of the @handle whose name starts at `start` (letters, digits and underscores). */
function endOfHandle(text: string, start: number): number {
  let end = start;
  while (end < text.length && HANDLE_CHAR.test(text[end])) end++;
  return end;
}

/**
 * A word with one letter three times in a row, read by `unstretch`, except an acronym or a code:
 * a word in capitals that opens with its run ("AAAS", "IIIT's") stays as written unless it reads
 * as a word of three letters or more ("UUUGH", "OOOPS", "AAAAND"), since an acronym's reading is a
 * short word only by chance ("as", "it").
 */
function readStretched(word: string, parsed: string, wordRank: WordRank, written: boolean): string {
  const read = unstretch(parsed, wordRank, written);
  const stem = read.endsWith("'s") ? read.slice(0, -2) : read.endsWith("'") ? read.slice(0, -1) : read;
  return stem.length >= 3 || !CAPITAL_RUN_FIRST.test(word) ? read : parsed;
}

export interface TokenizeOptions {
  /** The turn is written (chat, e-mail, SMS, social), not spoken: chat spellings are expanded. */
  written?: boolean;
  /** Ranks words by how common they are: with it, a stretched word is read as a word (`unstretch`). */
  wordRank?: WordRank;
}

/** Tokenize one turn's text. Pure; never throws for any string. */
export function tokenize(text: string, options?: TokenizeOptions): Token[] {
  const written = options?.written === true;
  const wordRank = options?.wordRank;
  // One scan of the text spares most turns a look for stretched words.
  const stretched = wordRank !== undefined && STRETCHED_ANY_CASE.test(text);
  const words = wordsOf(text);
  const tokens: Token[] = [];
  let cursor = 0;
  let sentence = 0;
  let scopeLeft = 0;
  let handleEnd = 0;
  for (const word of words) {
    const start = text.indexOf(word, cursor);
    const end = start + word.length;
    cursor = end;
    // An @handle names an account ("@united", "@Virgin_Help why not..."); it is not a word of the message.
    if (start < handleEnd) continue;
    const punct = PUNCTUATION.has(word);
    if (start > 0 && text.charCodeAt(start - 1) === AT_SIGN && !punct) {
      handleEnd = endOfHandle(text, start);
      continue;
    }
    if (punct) {
      tokens.push({ norm: word, start, end, sentence, negated: false, negator: false, punct: true });
      scopeLeft = 0;
      const previous = tokens[tokens.length - 2];
      const abbreviation = word === '.' && previous !== undefined && !previous.punct && previous.end === start && ABBREVIATIONS.has(previous.norm);
      if (SENTENCE_END.has(word) && !abbreviation) sentence++;
      continue;
    }
    let parsed = normaliseAt(text, word, start);
    if (stretched && STRETCHED.test(parsed)) parsed = readStretched(word, parsed, wordRank, written);
    const chat = written ? CHAT_SPELLINGS.get(parsed) : undefined;
    // Written in capitals, a chat spelling is a name or a code: Southwest's "LUV", gate "B4".
    const norm = chat !== undefined && !(word.length > 1 && word === word.toUpperCase()) ? chat : parsed;
    // Most words expand to themselves (no apostrophe, no irregular form): no list to make for them.
    if (expandsToItself(norm)) scopeLeft = pushWord(tokens, norm, start, end, sentence, scopeLeft);
    else for (const part of expandWord(norm)) scopeLeft = pushWord(tokens, part, start, end, sentence, scopeLeft);
  }
  return tokens;
}

/** Push one word token with its negation marks; returns the words left in the negation scope after it. */
function pushWord(tokens: Token[], norm: string, start: number, end: number, sentence: number, scopeLeft: number): number {
  if (SCOPE_BREAKERS.has(norm)) scopeLeft = 0;
  const negator = NEGATORS.has(norm);
  const negated = !negator && scopeLeft > 0;
  tokens.push({ norm, start, end, sentence, negated, negator, punct: false });
  if (negator) return NEGATION_SCOPE_WORDS;
  return scopeLeft > 0 ? scopeLeft - 1 : 0;
}

/** Index of the last word token before token `k` (punctuation skipped); -1 when there is none. */
export function wordBefore(tokens: readonly Token[], k: number): number {
  let i = k - 1;
  while (i >= 0 && tokens[i].punct) i--;
  return i;
}

/** Index of the first word token after token `k` (punctuation skipped); -1 when there is none. */
export function wordAfter(tokens: readonly Token[], k: number): number {
  let i = k + 1;
  while (i < tokens.length && tokens[i].punct) i++;
  return i < tokens.length ? i : -1;
}

/** Index of the last word token (punctuation after it skipped); -1 when there is none. */
export function lastWordIndex(tokens: readonly Token[]): number {
  return wordBefore(tokens, tokens.length);
}

/** Number of surface words: punctuation excluded, both halves of a contraction counted once. */
export function countWords(tokens: readonly Token[]): number {
  let count = 0;
  let lastStart = -1;
  for (const token of tokens) {
    if (token.punct || token.start === lastStart) continue;
    lastStart = token.start;
    count++;
  }
  return count;
}

const WH_WORDS = new Set(['what', 'why', 'how', 'when', 'where', 'which', 'who', 'whose']);
const AUXILIARIES = new Set([
  'do', 'does', 'did', 'can', 'could', 'would', 'will', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'should',
  'may', 'might', 'shall', 'must', 'am',
]);
/** Words that open a subject after an inverted auxiliary: "Can you", "Is it", "Did the engineer" ("a" is left out: "Have a lovely day"). */
const SUBJECTS = new Set([
  'you', 'i', 'we', 'they', 'he', 'she', 'it', 'there', 'this', 'that', 'these', 'those', 'the', 'my',
  'your', 'our', 'their', 'his', 'her', 'its', 'anyone', 'anybody', 'someone', 'somebody', 'everyone', 'everything',
  'anything', 'something', 'any', 'all',
]);
/** Pronoun subjects: after "do" and "have" only these make a question ("Have you", but "Have your card ready", "Do the reset"). */
const PRONOUNS = new Set(['you', 'i', 'we', 'they', 'he', 'she', 'it', 'there']);
/** Words that may open a spoken question before its inversion: "Okay, so can you...". */
const DISCOURSE_MARKERS = new Set(['okay', 'ok', 'so', 'and', 'right', 'well', 'now', 'alright']);

/**
 * A turn is a question when it has a question mark, or, for speech transcribed without one, when
 * it opens as an English question does, by subject-auxiliary inversion (after any "okay", "so"):
 * an auxiliary before its subject, a "not" allowed between ("can you confirm the order number",
 * "didn't the engineer come"), or a wh-word before an auxiliary ("what is the address", "how do
 * I"). A wh-clause or a clipped statement is none: "When it arrives.", "What you need is a
 * reset.", "Can't help you.", "Will do.", nor an imperative: "Have your card ready.", "Do the reset."
 */
export function isQuestion(tokens: readonly Token[]): boolean {
  for (const token of tokens) if (token.norm === '?') return true;
  let first = tokens.findIndex((t) => !t.punct);
  while (first >= 0 && DISCOURSE_MARKERS.has(tokens[first].norm)) first = wordAfter(tokens, first);
  let second = first < 0 ? -1 : wordAfter(tokens, first);
  if (second < 0 || tokens[second].sentence !== tokens[first].sentence) return false;
  const a = tokens[first].norm;
  if (AUXILIARIES.has(a)) {
    if (tokens[second].norm === 'not') second = wordAfter(tokens, second);
    if (second < 0) return false;
    return (a === 'do' || a === 'have' ? PRONOUNS : SUBJECTS).has(tokens[second].norm);
  }
  const b = tokens[second].norm;
  return WH_WORDS.has(a) && (AUXILIARIES.has(b) || (a === 'who' && !SUBJECTS.has(b)));
}
