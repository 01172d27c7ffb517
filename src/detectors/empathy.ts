/**
 * Empathy, with an opportunity model (as NICE Enlighten and CCAI frame it, and further):
 *
 * - An *opportunity* is a customer turn expressing negative emotion (`emotion` lexicon) or a
 *   problem (`problem` lexicon), or with a strongly negative sentiment (-2 or below). Consecutive
 *   customer turns before the agent replies form one opportunity.
 * - Phrases tagged `question` (explorations such as "have you talked to") count only in a question.
 * - The agent's *response window* is the agent turns after it, up to the customer's next turn. The
 *   opportunity is *shown* when the window has an empathy phrase (`empathy` lexicon), *missed*
 *   otherwise. An opportunity the agent never gets to answer (the transcript ends) is not counted.
 * - Credit: 1 for a specific phrase; 0.5 when the window holds only scripted phrases: ones tagged
 *   `scripted` ("sorry for any inconvenience"), or an apology the agent already used before.
 * - score = 100 × credit / opportunities; N/A (null) when there was no opportunity.
 * Negation: "I don't understand" is not empathy; "I'm not upset" is not an opportunity.
 */
import type { AnalyzedTurn, Detector, EmpathyIndicators, Finding, LexiconMatch } from '../domain/types.js';
import { effectiveWeight, evidenceOf, matchFinding, matchesOf, round, turnEvidence } from './shared/evidence.js';
import { turnSentiment } from './shared/turnSentiment.js';

export const EMPATHY_PARAMS = Object.freeze({
  /** A customer turn at or below this sentiment is an opportunity even without a lexicon match. */
  negativeSentiment: -2,
  /** Credit for a window with only scripted phrases. */
  scriptedCredit: 0.5,
});

interface Opportunity {
  turn: AnalyzedTurn;
  trigger: Finding;
  /** Best credit in the response window so far, and its evidence. */
  credit: number;
  shownBy?: Finding;
  firstAgentTurn?: AnalyzedTurn;
}

/** The first live match of the given lexicons in a turn (after negation). */
function trigger(turn: AnalyzedTurn): Finding | undefined {
  for (const lexicon of ['emotion', 'problem'] as const) {
    for (const m of matchesOf(turn, lexicon)) {
      const w = effectiveWeight(m);
      if (w !== undefined && w > 0) return matchFinding('empathy', 'empathy.opportunity', turn, m, w);
    }
  }
  const s = turnSentiment(turn);
  if (s <= EMPATHY_PARAMS.negativeSentiment) {
    return { detector: 'empathy', kind: 'empathy.opportunity', category: 'negative-sentiment', speaker: turn.speaker, evidence: turnEvidence(turn), weight: s };
  }
  return undefined;
}

/** True when the sentence holding token `index` ends with a question mark. */
function inQuestion(turn: AnalyzedTurn, index: number): boolean {
  const sentence = turn.tokens[index].sentence;
  for (let i = index + 1; i < turn.tokens.length && turn.tokens[i].sentence === sentence; i++) {
    if (turn.tokens[i].norm === '?') return true;
  }
  return false;
}

function na(reason: string): EmpathyIndicators {
  return { na: reason, opportunities: 0, shown: 0, missed: 0, score: null, phrases: 0, scriptedPhrases: 0 };
}

export const empathy: Detector<'empathy'> = {
  name: 'empathy',
  detect({ transcript, turns, lexicons }) {
    if (!lexicons) return { findings: [], indicators: na(`no lexicons for language ${transcript.language}`) };
    const findings: Finding[] = [];
    const closed: Opportunity[] = [];
    const usedApologies = new Set<string>();
    let phrases = 0;
    let scriptedPhrases = 0;
    let open: Opportunity | undefined;

    for (const turn of turns) {
      if (turn.speaker === 'customer') {
        if (open?.firstAgentTurn) {
          closed.push(open);
          open = undefined;
        }
        if (!open) {
          const t = trigger(turn);
          if (t) {
            findings.push(t);
            open = { turn, trigger: t, credit: 0 };
          }
        }
        continue;
      }
      if (turn.speaker !== 'agent') continue;
      if (open && !open.firstAgentTurn) open.firstAgentTurn = turn;
      for (const m of matchesOf(turn, 'empathy') as readonly LexiconMatch[]) {
        const w = effectiveWeight(m);
        if (w === undefined || w <= 0) continue;
        if (m.entry.tags.includes('question') && !inQuestion(turn, m.last)) continue;
        const repeatedApology = m.entry.category === 'apology' && usedApologies.has(m.entry.source);
        if (m.entry.category === 'apology') usedApologies.add(m.entry.source);
        const scripted = m.entry.tags.includes('scripted') || repeatedApology;
        phrases++;
        if (scripted) scriptedPhrases++;
        const f = matchFinding('empathy', 'empathy.phrase', turn, m, scripted ? EMPATHY_PARAMS.scriptedCredit : w);
        findings.push(f);
        if (open) {
          const credit = scripted ? EMPATHY_PARAMS.scriptedCredit : 1;
          if (credit > open.credit) {
            open.credit = credit;
            open.shownBy = f;
          }
        }
      }
    }
    if (open?.firstAgentTurn) closed.push(open);

    let shown = 0;
    let credit = 0;
    for (const o of closed) {
      credit += o.credit;
      if (o.shownBy) {
        shown++;
        findings.push({ ...o.shownBy, kind: 'empathy.shown', weight: o.credit });
      } else {
        const agentTurn = o.firstAgentTurn!;
        const words = agentTurn.tokens.filter((t) => !t.punct);
        const evidence = words.length > 0 ? evidenceOf(agentTurn, agentTurn.tokens.indexOf(words[0]), agentTurn.tokens.indexOf(words[Math.min(words.length, 8) - 1])) : turnEvidence(agentTurn);
        findings.push({ detector: 'empathy', kind: 'empathy.missed', category: o.trigger.category, speaker: 'agent', evidence, weight: 0 });
      }
    }
    const opportunities = closed.length;
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
