/**
 * Coaching alerts on the invented scenario conversations (`eval/scenarios/`): a set's false alarms
 * on courteous agents and misses on rude ones stay at or under their ceilings in
 * `eval/scenarios/ceilings.json` (the figure `npm run eval:scenarios` printed, plus one conversation).
 * The sets ship with the project, so this runs everywhere.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { readScenarios, runScenarios, scenarioFiles, summarizeScenarios } from '../../eval/scenarios.js';
import { loadLexiconSets } from '../../src/lexicon/load.js';
import { createAnalyzer } from '../../src/analyze/analyze.js';
import { validateTranscript } from '../../src/contract/validate.js';
import { evaluateInteraction } from '../../src/alerts/evaluate.js';
import { validateRules } from '../../src/alerts/rules.js';
import type { Transcript } from '../../src/domain/types.js';

const ceilings = JSON.parse(readFileSync(fileURLToPath(new URL('../../eval/scenarios/ceilings.json', import.meta.url)), 'utf8')) as Record<string, { courteous_alerted: number; rude_missed: number }>;
const rules = validateRules(JSON.parse(readFileSync(fileURLToPath(new URL('../../rules/alerts.json', import.meta.url)), 'utf8')), 'rules/alerts.json');
const analyze = createAnalyzer({ lexicons: loadLexiconSets() });
const validate = (value: unknown): Transcript => {
  const r = validateTranscript(value);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.transcript;
};

describe('coaching alerts on the scenario conversations', () => {
  const files = scenarioFiles();

  it('has a ceiling for every set, and a set for every ceiling', () => {
    expect(files.map((f) => basename(f, '.jsonl')).sort()).toEqual(Object.keys(ceilings).sort());
  });

  it.each(files.map((f) => [basename(f, '.jsonl'), f]))('%s stays under its ceilings', (name, file) => {
    const summary = summarizeScenarios(runScenarios(readScenarios(file, validate), analyze, evaluateInteraction, rules));
    expect(summary.courteous + summary.rude).toBeGreaterThan(0);
    expect(summary.courteous_alerted).toBeLessThanOrEqual(ceilings[name].courteous_alerted);
    expect(summary.rude_missed).toBeLessThanOrEqual(ceilings[name].rude_missed);
  });

  it('rejects a conversation without a scenario, naming the file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-scenarios-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'bad.jsonl');
    const line = { interactionId: 'x', tenantId: 't', agentId: 'a', channel: 'chat', language: 'en', startedAt: '2026-12-08T10:00:00Z', metadata: {}, turns: [{ speaker: 'agent', text: 'Hi' }] };
    writeFileSync(file, `${JSON.stringify({ ...line, metadata: { scenario: 'rude' } })}\n${JSON.stringify(line)}\n`);
    expect(() => readScenarios(file, validate)).toThrow(`${file} line 2: metadata.scenario must be courteous or rude`);
  });
});
