import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateRules, renderMessage, type RuleSet } from '../../../src/alerts/rules.js';
import { evaluateInteraction, evaluateTrends, historyPoint, historyNeeded } from '../../../src/alerts/evaluate.js';
import { indicatorsOf } from '../../support/indicators.js';
import type { Finding } from '../../../src/domain/types.js';

const shipped = validateRules(JSON.parse(readFileSync(new URL('../../../rules/alerts.json', import.meta.url), 'utf8')), 'rules/alerts.json');

const interactionRule = (over: Record<string, unknown> = {}) => ({
  id: 'r', kind: 'interaction', skill: 'empathy', severity: 'warning', message: 'm {empathy.missed}',
  when: [{ metric: 'empathy.missed', op: '>=', value: 2 }], evidence: ['empathy.missed'], ...over,
});

describe('rule validation', () => {
  it('accepts the shipped rules', () => {
    expect(shipped.rules.length).toBeGreaterThanOrEqual(5);
    expect(historyNeeded(shipped)).toBe(55);
  });

  it.each([
    [{ version: 2, rules: [] }, 'rules: "version" must be 1, found 2'],
    [{ version: 1, rules: [interactionRule({ severity: 'urgent' })] }, `rules: rule 1 'r': "severity" must be one of info, warning, critical, found "urgent"`],
    [{ version: 1, rules: [interactionRule({ when: [{ metric: 'empathy.mised', op: '>=', value: 2 }] })] }, `rules: rule 1 'r': when[0].metric "empathy.mised" is not a known metric`],
    [{ version: 1, rules: [interactionRule({ when: [{ metric: 'empathy.missed', op: '=>', value: 2 }] })] }, `when[0].op must be one of < <= > >= == !=`],
    [{ version: 1, rules: [interactionRule({ colour: 'red' })] }, `rules: rule 1 'r': unsupported key 'colour'; supported keys are: id, kind, skill, severity, message, when, evidence`],
    [{ version: 1, rules: [interactionRule({ message: 'hi {nobody}' })] }, 'message placeholder {nobody} is unknown'],
    [{ version: 1, rules: [interactionRule(), interactionRule()] }, "rules: rule 2 'r': duplicate id 'r'"],
    [{ version: 1, rules: [{ ...interactionRule(), kind: 'trend', when: undefined, evidence: undefined, metric: 'empathy.score', baseline: 'agent', margin: 5, window: 3, atLeast: 4, baselineSize: 10, minBaseline: 3 }] }, '"atLeast" (4) cannot exceed "window" (3)'],
    [{ version: 1, rules: [interactionRule({ kind: 'weekly' })] }, '"kind" must be interaction or trend, found "weekly"'],
  ])('reports %j', (doc, message) => {
    expect(() => validateRules(JSON.parse(JSON.stringify(doc)))).toThrow(message);
  });

  it('reports every problem at once', () => {
    try {
      validateRules({ version: 1, rules: [interactionRule({ severity: 'x' }), interactionRule({ id: 'b', skill: '' })] });
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).toMatch(/^rapport: 2 problem\(s\) in alert rules/);
    }
  });

  it('renders placeholders, rounding numbers and showing n/a for null', () => {
    expect(renderMessage('{a} {b} {c}', { a: 1.23456, b: null, c: 'x' })).toBe('1.23 n/a x');
  });
});

const missed: Finding = {
  detector: 'empathy', kind: 'empathy.missed', speaker: 'agent', weight: 0,
  evidence: { turn: 3, span: { start: 0, end: 10 }, quote: 'Account number.' },
};

