/** Alert operations for coaches and the delivery outbox. */
import type pg from 'pg';

export interface AlertRow {
  id: string;
  tenant_id: string;
  rule_id: string;
  severity: string;
  agent_id: string;
  interaction_id: string;
  message: string;
  created_at: Date;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
}

/** Mark delivered alerts, so a retried batch does not deliver them again. */
export async function markDelivered(client: pg.Pool | pg.ClientBase, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await client.query('UPDATE rapport.alerts SET delivered_at = now() WHERE id = ANY($1::bigint[]) AND delivered_at IS NULL', [ids]);
}

/** Acknowledge an alert; false when there is no such alert. */
export async function acknowledgeAlert(client: pg.Pool | pg.ClientBase, id: string, by: string): Promise<boolean> {
  const { rowCount } = await client.query('UPDATE rapport.alerts SET acknowledged_at = now(), acknowledged_by = $2 WHERE id = $1::bigint', [id, by]);
  return rowCount === 1;
}

export async function listAlerts(client: pg.Pool | pg.ClientBase, options: { tenantId?: string; unacknowledged?: boolean; limit?: number } = {}): Promise<AlertRow[]> {
  const { rows } = await client.query<AlertRow>(
    `SELECT id::text, tenant_id, rule_id, severity, agent_id, interaction_id, message, created_at, acknowledged_at, acknowledged_by
     FROM rapport.alerts
     WHERE ($1::text IS NULL OR tenant_id = $1) AND (NOT $2 OR acknowledged_at IS NULL)
     ORDER BY id DESC LIMIT $3`,
    [options.tenantId ?? null, options.unacknowledged ?? false, options.limit ?? 50],
  );
  return rows;
}
