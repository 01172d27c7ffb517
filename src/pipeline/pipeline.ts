/**
 * The pipeline for one batch: prepare (decode, validate, analyze, per-interaction rules), add trend
 * alerts from each agent's history, store everything in one transaction, then deliver dead letters
 * and new alerts. The caller (the Kafka source, or the file source of `rapport demo`) commits its
 * position only after `handle` returns.
 */
import type { Alert } from '../domain/types.js';
import { evaluateTrends, historyNeeded, historyPoint, type HistoryPoint } from '../alerts/evaluate.js';
import type { Logger } from '../ops/logger.js';
import type { Metrics } from '../ops/metrics.js';
import { prepareBatch, type Analyzed, type PrepareDeps, type Rejected, type SourceMessage } from './prepare.js';

/** What the pipeline needs from the database (implemented in `src/store/`). */
export interface StorePort {
  /** Each agent's most recent stored interactions (up to `limit`), oldest first. */
  agentHistory(tenantId: string, agentIds: readonly string[], limit: number, metrics?: readonly string[]): Promise<Map<string, HistoryPoint[]>>;
  /** Each team's recent mean of the given metrics. */
  teamMeans(tenantId: string, teamIds: readonly string[], metrics: readonly string[]): Promise<Map<string, Record<string, number | null>>>;
  /**
   * Store the batch in one transaction, idempotently, and return the alerts of this batch not yet
   * delivered (new ones, and any left undelivered by an earlier failed attempt) with their ids.
   */
  write(batch: StoreBatch): Promise<Array<Alert & { id: string }>>;
  /** Record that these alerts were delivered. */
  markDelivered(ids: readonly string[]): Promise<void>;
}

export interface StoreBatch {
  analyzed: readonly Analyzed[];
  rejected: readonly Rejected[];
  alerts: readonly Alert[];
}

/** Where dead letters and alerts go besides the database (the Kafka topics, a webhook). */
export interface DeliveryPort {
  deadLetters(rejected: readonly Rejected[]): Promise<void>;
  alerts(alerts: readonly (Alert & { id: string })[]): Promise<void>;
}

export interface PipelineDeps extends PrepareDeps {
  store: StorePort;
  delivery: DeliveryPort;
  logger: Logger;
  metrics: Metrics;
}

export interface BatchOutcome {
  stored: number;
  rejected: number;
  duplicates: number;
  alerts: number;
}

export interface Pipeline {
  handle(messages: SourceMessage[]): Promise<BatchOutcome>;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

async function trendAlerts(deps: PipelineDeps, analyzed: readonly Analyzed[]): Promise<Alert[]> {
  const need = historyNeeded(deps.rules);
  if (need === 0 || analyzed.length === 0) return [];
  const alerts: Alert[] = [];
  const trendMetrics = [...new Set(deps.rules.rules.flatMap((r) => (r.kind === 'trend' ? [r.metric] : [])))];
  const teamMetrics = [...new Set(deps.rules.rules.flatMap((r) => (r.kind === 'trend' && r.baseline === 'team' ? [r.metric] : [])))];
  // Every lookup of the batch at once (they are independent reads): one round trip's wait, not two per tenant.
  const tenants = [...groupBy(analyzed, (a) => a.transcript.tenantId)].map(([tenantId, items]) => {
    const byAgent = groupBy(items, (a) => a.transcript.agentId);
    const teams = [...new Set(items.map((a) => a.transcript.teamId).filter((t): t is string => t !== undefined))];
    const stored = deps.store.agentHistory(tenantId, [...byAgent.keys()], need, trendMetrics);
    const means = teamMetrics.length > 0 && teams.length > 0 ? deps.store.teamMeans(tenantId, teams, teamMetrics) : Promise.resolve(new Map<string, Record<string, number | null>>());
    return { tenantId, byAgent, lookups: Promise.all([stored, means]) };
  });
  // Promise.all handles every rejection, so a second failed lookup is not left unhandled.
  const results = await Promise.all(tenants.map((t) => t.lookups));
  for (const [k, { tenantId, byAgent }] of tenants.entries()) {
    const [stored, means] = results[k];
    for (const [agentId, mine] of byAgent) {
      const fresh = new Set(mine.map((a) => a.transcript.interactionId));
      const history = [
        ...(stored.get(agentId) ?? []).filter((p) => !fresh.has(p.interactionId)),
        ...mine.map((a) => historyPoint(a.indicators)),
      ].sort((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : a.interactionId < b.interactionId ? -1 : 1));
      const teamId = mine[mine.length - 1].transcript.teamId ?? null;
      alerts.push(
        ...evaluateTrends(deps.rules, {
          tenantId,
          agentId,
          teamId,
          history: history.slice(-need),
          fresh,
          teamMean: (metric) => (teamId ? (means.get(teamId)?.[metric] ?? null) : null),
        }),
      );
    }
  }
  return alerts;
}

export function createPipeline(deps: PipelineDeps): Pipeline {
  return {
    async handle(messages) {
      const started = performance.now();
      const { analyzed, rejected, duplicates } = prepareBatch(messages, deps);
      const prepared = performance.now();
      const alerts = analyzed.flatMap((a) => a.alerts);
      alerts.push(...(await trendAlerts(deps, analyzed)));
      const trended = performance.now();
      const undelivered = await deps.store.write({ analyzed, rejected, alerts });
      const written = performance.now();
      await deps.delivery.deadLetters(rejected);
      if (undelivered.length > 0) {
        await deps.delivery.alerts(undelivered);
        await deps.store.markDelivered(undelivered.map((a) => a.id));
      }
      const delivered = performance.now();
      deps.logger.debug(
        { messages: messages.length, prepareMs: Math.round(prepared - started), trendsMs: Math.round(trended - prepared), writeMs: Math.round(written - trended), deliverMs: Math.round(delivered - written) },
        'batch timings',
      );
      const { metrics } = deps;
      metrics.messages.inc({ outcome: 'stored' }, analyzed.length);
      metrics.messages.inc({ outcome: 'dead-letter' }, rejected.length);
      metrics.messages.inc({ outcome: 'duplicate' }, duplicates);
      for (const r of rejected) metrics.deadLetters.inc({ reason: r.code });
      for (const a of undelivered) metrics.alerts.inc({ rule: a.ruleId, severity: a.severity });
      metrics.batchSize.observe(messages.length);
      metrics.batchSeconds.observe((performance.now() - started) / 1000);
      if (rejected.length > 0) {
        deps.logger.warn(
          { deadLetters: rejected.map((r) => ({ topic: r.message.topic, partition: r.message.partition, offset: r.message.offset, code: r.code })) },
          'messages sent to the dead letters',
        );
      }
      return { stored: analyzed.length, rejected: rejected.length, duplicates, alerts: undelivered.length };
    },
  };
}

