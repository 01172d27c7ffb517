/**
 * Positive language: the agent's positive phrasing, negative phrasing and politeness.
 *
 * Lexicons: `positive` (what the agent can and will do), `negative` (what cannot be done, policy,
 * orders, blame, dismissal; negative weights) and `politeness` (the politeness strategies of Brown &
 * Levinson as operationalised by Danescu-Niculescu-Mizil et al. 2013; signed weights, any speaker).
 * Only agent turns count.
 *
 * Each match's weight is its lexicon weight after negation (`effectiveWeight`: "I can" is cancelled
 * in "I can not"; "no problem" ignores its own negator), subject to these positional rules:
 * - tag `initial`: the match counts only when it opens a sentence (a question opening with "why",
 *   or with "so/then/and/but/or", is a direct question or direct start; "actually" opens a
 *   factual contradiction);
 * - tag `clause-initial`: it counts only when it opens a sentence or follows a comma, semicolon or
 *   colon ("Listen, ..." and "Tell me ..." are commands; "listen to" and "can you tell me" are not);
 * - tag `question`: it counts only in a sentence that ends with a question mark;
 * - the `please` rule: "please" as the first word of a sentence softens a bare imperative
 *   ("Please do not remove warnings"), which Danescu-Niculescu-Mizil et al. found far less polite
 *   than "please" inside a request ("Could you please..."). It counts `PLEASE_AT_START_WEIGHT`
 *   (category `please-start`) instead of the entry's weight: still a courtesy ("Please hold" is
 *   standard service language), a quarter of one;
 * - tag `clause-final`: it counts only when punctuation or the end of the turn follows it ("So
 *   what?", "Do you understand?"; not "So what I can do is...").
 * Weight-0 entries are exclusions (a longer phrase masking a shorter one) and never count.
 *
 * Bad news, then what I can do: a match of the negative lexicon's `cannot` or `framing` categories
 * ("I can't", "I don't know", "unfortunately", "I'm afraid") counts nothing when an offer follows it
 * (`offerFollows`): later in its sentence after "but", "so" or "however" or opening a clause, or
 * opening the next sentence. An offer is "what I can do (is)", "here's what I can do", "the good
 * news is", or a commitment ("I can", "I will", "I'm going to", "let me") to an act for the
 * customer ("rebook", "refund", "send", "check"...: `OFFER_ACTS`). Saying the bad news plainly and
 * then what can be done is the pattern coaches recommend in place of a bare refusal:
 * "Unfortunately the flight is full, but I can put you on the 6pm" and "I can't refund it. What I
 * can do is offer a voucher" count only their offer; "I can't do that." still counts, and so do
 * "..., so I will have to close the ticket", "..., so let me be clear" and "but I can't promise
 * anything either", which commit to no act for the customer. The next sentence counts because
 * where a transcriber or a typist puts a full stop instead of a comma is no change of meaning;
 * only its opening words do, so an offer sentences later no longer answers the bad news. Policy,
 * orders, blame and dismissal are not bad news the agent has to give, and count before an offer
 * too.
 *
 * Three forms no lexicon can hold, since the tokenizer keeps single punctuation only:
 * - a smiling emoticon (":)", ";-)", ":D") is positive politeness, the in-group marker and joke of
 *   Brown & Levinson's strategies (emoticons soften a message's force in text chat, Dresner &
 *   Herring 2010): category `emoticon`, `EMOTICON_WEIGHT`. A frown is sympathy or displeasure,
 *   not courtesy, and does not count;
 * - a question mark doubled or paired with an exclamation mark, closing a word ("Are you
 *   there??", "Really?!"), is exasperation, the emphatic, impatient question: category
 *   `exasperation`, `EXASPERATION_WEIGHT`, once per run of marks. Doubled exclamation marks alone
 *   ("Thanks!!") are enthusiasm, and marks in a URL, a code or quotes are no tone: neither counts;
 * - a question of one or two words ("Postcode?", "Why?", "Really?") asks baldly, with no redress at
 *   all (Brown & Levinson's bald on record; a curt "Account number?" is the classic coaching
 *   example): category `bald-question`, `BALD_QUESTION_WEIGHT`. A short question that holds any
 *   lexicon match does not count: a courtesy ("Sorry?", "Hello?", "Thanks?") has its own weight,
 *   and the politeness lexicon's weight-0 `check` entries name the checks of contact and
 *   agreement that are short by nature ("Okay?", "Still there?", "Anything else?").
 *
 * A check-back is neither bald nor a challenge: a question whose words the customer has just said
 * ("Tuesday?" after "it was due last Tuesday", "Can't you log in?" after "I can't log in") repeats
 * them to confirm what was heard, which is active listening. So a bald question, or a `challenge`
 * match in a question, does not count when the customer spoke since the agent's previous turn, the
 * question's sentence has a content word (not a stop word of natural's English list, nor a
 * negator), and every content word was among the customer's words, compared by their Porter stem
 * ("Declined?" after "it keeps declining my card"). For a language other than English, every word
 * is a content word and words compare as written. A question of stop words only ("And?", "So?",
 * "What now?") checks nothing back.
 *
 * "In fact" and "actually" state a fact against the hearer's view (factuality) unless their
 * sentence brings good news or an offer, a match of the positive lexicon ("Actually, I've got some
 * good news", "In fact, I'll also set up a reminder"): then they do not count.
 * A turn of marks only (no word) counts nothing.
 *
 * Counts: a match with a positive weight counts as `positive` (lexicon `positive` or `negative`)
 * or `politeness` (lexicon `politeness`); a match with a negative weight counts as `negative`,
 * whichever lexicon it comes from (a rude word or a "why did you" is negative language).
 *
 * Score: with S the sum of the signed weights of every counted match and W the agent's words,
 *   score = 50 + 50 * tanh(S / (SCORE_SCALE * (1 + W / WORDS_PER_UNIT)))
 * 50 is neutral (nothing positive or negative, or both in balance); the score is bounded in
 * [0, 100], rises with every positive match and falls with every negative one. S / (1 + W/50) is
 * the net weight per 50 agent words, smoothed by a prior of 50 neutral words so that one phrase in
 * a three-word turn is not already extreme. A density, not a total: agent baselines and trends
 * compare calls of very different lengths, and a total (or a total over sqrt(W)) saturates near
 * 100 on any long, courteous call. With SCORE_SCALE 2, a long call nets 1 point per 100 words ->
 * 62, 2 -> 73, 4 -> 88; a three-word "I can help." -> 72.
 * N/A when there are no lexicons for the language, or the agent said nothing (score null).
 */
