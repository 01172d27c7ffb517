/**
 * Ownership: does the agent take personal responsibility for the customer's issue ("I'll take care
 * of this", "I will make sure", "leave it with me") or push it away ("not my department", "you'll
 * have to call them")?
 *
 * Lexicon `ownership`, agent turns only. A match's weight is taken after negation
 * (`effectiveWeight`); weight-0 entries are exclusions and never count. A positive weight is an
 * ownership statement (category `ownership`, finding `ownership.statement`); a negative weight is a
 * deflection (category `deflection`, finding `ownership.deflection`), so a flipped entry lands on
 * the side its sign says.
 *
 * Score: the weighted share of ownership among ownership and deflection,
 *   score = 100 * O / (O + D), O = sum of positive weights, D = sum of |negative weights|,
 * so 100 is all ownership, 0 all deflection, 50 as much of each. When the agent made neither kind
 * of statement there is nothing to judge: score null with na 'no ownership or deflection
 * statements' (counts stay 0), rather than an invented neutral 50 that would drag agent averages.
 * N/A also when there are no lexicons for the language, or the agent said nothing.
 */
import type { Detector, DetectorInput, Finding, OwnershipIndicators } from '../domain/types.js';
import { effectiveWeight, matchFinding, matchesOf, round } from './shared/evidence.js';

function notApplicable(reason: string): OwnershipIndicators {
  return { na: reason, statements: 0, deflections: 0, score: null };
}

export const ownership: Detector<'ownership'> = {
  name: 'ownership',
  detect(input: DetectorInput) {
    const { lexicons, transcript } = input;
    if (!lexicons) return { findings: [], indicators: notApplicable(`no lexicons for language ${transcript.language}`) };
    if (!lexicons.names.includes('ownership')) {
      return { findings: [], indicators: notApplicable(`no ownership lexicon for language ${transcript.language}`) };
    }
    const findings: Finding[] = [];
    let agentWords = 0;
    let statements = 0;
    let deflections = 0;
    let owned = 0;
    let deflected = 0;
    for (const turn of input.turns) {
      if (turn.speaker !== 'agent') continue;
      agentWords += turn.wordCount;
      for (const match of matchesOf(turn, 'ownership')) {
        const weight = effectiveWeight(match);
        if (weight === undefined || weight === 0) continue;
        if (weight > 0) {
          statements++;
          owned += weight;
          findings.push(matchFinding('ownership', 'ownership.statement', turn, match, weight));
        } else {
          deflections++;
          deflected -= weight;
          findings.push(matchFinding('ownership', 'ownership.deflection', turn, match, weight));
        }
      }
    }
    if (agentWords === 0) return { findings, indicators: notApplicable('agent said nothing') };
    if (statements + deflections === 0) {
      return { findings, indicators: notApplicable('no ownership or deflection statements') };
    }
    return {
      findings,
      indicators: { na: null, statements, deflections, score: round((100 * owned) / (owned + deflected), 1) },
    };
  },
};
