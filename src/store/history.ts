/** What trend rules need from storage: agents' recent interactions and teams' recent means. */
import type pg from 'pg';
import type { Indicators } from '../domain/types.js';
import { historyPoint, type HistoryPoint } from '../alerts/evaluate.js';
import { readMetric } from '../alerts/metrics.js';

/** Each agent's `limit` most recent analyzed interactions (latest analysis), oldest first. */
export async function agentHistory(client: pg.Pool | pg.ClientBase, tenantId: string, agentIds: readonly string[], limit: number): Promise<Map<string, HistoryPoint[]>> {
  const { rows } = await client.query<{ agent_id: string; details: Omit<Indicators, 'evidence'> }>(
    `SELECT agent_id, details FROM (
       SELECT agent_id, details, started_at, interaction_id,
              row_number() OVER (PARTITION BY agent_id ORDER BY started_at DESC, interaction_id DESC) AS recency
       FROM rapport.latest_indicators
       WHERE tenant_id = $1 AND agent_id = ANY($2::text[])
     ) recent
     WHERE recency <= $3
     ORDER BY agent_id, started_at, interaction_id`,
    [tenantId, agentIds, limit],
  );
  const out = new Map<string, HistoryPoint[]>();
  for (const row of rows) {
    const point = historyPoint({ ...row.details, evidence: [] } as Indicators);
    const list = out.get(row.agent_id);
    if (list) list.push(point);
    else out.set(row.agent_id, [point]);
  }
  return out;
}

/** Each team's mean of the given metrics over its 200 most recent interactions. */
export async function teamMeans(client: pg.Pool | pg.ClientBase, tenantId: string, teamIds: readonly string[], metrics: readonly string[]): Promise<Map<string, Record<string, number | null>>> {
  const { rows } = await client.query<{ team_id: string; details: Omit<Indicators, 'evidence'> }>(
    `SELECT team_id, details FROM (
       SELECT team_id, details, row_number() OVER (PARTITION BY team_id ORDER BY started_at DESC) AS recency
       FROM rapport.latest_indicators
       WHERE tenant_id = $1 AND team_id = ANY($2::text[])
     ) recent
     WHERE recency <= 200`,
    [tenantId, teamIds],
  );
  const sums = new Map<string, Record<string, { sum: number; n: number }>>();
  for (const row of rows) {
    const ind = { ...row.details, evidence: [] } as Indicators;
    const team = sums.get(row.team_id) ?? {};
    for (const metric of metrics) {
      const v = readMetric(ind, metric);
      if (v === null) continue;
      const acc = (team[metric] ??= { sum: 0, n: 0 });
      acc.sum += v;
      acc.n++;
    }
    sums.set(row.team_id, team);
  }
  const out = new Map<string, Record<string, number | null>>();
  for (const [team, acc] of sums) {
    const means: Record<string, number | null> = {};
    for (const metric of metrics) means[metric] = acc[metric] ? acc[metric].sum / acc[metric].n : null;
    out.set(team, means);
  }
  return out;
}