import type {
  AnalyzedTurn,
  Detector,
  DetectorInput,
  Evidence,
  Finding,
  LanguageIndicators,
  Token,
} from '../domain/types.js';
import { effectiveWeight, evidenceOf, matchesOf, round, spanEvidence } from './shared/evidence.js';
import { inQuestion, opensSentence, positionHolds } from './shared/position.js';
import porterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import stopwords from 'natural/lib/natural/util/stopwords.js';

/** The lexicons this detector reads, in the order their findings are listed within a turn. */
export const LANGUAGE_LEXICONS = ['positive', 'negative', 'politeness'] as const;

/** Weight of "please" as the first word of a sentence (a softened bare imperative). */
export const PLEASE_AT_START_WEIGHT = 0.25;

/** Weight of a smiling emoticon (positive politeness), as the weaker politeness strategies. */
export const EMOTICON_WEIGHT = 0.5;

/** Weight of an exasperated question ("??", "?!"), as the weaker impolite strategies. */
export const EXASPERATION_WEIGHT = -0.5;

/** Weight of a bald question of one or two words ("Postcode?"), as the weaker impolite strategies. */
export const BALD_QUESTION_WEIGHT = -0.5;

/** Most words a bald question holds. */
export const BALD_QUESTION_WORDS = 2;

