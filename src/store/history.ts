/**
 * What trend rules read: agents' and teams' most recent interactions (their latest analysis).
 * One statement per call whatever the number of agents: a LATERAL join walks each agent's index
 * (`indicators_agent_recent`) newest first and stops at the limit, so the cost does not grow with
 * an agent's history.
 */
import type pg from 'pg';
import type { Indicators } from '../domain/types.js';
import { historyPoint, type HistoryPoint } from '../alerts/evaluate.js';
import { readMetric } from '../alerts/metrics.js';

type Queryable = pg.Pool | pg.ClientBase;

/** An indicators record read back from `details`: everything but the evidence (`evidence` is empty). */
export type StoredIndicators = Indicators;

/** How many recent interactions of a team make its mean. */
export const TEAM_MEAN_WINDOW = 200;

const RECENT_BY_AGENT_SQL = `
SELECT a.agent_id, r.details
FROM unnest($2::text[]) AS a(agent_id)
CROSS JOIN LATERAL (
  SELECT i.details, i.started_at, i.interaction_id
  FROM rapport.latest_indicators i
  WHERE i.tenant_id = $1 AND i.agent_id = a.agent_id
  ORDER BY i.started_at DESC, i.interaction_id DESC
  LIMIT $3
) r
ORDER BY a.agent_id, r.started_at, r.interaction_id`;

const RECENT_BY_TEAM_SQL = `
SELECT t.team_id, r.details
FROM unnest($2::text[]) AS t(team_id)
CROSS JOIN LATERAL (
  SELECT i.details
  FROM rapport.latest_indicators i
  WHERE i.tenant_id = $1 AND i.team_id = t.team_id
  ORDER BY i.started_at DESC, i.interaction_id DESC
  LIMIT $3
) r`;

const fromDetails = (details: Omit<Indicators, 'evidence'>): StoredIndicators => ({ ...details, evidence: [] });

async function recentByAgent(client: Queryable, tenantId: string, agentIds: readonly string[], limit: number): Promise<Map<string, StoredIndicators[]>> {
  const out = new Map<string, StoredIndicators[]>();
  if (agentIds.length === 0 || limit <= 0) return out;
  const { rows } = await client.query<{ agent_id: string; details: Omit<Indicators, 'evidence'> }>(RECENT_BY_AGENT_SQL, [tenantId, [...new Set(agentIds)], limit]);
  for (const row of rows) {
    const list = out.get(row.agent_id);
    if (list) list.push(fromDetails(row.details));
    else out.set(row.agent_id, [fromDetails(row.details)]);
  }
  return out;
}

/**
 * The agent's `limit` most recent interactions (by start time; latest analysis of each), oldest
 * first, read back from `details` without evidence.
 */
export async function recentIndicatorsForAgent(client: Queryable, tenantId: string, agentId: string, limit: number): Promise<StoredIndicators[]> {
  return (await recentByAgent(client, tenantId, [agentId], limit)).get(agentId) ?? [];
}

/**
 * Metrics with a typed column of the same meaning (null when N/A). Trend rules on these read the
 * columns alone: parsing whole `details` records cost 75-190 ms per batch in the end-to-end
 * benchmark, reading the columns a few milliseconds.
 */
export const METRIC_COLUMNS: Readonly<Record<string, string>> = Object.freeze({
  'empathy.score': 'empathy_score',
  'positiveLanguage.score': 'positive_language_score',
  'activeListening.score': 'active_listening_score',
  'ownership.score': 'ownership_score',
  'customerEffort.score': 'customer_effort_score',
  'sentiment.customer.overall': 'customer_sentiment',
  'sentiment.agent.overall': 'agent_sentiment',
  'sentiment.customerShift': 'customer_sentiment_shift',
  'interruptions.agent.perMinute': 'agent_interruptions_per_min',
  'conversation.agentTalkRatio': 'agent_talk_ratio',
  'conversation.durationMs': 'duration_ms',
  'conversation.nonTalkTimeMs': 'non_talk_ms',
});

const columnsFor = (metrics: readonly string[] | undefined): string[] | undefined =>
  metrics && metrics.every((m) => m in METRIC_COLUMNS) ? metrics.map((m) => METRIC_COLUMNS[m]) : undefined;