describe('per-interaction rules', () => {
  it.each([
    ['two missed opportunities with an upset customer', { empathy: { missed: 2, opportunities: 2 }, sentiment: { customer: { overall: -1.5, quarters: [-2, -1, -1, -1] } } }, ['empathy-missed-upset-customer']],
    ['two missed but a content customer', { empathy: { missed: 2, opportunities: 2 }, sentiment: { customer: { overall: 1, quarters: [1, 1, 1, 1] } } }, []],
    ['three interruptions', { interruptions: { agent: { count: 3, overlapMs: 4200, perMinute: 1 } } }, ['agent-interrupts-customer']],
    ['two interruptions', { interruptions: { agent: { count: 2, overlapMs: 4200, perMinute: 1 } } }, []],
    ['sentiment fell by 2', { sentiment: { customerShift: -2 } }, ['customer-sentiment-fell']],
    ['sentiment N/A', { sentiment: { customerShift: null } }, []],
    ['a neutral call', {}, []],
  ])('%s', (_, overrides, expected) => {
    const alerts = evaluateInteraction(shipped, indicatorsOf(overrides as never));
    expect(alerts.map((a) => a.ruleId)).toEqual(expected);
  });

  it('carries the evidence, the dedup key and a rendered message', () => {
    const ind = indicatorsOf({
      interactionId: 'call-9', agentId: 'tom',
      empathy: { missed: 2, opportunities: 3 },
      sentiment: { customer: { overall: -1.25, quarters: [-2, -1, -1, -1] } },
      evidence: [missed],
    });
    const [alert] = evaluateInteraction(shipped, ind);
    expect(alert).toMatchObject({
      ruleId: 'empathy-missed-upset-customer', ruleKind: 'interaction', dedupKey: 'empathy-missed-upset-customer:call-9',
      agentId: 'tom', severity: 'warning', skill: 'empathy',
      message: 'tom missed 2 of 3 empathy opportunities with an upset customer (sentiment -1.25) in interaction call-9.',
      evidence: [{ interactionId: 'call-9', turn: 3, speaker: 'agent', kind: 'empathy.missed', quote: 'Account number.' }],
    });
  });
});

describe('trend rules', () => {
  const rules: RuleSet = validateRules({
    version: 1,
    rules: [{ id: 'low-empathy', kind: 'trend', skill: 'empathy', severity: 'info', metric: 'empathy.score', baseline: 'agent', margin: 10, window: 5, atLeast: 4, baselineSize: 10, minBaseline: 3, message: '{count} of {window} below {baseline}' }],
  });
  const history = (scores: Array<number | null>) =>
    scores.map((score, i) => historyPoint(indicatorsOf({ interactionId: `i${i}`, startedAt: `2026-10-${String(i + 1).padStart(2, '0')}T10:00:00.000Z`, empathy: { score } })));
  const input = (scores: Array<number | null>, fresh = [`i${scores.length - 1}`]) => ({
    tenantId: 't-1', agentId: 'a-1', teamId: 'team-1', history: history(scores), fresh: new Set(fresh), teamMean: () => null,
  });

  it.each([
    ['4 of the last 5 below baseline', [80, 80, 80, 50, 50, 80, 50, 50], 1],
    ['3 of the last 5 below baseline (one bad call is not a pattern)', [80, 80, 80, 50, 80, 80, 50, 50], 0],
    ['not enough baseline', [80, 50, 50, 50, 50, 50], 0],
    ['N/A values are not below', [80, 80, 80, null, null, null, 50, 50], 0],
    ['within the margin', [80, 80, 80, 75, 75, 75, 75, 75], 0],
  ])('%s', (_, scores, count) => {
    expect(evaluateTrends(rules, input(scores))).toHaveLength(count);
  });

  it('raises nothing when the window holds no new interaction (a replay of old history)', () => {
    expect(evaluateTrends(rules, input([80, 80, 80, 50, 50, 50, 50, 50], ['i0']))).toHaveLength(0);
  });

  it('dedups per rule, agent and day, and lists the window as evidence', () => {
    const [alert] = evaluateTrends(rules, input([80, 80, 80, 50, 50, 50, 50, 50]));
    expect(alert.dedupKey).toBe('low-empathy:a-1:2026-10-08');
    expect(alert.message).toBe('5 of 5 below 80');
    expect(alert.evidence.map((e) => e.value)).toEqual([50, 50, 50, 50, 50]);
  });
});
