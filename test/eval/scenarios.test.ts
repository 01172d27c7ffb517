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
import { evaluateInteraction } from '../../src/alerts/evaluate.js';
import { loadRules } from '../../src/alerts/rules.js';

const ceilings = JSON.parse(readFileSync(fileURLToPath(new URL('../../eval/scenarios/ceilings.json', import.meta.url)), 'utf8')) as Record<string, { courteous_alerted: number; rude_missed: number }>;
const rules = loadRules(fileURLToPath(new URL('../../rules/alerts.json', import.meta.url)));
const analyze = createAnalyzer({ lexicons: loadLexiconSets() });

describe('coaching alerts on the scenario conversations', () => {
  const files = scenarioFiles();

  it('has a ceiling for every set, and a set for every ceiling', () => {
    expect(files.map((f) => basename(f, '.jsonl')).sort()).toEqual(Object.keys(ceilings).sort());
  });

  it.each(files.map((f) => [basename(f, '.jsonl'), f]))('%s stays under its ceilings', (name, file) => {
    const summary = summarizeScenarios(runScenarios(readScenarios(file), analyze, (indicators) => evaluateInteraction(rules, indicators)));
    expect(summary.courteous + summary.rude).toBeGreaterThan(0);
    expect(summary.courteous_alerted).toBeLessThanOrEqual(ceilings[name].courteous_alerted);
    expect(summary.rude_missed).toBeLessThanOrEqual(ceilings[name].rude_missed);
  });
});

describe('reading a scenario file', () => {
  const line = { interactionId: 'x', tenantId: 't', agentId: 'a', channel: 'chat', language: 'en', startedAt: '2026-12-08T10:00:00Z', metadata: { scenario: 'rude' }, turns: [{ speaker: 'agent', text: 'Hi' }] };
  const fileOf = (text: string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-scenarios-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'set.jsonl'), text);
    return join(dir, 'set.jsonl');
  };

  it('skips blank lines and names the line of a fault as numbered in the file', () => {
    const file = fileOf(`${JSON.stringify(line)}\n\n${JSON.stringify({ ...line, metadata: {} })}\n`);
    expect(() => readScenarios(file)).toThrow(`${file} line 3: metadata.scenario must be courteous or rude`);
  });

  it('names invalid JSON and a transcript that breaks the contract', () => {
    expect(() => readScenarios(fileOf(`${JSON.stringify(line)}\n{"broken\n`))).toThrow(/set\.jsonl line 2: invalid JSON/);
    expect(() => readScenarios(fileOf(`${JSON.stringify({ ...line, turns: undefined })}\n`))).toThrow(/set\.jsonl line 1: turns/);
  });

  it('reads the transcripts of a good file', () => {
    expect(readScenarios(fileOf(`${JSON.stringify(line)}\n`)).map((t) => t.metadata.scenario)).toEqual(['rude']);
  });
});
