/**
 * Per-turn sentiment on a -5..+5 scale, with wink-sentiment's data (AFINN-165, its idioms, emojis and
 * emoticons) applied to OUR tokens (calling wink-sentiment itself would tokenize every turn a second
 * time), plus rapport's customer-service adjustment layer (`lexicons/<lang>/sentiment.lex`).
 *
 * Following wink-sentiment: the sum of word scores divided by the number of scored words, damped by
 * sqrt(words / 15) for turns longer than 15 words. Following VADER (Hutto & Gilbert, 2014), by
 * principle rather than fit: a negated positive word counts -0.74 times its score, within three
 * words of the negator and not past a clause-opening "but" (a negated negative word flips too in
 * an agent's turn, reassurance, but counts nothing in a customer's: "not so mad" denies anger and
 * asserts no joy, Potts 2011); following SO-CAL (Taboada et al. 2011), a customer's negative
 * words weigh 1.5 times (negative weighting: language leans positive, so the few negative words
 * of a complaint decide it); a negator that an adjustment phrase takes in
 * ("never been so", "without a doubt", "no one answered") negates nothing after it (VADER's "never
 * so"); words after "but" in a sentence count 1.5 times and those before it 0.5 times; a word in
 * capitals in a turn that is not all capitals counts more.
 *
 * Customer-service context, by principle: a problem or a negative emotion stated by the customer
 * (the customer `problem`, `emotion` and `effort` lexicons, which already feed empathy and effort) is
 * negative sentiment even without a sentiment word ("my bag never arrived"); a question asks
 * rather than asserts, so its positive words ("is there a good time to call?") do not count; and
 * courtesy words (thanks, please, help) in a turn that also complains are politeness or sarcasm
 * ("cancelled again, thanks"), not satisfaction, so they do not count either; nor do they in a turn
 * that asks a question, where they are thanks in advance for a request ("can you check my booking?
 * thanks"); thanks for a named act of service ("thank you for rebooking me") are satisfaction with
 * the remedy, not courtesy, and keep their score. A general positive word in or next to a sentence
 * that states a negative situation is sarcasm ("great, cancelled again"; Riloff et al. 2013) and
 * counts as negated, unless a "but" introduces it as a genuine concession ("delayed, but the crew
 * were lovely") or the turn reports the problem solved ("it was fixed, great"); a minimiser ("the
 * delay was only five minutes") plays its sentence's problem down: its negative words count half.
 * A customer's positive words in a wish or a condition ("an update would be great") describe a
 * state not reached and do not count (SO-CAL's irrealis blocking), nor do scare-quoted ones ('the
 * "helpful" desk'); a cue tagged `fallback` in the layer ("they didn't even apologise": "even"
 * under negation, an expectation unmet) counts only in a sentence with no other sentiment, and its
 * negator still negates what follows ("it isn't even working" is the negated "working"); an
 * @handle is a name, not a word (the tokenizer leaves it out). A hashtag run
 * together from words ("#badcustomerservice") scores by its words (`hashtagScore`).
 *
 * Emoticons (":(", ":-)") are found in the text, since the word tokenizer keeps only single
 * punctuation marks. Exclamation marks add emphasis with VADER's constant: each one (at most four)
 * adds 0.292 to the magnitude of the turn's mean word score when it has sentiment, nothing when it
 * has none (VADER adds it to the raw sum before its own normalisation).
 */
import afinn from 'wink-sentiment/src/afinn-en-165.js';
import grams from 'wink-sentiment/src/afinn-en-165-2grams.js';
import emojis from 'wink-sentiment/src/emojis.js';
import type { AnalyzedTurn, LexiconMatch, Token } from '../../domain/types.js';
import { englishWords } from '../../text/dictionary.js';
import { wordAfter, wordBefore } from '../../text/tokenize.js';
import { CLAUSE_BREAKS, clauseStart, opensClause, opensSentence, positionHolds, sentenceStart } from './position.js';

export const SENTIMENT_PARAMS = Object.freeze({
  /** Negated positive words count this many times their score (VADER's N_SCALAR). */
  negationScalar: -0.74,
  /**
   * In a customer turn, negated negative words (and negated negative phrases of the adjustment
   * layer: "it's not about the delay") count this many times their score: nothing. Denying
   * a bad state asserts no good one ("I'm not so mad", "not a claim, not an I'm sorry", "it never
   * fails to be late"): negation is itself a mark of negative contexts (Potts 2011, "On the
   * negativity of negation"), and flipping such a word, as VADER does, read complaints as praise.
   * Conventional litotes ("not bad", "can't complain") are entries of the adjustment layer. An
   * agent's denial of a bad state is reassurance ("you won't be charged", "it didn't crash for
   * me"), so agent turns keep VADER's flip.
   */
  customerNegatedNegative: 0,
  /**
   * In a customer turn, a negative word of the general lexicon (AFINN, emojis, emoticons, after
   * negation and degree words) counts this many times its score: SO-CAL's negative weighting
   * (Taboada et al. 2011), with its constant. Language leans positive (the Pollyanna principle;
   * positive words are used more and carry less information, Garcia et al. 2012), so a complaint
   * is often worded with courteous or hopeful words beside a few negative ones, which decide it.
   * Not weighted: the adjustment layer's phrases, whose weights already state their force in
   * service talk, set against the gratitude and outcome phrases that remedy them ("thank you for
   * rebooking me after my flight was cancelled" stays praise); the words of a question, which
   * asks rather than asserts ("Is there a penalty if I leave early?"), as a question's positive
   * words do not count either; a turn that reports its problem solved or thanks for a service;
   * and agent turns, whose negative words are mostly the customer's problem named in order to
   * solve it ("the error you're getting"). `npm run eval:labels` counts the agent-side texts a
   * change moves.
   */
  customerNegativeWeight: 1.5,
  /** A negator affects scored words at most this many words later. */
  negationReachWords: 3,
  /** "but" shifts weight to the clause after it. */
  beforeBut: 0.5,
  afterBut: 1.5,
  /** A word in capitals (in a turn not all in capitals) gains this much magnitude. */
  capsBoost: 0.733,
  /** wink-sentiment's average phrase length for damping long turns. */
  averageWords: 15,
  /** Score of a customer problem statement (per unit of its `problem` lexicon weight): AFINN's "problem". */
  problemScore: -2,
  /** Score of a customer negative emotion (per unit of its `emotion` lexicon weight), unless AFINN scores it lower. */
  emotionScore: -2,
  /**
   * Score of a customer-effort cue (per unit of its `effort` lexicon weight: "again", "third time",
   * "transferred"): effort is the strongest driver of disloyalty (Dixon, Freeman & Toman 2010).
   */
  effortScore: -1.5,
  /**
   * Thanks in a turn that also complains, or that asks a question, count this many times their score:
   * beside a complaint they are courtesy or sarcasm, beside a request they are thanks in advance
   * (which the lexicon already scores 0), not satisfaction.
   */
  courtesyBesideComplaintOrRequest: 0,
  /**
   * A general positive word in a turn that states a negative situation counts this many times its
   * score, unless it follows a "but" (a genuine concession: "delayed, but the crew were great").
   * Sarcasm is a positive sentiment set against a negative situation (Riloff et al. 2013, "Sarcasm
   * as contrast between a positive sentiment and negative situation": "great, cancelled again",
   * "love waiting on hold"), so the word reads as a negated one (VADER's N_SCALAR).
   */
  praiseBesideComplaint: -0.74,
  /** Positive words in a sentence that ends with "?" count this many times their score. */
  questionPositive: 0,
  /**
   * General positive words in an irrealis scope of a customer turn (`irrealisScope`: "an update
   * would be great", "If you can rebook us, all will be good"), or in scare quotes in any turn
   * ('the "helpful" desk'), count this many times their score; thanks and endorsements keep theirs.
   * Following SO-CAL's irrealis blocking (Taboada et al. 2011), narrowed to positive words: a
   * customer's wished-for state is one not reached, so it is no satisfaction; an agent's "I would be
   * happy to help" is an offer, so agent turns keep it. Accepting an offer ("that would be great")
   * is an entry of the adjustment layer, which irrealis does not touch.
   */
  irrealisPositive: 0,
  /**
   * Negative words in a sentence that plays its problem down (a `minimiser` entry of the adjustment
   * layer: "the delay was only five minutes") count this many times their score, the weight of the
   * lexicon's dampeners ("a bit", "slightly"), and the sentence is no negative situation for the
   * sarcasm rule: praise beside a minor problem is meant ("only five minutes late, fine").
   */
  minimisedNegative: 0.5,
  /** Each "!" in the turn adds this much magnitude to a scored turn (VADER's emphasis for exclamation marks)... */
  exclamationBoost: 0.292,
  /** ...counting at most this many. */
  maxExclamations: 4,
});

