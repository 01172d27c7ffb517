/**
 * `npm run eval:scenarios -- [FILE.jsonl ...]`: the coaching alerts of `rules/alerts.json` on the
 * scenario conversations (every `*.jsonl` in `eval/scenarios/` when no file is given). Prints per
 * file the courteous agents that raised an alert and the rude ones that raised none, then, last, one
 * JSON line with each file's counts.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLexiconSets } from '../src/lexicon/load.js';
import { createAnalyzer } from '../src/analyze/analyze.js';
import { evaluateInteraction } from '../src/alerts/evaluate.js';
import { validateRules } from '../src/alerts/rules.js';
import { readScenarios, runScenarios, scenarioFiles, summarizeScenarios, type Scenario, type ScenarioSummary } from './scenarios.js';

function main(): void {
  const analyze = createAnalyzer({ lexicons: loadLexiconSets() });
  // Read with validateRules, which older checkouts also have, so that this command runs on them too.
  const path = fileURLToPath(new URL('../rules/alerts.json', import.meta.url));
  const rules = validateRules(JSON.parse(readFileSync(path, 'utf8')), path);
  const files = process.argv.length > 2 ? process.argv.slice(2) : scenarioFiles();
  const summaries: Record<string, ScenarioSummary> = {};
  const write = (line: string) => process.stdout.write(`${line}\n`);
  for (const file of files) {
    const name = basename(file, '.jsonl');
    const results = runScenarios(readScenarios(file), analyze, (indicators) => evaluateInteraction(rules, indicators));
    const s = (summaries[name] = summarizeScenarios(results));
    write(`${name}: ${s.courteous} courteous agents, ${s.rude} rude`);
    write(`  courteous with an alert: ${s.courteous_alerted}`);
    for (const r of results) if (r.scenario === 'courteous' && r.alerts.length > 0) write(`    ${r.id}: ${r.alerts.join(', ')}`);
    write(`  rude with no alert: ${s.rude_missed}`);
    for (const r of results) if (r.scenario === 'rude' && r.alerts.length === 0) write(`    ${r.id}: negative language ${r.negative}, positive-language score ${r.score}`);
    const byRule = new Map<string, number>();
    for (const r of results) if (r.scenario === 'rude') for (const a of new Set(r.alerts)) byRule.set(a, (byRule.get(a) ?? 0) + 1);
    write(`  rude conversations by rule: ${[...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ') || 'none'}`);
    const sum = (scenario: Scenario, key: 'opportunities' | 'missed') => results.filter((r) => r.scenario === scenario).reduce((n, r) => n + r[key], 0);
    write(`  empathy opportunities missed: courteous ${sum('courteous', 'missed')} of ${sum('courteous', 'opportunities')}, rude ${sum('rude', 'missed')} of ${sum('rude', 'opportunities')}`);
    const scores = (scenario: Scenario) => results.filter((r) => r.scenario === scenario && r.score !== null).map((r) => r.score as number);
    const [courteous, rude] = [scores('courteous'), scores('rude')];
    if (courteous.length > 0 && rude.length > 0) {
      write(`  positive-language score: courteous ${Math.min(...courteous)} to ${Math.max(...courteous)}, rude ${Math.min(...rude)} to ${Math.max(...rude)}`);
    }
  }
  write(JSON.stringify(summaries));
}

try {
  main();
} catch (err) {
  process.stderr.write(`rapport eval:scenarios: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
