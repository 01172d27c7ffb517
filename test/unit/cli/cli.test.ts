import { describe, expect, it, onTestFinished } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { main } from '../../../src/cli/app.js';
import { compileBrandNames } from '../../../src/lexicon/brandNames.js';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function run(...argv: string[]) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(argv, { stdout, stderr, env: {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const samples = new URL('../../../samples/', import.meta.url).pathname;

describe('rapport analyze', () => {
  it('prints one indicators JSON object per line on stdout and nothing else', async () => {
    const { code, stdout, stderr } = await run('analyze', `${samples}transcripts.jsonl`);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines.map((l) => JSON.parse(l).interactionId)).toEqual([
      'sample-call-deescalation', 'sample-call-escalation', 'sample-chat-slow', 'sample-call-address-change', 'sample-call-spanish',
    ]);
    expect(stderr).toBe('rapport analyze: 5 analyzed, 0 rejected\n');
  });

  it('accepts a pretty-printed JSON document', async () => {
    const { code, stdout } = await run('analyze', `${samples}call-escalation.json`);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).interruptions.agent.count).toBe(3);
  });

  it('reports bad records on stderr with their line and goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-cli-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'mixed.jsonl');
    const good = JSON.stringify({ interactionId: 'x', tenantId: 't', channel: 'chat', agentId: 'a', startedAt: '2026-01-01T00:00:00Z', turns: [{ speaker: 'agent', text: 'Hello' }] });
    writeFileSync(file, `${good}\n{"broken\n\n${JSON.stringify({ interactionId: 'y' })}\n${good}\n`);
    const { code, stdout, stderr } = await run('analyze', file);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toHaveLength(2);
    expect(stderr).toContain(`${file} line 2: invalid JSON`);
    expect(stderr).toContain(`${file} line 4: tenantId: is required`);
    expect(stderr).toContain('2 analyzed, 2 rejected');
  });

  it('leaves the brand names given with --brand-names out of the words, and says so in the version', async () => {
    const plain = JSON.parse((await run('analyze', `${samples}call-escalation.json`)).stdout);
    const { code, stdout, stderr } = await run('analyze', `${samples}call-escalation.json`, '--brand-names', 'Acme Broadband, Acme');
    expect(code).toBe(0);
    expect(stderr).toContain('1 analyzed, 0 rejected');
    expect(JSON.parse(stdout).lexiconVersion).toBe(`${plain.lexiconVersion}+brands.${compileBrandNames(['Acme Broadband', 'Acme']).digest}`);
    const bad = await run('analyze', `${samples}call-escalation.json`, '--brand-names', '&&');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("brand name '&&' (RAPPORT_BRAND_NAMES, --brand-names) has no word in it");
    const empty = await run('analyze', `${samples}call-escalation.json`, '--brand-names', ' , ');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('--brand-names needs a comma-separated list of names');
  });

  it('prints a readable summary with the evidence', async () => {
    const { stdout } = await run('analyze', `${samples}call-escalation.json`, '--pretty');
    expect(stdout).toContain('interaction sample-call-escalation');
    expect(stdout).toMatch(/interruptions\s+by agent 3/);
    expect(stdout).toContain('"Calm down"');
  });

  it('imports an Amazon Contact Lens analysed-call file', async () => {
    const file = new URL('../../fixtures/contact-lens/analyzed-call.json', import.meta.url).pathname;
    const { code, stdout, stderr } = await run('analyze', file, '--from', 'contact-lens', '--agent', 'dana', '--tenant', 'acme');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ interactionId: 'analyzed-call', tenantId: 'acme', agentId: 'dana', channel: 'voice', language: 'en-US' });
    expect(out.conversation).toMatchObject({ durationMs: 21000, turns: { agent: 3, customer: 2, other: 0 } });
    expect(out.interruptions.agent.count).toBe(1);
    expect(out.empathy).toMatchObject({ opportunities: 1, shown: 0, missed: 1 });
    expect(out.customerEffort.cues).toBeGreaterThan(0);
  });

  it('says why a file is not a Contact Lens file', async () => {
    const { code, stderr } = await run('analyze', `${samples}call-escalation.json`, '--from', 'contact-lens');
    expect(code).toBe(1);
    expect(stderr).toContain("expected a 'Transcript' array");
  });

  it.each([
    [['analyze'], 2, /expected one FILE/],
    [['analyze', 'x', '--from', 'csv'], 2, /unknown --from 'csv'/],
    [['analyze', 'x', '--colour'], 2, /Unknown option '--colour'/],
    [['frobnicate'], 2, /unknown command 'frobnicate'/],
  ])('rejects %j with a clear message', async (argv, code, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
  });
});