/** Net weight per WORDS_PER_UNIT agent words that moves the score 38 points from 50 (tanh 1 = 0.76). */
export const SCORE_SCALE = 2;

/** Agent words per unit of length in the score's density; also the neutral prior, in words. */
export const WORDS_PER_UNIT = 50;

/** Categories of the negative lexicon that an offer after them redeems (bad news the agent must give). */
const REDEEMED_BY_OFFER: ReadonlySet<string> = new Set(['cannot', 'framing']);

/** Token sequences as slots of alternative words ("i|we"). */
type Cue = ReadonlyArray<ReadonlySet<string>>;
const cue = (...slots: string[]): Cue => slots.map((slot) => new Set(slot.split('|')));

/**
 * The offers that redeem bad news before them (see the module comment), as normalised tokens.
 * `commitments` open an offer only when an act for the customer follows them (`OFFER_ACTS`, after
 * at most `MAX_FILLERS` of `FILLERS`): "I can put you on the 6pm", not "I will have to close the
 * ticket" nor "let me be clear". `offers` are offers by themselves.
 */
const COMMITMENTS: readonly Cue[] = [cue('i|we', 'can|could|will'), cue('i|we', 'am|are', 'going', 'to'), cue('let', 'me|us')];
const OFFERS: readonly Cue[] = [cue('what', 'i|we', 'can', 'do'), cue('here', 'is', 'what', 'i|we', 'can', 'do'), cue('the', 'good', 'news', 'is')];
/** Words that link an offer to the bad news within a sentence. */
const LINKS: ReadonlySet<string> = new Set(['but', 'so', 'however']);
/** Acts an agent offers to do for the customer after bad news. */
const OFFER_ACTS: ReadonlySet<string> = new Set([
  'help', 'book', 'rebook', 'send', 'resend', 'arrange', 'refund', 'credit', 'waive', 'order', 'reorder', 'replace', 'reschedule',
  'put', 'get', 'check', 'look', 'try', 'escalate', 'raise', 'transfer', 'offer', 'give', 'add', 'apply', 'change', 'fix', 'sort',
  'set', 'call', 'ring', 'email', 'text', 'pass', 'chase', 'find', 'reissue', 'cover', 'pay', 'compensate', 'upgrade', 'extend',
  'move', 'hold', 'reserve', 'request', 'log', 'flag', 'note', 'make', 'open', 'speak', 'ask', 'investigate', 'follow', 'update',
  'keep', 'see', 'show', 'walk', 'talk', 'match', 'honour', 'honor', 'process', 'issue', 'organise', 'organize', 'contact',
]);
/** Words that may stand between a commitment and its act: "I can also", "I'll just", "I'm going to go ahead and". */
const FILLERS: ReadonlySet<string> = new Set(['also', 'just', 'happily', 'gladly', 'definitely', 'certainly', 'personally', 'still', 'then', 'now', 'quickly', 'go', 'ahead', 'and', 'try', 'to']);
const MAX_FILLERS = 4;

/** The index after a cue of `cues` that starts at token `i`, or -1. */
function cueEnd(tokens: readonly Token[], i: number, cues: readonly Cue[]): number {
  for (const slots of cues) {
    let k = 0;
    while (k < slots.length && tokens[i + k] !== undefined && !tokens[i + k].punct && slots[k].has(tokens[i + k].norm)) k++;
    if (k === slots.length) return i + k;
  }
  return -1;
}

/** Whether a commitment opens at token `i` and names an act for the customer ("I can rebook you"). */
function commitmentAt(tokens: readonly Token[], i: number): boolean {
  let j = cueEnd(tokens, i, COMMITMENTS);
  if (j < 0) return false;
  for (let skipped = 0; j < tokens.length && FILLERS.has(tokens[j].norm) && skipped < MAX_FILLERS; skipped++) j++;
  if (j >= tokens.length || tokens[j].punct) return false;
  // "I'll have an engineer come out" arranges an act; "I'll have to close it" is an obligation.
  if (tokens[j].norm === 'have') return tokens[j + 1] !== undefined && !tokens[j + 1].punct && tokens[j + 1].norm !== 'to';
  return OFFER_ACTS.has(tokens[j].norm);
}