/**
 * A general word's score when a negator reaches it: a positive flips; a negative flips in an agent's
 * turn and is denied, counting nothing, in a customer's (see `SENTIMENT_PARAMS`).
 */
const negatedScore = (score: number, customer: boolean): number =>
  score * (score < 0 && customer ? SENTIMENT_PARAMS.customerNegatedNegative : SENTIMENT_PARAMS.negationScalar);

/** Lexicons of customer statements that carry negative sentiment in customer service, with their score per unit weight. */
const STATED_NEGATIVE: ReadonlyArray<readonly [string, number]> = [
  ['problem', SENTIMENT_PARAMS.problemScore],
  ['emotion', SENTIMENT_PARAMS.emotionScore],
  ['effort', SENTIMENT_PARAMS.effortScore],
];

/**
 * Irrealis markers (Taboada et al. 2011, "Lexicon-based methods for sentiment analysis"): modals,
 * conditionals, the polarity items "any" and "anything", and verbs of wanting and expecting, which
 * put what follows them in their clause out of the real world ("I need you to be a better airline").
 */
const IRREALIS: ReadonlySet<string> = new Set(['would', 'could', 'should', 'might', 'woulda', 'coulda', 'shoulda', 'wish', 'any', 'anything', 'need', 'needs', 'want', 'wants', 'expect', 'expected']);
/** Words that keep their score in an irrealis scope or in quotes: thanks ("I would like to thank the crew") and endorsement ("I would recommend them"). */
const NOT_BLOCKED_BY_IRREALIS: ReadonlySet<string> = new Set(['thank', 'thanks', 'thx', 'recommend', 'recommended']);
/** Conditionals: opening a sentence, their scope takes in the consequent ("If you find it, all will be good"). */
const CONDITIONAL: ReadonlySet<string> = new Set(['if', 'unless']);
/** After these, "if" means "whether" and puts nothing out of the real world ("not sure if it matters"). */
const WHETHER_BEFORE: ReadonlySet<string> = new Set(['sure', 'know', 'wonder', 'wondering', 'ask', 'asking', 'asked', 'see', 'check', 'checking', 'tell', 'unsure']);
/** Speech acts assert what follows them ("I want to say the agent was excellent"): they end a scope. */
const SPEECH_ACTS: ReadonlySet<string> = new Set(['say', 'tell', 'thank', 'add', 'mention']);
/** Punctuation that closes a clause: the clause breaks inside a sentence, and the sentence ends. */
const CLAUSE_END: ReadonlySet<string> = new Set([...CLAUSE_BREAKS, '.', '!', '?']);
/** Conjunctions that open a new clause ("I could finally log in and everything looks great"). */
const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but']);

/**
 * Which tokens lie in an irrealis scope: from a marker to the end of its clause (punctuation, "and"
 * or "but"). A conditional that opens its sentence also covers the next clause, its consequent
 * ("If you can rebook us, all will be good"), up to the next clause end; "but" always ends a scope
 * ("If it breaks again I'll be upset, but today you were great").
 */
export function irrealisScope(tokens: AnalyzedTurn['tokens']): Uint8Array {
  const inScope = new Uint8Array(tokens.length);
  let open = false;
  let consequent = false; // the scope still has a consequent clause to cover
  let sentence = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.sentence !== sentence) {
      sentence = t.sentence;
      open = false;
    }
    if (t.punct ? CLAUSE_END.has(t.norm) : CLAUSE_CONJUNCTIONS.has(t.norm)) {
      if (t.norm === 'but' || !consequent) open = false;
      else if (t.punct) consequent = false; // the condition ends here; its consequent is still in scope
      continue;
    }
    if (SPEECH_ACTS.has(t.norm)) open = false;
    else if (CONDITIONAL.has(t.norm)) {
      if (k === 0 || !WHETHER_BEFORE.has(tokens[k - 1].norm)) {
        open = true;
        consequent = opensSentence(tokens, k);
      }
    } else if (IRREALIS.has(t.norm)) {
      open = true;
      consequent = false;
    }
    if (open) inScope[k] = 1;
  }
  return inScope;
}

