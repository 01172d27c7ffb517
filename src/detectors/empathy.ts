/**
 * Empathy, with an opportunity model (as NICE Enlighten and CCAI frame it, and further).
 *
 * - An *opportunity* is a customer turn with a live match (after negation) of the `emotion` lexicon
 *   ("I'm so frustrated") or the `problem` lexicon ("I was charged twice"), or, without one, a
 *   sentiment of `EMPATHY_PARAMS.negativeSentiment` (-2) or below. "I'm not upset" is not one.
 *   Customer turns that follow it before any agent turn (bot and system turns are ignored) belong
 *   to the same opportunity.
 * - The *response window* is the agent turns after the opportunity, up to the customer's next turn,
 *   at most `windowAgentTurns` of them. The opportunity is *shown* when the window holds an agent
 *   empathy phrase (`empathy` lexicon, categories in `SHOWING_CATEGORIES`), *missed* otherwise. An
 *   opportunity the agent never answered (the transcript ends) is missed too (`countUnanswered`).
 * - Credit per opportunity: 1 for a specific phrase; `scriptedCredit` (0.5) when the window holds
 *   only scripted phrases: tagged `scripted` ("sorry for any inconvenience"), or a phrase the agent
 *   uses for the `formulaicUse`-th time (3rd) or more. Repeats are counted per lexicon entry and
 *   matched words, intensifiers aside ("I'm so sorry about the delay" repeats "I'm sorry about the
 *   delay").
 * - score = 100 × credit / opportunities, 1 decimal; null with N/A 'no empathy opportunity' when
 *   there was none. `phrases` and `scriptedPhrases` count every agent empathy phrase, in a window or not.
 * Phrase rules: negation cancels ("I don't understand" is not empathy); a phrase tagged `question`
 * counts only in a sentence ending with "?"; a `bare` "I'm sorry" directly followed by "?" or by an
 * `after-sorry` cue ("I'm sorry, could you repeat that?", "I'm sorry, but...") does not count; a
 * phrase tagged `initial` counts only when it opens its sentence ("Same." but not "Yes, same."), one
 * tagged `clause-initial` only when it opens its sentence or follows ", ; :", and one
 * tagged `clause-final` only when punctuation or the end of the turn follows it, so a short reply
 * such as "Same." or "I do too." counts and "same day delivery" or "I do too many checks" does not.
 *
 * Findings, in the order they arise: `empathy.phrase` (each agent phrase), `empathy.opportunity`
 * (category `emotion`, `problem` or `negative-sentiment`, evidence on the words), and for each
 * opportunity when its window closes `empathy.shown` (evidence on the best phrase) or
 * `empathy.missed` (evidence on the first sentence of the first agent turn of the window, or on the
 * opportunity when the agent never replied).
 */
import type { AnalyzedTurn, Detector, EmpathyIndicators, Evidence, Finding, LexiconMatch } from '../domain/types.js';
import { effectiveWeight, evidenceOf, matchFinding, matchesOf, round, turnEvidence } from './shared/evidence.js';
import { CLAUSE_BREAKS, positionHolds } from './shared/position.js';
import { turnSentimentIn } from './shared/turnSentiment.js';

export const EMPATHY_PARAMS = Object.freeze({
  /** A customer turn at or below this sentiment (-5..+5) is an opportunity without a lexicon match. */
  negativeSentiment: -2,
  /** The response window holds at most this many agent turns (it always ends at the next customer turn). */
  windowAgentTurns: 3,
  /** Credit of an opportunity shown by a specific phrase. */
  specificCredit: 1,
  /** Credit of an opportunity shown only by scripted phrases. */
  scriptedCredit: 0.5,
  /** A phrase used for this many times or more is formulaic: it counts as scripted from that use on. */
  formulaicUse: 3,
  /** An opportunity the agent never answered (the transcript ends) counts as missed. */
  countUnanswered: true,
  /** A bare "sorry" is undone by an `after-sorry` cue at most this many punctuation marks after it. */
  afterSorryGap: 1,
});

/** Empathy-lexicon categories that show empathy (others, such as `not-empathy`, never do). */
export const SHOWING_CATEGORIES: ReadonlySet<string> = new Set([
  'emotional-reaction',
  'interpretation',
  'exploration',
  'apology',
  'reassurance',
]);

/** Intensifiers left out of a phrase's repeat key. */
const INTENSIFIERS: ReadonlySet<string> = new Set(['so', 'really', 'very', 'truly', 'deeply', 'terribly', 'incredibly', 'sincerely', 'completely', 'totally', 'fully', 'absolutely', 'definitely', 'certainly']);

interface Opportunity {
  turn: AnalyzedTurn;
  trigger: Finding;
  /** Agent turns seen in the window so far. */
  agentTurns: number;
  firstAgentTurn: AnalyzedTurn | undefined;
  /** Best credit in the window so far, and the phrase that earned it. */
  credit: number;
  shownBy: Finding | undefined;
}

/** The opportunity finding of a customer turn of `turns`, or undefined when the turn is not one. */
function opportunityOf(turns: readonly AnalyzedTurn[], turn: AnalyzedTurn): Finding | undefined {
  for (const lexicon of ['emotion', 'problem'] as const) {
    for (const m of matchesOf(turn, lexicon)) {
      const w = effectiveWeight(m);
      if (w !== undefined && w > 0 && positionHolds(m, turn.tokens)) return { ...matchFinding('empathy', 'empathy.opportunity', turn, m, w), category: lexicon };
    }
  }
  const sentiment = turnSentimentIn(turns, turn.index);
  if (sentiment.score > EMPATHY_PARAMS.negativeSentiment) return undefined;
  const evidence = sentiment.first !== undefined && sentiment.last !== undefined ? evidenceOf(turn, sentiment.first, sentiment.last) : turnEvidence(turn);
  return { detector: 'empathy', kind: 'empathy.opportunity', category: 'negative-sentiment', speaker: turn.speaker, evidence, weight: sentiment.score };
}