/** Whether an offer opens at token `i`: an offer, or a commitment to an act. */
function offerAt(tokens: readonly Token[], i: number): boolean {
  return cueEnd(tokens, i, OFFERS) >= 0 || commitmentAt(tokens, i);
}

/**
 * Whether an offer follows token `last`: later in its sentence, after a linking word ("but I can
 * refund the fee") or opening a clause ("I don't know, I'll check for you"), or opening the next
 * sentence ("Unfortunately it's sold out. I can order it in."). An offer anywhere later in the
 * sentence counts too ("...and what I can do is...").
 */
function offerFollows(tokens: readonly Token[], last: number): boolean {
  const sentence = tokens[last].sentence;
  let i = last + 1;
  for (; i < tokens.length && tokens[i].sentence === sentence; i++) {
    if (tokens[i].punct) continue;
    if (cueEnd(tokens, i, OFFERS) >= 0) return true;
    const opensClause = tokens[i - 1].punct;
    if (LINKS.has(tokens[i].norm)) {
      const next = tokens[i + 1]?.norm === ',' ? i + 2 : i + 1;
      if (offerAt(tokens, next)) return true;
    } else if (opensClause && commitmentAt(tokens, i)) return true;
  }
  while (i < tokens.length && tokens[i].punct) i++;
  if (i >= tokens.length) return false;
  if (LINKS.has(tokens[i].norm)) i += tokens[i + 1]?.norm === ',' ? 2 : 1;
  return offerAt(tokens, i);
}

/** One counted piece of language: a lexicon match or one of the two marks. */
interface Scored {
  /** Token index it starts at, for ordering. */
  first: number;
  /** `politeness` for the politeness lexicon and emoticons; otherwise where the weight's sign puts it. */
  polite: boolean;
  weight: number;
  category: string;
  evidence: Evidence;
  /** The lexicon entry, for a match. */
  entry?: string;
}

const isQuestionMark = (token: Token) => token.punct && token.norm === '?';
const isEmphasisMark = (token: Token) => token.punct && (token.norm === '?' || token.norm === '!');

/**
 * A word closed by the marks, alone between spaces ("there??", "again?!"): the agent's own
 * question. Marks inside a URL ("/faq??"), a code ("?!X9"), quotes ('"why??"') or standing alone
 * ("no ?? in passwords") are not a tone of voice.
 */
const CLOSED_BY_MARKS = /^[\p{L}\p{N}'’-]+[?!]+$/u;

/** The whitespace-delimited stretch of text around characters `start..end`. */
function chunkAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/\s/.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !/\s/.test(text[to])) to++;
  return text.slice(from, to);
}

/** Runs of two or more "?"/"!" holding a "?" that close a word, as [first, last] token indexes. */
function exasperatedQuestions(turn: AnalyzedTurn): Array<[number, number]> {
  const tokens = turn.tokens;
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isEmphasisMark(tokens[i])) continue;
    let j = i;
    while (j + 1 < tokens.length && isEmphasisMark(tokens[j + 1]) && tokens[j + 1].start === tokens[j].end) j++;
    if (j > i && tokens.slice(i, j + 1).some(isQuestionMark) && CLOSED_BY_MARKS.test(chunkAround(turn.text, tokens[i].start, tokens[j].end))) {
      runs.push([i, j]);
    }
    i = j;
  }
  return runs;
}

/*
 * The two tests below are functions of their own, not closures in baldQuestions' loop: a closure
 * there would hold the loop's token index, and the engine would then make a scope object for every
 * token of every agent turn.
 */
/** Whether token `i` lies in one of the runs ([first, last] token indexes). */
const inRun = (runs: ReadonlyArray<[number, number]>, i: number): boolean => runs.some(([a, b]) => a <= i && i <= b);