/**
 * Conjunctions that open a new clause and so end a negation's reach, as the tokenizer's scope
 * breakers do for lexicon phrases ("not great but fine": "fine" is not negated), and "why", whose
 * clause the negation does not deny ("I don't know why it's broken": it is).
 */
const NEGATION_BREAKERS: ReadonlySet<string> = new Set(['but', 'however', 'although', 'though', 'whereas', 'why']);

/** Who a rhetorical "how can ... not" is asked of: the hearer, or anyone. */
const RHETORICAL_SUBJECTS: ReadonlySet<string> = new Set(['you', 'anyone', 'anybody', 'one', 'people', 'someone', 'somebody', 'they']);
/** A word that may follow the subject: "you guys", "you possibly". */
const RHETORICAL_SUBJECT_TAILS: ReadonlySet<string> = new Set(['guys', 'people', 'possibly']);
/**
 * The attitudes a rhetorical "how can you not ...?" asserts. With an act the customer expected of
 * the service ("How can you not honour the price?") the question is a reproach, and the negation
 * stays: what was not done is the complaint.
 */
const RHETORICAL_ATTITUDES: ReadonlySet<string> = new Set(['love', 'like', 'enjoy', 'appreciate', 'recommend', 'adore', 'admire', 'be', 'feel']);

/** Attitudes that take a predicate: with "be" or "feel" it is the predicate that is asserted. */
const RHETORICAL_COPULAS: ReadonlySet<string> = new Set(['be', 'feel']);
/**
 * Feelings a rhetorical "how could anyone not be ...?" asserts, positive ones included: "How could
 * anyone not be happy with service like this?" says anyone would be. A virtue is reproached instead
 * ("How can you not be helpful?"); a negative feeling is asserted by the general rule.
 */
const RHETORICAL_FEELINGS: ReadonlySet<string> = new Set(['happy', 'pleased', 'impressed', 'satisfied', 'delighted', 'thrilled', 'excited', 'glad', 'grateful', 'thankful', 'amazed']);
/** How far after "be" or "feel" the predicate's first scored word is looked for ("be more careful"). */
const RHETORICAL_PREDICATE_REACH = 3;
/**
 * Words that make a feeling one owed to the customer: "satisfied with my documents", "grateful for
 * customers like me", "glad to get rid of me", "satisfied with the documents I sent".
 */
const CUSTOMER_WORDS: ReadonlySet<string> = new Set(['my', 'me', 'our', 'us', 'i', 'we', 'customers', 'people']);
/** How many words after the feeling a customer word is looked for. */
const CUSTOMER_WORD_REACH = 5;

/** Whether a customer word (`CUSTOMER_WORDS`) follows the feeling at token i in its clause, within reach. */
function owedToCustomer(tokens: AnalyzedTurn['tokens'], i: number): boolean {
  for (let j = i + 1; j <= i + CUSTOMER_WORD_REACH && j < tokens.length && !tokens[j].punct; j++) {
    if (CUSTOMER_WORDS.has(tokens[j].norm)) return true;
  }
  return false;
}

/**
 * Whether the negator at `k` is the "not" of a rhetorical "how can you not love / be ...": the
 * question asserts the opposite polarity (Han 2002, "Interpreting interrogatives as rhetorical
 * questions"), so "How can you not love them!" says they are loved, and "How can anyone not be
 * angry?" that anyone would be. With "be" or "feel" it asserts a feeling ("How could anyone not
 * be happy with service like this?"), but reproaches a virtue not shown ("How can you not be
 * helpful?", "How could you not be more careful?") and a feeling owed to the customer ("How could
 * they not be satisfied with the documents I sent?", said of a third party or with the customer
 * named after it): then the negation stays.
 */
function rhetoricalNegator(tokens: AnalyzedTurn['tokens'], k: number): boolean {
  const t = tokens[k];
  const attitude = tokens[k + 1]?.norm ?? '';
  if (t.norm !== 'not' || !RHETORICAL_ATTITUDES.has(attitude)) return false;
  let subject = k - 1;
  if (subject >= 0 && RHETORICAL_SUBJECT_TAILS.has(tokens[subject].norm)) subject--;
  if (subject < 2 || !RHETORICAL_SUBJECTS.has(tokens[subject].norm)) return false;
  const [how, modal] = [tokens[subject - 2], tokens[subject - 1]];
  if (how.norm !== 'how' || (modal.norm !== 'can' && modal.norm !== 'could') || how.sentence !== t.sentence) return false;
  if (!RHETORICAL_COPULAS.has(attitude)) return true;
  const end = Math.min(tokens.length, k + 2 + RHETORICAL_PREDICATE_REACH);
  for (let i = k + 2; i < end && !tokens[i].punct; i++) {
    const score = GENERAL.get(tokens[i].norm) ?? 0;
    if (score < 0) break;
    if (score > 0) return RHETORICAL_FEELINGS.has(tokens[i].norm) && tokens[subject].norm !== 'they' && !owedToCustomer(tokens, i);
  }
  return true;
}

/**
 * Whether a lexicon match is negated. A negator that an adjustment phrase of the sentiment layer
 * has taken in ("without a doubt", "never been so", "no one answered", "nothing but") is part of
 * that phrase's score, as it already is for general words, so it negates nothing after it: "never
 * been so angry" is VADER's "never so" (more angry, not less), "without question the worst" is
 * the worst. A negator right after the phrase ("I can not") still negates it.
 */
function isNegated(tokens: AnalyzedTurn['tokens'], m: LexiconMatch, adjusted: ReadonlyMap<number, number>): boolean {
  if (!m.negated) return false;
  if (!tokens[m.first].negated) return true; // negated by a trailing negator
  for (let i = m.first - 1; i >= 0 && !tokens[i].punct; i--) {
    if (tokens[i].negator) return !adjusted.has(i);
  }
  return true;
}

/** Negators inside a hashtag ("#nothappy", "#nogood"). */
const HASHTAG_NEGATORS: ReadonlySet<string> = new Set(['not', 'no', 'never']);
/**
 * Words of one or two letters that count as words inside a hashtag; any other piece must have three
 * letters or more (the dictionary also lists letters and abbreviations, "es", "tr", which would
 * let any string split).
 */
const SHORT_WORDS: ReadonlySet<string> = new Set(['a', 'i', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'oh', 'ok', 'on', 'or', 'so', 'to', 'up', 'us', 'we']);

