/**
 * Setting expectations: does the agent tell the customer what happens next, and when ("you'll
 * receive an email within 24 hours")?
 *
 * Lexicon `expectations`, agent turns only, categories `next-step` and `time-frame`; matches are
 * taken after negation (`effectiveWeight`), weight-0 entries are exclusions.
 * - A statement is an agent SENTENCE (tokens share `sentence` within a turn) with at least one
 *   next-step match; several next-step phrases in one sentence make one statement.
 * - A statement has a time frame when the same sentence also has a time-frame match, or its
 *   next-step phrase carries one itself (tag `timed`: "please allow 3-5 business days").
 * - A time frame in a sentence without a next step ("how are you today?") counts for nothing and
 *   yields no finding.
 * Findings: every next-step match (`expectations.next-step`) and every time-frame match of a
 * statement (`expectations.time-frame`), in turn and token order.
 * `na` is null whenever the language has lexicons: zero statements is a real, meaningful result
 * (the agent set no expectations), not a missing value.
 */
import type { AnalyzedTurn, Detector, DetectorInput, ExpectationIndicators, Finding, LexiconMatch } from '../domain/types.js';
import { effectiveWeight, matchFinding, matchesOf } from './shared/evidence.js';

interface Counts {
  statements: number;
  withTimeFrame: number;
}

/** Count one agent turn's statements into `counts` and push their findings, sentence by sentence. */
function scanTurn(turn: AnalyzedTurn, counts: Counts, findings: Finding[]): void {
  const matches = matchesOf(turn, 'expectations');
  if (matches.length === 0) return;
  let sentence = -1;
  let hasNextStep = false;
  let hasTimeFrame = false;
  let pending: Array<{ match: LexiconMatch; weight: number }> = [];
  const flush = (): void => {
    if (hasNextStep) {
      counts.statements++;
      if (hasTimeFrame) counts.withTimeFrame++;
      for (const { match, weight } of pending) {
        const kind = match.entry.category === 'next-step' ? 'expectations.next-step' : 'expectations.time-frame';
        findings.push(matchFinding('expectations', kind, turn, match, weight));
      }
    }
    hasNextStep = false;
    hasTimeFrame = false;
    pending = [];
  };
  // Matches come in token order (the compiler sorts them), so one sentence's matches are adjacent.
  for (const match of matches) {
    const category = match.entry.category;
    if (category !== 'next-step' && category !== 'time-frame') continue;
    const weight = effectiveWeight(match);
    if (weight === undefined || weight === 0) continue;
    const at = turn.tokens[match.first].sentence;
    if (at !== sentence) {
      flush();
      sentence = at;
    }
    if (category === 'next-step') {
      hasNextStep = true;
      if (match.entry.tags.includes('timed')) hasTimeFrame = true;
    } else {
      hasTimeFrame = true;
    }
    pending.push({ match, weight });
  }
  flush();
}

export const expectations: Detector<'expectations'> = {
  name: 'expectations',
  detect(input: DetectorInput) {
    const { lexicons, transcript } = input;
    if (!lexicons || !lexicons.names.includes('expectations')) {
      const reason = lexicons ? `no expectations lexicon for language ${transcript.language}` : `no lexicons for language ${transcript.language}`;
      const indicators: ExpectationIndicators = { na: reason, statements: 0, withTimeFrame: 0 };
      return { findings: [], indicators };
    }
    const findings: Finding[] = [];
    const counts: Counts = { statements: 0, withTimeFrame: 0 };
    for (const turn of input.turns) {
      if (turn.speaker === 'agent') scanTurn(turn, counts, findings);
    }
    const indicators: ExpectationIndicators = { na: null, ...counts };
    return { findings, indicators };
  },
};
