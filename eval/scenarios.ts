/**
 * `npm run eval:scenarios -- [FILE.jsonl ...]`: the coaching alerts on invented conversations whose
 * agents are known to be courteous or rude (`metadata.scenario`), the set a coach would judge the
 * tool by: a courteous agent should raise no alert, a rude one at least one.
 *
 * The conversations were written for this by helpers of the project, not taken from any dataset, so
 * they can ship. Each file says in its README row how it was used: a set that lexicon changes were
 * made against measures nothing new on those changes (it guards against regressions), and only a
 * set written without seeing the lexicons measures the tool. Reads every `*.jsonl` in
 * `eval/scenarios/` when no file is given. Prints one table and, last, one JSON line per file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Alert, Indicators, Transcript } from '../src/domain/types.js';
import type { RuleSet } from '../src/alerts/rules.js';

export const SCENARIO_DIR = fileURLToPath(new URL('./scenarios/', import.meta.url));

export type Scenario = 'courteous' | 'rude';

export interface ScenarioResult {
  id: string;
  scenario: Scenario;
  alerts: string[];
  negative: number;
  score: number | null;
}

export interface ScenarioSummary {
  courteous: number;
  rude: number;
  /** Courteous conversations that raised an alert (a coach's false alarm). */
  courteous_alerted: number;
  /** Rude conversations that raised none (a miss). */
  rude_missed: number;
}

/** Read a JSON Lines file of transcripts, each with `metadata.scenario` of courteous or rude. */
export function readScenarios(path: string, validate: (value: unknown) => Transcript): Transcript[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const transcript = validate(JSON.parse(line));
      const scenario = transcript.metadata.scenario;
      if (scenario !== 'courteous' && scenario !== 'rude') throw new Error(`${path} line ${i + 1}: metadata.scenario must be courteous or rude`);
      return transcript;
    });
}

/** Run the analyzer and the interaction rules over each conversation. */
export function runScenarios(
  transcripts: readonly Transcript[],
  analyze: (t: Transcript) => Indicators,
  evaluate: (rules: RuleSet, indicators: Indicators) => Alert[],
  rules: RuleSet,
): ScenarioResult[] {
  return transcripts.map((t) => {
    const indicators = analyze(t);
    return {
      id: t.interactionId,
      scenario: t.metadata.scenario as Scenario,
      alerts: evaluate(rules, indicators).map((a) => a.ruleId),
      negative: indicators.positiveLanguage.negative,
      score: indicators.positiveLanguage.score,
    };
  });
}

export function summarizeScenarios(results: readonly ScenarioResult[]): ScenarioSummary {
  const courteous = results.filter((r) => r.scenario === 'courteous');
  const rude = results.filter((r) => r.scenario === 'rude');
  return {
    courteous: courteous.length,
    rude: rude.length,
    courteous_alerted: courteous.filter((r) => r.alerts.length > 0).length,
    rude_missed: rude.filter((r) => r.alerts.length === 0).length,
  };
}

/** The `*.jsonl` files of the scenario folder, sorted. */
export function scenarioFiles(dir: string = SCENARIO_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(dir, f));
}

async function main(): Promise<void> {
  const [{ loadLexiconSets }, { createAnalyzer }, { validateTranscript, formatProblems }, { evaluateInteraction }, { loadRules }] = await Promise.all([
    import('../src/lexicon/load.js'),
    import('../src/analyze/analyze.js'),
    import('../src/contract/validate.js'),
    import('../src/alerts/evaluate.js'),
    import('../src/service/service.js'),
  ]);
  const analyze = createAnalyzer({ lexicons: loadLexiconSets() });
  const rules = loadRules(fileURLToPath(new URL('../rules/alerts.json', import.meta.url)));
  const validate = (value: unknown): Transcript => {
    const r = validateTranscript(value);
    if (!r.ok) throw new Error(formatProblems(r.problems));
    return r.transcript;
  };
  const files = process.argv.length > 2 ? process.argv.slice(2) : scenarioFiles();
  const summaries: Record<string, ScenarioSummary> = {};
  for (const file of files) {
    const name = basename(file, '.jsonl');
    const results = runScenarios(readScenarios(file, validate), analyze, evaluateInteraction, rules);
    const s = (summaries[name] = summarizeScenarios(results));
    process.stdout.write(`${name}: ${s.courteous} courteous agents, ${s.rude} rude\n`);
    const alerted = results.filter((r) => r.scenario === 'courteous' && r.alerts.length > 0);
    process.stdout.write(`  courteous with an alert: ${s.courteous_alerted}${alerted.map((r) => `\n    ${r.id}: ${r.alerts.join(', ')}`).join('')}\n`);
    const missed = results.filter((r) => r.scenario === 'rude' && r.alerts.length === 0);
    process.stdout.write(`  rude with no alert: ${s.rude_missed}${missed.map((r) => `\n    ${r.id}: negative language ${r.negative}, positive-language score ${r.score}`).join('')}\n`);
    const byRule = new Map<string, number>();
    for (const r of results) if (r.scenario === 'rude') for (const a of new Set(r.alerts)) byRule.set(a, (byRule.get(a) ?? 0) + 1);
    process.stdout.write(`  rude conversations by rule: ${[...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ') || 'none'}\n`);
    const scores = (scenario: Scenario) => results.filter((r) => r.scenario === scenario && r.score !== null).map((r) => r.score as number);
    const [kind, rude] = [scores('courteous'), scores('rude')];
    if (kind.length > 0 && rude.length > 0) {
      process.stdout.write(`  positive-language score: courteous ${Math.min(...kind)} to ${Math.max(...kind)}, rude ${Math.min(...rude)} to ${Math.max(...rude)}\n`);
    }
  }
  process.stdout.write(`${JSON.stringify(summaries)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err: unknown) => {
    process.stderr.write(`rapport eval:scenarios: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