const isWord = (piece: string, words: ReadonlySet<string>): boolean =>
  piece.length >= 3 ? words.has(piece) : SHORT_WORDS.has(piece);

/** Longest hashtag body that is split (a longer one is scored only whole). */
const MAX_HASHTAG_LETTERS = 40;

/**
 * A hashtag's words: the split of its body that leaves the fewest letters outside dictionary words,
 * then has the fewest pieces. So "#neveragain" is "never again", not "never a gain" nor "nevera
 * gain"; a word stays whole ("#winter" is not "win ter"); and a name the dictionary lacks
 * ("#tampafail") stays one unknown piece. Exported for its tests.
 */
export function splitHashtag(body: string): string[] {
  if (body.length > MAX_HASHTAG_LETTERS) return [body];
  const words = englishWords();
  const n = body.length;
  // cost[i]: the best cost of body[0..i) (letters outside words first, then pieces); from[i]: where its last piece starts
  const cost = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(0);
  cost[0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = 0; j < i; j++) {
      const c = cost[j] + 1 + (isWord(body.slice(j, i), words) ? 0 : (i - j) * (MAX_HASHTAG_LETTERS + 1));
      if (c < cost[i]) {
        cost[i] = c;
        from[i] = j;
      }
    }
  }
  const pieces: string[] = [];
  for (let i = n; i > 0; i = from[i]) pieces.unshift(body.slice(from[i], i));
  return pieces;
}

/** Scores of the hashtags met so far, by body (hashtags repeat; bounded so odd input cannot grow it). */
const hashtagScores = new Map<string, number>();
const MAX_REMEMBERED_HASHTAGS = 10_000;

/**
 * The score of a hashtag run together from words ("#usairwaysfail", "#badcustomerservice",
 * "#nothappy"), which the general lexicon only scores whole ("#fail"). The hashtag is split into
 * words (`splitHashtag`); its score is the mean of its words of AFINN magnitude 2 or more (a word
 * of magnitude 1, "united", "free", "cool", is as often part of a name), a word within three words
 * after a negator counting negated, whatever its magnitude ("#notcool", "#notahappytraveler"), as
 * in a sentence (a negated negative word, "#nofail", counts nothing, as in a customer's sentence:
 * a hashtag is the writer's verdict, whoever writes it). It is one word of the turn.
 * 0 when no word is scored.
 */
export function hashtagScore(body: string): number {
  let result = hashtagScores.get(body);
  if (result !== undefined) return result;
  const pieces = splitHashtag(body);
  let sum = 0;
  let count = 0;
  let sinceNegator = Infinity;
  pieces.forEach((piece) => {
    if (HASHTAG_NEGATORS.has(piece)) {
      sinceNegator = 0;
      return;
    }
    sinceNegator++;
    const score = AFINN.get(piece) ?? 0;
    if (sinceNegator <= SENTIMENT_PARAMS.negationReachWords) {
      if (score > 0) {
        sum += score * SENTIMENT_PARAMS.negationScalar;
        count++;
      }
    } else if (Math.abs(score) >= 2) {
      sum += score;
      count++;
    }
  });
  result = count === 0 ? 0 : sum / count;
  if (hashtagScores.size >= MAX_REMEMBERED_HASHTAGS) hashtagScores.clear();
  hashtagScores.set(body, result);
  return result;
}

/** Courtesy words: beside a complaint they are politeness (or sarcasm), not satisfaction. */
const COURTESY: ReadonlySet<string> = new Set(['thank', 'thanks', 'thx', 'appreciate', 'appreciated', 'please', 'help']);

const AFINN: ReadonlyMap<string, number> = new Map(Object.entries(afinn));
const GRAMS: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map(Object.entries(grams).map(([first, seconds]) => [first, new Map(Object.entries(seconds))]));
/**
 * A word's score in the general lexicon: AFINN's, else the emoji's. One map, so that a word AFINN
 * does not score (most words) costs one lookup, not two; the two lists share no key.
 */
const GENERAL: ReadonlyMap<string, number> = new Map([...Object.entries(emojis), ...AFINN]);
/** Emojis (`commentEmoji`). */
const EMOJIS: ReadonlySet<string> = new Set(Object.keys(emojis));

/**
 * Whether the token at `k` is an emoji that comments on its clause rather than taking a word's place
 * in it: it closes the clause (punctuation, another emoji or the end follows) and does not stand
 * right after the negator. A negation does not reach such an emoji ("No biggie 😄" is no denied
 * smile, "Please don't cancel 😩" no denied dismay), as an emoticon, scored apart from the words,
 * already is; one in a word's slot is denied with it ("I don't ❤️ the new seats", "Not a 👍 from
 * me").
 */
function commentEmoji(tokens: AnalyzedTurn['tokens'], k: number): boolean {
  if (!EMOJIS.has(tokens[k].norm) || (k > 0 && tokens[k - 1].negator)) return false;
  const next = tokens[k + 1];
  return next === undefined || next.punct || EMOJIS.has(next.norm);
}

/** Hashtags by which a writer marks the whole message as sarcasm ("#sarcasm"). */
const SARCASM_HASHTAGS: ReadonlySet<string> = new Set(['sarcasm', 'sarcastic']);
/**
 * A dash, an ellipsis, an opening bracket or a line break between two words, of which the tokenizer
 * keeps no token: what follows stands apart ("great - not!", "great (not)").
 */