/**
 * Each agent's `limit` most recent interactions, oldest first, as trend rules see them. Given the
 * metrics the rules need, and when each has a column, only those columns are read.
 */
export async function agentHistory(client: Queryable, tenantId: string, agentIds: readonly string[], limit: number, metrics?: readonly string[]): Promise<Map<string, HistoryPoint[]>> {
  const out = new Map<string, HistoryPoint[]>();
  const columns = columnsFor(metrics);
  if (!columns || !metrics) {
    for (const [agentId, list] of await recentByAgent(client, tenantId, agentIds, limit)) out.set(agentId, list.map(historyPoint));
    return out;
  }
  const { rows } = await client.query(
    `SELECT a.agent_id, r.*
     FROM unnest($2::text[]) AS a(agent_id)
     CROSS JOIN LATERAL (
       SELECT i.interaction_id, i.started_at, ${columns.map((c, k) => `i.${c}::float8 AS m${k}`).join(', ')}
       FROM rapport.latest_indicators i
       WHERE i.tenant_id = $1 AND i.agent_id = a.agent_id
       ORDER BY i.started_at DESC, i.interaction_id DESC
       LIMIT $3
     ) r
     ORDER BY a.agent_id, r.started_at, r.interaction_id`,
    [tenantId, [...new Set(agentIds)], limit],
  );
  for (const row of rows) {
    const values: Record<string, number | null> = {};
    metrics.forEach((m, k) => (values[m] = row[`m${k}`] ?? null));
    const point: HistoryPoint = { interactionId: row.interaction_id, startedAt: (row.started_at as Date).toISOString(), values };
    const list = out.get(row.agent_id);
    if (list) list.push(point);
    else out.set(row.agent_id, [point]);
  }
  return out;
}

/** Each team's mean of the given metrics over its `TEAM_MEAN_WINDOW` most recent interactions; null when no value. */
export async function teamMeans(client: Queryable, tenantId: string, teamIds: readonly string[], metrics: readonly string[]): Promise<Map<string, Record<string, number | null>>> {
  const out = new Map<string, Record<string, number | null>>();
  if (teamIds.length === 0) return out;
  const columns = columnsFor(metrics);
  if (columns) {
    const { rows: means } = await client.query(
      `SELECT t.team_id, ${columns.map((c, k) => `avg(r.${c})::float8 AS m${k}`).join(', ')}
       FROM unnest($2::text[]) AS t(team_id)
       CROSS JOIN LATERAL (
         SELECT ${columns.map((c) => `i.${c}`).join(', ')}
         FROM rapport.latest_indicators i
         WHERE i.tenant_id = $1 AND i.team_id = t.team_id
         ORDER BY i.started_at DESC, i.interaction_id DESC
         LIMIT $3
       ) r
       GROUP BY t.team_id`,
      [tenantId, [...new Set(teamIds)], TEAM_MEAN_WINDOW],
    );
    for (const row of means) {
      const values: Record<string, number | null> = {};
      metrics.forEach((m, k) => (values[m] = row[`m${k}`] ?? null));
      out.set(row.team_id, values);
    }
    return out;
  }
  const { rows } = await client.query<{ team_id: string; details: Omit<Indicators, 'evidence'> }>(RECENT_BY_TEAM_SQL, [tenantId, [...new Set(teamIds)], TEAM_MEAN_WINDOW]);
  const sums = new Map<string, Record<string, { sum: number; n: number }>>();
  for (const row of rows) {
    const indicators = fromDetails(row.details);
    const team = sums.get(row.team_id) ?? {};
    for (const metric of metrics) {
      const v = readMetric(indicators, metric);
      if (v === null) continue;
      const acc = (team[metric] ??= { sum: 0, n: 0 });
      acc.sum += v;
      acc.n++;
    }
    sums.set(row.team_id, team);
  }
  for (const [team, acc] of sums) {
    const means: Record<string, number | null> = {};
    for (const metric of metrics) means[metric] = acc[metric] ? acc[metric].sum / acc[metric].n : null;
    out.set(team, means);
  }
  return out;
}
