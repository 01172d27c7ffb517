/** Helpers every detector uses to turn matches into findings with evidence. */
import type { AnalyzedTurn, Evidence, Finding, LexiconMatch } from '../../domain/types.js';

/** Evidence for characters `start..end` of a turn: the span and the text it covers. */
export function spanEvidence(turn: AnalyzedTurn, start: number, end: number): Evidence {
  return { turn: turn.index, span: { start, end }, quote: turn.text.slice(start, end) };
}

/** Evidence for tokens `first..last` of a turn: the character span and the words. */
export function evidenceOf(turn: AnalyzedTurn, first: number, last: number): Evidence {
  return spanEvidence(turn, turn.tokens[first].start, turn.tokens[last].end);
}

/** Evidence for a whole turn. */
export function turnEvidence(turn: AnalyzedTurn): Evidence {
  return { turn: turn.index, span: { start: 0, end: turn.text.length }, quote: turn.text };
}

/**
 * The signed weight of a match after its negation behaviour: `undefined` when a negated match is
 * cancelled, the opposite weight when it flips.
 */
export function effectiveWeight(match: LexiconMatch): number | undefined {
  if (!match.negated || match.entry.negation === 'ignore') return match.entry.weight;
  if (match.entry.negation === 'flip') return -match.entry.weight;
  return undefined;
}

/** A finding for a lexicon match. */
export function matchFinding(
  detector: string,
  kind: string,
  turn: AnalyzedTurn,
  match: LexiconMatch,
  weight: number,
): Finding {
  return {
    detector,
    kind,
    category: match.entry.category,
    entry: `${match.entry.phrase} (${match.entry.source})`,
    speaker: turn.speaker,
    evidence: evidenceOf(turn, match.first, match.last),
    weight,
  };
}

/** The matches of one lexicon in a turn (empty when absent). */
export function matchesOf(turn: AnalyzedTurn, lexicon: string): readonly LexiconMatch[] {
  return turn.matches.get(lexicon) ?? [];
}

/** Round to a fixed number of decimals so output is stable and readable. */
export function round(value: number, decimals = 2): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