const CLAUSE_GAP = /[\u2026\u2013\u2014(\n-]/u;
/** "said no one (ever)", "says nobody": the snowclone that disowns what was just said. */
const DISOWNING_VERBS: ReadonlySet<string> = new Set(['said', 'says']);
const DISOWNING_SUBJECTS: ReadonlySet<string> = new Set(['nobody', 'noone']);
/** Words before a "not" that make it half of an alternative ("yes or, not?", "if not"), no marker. */
const ALTERNATIVES: ReadonlySet<string> = new Set(['or', 'if']);
/** Hesitations between a spoken "not" and its repeat ("not, um, not a problem"). */
const HESITATIONS: ReadonlySet<string> = new Set(['um', 'uh', 'er', 'erm', 'ah', 'hmm']);
/** How a link begins: the tokenizer splits "http://t.co/x" into "http", ":" and the rest. */
const URL_SCHEMES: ReadonlySet<string> = new Set(['http', 'https']);

/** Whether the word of token `t` is written as a hashtag. */
const isHashtag = (text: string, t: Token): boolean => t.start > 0 && text[t.start - 1] === '#';

/**
 * The last token of an irony marker that closes the clause starting at token k, or -1 when none
 * starts there. A marker stands apart from what it comments on (punctuation, a dash, an ellipsis, a
 * bracket or a line break before it, or written as a hashtag) and closes its clause (punctuation,
 * an emoji, a link or the end follows): "awesome service... NOT!", "Great job
 * #not", "Best airline ever, said no one". "#not happy" and "...Not too small!" are ordinary
 * negations; "or not", "or, not?" and "if not" an alternative; a spoken "not, not a problem" a
 * false start.
 */
function closingMarkerEnd(turn: AnalyzedTurn, k: number): number {
  const { text, tokens } = turn;
  const t = tokens[k];
  // only "not" or a disowning verb opens a marker: most words stop here, before the text is sliced
  if (k === 0 || (t.norm !== 'not' && !DISOWNING_VERBS.has(t.norm))) return -1;
  const hashtag = isHashtag(text, t);
  if (!hashtag && !tokens[k - 1].punct && !CLAUSE_GAP.test(text.slice(tokens[k - 1].end, t.start))) return -1;
  let end = -1;
  if (t.norm === 'not') {
    const before = wordBefore(tokens, k);
    if (before >= 0 && ALTERNATIVES.has(tokens[before].norm)) return -1;
    let after = wordAfter(tokens, k);
    if (after >= 0 && HESITATIONS.has(tokens[after].norm)) after = wordAfter(tokens, after);
    if (after >= 0 && tokens[after].norm === 'not') return -1;
    end = k;
  } else if (!hashtag && DISOWNING_VERBS.has(t.norm)) {
    const [a, b] = [tokens[k + 1], tokens[k + 2]];
    if (a?.norm === 'no' && b?.norm === 'one') end = k + 2;
    else if (a !== undefined && DISOWNING_SUBJECTS.has(a.norm)) end = k + 1;
    if (end > 0 && tokens[end + 1]?.norm === 'ever') end++;
  }
  if (end < 0) return -1;
  const next = tokens[end + 1];
  if (next === undefined || next.punct || EMOJIS.has(next.norm)) return end;
  // another hashtag comments too ("Great service #not #fail"), unless it is what "#not" denies ("#not #happy")
  if (hashtag && isHashtag(text, next)) return praises(turn, end + 1, end + 1) || hashtagScore(next.norm) > 0 ? -1 : end;
  // a link after the marker ("Great job #not http://t.co/...") is no word of the clause
  return URL_SCHEMES.has(next.norm) && tokens[end + 2]?.norm === ':' ? end : -1;
}

/** Whether a positive general word, emoticon or adjustment phrase of the turn lies in tokens from..to; the adjustment layer decides for the words it covers. */
function praises(turn: AnalyzedTurn, from: number, to: number): boolean {
  // the adjustment layer decides for the words it covers ("united" is a name, 0)
  let covered: Set<number> | undefined;
  for (const m of turn.matches.get('sentiment') ?? []) {
    if (m.entry.category !== 'adjust' || m.last < from || m.first > to) continue;
    if (m.entry.weight > 0 && m.first >= from) return true;
    for (let i = m.first; i <= m.last; i++) (covered ??= new Set()).add(i);
  }
  for (let i = from; i <= to; i++) {
    if (!covered?.has(i) && !turn.tokens[i].punct && (GENERAL.get(turn.tokens[i].norm) ?? 0) > 0) return true;
  }
  return turn.emoticons.some(({ token, score }) => score > 0 && token >= from && token <= to);
}

/**
 * Explicit irony markers of a customer (Liebrecht, Kunneman & van den Bosch 2013, "The perfect
 * solution for detecting sarcasm in tweets #not"; Kunneman et al. 2015, "Signaling sarcasm"): a
 * writer who adds "#sarcasm" means none of the message's praise, and a closing "...NOT!", "#not"
 * or "said no one ever" takes back the sentence before it (an ellipsis is a pause inside it) when
 * the clause it closes praises; one that closes a clause without praise contrasts a second thing
 * with the first ("Staff were lovely, the food... not."), and takes back nothing. Returns the
 * tokens whose positive words count as negated, and marks the markers' own tokens in `takenIn` (a
 * marker negates nothing after it); undefined when the turn has no marker, as most have none. A
 * mentioned or denied "#sarcasm" ("no #sarcasm", "read like #sarcasm") is no marker.
 */
function ironyScope(turn: AnalyzedTurn, takenIn: Map<number, number>): Uint8Array | undefined {
  const { text, tokens } = turn;
  if (!text.includes('#') && !/\b(not|said|says)\b/i.test(text)) return undefined;
  let scope: Uint8Array | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.punct && SARCASM_HASHTAGS.has(t.norm) && isHashtag(text, t)) {
      const before = k > 0 ? tokens[k - 1] : undefined;
      if (before !== undefined && (before.negator || before.norm === 'like')) continue;
      (scope ??= new Uint8Array(tokens.length)).fill(1);
      takenIn.set(k, Number.NaN);
      continue;
    }
    const end = closingMarkerEnd(turn, k);
    if (end < 0) continue;
    const word = wordBefore(tokens, k);
    if (word < 0) continue;
    // the clause the marker closes, and the sentence it belongs to, an ellipsis being a pause
    if (!praises(turn, clauseStart(tokens, word), word)) continue;
    scope ??= new Uint8Array(tokens.length);
    scope.fill(1, sentenceStart(tokens, word), word + 1);
    for (let i = k; i <= end; i++) takenIn.set(i, Number.NaN);
    k = end;
  }
  return scope;
}

export interface TurnSentiment {
  /** -5..+5, rounded to 2 decimals; 0 for a turn without scored words. */
  readonly score: number;
  /** Token range of the words that carried sentiment, for evidence; undefined when none. */
  readonly first?: number;
  readonly last?: number;
}

const clamp = (v: number) => Math.max(-5, Math.min(5, v));

const LOWER_A = 0x61;
const LOWER_Z = 0x7a;

function isCaps(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  // Most words open with a lower-case letter, which upper-casing would change.
  const opening = text.charCodeAt(start);
  if (opening >= LOWER_A && opening <= LOWER_Z) return false;
  const surface = text.slice(start, end);
  return surface === surface.toUpperCase() && surface !== surface.toLowerCase();
}

