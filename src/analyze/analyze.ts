/**
 * The pure heart of rapport: a validated transcript in, one indicators record out.
 * No I/O, no clock, no environment, no randomness: the same transcript and the same lexicons give
 * the same indicators, byte for byte.
 */
import type { DetectorInput, Finding, IndicatorSections, Indicators, LexiconSet, Transcript } from '../domain/types.js';
import { prepareTurns } from './prepare.js';
import { lexiconsFor } from '../lexicon/load.js';
import { DETECTORS } from '../detectors/index.js';
import { ANALYSIS_VERSION } from './version.js';

export { prepareTurns };

/** Analyze one transcript with the lexicons of its language (undefined: lexical sections are N/A). */
export function analyze(transcript: Transcript, lexicons: LexiconSet | undefined): Indicators {
  const input: DetectorInput = { transcript, turns: prepareTurns(transcript, lexicons), lexicons };
  const sections: Partial<IndicatorSections> = {};
  const evidence: Finding[] = [];
  for (const detector of DETECTORS) {
    const output = detector.detect(input);
    (sections as Record<string, unknown>)[detector.name] = output.indicators;
    for (const finding of output.findings) evidence.push(finding);
  }
  const s = sections as IndicatorSections;
  return {
    interactionId: transcript.interactionId,
    tenantId: transcript.tenantId,
    agentId: transcript.agentId,
    teamId: transcript.teamId ?? null,
    channel: transcript.channel,
    language: transcript.language,
    startedAt: transcript.startedAt,
    analysisVersion: ANALYSIS_VERSION,
    lexiconVersion: lexicons?.version ?? 'none',
    conversation: s.conversation,
    interruptions: s.interruptions,
    sentiment: s.sentiment,
    empathy: s.empathy,
    positiveLanguage: s.positiveLanguage,
    activeListening: s.activeListening,
    ownership: s.ownership,
    expectations: s.expectations,
    customerEffort: s.customerEffort,
    evidence,
  };
}

export interface AnalyzerOptions {
  /** Compiled lexicons by language, from `loadLexiconSets()`. */
  lexicons: ReadonlyMap<string, LexiconSet>;
}

/** An analyzer bound to its lexicons: picks the set for each transcript's language. */
export function createAnalyzer(options: AnalyzerOptions): (transcript: Transcript) => Indicators {
  return (transcript) => analyze(transcript, lexiconsFor(options.lexicons, transcript.language));
}