/** True when the bare sorry `matches[k]` is directly followed by "?" or by an `after-sorry` cue. */
function undoneSorry(turn: AnalyzedTurn, matches: readonly LexiconMatch[], k: number): boolean {
  const tokens = turn.tokens;
  let i = matches[k].last + 1;
  let gap = 0;
  while (i < tokens.length && CLAUSE_BREAKS.has(tokens[i].norm) && gap < EMPATHY_PARAMS.afterSorryGap) {
    i++;
    gap++;
  }
  if (i < tokens.length && tokens[i].norm === '?') return true;
  for (let j = k + 1; j < matches.length && matches[j].first <= i; j++) {
    if (matches[j].first === i && matches[j].entry.tags.includes('after-sorry')) return true;
  }
  return false;
}

/** The key under which uses of a phrase are counted: its entry and its words, intensifiers aside. */
function repeatKey(turn: AnalyzedTurn, m: LexiconMatch): string {
  let key = m.entry.source;
  for (let i = m.first; i <= m.last; i++) {
    const norm = turn.tokens[i].norm;
    if (!INTENSIFIERS.has(norm)) key += ` ${norm}`;
  }
  return key;
}

/** Evidence for a turn's first sentence (the whole turn when it has no words). */
function firstSentence(turn: AnalyzedTurn): Evidence {
  const tokens = turn.tokens;
  if (tokens.length === 0) return turnEvidence(turn);
  let last = 0;
  while (last + 1 < tokens.length && tokens[last + 1].sentence === tokens[0].sentence) last++;
  return evidenceOf(turn, 0, last);
}

function na(reason: string): EmpathyIndicators {
  return { na: reason, opportunities: 0, shown: 0, missed: 0, score: null, phrases: 0, scriptedPhrases: 0 };
}

export const empathy: Detector<'empathy'> = {
  name: 'empathy',
  detect({ transcript, turns, lexicons }) {
    if (!lexicons) return { findings: [], indicators: na(`no lexicons for language ${transcript.language}`) };
    const findings: Finding[] = [];
    const uses = new Map<string, number>();
    let phrases = 0;
    let scriptedPhrases = 0;
    let opportunities = 0;
    let shown = 0;
    let credit = 0;
    let open: Opportunity | undefined;

    const close = (o: Opportunity): void => {
      if (o.agentTurns === 0 && !EMPATHY_PARAMS.countUnanswered) return;
      opportunities++;
      credit += o.credit;
      if (o.shownBy) {
        shown++;
        findings.push({ ...o.shownBy, kind: 'empathy.shown', weight: o.credit });
      } else if (o.firstAgentTurn) {
        findings.push({ detector: 'empathy', kind: 'empathy.missed', category: o.trigger.category, speaker: 'agent', evidence: firstSentence(o.firstAgentTurn), weight: 0 });
      } else {
        findings.push({ detector: 'empathy', kind: 'empathy.missed', category: o.trigger.category, speaker: o.turn.speaker, evidence: o.trigger.evidence, weight: 0 });
      }
    };

    for (const turn of turns) {
      if (turn.speaker === 'customer') {
        if (open && open.agentTurns > 0) {
          close(open);
          open = undefined;
        }
        if (open) continue; // a customer turn before the agent replied: the same opportunity
        const trigger = opportunityOf(turns, turn);
        if (trigger) {
          findings.push(trigger);
          open = { turn, trigger, agentTurns: 0, firstAgentTurn: undefined, credit: 0, shownBy: undefined };
        }
        continue;
      }
      if (turn.speaker !== 'agent') continue;
      let inWindow = false;
      if (open) {
        open.agentTurns++;
        open.firstAgentTurn ??= turn;
        inWindow = open.agentTurns <= EMPATHY_PARAMS.windowAgentTurns;
      }
      const matches = matchesOf(turn, 'empathy');
      for (let k = 0; k < matches.length; k++) {
        const m = matches[k];
        if (!SHOWING_CATEGORIES.has(m.entry.category)) continue;
        const w = effectiveWeight(m);
        if (w === undefined || w <= 0) continue;
        const tags = m.entry.tags;
        if (!positionHolds(m, turn.tokens)) continue;
        if (tags.includes('bare') && undoneSorry(turn, matches, k)) continue;
        const key = repeatKey(turn, m);
        const use = (uses.get(key) ?? 0) + 1;
        uses.set(key, use);
        const scripted = tags.includes('scripted') || use >= EMPATHY_PARAMS.formulaicUse;
        const phraseCredit = scripted ? EMPATHY_PARAMS.scriptedCredit : Math.min(EMPATHY_PARAMS.specificCredit, w);
        phrases++;
        if (scripted) scriptedPhrases++;
        const finding = matchFinding('empathy', 'empathy.phrase', turn, m, phraseCredit);
        findings.push(finding);
        if (open && inWindow && phraseCredit > open.credit) {
          open.credit = phraseCredit;
          open.shownBy = finding;
        }
      }
    }
    if (open) close(open);

    return {
      findings,
      indicators: {
        na: opportunities === 0 ? 'no empathy opportunity' : null,
        opportunities,
        shown,
        missed: opportunities - shown,
        score: opportunities === 0 ? null : round((100 * credit) / opportunities, 1),
        phrases,
        scriptedPhrases,
      },
    };
  },
};