/** Words that may stand before a praise idiom that opens its clause: "(that) really made my day", "we couldn't be happier". */
const PRAISE_LEADERS: ReadonlySet<string> = new Set(['really', 'just', 'truly', 'totally', 'so', 'seriously', 'absolutely', 'definitely', 'that', 'this', 'it', 'which', 'i', 'we']);

/**
 * Whether a praise idiom at token k opens its clause (after words of `PRAISE_LEADERS`): "You guys
 * rock.", "Really made my day.", "Couldn't be happier." is praise of the service addressed, which
 * beside a stated problem is sarcasm. With a third party as subject ("the agent at the desk made my
 * day", "crew were a class act throughout") it praises a person's conduct in the trouble, and is meant.
 */
function opensItsClause(tokens: AnalyzedTurn['tokens'], k: number): boolean {
  let i = k;
  while (i > 0 && !opensClause(tokens, i) && PRAISE_LEADERS.has(tokens[i - 1].norm)) i--;
  return opensClause(tokens, i);
}

/** A scored word (or emoticon) of a turn, before the weighting by "but", courtesy and sarcasm. */
interface ScoredWord {
  /** Token index (for an emoticon, of the token before it). */
  k: number;
  score: number;
  /** After a "but" in its sentence. */
  afterBut: boolean;
  /** Scored by the general lexicon (AFINN, emojis, emoticons), not by the adjustment layer. */
  general: boolean;
  /** A courtesy word (thanks, please, help). */
  courtesy: boolean;
}

/**
 * Prepositions of circumstance: a problem they introduce is the backdrop of what the sentence
 * says ("brilliant during the delay", "got us home despite the cancellations", "in spite of the
 * delay"), not a situation that praise beside it could mock.
 */
const CIRCUMSTANCE: ReadonlySet<string> = new Set(['despite', 'during', 'through', 'amid']);
/** How many words before a stated problem a preposition of circumstance may stand ("during all the long delays"). */
const CIRCUMSTANCE_REACH = 3;

/** Whether the phrase at token k is introduced by a preposition of circumstance in its sentence. */
function inCircumstance(tokens: AnalyzedTurn['tokens'], k: number): boolean {
  for (let i = k - 1; i >= 0 && i >= k - CIRCUMSTANCE_REACH && tokens[i].sentence === tokens[k].sentence; i--) {
    if (CIRCUMSTANCE.has(tokens[i].norm) || (tokens[i].norm === 'of' && tokens[i - 1]?.norm === 'spite')) return true;
  }
  return false;
}

/**
 * Sentences in which the adjustment layer scored a negative situation (a complaint phrase or a
 * stated problem, emotion or effort), unless it is the circumstance of the sentence (`CIRCUMSTANCE`).
 */
function sentencesWithStatedNegative(tokens: AnalyzedTurn['tokens'], adjusted: ReadonlyMap<number, number>): Set<number> {
  const sentences = new Set<number>();
  for (const [k, score] of adjusted) if (score < 0 && !inCircumstance(tokens, k)) sentences.add(tokens[k].sentence);
  return sentences;
}

/** Whether a sentence states a negative situation or is next to one ("Great. Cancelled again."). */
const besideSituation = (situations: ReadonlySet<number>, sentence: number): boolean =>
  situations.has(sentence) || situations.has(sentence - 1) || situations.has(sentence + 1);

/**
 * Words that report a problem as solved ("it was fixed, great"): praise beside them is gratitude for
 * the fix, not sarcasm.
 */
const RESOLVED: ReadonlySet<string> = new Set(['fixed', 'resolved', 'solved', 'sorted', 'arrived', 'refunded', 'working', 'works', 'finally']);

/**
 * Character ranges of scare quotes: one to three words in double quotes ('the "helpful" desk'),
 * quote marks included. Longer quotes are reported speech, which keeps its sentiment; a mark right
 * after a digit is an inch sign ('the 27" monitor').
 */
