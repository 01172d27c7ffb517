/**
 * The one place the harness touches the analyzer: the real `createAnalyzer` with the real lexicons,
 * loaded lazily so the loaders, metrics and baselines still run while a detector is missing.
 */
import type { Indicators, Transcript } from '../src/domain/types.js';

export type AnalyzeFn = (transcript: Transcript) => Indicators;

export interface LoadedAnalyzer {
  analyze: AnalyzeFn;
  /** Lexicon version of the `en` set, e.g. `en-2026.11.1`, or `none`. */
  lexiconVersion: string;
  analysisVersion: string;
}

/**
 * Load the real analyzer and the `en` lexicons, with a deployment's brand names when given.
 * Throws with the cause when they cannot load.
 */
export async function loadAnalyzer(options: { brandNames?: readonly string[] } = {}): Promise<LoadedAnalyzer> {
  const [{ loadLexiconSets }, { createAnalyzer }, { ANALYSIS_VERSION }] = await Promise.all([
    import('../src/lexicon/load.js'),
    import('../src/analyze/analyze.js'),
    import('../src/analyze/version.js'),
  ]);
  const lexicons = loadLexiconSets(undefined, { brandNames: options.brandNames });
  return {
    analyze: createAnalyzer({ lexicons }),
    lexiconVersion: lexicons.get('en')?.version ?? 'none',
    analysisVersion: ANALYSIS_VERSION,
  };
}
