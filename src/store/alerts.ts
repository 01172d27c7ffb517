/**
 * Alert operations for coaches (list, acknowledge) and for the delivery outbox (mark delivered).
 * Under the analyst role, row-level security limits all of them to the session's tenant.
 */
import type pg from 'pg';
import type { AlertRow } from './types.js';

export type { AlertRow } from './types.js';

type Queryable = pg.Pool | pg.ClientBase;

const ALERT_COLUMNS = `id::text AS id, tenant_id, rule_id, rule_kind, dedup_key, severity, skill, agent_id, team_id, interaction_id,
  message, evidence, created_at, delivered_at, acknowledged_at, acknowledged_by`;

/** Record that these alerts were published, so a retried batch does not publish them again. */
export async function markDelivered(client: Queryable, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await client.query('UPDATE rapport.alerts SET delivered_at = now() WHERE id = ANY($1::bigint[]) AND delivered_at IS NULL', [ids]);
}

/**
 * Acknowledge an alert. The first acknowledgement stands: acknowledging again changes nothing.
 * Returns the alert as it now is (see `acknowledged_by` for who acknowledged it first), or null
 * when there is no such alert (or, under the analyst role, none in the session's tenant).
 */
export async function acknowledgeAlert(client: Queryable, id: string, by: string): Promise<AlertRow | null> {
  const updated = await client.query<AlertRow>(
    `UPDATE rapport.alerts SET acknowledged_at = now(), acknowledged_by = $2
     WHERE id = $1::bigint AND acknowledged_at IS NULL
     RETURNING ${ALERT_COLUMNS}`,
    [id, by],
  );
  if (updated.rows.length > 0) return updated.rows[0];
  // Already acknowledged, or no such alert: a new statement, so it sees a concurrent acknowledgement.
  const { rows } = await client.query<AlertRow>(`SELECT ${ALERT_COLUMNS} FROM rapport.alerts WHERE id = $1::bigint`, [id]);
  return rows[0] ?? null;
}

export interface ListAlertsOptions {
  /** Only this tenant's alerts (all tenants the session may see when absent). */
  tenantId?: string;
  /** Only alerts nobody has acknowledged yet. */
  unacknowledged?: boolean;
  /** At most this many, newest first; 50 by default. */
  limit?: number;
}

/** Alerts, newest first. */
export async function listAlerts(client: Queryable, options: ListAlertsOptions = {}): Promise<AlertRow[]> {
  const { rows } = await client.query<AlertRow>(
    `SELECT ${ALERT_COLUMNS}
     FROM rapport.alerts
     WHERE ($1::text IS NULL OR tenant_id = $1) AND (NOT $2 OR acknowledged_at IS NULL)
     ORDER BY created_at DESC, id DESC
     LIMIT $3`,
    [options.tenantId ?? null, options.unacknowledged ?? false, options.limit ?? 50],
  );
  return rows;
}