function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!/["“]/.test(text)) return spans;
  for (const m of text.matchAll(/(?<![0-9])["“]\s*[^"“”\s]+(?:\s+[^"“”\s]+){0,2}\s*["”]/g)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/**
 * Whether a token lies inside one of the quoted spans. A function of its own rather than a closure in
 * scoreTurn's loop, which would hold the loop's token and make the engine create a scope object for
 * every token.
 */
const inQuotes = (spans: ReadonlyArray<[number, number]>, t: Token): boolean => spans.some(([a, b]) => t.start > a && t.end <= b);

/** Score one turn. */
export function turnSentimentDetail(turn: AnalyzedTurn): TurnSentiment {
  return scoreTurn(turn);
}

/**
 * The scores of a transcript's turns found so far, by its turn array. Two detectors read a turn's
 * sentiment (sentiment itself, and empathy for its opportunities), so each turn is scored once per
 * analysis. Keyed by the array, one entry per transcript: a key per turn object (a WeakMap entry
 * per turn, which the garbage collector has to trace) made the analysis slower in an in-process
 * comparison.
 */
const scoredTranscripts = new WeakMap<readonly AnalyzedTurn[], Array<TurnSentiment | undefined>>();

/** The sentiment of `turns[index]`, scored on first request and kept as long as `turns` lives. */
export function turnSentimentIn(turns: readonly AnalyzedTurn[], index: number): TurnSentiment {
  let scores = scoredTranscripts.get(turns);
  if (scores === undefined) {
    scores = new Array<TurnSentiment | undefined>(turns.length);
    scoredTranscripts.set(turns, scores);
  }
  return (scores[index] ??= scoreTurn(turns[index]));
}

function scoreTurn(turn: AnalyzedTurn): TurnSentiment {
  const tokens = turn.tokens;
  const n = tokens.length;
  if (n === 0) return { score: 0 };
  // Scores the adjustment layer assigns, by token index (NaN: covered, no score of its own).
  const adjusted = new Map<number, number>();
  // Factors of intensifiers and dampeners, by the token they modify. This map and the three sets
  // below are made on first use: most turns have no adjustment phrase that needs them.
  let factors: Map<number, number> | undefined;
  // Adjustment phrases that thank for an act of service (tag `gratitude`), by their first token.
  let gratitude: Set<number> | undefined;
  // Adjustment phrases of praise that can be sarcasm (tag `praise`), by their first token.
  let praise: Set<number> | undefined;
  // Sentences that play their problem down (tag `minimiser`: "only five minutes").
  let minor: Set<number> | undefined;
  // Phrases whose negative score a customer's negation denied, by their first token.
  let denied: Set<number> | undefined;
  // Phrases tagged `fallback`, which count only in a sentence with no other word of sentiment.
  let fallbacks: { first: number; last: number; score: number; unmet: boolean }[] | undefined;
  // The last token of each scoring phrase, by its first token: evidence quotes the whole phrase.
  let phraseEnds: Map<number, number> | undefined;
  // A customer's rhetorical "how can you not love ...?" negates nothing: its "not" is taken in, as
  // a negator that opens an adjustment phrase is, for general words and lexicon phrases alike.
  // Its sentence asks nothing and wishes nothing, so its positive words count though it ends with
  // "?" and its "could" is a modal of the question ("How could anyone not be happy with this?").
  let rhetorical: Set<number> | undefined;
  if (turn.speaker === 'customer') {
    for (let k = 0; k < n; k++) {
      if (!tokens[k].negator || !rhetoricalNegator(tokens, k)) continue;
      adjusted.set(k, Number.NaN);
      (rhetorical ??= new Set()).add(tokens[k].sentence);
    }
  }
  // Positive words that a customer's irony marker takes back ("awesome service... NOT!"); the markers are taken in.
  const ironic = turn.speaker === 'customer' ? ironyScope(turn, adjusted) : undefined;
  for (const m of (turn.matches.get('sentiment') ?? []) as readonly LexiconMatch[]) {
    const category = m.entry.category;
    // Longest match first at each start: a shorter match inside a longer one does not override it.
    if (adjusted.has(m.first)) continue;
    // Tag `initial`: the phrase counts only opening a sentence (an imperative: "Do better.");
    // tag `clause-final`: only closing a clause ("Good luck with that!", not "... with that move");
    // tag `clause-initial`: only opening a clause ("Booked for May, can't wait!", not "... and I can't wait").
    if (!positionHolds(m, tokens)) continue;
    const negated = isNegated(tokens, m, adjusted);
    // An entry that negation cancels ("I don't want to make a complaint") counts nothing, and
    // neither do its words: the complaint is denied, not made ("complaint" alone is -2).
    if (negated && m.entry.negation === 'cancel') {
      for (let i = m.first; i <= m.last; i++) adjusted.set(i, Number.NaN);
      continue;
    }
    if (category === 'adjust' && m.entry.tags.includes('fallback')) {
      // It takes in no word, so its negator still negates what follows ("isn't even working").
      (fallbacks ??= []).push({ first: m.first, last: m.last, score: m.entry.weight, unmet: m.entry.tags.includes('unmet') });
    } else if (category === 'adjust') {
      let w = m.entry.weight;
      if (negated && m.entry.negation === 'flip') {
        w = negatedScore(w, turn.speaker === 'customer');
        if (w === 0) (denied ??= new Set()).add(m.first);
      }
      if (m.entry.tags.includes('gratitude')) (gratitude ??= new Set()).add(m.first);
      if (m.entry.tags.includes('praise') && turn.speaker === 'customer' && opensItsClause(tokens, m.first)) (praise ??= new Set()).add(m.first);
      if (m.entry.tags.includes('minimiser')) (minor ??= new Set()).add(tokens[m.first].sentence);
      adjusted.set(m.first, w);
      for (let i = m.first + 1; i <= m.last; i++) adjusted.set(i, Number.NaN);
      (phraseEnds ??= new Map()).set(m.first, m.last);
    } else if (category === 'intensifier' || category === 'dampener') {
      factors ??= new Map();
      for (let i = m.last + 1; i <= Math.min(n - 1, m.last + 2); i++) if (!factors.has(i)) factors.set(i, m.entry.weight);
      for (let i = m.first; i <= m.last; i++) adjusted.set(i, Number.NaN);
    }
  }
  for (const [lexicon, unit] of STATED_NEGATIVE) {
    for (const m of turn.matches.get(lexicon) ?? []) {
      if (!positionHolds(m, tokens)) continue;
      if (m.entry.negation !== 'ignore' && isNegated(tokens, m, adjusted)) continue;
      let covered = false;
      let general = 0;
      for (let i = m.first; i <= m.last; i++) {
        if (adjusted.has(i)) covered = true;
        general += AFINN.get(tokens[i].norm) ?? 0;
      }
      const w = unit * m.entry.weight;
      // The adjustment layer decides first; a general score that is already as negative stands.
      if (covered || w === 0 || general <= w) continue;
      adjusted.set(m.first, w);
      for (let i = m.first + 1; i <= m.last; i++) adjusted.set(i, Number.NaN);
      (phraseEnds ??= new Map()).set(m.first, m.last);
    }
  }
  const quoted = quotedSpans(turn.text);
  const questions = new Set<number>();
  for (const t of tokens) if (t.norm === '?') questions.add(t.sentence);
  // Whether the whole turn is in capitals (then a word in capitals is no emphasis); upper-casing
  // the turn is left until a word in capitals asks, which most turns never do.
  let upperTurn: boolean | undefined;
  const turnInCapitals = (): boolean => (upperTurn ??= turn.text === turn.text.toUpperCase());
  const customer = turn.speaker === 'customer';
  let sum = 0;
  let scored = 0;
  let words = 0;
  let first: number | undefined;
  let last: number | undefined;
  let sinceNegator = Infinity;
  let butAt = -1;
  let sentence = -1;
  let exclamations = 0;
  let irrealis: Uint8Array | undefined; // computed when a customer turn first has a positive word
  const raw: ScoredWord[] = [];
  for (let k = 0; k < n; k++) {
    const t = tokens[k];
    if (t.punct) {
      sinceNegator = Infinity;
      if (t.norm === '!') exclamations++;
      continue;
    }
    words++;
    if (t.sentence !== sentence) {
      sentence = t.sentence;
      butAt = -1;
    }
    if (t.norm === 'but') butAt = k;
    // A negation does not reach past a clause-opening conjunction ("not great but fine").
    if (NEGATION_BREAKERS.has(t.norm)) sinceNegator = Infinity;
    const fixed = adjusted.get(k);
    // A negator that opens an adjustment phrase ("no problem", "never arrived") is part of its score.
    if (t.negator && fixed === undefined) {
      sinceNegator = 0;
      continue;
    }
    sinceNegator++;
    let score: number;
    let wasDenied = false;
    if (fixed !== undefined) {
      if (Number.isNaN(fixed)) continue;
      score = fixed;
      wasDenied = denied?.has(k) ?? false;
    } else {
      const next = k + 1 < n ? GRAMS.get(t.norm)?.get(tokens[k + 1].norm) : undefined;
      if (next !== undefined) {
        score = next;
        k++;
        words++;
      } else {
        score = GENERAL.get(t.norm) ?? 0;
        if (score === 0 && isHashtag(turn.text, t)) score = hashtagScore(t.norm);
      }
      if (sinceNegator <= SENTIMENT_PARAMS.negationReachWords && score !== 0 && !commentEmoji(tokens, k)) {
        score = negatedScore(score, customer);
        wasDenied = score === 0;
      }
    }
    // A denied word still counts as a scored word, of score 0: "I'm not upset, just tired" is
    // the mean of nothing and "tired", not "tired" alone.
    if (wasDenied) {
      raw.push({ k, score: 0, afterBut: butAt >= 0, general: fixed === undefined, courtesy: false });
      continue;
    }
    if (score === 0) continue;
    if (score > 0 && ironic?.[k] === 1) score = negatedScore(score, customer);
    const factor = factors?.get(k);
    if (factor !== undefined) score *= factor;
    if (score > 0 && questions.has(t.sentence) && !rhetorical?.has(t.sentence)) score *= SENTIMENT_PARAMS.questionPositive;
    if (score > 0 && !NOT_BLOCKED_BY_IRREALIS.has(t.norm)) {
      if (inQuotes(quoted, t)) score *= SENTIMENT_PARAMS.irrealisPositive;
      else if (customer && fixed === undefined && !rhetorical?.has(t.sentence) && (irrealis ??= irrealisScope(tokens))[k] === 1) score *= SENTIMENT_PARAMS.irrealisPositive;
    }
    if (isCaps(turn.text, t.start, t.end) && !turnInCapitals()) score += Math.sign(score) * SENTIMENT_PARAMS.capsBoost;
    raw.push({ k, score, afterBut: butAt >= 0, general: fixed === undefined, courtesy: COURTESY.has(t.norm) && !gratitude?.has(k) });
    first ??= k;
    last = Math.max(last ?? k, phraseEnds?.get(k) ?? k);
  }
  for (const { token: k, score: emoticon } of turn.emoticons) {
    const score = emoticon > 0 && ironic?.[k] === 1 ? negatedScore(emoticon, customer) : emoticon;
    raw.push({ k, score, afterBut: false, general: true, courtesy: false });
    first = Math.min(first ?? k, k);
    last = Math.max(last ?? k, k);
  }
  // Sentences whose only sentiment is a fallback that names the act not done (tag `unmet`): a
  // negative situation for the sarcasm rule ("They didn't even apologise. Great job."). A bare
  // "not even" is as often good news ("Not even a scratch. Great packaging.").
  let unmetSentences: Set<number> | undefined;
  for (const { first: from, last: k, score, unmet } of fallbacks ?? []) {
    const sentence = tokens[k].sentence;
    // A word the customer's negation denied (score 0) asserts nothing ("they didn't even
    // apologise"), nor does a courtesy word ("not even a reply, but thanks"); a second fallback of
    // the sentence meets the first and does not count.
    if (raw.some((w) => w.score !== 0 && !w.courtesy && tokens[w.k].sentence === sentence)) continue;
    const afterBut = tokens.some((t, i) => i < k && t.sentence === sentence && t.norm === 'but');
    raw.push({ k, score, afterBut, general: false, courtesy: false });
    if (unmet && !inCircumstance(tokens, from)) (unmetSentences ??= new Set()).add(sentence);
    first = Math.min(first ?? from, from);
    last = Math.max(last ?? k, k);
  }
  // The last "but" of each sentence: words before it count less, words after a "but" more.
  const lastBut = new Map<number, number>();
  for (let i = 0; i < n; i++) if (tokens[i].norm === 'but') lastBut.set(tokens[i].sentence, i);
  const hasNegativeWord = raw.some(({ score }) => score < 0);
  const resolved = tokens.some((t) => RESOLVED.has(t.norm));
  const negativeSituations = resolved ? new Set<number>() : sentencesWithStatedNegative(tokens, adjusted);
  if (!resolved) for (const sentence of unmetSentences ?? []) negativeSituations.add(sentence);
  // A turn that reports the problem solved, or thanks for an act of service, tells of a bad state
  // that is over ("I was so stressed before I rang, thank you for sorting it"): no negative weighting.
  const weightNegatives = customer && !resolved && gratitude === undefined;
  for (const sentence of minor ?? []) negativeSituations.delete(sentence);
  for (const { k, score, afterBut, general, courtesy } of raw) {
    const sentence = tokens[k].sentence;
    const butIndex = lastBut.get(sentence);
    let w = afterBut ? SENTIMENT_PARAMS.afterBut : butIndex !== undefined && butIndex > k ? SENTIMENT_PARAMS.beforeBut : 1;
    // Courtesy is not satisfaction beside a complaint, nor in or right after a request ("can you
    // check? thanks"); it is not also read as sarcasm.
    const request = questions.has(sentence) || questions.has(sentence - 1);
    if (score > 0 && courtesy && (hasNegativeWord || request)) w *= SENTIMENT_PARAMS.courtesyBesideComplaintOrRequest;
    // praise that can be mocked: a general positive word, or an adjustment phrase tagged `praise`
    else if (score > 0 && (general || praise?.has(k)) && !afterBut && besideSituation(negativeSituations, sentence)) w *= SENTIMENT_PARAMS.praiseBesideComplaint;
    if (score < 0 && minor?.has(sentence)) w *= SENTIMENT_PARAMS.minimisedNegative;
    if (score < 0 && weightNegatives && general && !questions.has(sentence)) w *= SENTIMENT_PARAMS.customerNegativeWeight;
    sum += score * w;
    scored++;
  }
  if (scored === 0) return { score: 0 };
  let normalised = sum / scored;
  if (words > SENTIMENT_PARAMS.averageWords) normalised /= Math.sqrt(words / SENTIMENT_PARAMS.averageWords);
  if (normalised !== 0) normalised += Math.sign(normalised) * SENTIMENT_PARAMS.exclamationBoost * Math.min(SENTIMENT_PARAMS.maxExclamations, exclamations);
  return { score: Math.round(clamp(normalised) * 100) / 100, first, last };
}

/** A turn's sentiment, -5..+5. */
export function turnSentiment(turn: AnalyzedTurn): number {
  return turnSentimentDetail(turn).score;
}
