/**
 * Coaching scenarios: invented conversations whose agents are known to be courteous or rude
 * (`metadata.scenario`), read and scored against the alert rules. A courteous agent should raise no
 * alert, a rude one at least one. The command is `eval/scenarios-run.ts` (`npm run eval:scenarios`);
 * the sets and how each was used are described in `eval/scenarios/README.md`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Alert, Indicators, Transcript } from '../src/domain/types.js';
import { formatProblems, validateTranscript } from '../src/contract/validate.js';

export const SCENARIO_DIR = fileURLToPath(new URL('./scenarios/', import.meta.url));

export type Scenario = 'courteous' | 'rude';

/** What one conversation raised. */
export interface ScenarioResult {
  id: string;
  scenario: Scenario;
  alerts: string[];
  negative: number;
  score: number | null;
  /** Empathy opportunities in the conversation, and those the agent's words did not answer. */
  opportunities: number;
  missed: number;
}

/** A set's counts: the false alarms on courteous agents and the misses on rude ones. */
export interface ScenarioSummary {
  courteous: number;
  rude: number;
  /** Courteous conversations that raised an alert (a coach's false alarm). */
  courteous_alerted: number;
  /** Rude conversations that raised none (a miss). */
  rude_missed: number;
}

/**
 * Read a JSON Lines file of transcripts, each valid under the contract and with `metadata.scenario`
 * of courteous or rude. Blank lines are skipped; any other fault throws, naming the file and line.
 */
export function readScenarios(path: string): Transcript[] {
  const out: Transcript[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      const where = `${path} line ${i + 1}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        throw new Error(`${where}: invalid JSON: ${(err as Error).message}`);
      }
      const result = validateTranscript(value);
      if (!result.ok) throw new Error(`${where}: ${formatProblems(result.problems)}`);
      const scenario = result.transcript.metadata.scenario;
      if (scenario !== 'courteous' && scenario !== 'rude') throw new Error(`${where}: metadata.scenario must be courteous or rude`);
      out.push(result.transcript);
    });
  return out;
}

/** Analyze each conversation and raise its alerts (`alertsOf`: the interaction rules of a rule set). */
export function runScenarios(
  transcripts: readonly Transcript[],
  analyze: (t: Transcript) => Indicators,
  alertsOf: (indicators: Indicators) => Alert[],
): ScenarioResult[] {
  return transcripts.map((t) => {
    const indicators = analyze(t);
    return {
      id: t.interactionId,
      scenario: t.metadata.scenario as Scenario,
      alerts: alertsOf(indicators).map((a) => a.ruleId),
      negative: indicators.positiveLanguage.negative,
      score: indicators.positiveLanguage.score,
      opportunities: indicators.empathy.opportunities,
      missed: indicators.empathy.missed,
    };
  });
}

/** The counts of a set's results. */
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
