/**
 * Active listening: clarifying questions and paraphrases of the customer's words.
 *
 * - clarifyingQuestions: agent question turns with a `listening` clarify marker ("just to confirm",
 *   "do you mean"), or any agent question right after a customer turn stating a problem or emotion.
 * - paraphrases: agent turns with a `listening` paraphrase marker ("so what you're saying is"), or
 *   that repeat at least two content words (four letters or more, not stop words) of the customer
 *   turn just before.
 * - score = min(100, 100 × (clarifying + paraphrases) / max(1, substantive customer turns / 2)):
 *   one act of listening for every two customer turns of three words or more is full marks.
 *   N/A when the customer said nothing substantive.
 */
import type { AnalyzedTurn, Detector, Finding } from '../domain/types.js';
import { effectiveWeight, evidenceOf, matchFinding, matchesOf, round, turnEvidence } from './shared/evidence.js';

export const LISTENING_PARAMS = Object.freeze({
  minSharedContentWords: 2,
  minContentWordLength: 4,
  substantiveCustomerWords: 3,
});

const STOP_WORDS = new Set([
  'about', 'after', 'again', 'also', 'been', 'before', 'being', 'could', 'does', 'doing', 'from', 'have', 'having', 'here',
  'just', 'know', 'like', 'make', 'more', 'much', 'need', 'only', 'over', 'really', 'said', 'should', 'some', 'still',
  'than', 'that', 'them', 'then', 'there', 'these', 'they', 'thing', 'think', 'this', 'those', 'very', 'want', 'were',
  'what', 'when', 'where', 'which', 'will', 'with', 'would', 'your', 'yours', 'yeah', 'okay', 'thanks', 'thank', 'please',
  'sorry', 'right', 'going', 'because', 'their', 'into', 'well', 'good', 'today', 'time', 'call', 'help',
]);

function contentWords(turn: AnalyzedTurn): Set<string> {
  const words = new Set<string>();
  for (const t of turn.tokens) {
    if (!t.punct && t.norm.length >= LISTENING_PARAMS.minContentWordLength && !STOP_WORDS.has(t.norm)) words.add(t.norm);
  }
  return words;
}

const live = (turn: AnalyzedTurn, lexicon: string, category?: string) =>
  matchesOf(turn, lexicon).find((m) => (category === undefined || m.entry.category === category) && (effectiveWeight(m) ?? 0) > 0);

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
    let previousCustomer: AnalyzedTurn | undefined;
    for (const turn of turns) {
      if (turn.speaker === 'customer') {
        if (turn.wordCount >= LISTENING_PARAMS.substantiveCustomerWords) substantive++;
        previousCustomer = turn;
        continue;
      }
      if (turn.speaker !== 'agent') continue;
      const clarify = live(turn, 'listening', 'clarify');
      const afterProblem = previousCustomer !== undefined && (live(previousCustomer, 'problem') !== undefined || live(previousCustomer, 'emotion') !== undefined);
      if (turn.isQuestion && (clarify || afterProblem)) {
        clarifying++;
        findings.push(clarify
          ? matchFinding('activeListening', 'listening.clarifying-question', turn, clarify, 1)
          : { detector: 'activeListening', kind: 'listening.clarifying-question', category: 'after-problem', speaker: 'agent', evidence: turnEvidence(turn), weight: 1 });
      }
      const marker = live(turn, 'listening', 'paraphrase');
      if (marker) {
        paraphrases++;
        findings.push(matchFinding('activeListening', 'listening.paraphrase', turn, marker, 1));
      } else if (previousCustomer) {
        const theirs = contentWords(previousCustomer);
        let shared = 0;
        let first = -1;
        let last = -1;
        const seen = new Set<string>();
        turn.tokens.forEach((t, i) => {
          if (theirs.has(t.norm) && !seen.has(t.norm)) {
            seen.add(t.norm);
            shared++;
            if (first < 0) first = i;
            last = i;
          }
        });
        if (shared >= LISTENING_PARAMS.minSharedContentWords) {
          paraphrases++;
          findings.push({ detector: 'activeListening', kind: 'listening.paraphrase', category: 'repeats-customer-words', speaker: 'agent', evidence: evidenceOf(turn, first, last), weight: shared });
        }
      }
      previousCustomer = undefined;
    }
    const score = substantive === 0 ? null : round(Math.min(100, (100 * (clarifying + paraphrases)) / Math.max(1, substantive / 2)), 1);
    return {
      findings,
      indicators: { na: substantive === 0 ? 'customer said nothing' : null, clarifyingQuestions: clarifying, paraphrases, score },
    };
  },
};