/** Whether a match of the language lexicons overlaps tokens `first..last`. */
const matchedWithin = (turn: AnalyzedTurn, first: number, last: number): boolean =>
  LANGUAGE_LEXICONS.some((lexicon) => matchesOf(turn, lexicon).some((m) => m.last >= first && m.first <= last));

/**
 * Questions of one or two words with no lexicon match in them, as [first word, "?"] token indexes:
 * the sentence ends with a "?" that closes its last word ("Postcode?", not a "??" standing alone
 * after "type") and holds at most `BALD_QUESTION_WORDS` words. A question already exasperated
 * ("Hello???") counts as that, not twice.
 */
function baldQuestions(turn: AnalyzedTurn, exasperated: ReadonlyArray<[number, number]>, heard: Heard | undefined): Array<[number, number]> {
  const tokens = turn.tokens;
  const questions: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i + 1 < tokens.length && tokens[i + 1].sentence === tokens[i].sentence) continue;
    const sentenceStart = start;
    start = i + 1;
    if (!isQuestionMark(tokens[i])) continue;
    // the first mark of the sentence's closing run must touch its last word
    let mark = i;
    while (mark > sentenceStart && tokens[mark - 1].punct && isEmphasisMark(tokens[mark - 1])) mark--;
    if (mark === sentenceStart || tokens[mark - 1].punct || tokens[mark - 1].end !== tokens[mark].start) continue;
    if (inRun(exasperated, i)) continue;
    let words = 0;
    let first = -1;
    for (let j = sentenceStart; j < i; j++) {
      if (tokens[j].punct) continue;
      words++;
      if (first < 0) first = j;
    }
    if (words === 0 || words > BALD_QUESTION_WORDS) continue;
    if (!matchedWithin(turn, first, i) && !checksBack(tokens, first, heard)) questions.push([first, i]);
  }
  return questions;
}

/** What the customer said since the agent's previous turn. */
interface Heard {
  /** The customer's turns since the agent's previous turn. */
  said: readonly AnalyzedTurn[];
  english: boolean;
  /** The same in the form they are compared in, made on the first check-back asked (most turns ask none). */
  words?: ReadonlySet<string>;
}

const STOP_WORDS: ReadonlySet<string> = new Set(stopwords.words);

/** The form in which a word is compared for a check-back. */
const comparable = (norm: string, english: boolean): string => (english ? porterStemmer.stem(norm) : norm);

/** Whether the sentence of token `i` is a check-back: it has content words, all just heard from the customer. */
function checksBack(tokens: readonly Token[], i: number, heard: Heard | undefined): boolean {
  if (!heard) return false;
  const sentence = tokens[i].sentence;
  heard.words ??= new Set(heard.said.flatMap((turn) => turn.tokens.filter((t) => !t.punct).map((t) => comparable(t.norm, heard.english))));
  let content = 0;
  for (const t of tokens) {
    if (t.sentence !== sentence || t.punct || t.negator || (heard.english && STOP_WORDS.has(t.norm))) continue;
    if (!heard.words.has(comparable(t.norm, heard.english))) return false;
    content++;
  }
  return content > 0;
}

