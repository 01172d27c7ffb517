/**
 * Active listening: clarifying questions and paraphrases of the customer's words.
 *
 * - A *clarifying question* is an agent turn that is a question (`turn.isQuestion`) and either holds
 *   a live `listening` match of category `clarify` ("just to confirm", "do you mean", "which
 *   order"), or is the first agent question after a customer turn with a live `problem` or
 *   `emotion` match (the agent asks about the problem the customer just raised), unless it holds a
 *   `generic` match ("how can I help you today?", "anything else?", "can I have your name?"),
 *   which does not use up that turn, or rebukes: a question holding a live match of a hostile
 *   category of the politeness or negative lexicon (`REBUKES`: "Did you even read the email?",
 *   "Do you want it or not?", "You obviously didn't read it, did you?") challenges the customer and
 *   asks nothing. At most one per agent turn.
 * - A *paraphrase* is an agent turn after a customer turn (up to the customer's next turn) that
 *   holds a live `listening` match of category `paraphrase` ("so what you're saying is"), or repeats
 *   at least `minSharedContentWords` (2) distinct content words of that customer turn: normalised
 *   words of `minContentWordLength` (4) characters or more that are not in `STOP_WORDS`. At most one
 *   paraphrase per customer turn (before the first customer turn, markers only).
 * - score = min(100, 100 × (clarifying questions + paraphrases) / expected), where expected =
 *   max(1, substantive customer turns / `customerTurnsPerAct`): one act of listening for every three
 *   customer turns of `substantiveCustomerWords` (3) words or more earns full marks. Monotone: more
 *   acts never lower it. 1 decimal.
 * - N/A 'customer said nothing' when no customer turn has 3 words or more.
 */
import type { AnalyzedTurn, Detector, Evidence, Finding, LexiconMatch } from '../domain/types.js';
import { effectiveWeight, evidenceOf, matchFinding, matchesOf, round, turnEvidence } from './shared/evidence.js';
import { inQuestion, positionHolds } from './shared/position.js';

export const LISTENING_PARAMS = Object.freeze({
  /** A paraphrase by overlap repeats at least this many distinct content words. */
  minSharedContentWords: 2,
  /** Content words have at least this many characters. */
  minContentWordLength: 4,
  /** A customer turn with at least this many words gives the agent something to listen to. */
  substantiveCustomerWords: 3,
  /** One act of listening per this many substantive customer turns earns a score of 100. */
  customerTurnsPerAct: 3,
});

/**
 * Words of four letters or more that carry no content of their own (function words, fillers,
 * courtesy, and verbs every turn uses). Fixed here rather than in a lexicon: it defines the metric.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'about', 'above', 'after', 'again', 'against', 'also', 'already', 'always', 'another', 'anything', 'anyway', 'around',
  'because', 'been', 'before', 'being', 'below', 'between', 'both', 'call', 'called', 'calling', 'came', 'come', 'could',
  'does', 'doing', 'done', 'down', 'during', 'each', 'even', 'ever', 'every', 'everything', 'from', 'further', 'going',
  'good', 'great', 'have', 'having', 'hello', 'help', 'here', 'into', 'just', 'know', 'like', 'look', 'make', 'many',
  'maybe', 'might', 'more', 'most', 'much', 'must', 'need', 'never', 'nothing', 'okay', 'once', 'only', 'other', 'over',
  'please', 'really', 'right', 'said', 'same', 'should', 'some', 'something', 'sorry', 'still', 'such', 'sure', 'take',
  'tell', 'than', 'thank', 'thanks', 'that', 'their', 'them', 'then', 'there', 'these', 'they', 'thing', 'things',
  'think', 'this', 'those', 'through', 'time', 'today', 'under', 'until', 'very', 'want', 'well', 'were', 'what', 'when',
  'where', 'which', 'while', 'will', 'with', 'would', 'yeah', 'your', 'yours', 'yourself',
]);

/** The distinct content words of a turn. */
function contentWords(turn: AnalyzedTurn): Set<string> {
  const words = new Set<string>();
  for (const t of turn.tokens) {
    if (!t.punct && t.norm.length >= LISTENING_PARAMS.minContentWordLength && !STOP_WORDS.has(t.norm)) words.add(t.norm);
  }
  return words;
}

/** The first live match of a lexicon in a turn (of one category, when given). */
function liveMatch(turn: AnalyzedTurn, lexicon: string, category?: string): LexiconMatch | undefined {
  for (const m of matchesOf(turn, lexicon)) {
    if (category !== undefined && m.entry.category !== category) continue;
    const w = effectiveWeight(m);
    if (w !== undefined && w > 0 && positionHolds(m, turn.tokens)) return m;
  }
  return undefined;
}

/**
 * Categories of the politeness and negative lexicons that make a question a rebuke, not a
 * question about the customer's problem: challenges, condescension, checks on the hearer's grasp,
 * dismissals, silencers, plain rudeness, blame. Direct questions count only at their strongest
 * (`STRONG_REBUKE`: "Did you even read it?", "What is your problem?"): "Why do you think it
 * started?" is a real question.
 */
