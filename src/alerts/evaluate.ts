/**
 * Turns indicators into coaching alerts. Pure: the history an agent's trend needs is passed in.
 */
import type { Alert, AlertEvidence, Indicators } from '../domain/types.js';
import { METRICS, readMetric } from './metrics.js';
import { renderMessage, type Condition, type InteractionRule, type RuleSet, type TrendRule } from './rules.js';

/** Most evidence items an alert carries (the message says how many there were). */
export const MAX_ALERT_EVIDENCE = 10;

function holds(c: Condition, value: number | null): boolean {
  if (value === null) return false;
  switch (c.op) {
    case '<': return value < c.value;
    case '<=': return value <= c.value;
    case '>': return value > c.value;
    case '>=': return value >= c.value;
    case '==': return value === c.value;
    case '!=': return value !== c.value;
  }
}

function metricValues(indicators: Indicators): Record<string, number | null> {
  const values: Record<string, number | null> = {};
  for (const path of Object.keys(METRICS)) values[path] = readMetric(indicators, path);
  return values;
}

function interactionAlert(rule: InteractionRule, ind: Indicators): Alert | undefined {
  if (!rule.when.every((c) => holds(c, readMetric(ind, c.metric)))) return undefined;
  const evidence: AlertEvidence[] = ind.evidence
    .filter((f) => rule.evidence.includes(f.kind))
    .slice(0, MAX_ALERT_EVIDENCE)
    .map((f) => {
      const e: AlertEvidence = { interactionId: ind.interactionId, turn: f.evidence.turn, speaker: f.speaker, kind: f.kind, quote: f.evidence.quote };
      if (f.category !== undefined) e.category = f.category;
      return e;
    });
  return {
    ruleId: rule.id,
    ruleKind: 'interaction',
    dedupKey: `${rule.id}:${ind.interactionId}`,
    tenantId: ind.tenantId,
    agentId: ind.agentId,
    teamId: ind.teamId,
    interactionId: ind.interactionId,
    skill: rule.skill,
    severity: rule.severity,
    message: renderMessage(rule.message, {
      ...metricValues(ind),
      agentId: ind.agentId,
      teamId: ind.teamId,
      interactionId: ind.interactionId,
      tenantId: ind.tenantId,
    }),
    evidence,
  };
}

/** Alerts of the per-interaction rules for one interaction. */
export function evaluateInteraction(rules: RuleSet, indicators: Indicators): Alert[] {
  const alerts: Alert[] = [];
  for (const rule of rules.rules) {
    if (rule.kind !== 'interaction') continue;
    const alert = interactionAlert(rule, indicators);
    if (alert) alerts.push(alert);
  }
  return alerts;
}

/** One interaction of an agent's history, as trend rules see it. */
export interface HistoryPoint {
  interactionId: string;
  startedAt: string;
  values: Readonly<Record<string, number | null>>;
}

export function historyPoint(ind: Indicators): HistoryPoint {
  return { interactionId: ind.interactionId, startedAt: ind.startedAt, values: metricValues(ind) };
}

/** What a trend evaluation knows about one agent. */
export interface AgentTrendInput {
  tenantId: string;
  agentId: string;
  teamId: string | null;
  /** The agent's interactions, oldest first, including the ones just analyzed. */
  history: readonly HistoryPoint[];
  /** Interaction ids just analyzed: a trend alert is only raised when its window contains one. */
  fresh: ReadonlySet<string>;
  /** The team's recent mean of a metric, or null when unknown. */
  teamMean(metric: string): number | null;
}

const mean = (xs: number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

function trendAlert(rule: TrendRule, input: AgentTrendInput): Alert | undefined {
  const history = input.history;
  if (history.length < rule.window) return undefined;
  const windowPoints = history.slice(-rule.window);
  if (!windowPoints.some((p) => input.fresh.has(p.interactionId))) return undefined;
  let baseline: number | null;
  if (rule.baseline === 'agent') {
    const before = history.slice(0, -rule.window).slice(-rule.baselineSize);
    const values = before.map((p) => p.values[rule.metric]).filter((v): v is number => v !== null && v !== undefined);
    baseline = values.length >= rule.minBaseline ? mean(values) : null;
  } else {
    baseline = input.teamMean(rule.metric);
  }
  if (baseline === null) return undefined;
  const threshold = baseline - rule.margin;
  const below = windowPoints.filter((p) => {
    const v = p.values[rule.metric];
    return v !== null && v !== undefined && v < threshold;
  });
  if (below.length < rule.atLeast) return undefined;
  const newest = windowPoints[windowPoints.length - 1];
  return {
    ruleId: rule.id,
    ruleKind: 'trend',
    dedupKey: `${rule.id}:${input.agentId}:${newest.startedAt.slice(0, 10)}`,
    tenantId: input.tenantId,
    agentId: input.agentId,
    teamId: input.teamId,
    interactionId: newest.interactionId,
    skill: rule.skill,
    severity: rule.severity,
    message: renderMessage(rule.message, {
      agentId: input.agentId,
      teamId: input.teamId,
      tenantId: input.tenantId,
      interactionId: newest.interactionId,
      count: below.length,
      window: rule.window,
      baseline,
      metric: rule.metric,
    }),
    evidence: windowPoints.map((p) => ({ interactionId: p.interactionId, value: p.values[rule.metric] ?? null })),
  };
}

/** Alerts of the trend rules for one agent. */
export function evaluateTrends(rules: RuleSet, input: AgentTrendInput): Alert[] {
  const alerts: Alert[] = [];
  for (const rule of rules.rules) {
    if (rule.kind !== 'trend') continue;
    const alert = trendAlert(rule, input);
    if (alert) alerts.push(alert);
  }
  return alerts;
}

/** The trend rules' largest history need, so the store fetches enough rows. */
export function historyNeeded(rules: RuleSet): number {
  let n = 0;
  for (const r of rules.rules) if (r.kind === 'trend') n = Math.max(n, r.window + r.baselineSize);
  return n;
}
