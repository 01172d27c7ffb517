/**
 * Customer effort: what the customer says about the effort getting help has cost them (contacting
 * again, repeating themselves, being transferred, waiting, fighting the process).
 *
 * Lexicon `effort`, customer turns only, categories `repeat-contact`, `repetition`, `transfer`,
 * `wait` and `friction`. A cue's weight is taken after negation (`effectiveWeight`: "it won't
 * happen again" is no cue); weight-0 entries are exclusions ("thanks again") and never count, and
 * so does a cue whose weight negation turned below zero.
 *
 * cues = the sum of the counted cues' weights (a common word such as "again" weighs 0.5).
 * score = 100 * (1 - exp(-cues / SATURATION_CUES)): 0 with no cue, rising about 25 points per cue
 * at first (the same slope as the simple 25-per-cue rule) and saturating towards 100, so it stays
 * bounded and monotone however many cues a long, angry call piles up: 1 cue -> 22, 2 -> 39,
 * 4 -> 63, 8 -> 86. Effort is an event count, not a rate: a long call does not dilute it.
 * N/A when there are no lexicons for the language, or the customer said nothing (score null).
 */
import type { CustomerEffortIndicators, Detector, DetectorInput, Finding } from '../domain/types.js';
import { effectiveWeight, matchFinding, matchesOf, round } from './shared/evidence.js';

/** Weighted cues at which the score reaches 63 (1 - 1/e of the way to 100). */
export const SATURATION_CUES = 4;

/** The effort score for a weighted cue count (see the module comment). */
export function effortScore(cues: number): number {
  return round(100 * (1 - Math.exp(-Math.max(0, cues) / SATURATION_CUES)), 1);
}

function notApplicable(reason: string): CustomerEffortIndicators {
  return { na: reason, cues: 0, score: null };
}

export const customerEffort: Detector<'customerEffort'> = {
  name: 'customerEffort',
  detect(input: DetectorInput) {
    const { lexicons, transcript } = input;
    if (!lexicons) return { findings: [], indicators: notApplicable(`no lexicons for language ${transcript.language}`) };
    if (!lexicons.names.includes('effort')) {
      return { findings: [], indicators: notApplicable(`no effort lexicon for language ${transcript.language}`) };
    }
    const findings: Finding[] = [];
    let customerWords = 0;
    let cues = 0;
    for (const turn of input.turns) {
      if (turn.speaker !== 'customer') continue;
      customerWords += turn.wordCount;
      for (const match of matchesOf(turn, 'effort')) {
        const weight = effectiveWeight(match);
        if (weight === undefined || weight <= 0) continue;
        cues += weight;
        findings.push(matchFinding('customerEffort', 'effort.cue', turn, match, weight));
      }
    }
    if (customerWords === 0) return { findings, indicators: notApplicable('customer said nothing') };
    const total = round(cues, 2);
    return { findings, indicators: { na: null, cues: total, score: effortScore(total) } };
  },
};