const REBUKES: ReadonlySet<string> = new Set(['challenge', 'condescension', 'message-enforcer', 'dismissal', 'silencer', 'impolite', 'blame', 'dismissive']);
const STRONG_REBUKE = -1.5;

/**
 * True when the question rebukes: a live match of a `REBUKES` category, placed where its tags
 * allow, in a sentence that ends with "?" (anywhere in a turn written without one).
 */
function rebukes(turn: AnalyzedTurn): boolean {
  const tokens = turn.tokens;
  const marked = tokens.some((t) => t.norm === '?');
  for (const lexicon of ['politeness', 'negative']) {
    for (const m of matchesOf(turn, lexicon)) {
      const w = effectiveWeight(m);
      if (w === undefined || w >= 0 || !(REBUKES.has(m.entry.category) || w <= STRONG_REBUKE) || !positionHolds(m, tokens)) continue;
      if (!marked || inQuestion(tokens, m.first)) return true;
    }
  }
  return false;
}

/** Evidence for the first sentence of a turn that ends with "?" (else the whole turn). */
function questionSentence(turn: AnalyzedTurn): Evidence {
  const tokens = turn.tokens;
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && tokens[i].sentence !== tokens[i - 1].sentence) start = i;
    if (tokens[i].norm === '?') return evidenceOf(turn, start, i);
  }
  return turnEvidence(turn);
}

/** The shared content words of an agent turn with `theirs`: how many, and the token range they span. */
function overlap(turn: AnalyzedTurn, theirs: ReadonlySet<string>): { shared: number; first: number; last: number } {
  const seen = new Set<string>();
  let first = -1;
  let last = -1;
  const tokens = turn.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i].norm;
    if (!theirs.has(norm)) continue;
    if (first < 0) first = i;
    last = i;
    seen.add(norm);
  }
  return { shared: seen.size, first, last };
}

export const activeListening: Detector<'activeListening'> = {
  name: 'activeListening',
  detect({ transcript, turns, lexicons }) {
    if (!lexicons) {
      return { findings: [], indicators: { na: `no lexicons for language ${transcript.language}`, clarifyingQuestions: 0, paraphrases: 0, score: null } };
    }
    const findings: Finding[] = [];
    let clarifying = 0;
    let paraphrases = 0;
    let substantive = 0;
    // The customer turn the agent is answering, its content words (computed when first needed),
    // whether it raised a problem or emotion not yet followed by a question, and whether it has
    // already been paraphrased.
    let customer: AnalyzedTurn | undefined;
    let theirs: Set<string> | undefined;
    let problemOpen = false;
    let paraphrased = false;

    for (const turn of turns) {
      if (turn.speaker === 'customer') {
        if (turn.wordCount >= LISTENING_PARAMS.substantiveCustomerWords) substantive++;
        customer = turn;
        theirs = undefined;
        problemOpen = liveMatch(turn, 'problem') !== undefined || liveMatch(turn, 'emotion') !== undefined;
        paraphrased = false;
        continue;
      }
      if (turn.speaker !== 'agent') continue;

      if (turn.isQuestion) {
        const marker = liveMatch(turn, 'listening', 'clarify');
        if (marker) {
          clarifying++;
          problemOpen = false;
          findings.push(matchFinding('activeListening', 'listening.clarifying-question', turn, marker, 1));
        } else if (problemOpen && !liveMatch(turn, 'listening', 'generic') && !rebukes(turn)) {
          clarifying++;
          problemOpen = false;
          findings.push({ detector: 'activeListening', kind: 'listening.clarifying-question', category: 'after-problem', speaker: 'agent', evidence: questionSentence(turn), weight: 1 });
        }
      }

      if (paraphrased) continue;
      const marker = liveMatch(turn, 'listening', 'paraphrase');
      if (marker) {
        paraphrases++;
        paraphrased = true;
        findings.push(matchFinding('activeListening', 'listening.paraphrase', turn, marker, 1));
      } else if (customer) {
        theirs ??= contentWords(customer);
        const { shared, first, last } = overlap(turn, theirs);
        if (shared >= LISTENING_PARAMS.minSharedContentWords) {
          paraphrases++;
          paraphrased = true;
          findings.push({ detector: 'activeListening', kind: 'listening.paraphrase', category: 'repeats-customer-words', speaker: 'agent', evidence: evidenceOf(turn, first, last), weight: shared });
        }
      }
    }

    const expected = Math.max(1, substantive / LISTENING_PARAMS.customerTurnsPerAct);
    const score = substantive === 0 ? null : round(Math.min(100, (100 * (clarifying + paraphrases)) / expected), 1);
    return {
      findings,
      indicators: { na: substantive === 0 ? 'customer said nothing' : null, clarifyingQuestions: clarifying, paraphrases, score },
    };
  },
};