/** The counted language of one agent turn, in token order (then lexicon order, then marks). */
function scoreTurn(turn: AnalyzedTurn, heard: Heard | undefined): Scored[] {
  const scored: Scored[] = [];
  for (const lexicon of LANGUAGE_LEXICONS) {
    for (const match of matchesOf(turn, lexicon)) {
      let weight = effectiveWeight(match);
      if (weight === undefined || weight === 0 || !positionHolds(match, turn.tokens)) continue;
      if (match.entry.category === 'challenge' && inQuestion(turn.tokens, match.first) && checksBack(turn.tokens, match.first, heard)) continue;
      if (lexicon === 'negative' && REDEEMED_BY_OFFER.has(match.entry.category) && offerFollows(turn.tokens, match.last)) continue;
      let category = match.entry.category;
      if (category === 'please' && opensSentence(turn.tokens, match.first)) {
        weight = PLEASE_AT_START_WEIGHT;
        category = 'please-start';
      }
      scored.push({
        first: match.first,
        polite: lexicon === 'politeness',
        weight,
        category,
        evidence: evidenceOf(turn, match.first, match.last),
        entry: `${match.entry.phrase} (${match.entry.source})`,
      });
    }
  }
  for (const emoticon of turn.emoticons) {
    if (emoticon.score <= 0) continue;
    const evidence = spanEvidence(turn, emoticon.start, emoticon.end);
    scored.push({ first: emoticon.token, polite: true, weight: EMOTICON_WEIGHT, category: 'emoticon', evidence });
  }
  const exasperated = exasperatedQuestions(turn);
  for (const [first, last] of exasperated) {
    scored.push({ first, polite: false, weight: EXASPERATION_WEIGHT, category: 'exasperation', evidence: evidenceOf(turn, first, last) });
  }
  for (const [first, last] of baldQuestions(turn, exasperated, heard)) {
    scored.push({ first, polite: false, weight: BALD_QUESTION_WEIGHT, category: 'bald-question', evidence: evidenceOf(turn, first, last) });
  }
  // "in fact" / "actually" before good news or an offer is no contradiction
  const goodNews = new Set(scored.filter((x) => !x.polite && x.weight > 0).map((x) => turn.tokens[x.first].sentence));
  const counted = goodNews.size === 0 ? scored : scored.filter((x) => x.category !== 'factuality' || !goodNews.has(turn.tokens[x.first].sentence));
  if (counted.length > 1) counted.sort((a, b) => a.first - b.first);
  return counted;
}

/** The score for a net signed weight over a number of agent words (see the module comment). */
export function languageScore(netWeight: number, agentWords: number): number {
  const scale = SCORE_SCALE * (1 + agentWords / WORDS_PER_UNIT);
  return round(50 + 50 * Math.tanh(netWeight / scale), 1);
}

function notApplicable(reason: string): LanguageIndicators {
  return { na: reason, positive: 0, negative: 0, politeness: 0, score: null };
}

export const positiveLanguage: Detector<'positiveLanguage'> = {
  name: 'positiveLanguage',
  detect(input: DetectorInput) {
    const { lexicons, transcript } = input;
    if (!lexicons) return { findings: [], indicators: notApplicable(`no lexicons for language ${transcript.language}`) };
    if (!LANGUAGE_LEXICONS.some((name) => lexicons.names.includes(name))) {
      return {
        findings: [],
        indicators: notApplicable(`no positive, negative or politeness lexicon for language ${transcript.language}`),
      };
    }
    const findings: Finding[] = [];
    let words = 0;
    let net = 0;
    let positive = 0;
    let negative = 0;
    let politeness = 0;
    const english = lexicons.language.startsWith('en');
    // the customer's words since the agent's previous turn, for check-backs
    let heard: AnalyzedTurn[] = [];
    for (const turn of input.turns) {
      if (turn.speaker === 'customer') {
        heard.push(turn);
        continue;
      }
      if (turn.speaker !== 'agent') continue;
      const since: Heard | undefined = heard.some((t) => t.wordCount > 0) ? { said: heard, english } : undefined;
      heard = [];
      words += turn.wordCount;
      // a turn of marks only (":)", "??") says nothing: no finding under an N/A result
      if (turn.wordCount === 0) continue;
      for (const { polite, weight, category, evidence, entry } of scoreTurn(turn, since)) {
        net += weight;
        let kind: string;
        if (weight < 0) {
          negative++;
          kind = 'language.negative';
        } else if (polite) {
          politeness++;
          kind = 'language.politeness';
        } else {
          positive++;
          kind = 'language.positive';
        }
        findings.push({ detector: 'positiveLanguage', kind, category, ...(entry === undefined ? {} : { entry }), speaker: turn.speaker, evidence, weight });
      }
    }
    if (words === 0) return { findings, indicators: notApplicable('agent said nothing') };
    return {
      findings,
      indicators: { na: null, positive, negative, politeness, score: languageScore(net, words) },
    };
  },
};
