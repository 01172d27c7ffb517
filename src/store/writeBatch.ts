/**
 * Stores one batch in ONE transaction: interactions, indicators, evidence, dead letters, alerts.
 * One multi-row statement per table (`INSERT ... SELECT * FROM unnest($1::text[], ...)`, every
 * value a parameter), never a round trip per row. Every statement is idempotent, so replaying a
 * batch (a re-delivery, a topic replayed from the start) changes nothing:
 * - interactions, indicators, dead letters: ON CONFLICT DO NOTHING (first write wins);
 * - evidence: written only for indicator rows this batch created;
 * - alerts: ON CONFLICT (tenant_id, dedup_key) DO NOTHING, so only new alerts come back, and only
 *   new alerts fire the `rapport_alerts` NOTIFY (which Postgres delivers at COMMIT).
 */
import type pg from 'pg';
import {
  ALERTS_TABLE,
  columnArrays,
  DEAD_LETTERS_TABLE,
  EVIDENCE_TABLE,
  type EvidenceRow,
  INDICATORS_TABLE,
  insertFromUnnest,
  INTERACTIONS_TABLE,
} from './columns.js';
import type { AlertRecord, Batch, BatchResult } from './types.js';

/** How long a write may wait for a lock before failing (and being retried by the consumer). */
export const LOCK_TIMEOUT_MS = 5_000;
/** The longest a single statement of a batch may run. */
export const STATEMENT_TIMEOUT_MS = 30_000;

const INTERACTIONS_SQL = `${insertFromUnnest('rapport.interactions', INTERACTIONS_TABLE)}
ON CONFLICT (tenant_id, interaction_id) DO NOTHING`;

const INDICATORS_SQL = `${insertFromUnnest('rapport.indicators', INDICATORS_TABLE)}
ON CONFLICT (tenant_id, interaction_id, analysis_version) DO NOTHING
RETURNING tenant_id, interaction_id, analysis_version`;

const EVIDENCE_SQL = `${insertFromUnnest('rapport.evidence', EVIDENCE_TABLE)}
ON CONFLICT (tenant_id, interaction_id, analysis_version, ordinal) DO NOTHING`;

const DEAD_LETTERS_SQL = `${insertFromUnnest('rapport.dead_letters', DEAD_LETTERS_TABLE)}
ON CONFLICT (source_topic, source_partition, source_offset) DO NOTHING`;

const ALERTS_SQL = `${insertFromUnnest('rapport.alerts', ALERTS_TABLE)}
ON CONFLICT (tenant_id, dedup_key) DO NOTHING
RETURNING id::text AS id, tenant_id, dedup_key`;

const PENDING_ALERTS_SQL = `
SELECT a.id::text AS id, a.tenant_id, a.dedup_key, a.rule_id, a.rule_kind, a.interaction_id, a.agent_id, a.team_id,
       a.skill, a.severity, a.message, a.evidence
FROM rapport.alerts a
JOIN unnest($1::text[], $2::text[]) AS k(tenant_id, dedup_key) USING (tenant_id, dedup_key)
WHERE a.delivered_at IS NULL
ORDER BY a.id`;

const key = (...parts: string[]): string => parts.join('\u0000');

interface PendingRow {
  id: string;
  tenant_id: string;
  dedup_key: string;
  rule_id: string;
  rule_kind: AlertRecord['ruleKind'];
  interaction_id: string | null;
  agent_id: string;
  team_id: string | null;
  skill: string;
  severity: AlertRecord['severity'];
  message: string;
  evidence: AlertRecord['evidence'];
}

function emptyResult(): BatchResult {
  return { interactionsInserted: 0, indicatorsInserted: 0, evidenceInserted: 0, deadLettersInserted: 0, alertsInserted: [], alertsPending: [] };
}

async function writeIndicators(client: pg.ClientBase, batch: Batch, result: BatchResult): Promise<void> {
  const inserted = await client.query<{ tenant_id: string; interaction_id: string; analysis_version: string }>(
    INDICATORS_SQL,
    columnArrays(INDICATORS_TABLE, batch.indicators),
  );
  result.indicatorsInserted = inserted.rowCount ?? 0;
  // Evidence only for the indicator rows this batch created: a replay writes none.
  const fresh = new Set(inserted.rows.map((r) => key(r.tenant_id, r.interaction_id, r.analysis_version)));
  const evidence: EvidenceRow[] = [];
  for (const indicators of batch.indicators) {
    if (!fresh.delete(key(indicators.tenantId, indicators.interactionId, indicators.analysisVersion))) continue;
    indicators.evidence.forEach((finding, ordinal) => evidence.push({ indicators, ordinal, finding }));
  }
  if (evidence.length > 0) {
    const { rowCount } = await client.query(EVIDENCE_SQL, columnArrays(EVIDENCE_TABLE, evidence));
    result.evidenceInserted = rowCount ?? 0;
  }
}

async function writeAlerts(client: pg.ClientBase, alerts: readonly AlertRecord[], result: BatchResult): Promise<void> {
  const byKey = new Map<string, AlertRecord>();
  for (const a of alerts) if (!byKey.has(key(a.tenantId, a.dedupKey))) byKey.set(key(a.tenantId, a.dedupKey), a);
  const inserted = await client.query<{ id: string; tenant_id: string; dedup_key: string }>(ALERTS_SQL, columnArrays(ALERTS_TABLE, alerts));
  const ids = new Map(inserted.rows.map((r) => [key(r.tenant_id, r.dedup_key), r.id]));
  for (const [k, alert] of byKey) {
    const id = ids.get(k);
    if (id !== undefined) result.alertsInserted.push({ ...alert, id });
  }
  const pending = await client.query<PendingRow>(PENDING_ALERTS_SQL, [alerts.map((a) => a.tenantId), alerts.map((a) => a.dedupKey)]);
  result.alertsPending = pending.rows.map((r) => ({
    id: r.id,
    tenantId: r.tenant_id,
    dedupKey: r.dedup_key,
    ruleId: r.rule_id,
    ruleKind: r.rule_kind,
    // Alerts stored by this writer always name an interaction; the column allows none.
    interactionId: r.interaction_id ?? byKey.get(key(r.tenant_id, r.dedup_key))?.interactionId ?? '',
    agentId: r.agent_id,
    teamId: r.team_id,
    skill: r.skill,
    severity: r.severity,
    message: r.message,
    evidence: r.evidence,
  }));
}

/**
 * Store a batch in one transaction on `client` (a dedicated connection, not a pool: BEGIN and
 * COMMIT must run on the same one). On any error the transaction is rolled back and the error
 * rethrown; nothing of the batch is stored. Indicators must refer to interactions stored in this
 * batch or before (a foreign key checks it).
 */
export async function writeBatch(client: pg.ClientBase, batch: Batch): Promise<BatchResult> {
  const result = emptyResult();
  if (batch.interactions.length + batch.indicators.length + batch.deadLetters.length + batch.alerts.length === 0) return result;
  try {
    await client.query(`BEGIN; SET LOCAL lock_timeout = ${LOCK_TIMEOUT_MS}; SET LOCAL statement_timeout = ${STATEMENT_TIMEOUT_MS}`);
    if (batch.interactions.length > 0) {
      const { rowCount } = await client.query(INTERACTIONS_SQL, columnArrays(INTERACTIONS_TABLE, batch.interactions));
      result.interactionsInserted = rowCount ?? 0;
    }
    if (batch.indicators.length > 0) await writeIndicators(client, batch, result);
    if (batch.deadLetters.length > 0) {
      const { rowCount } = await client.query(DEAD_LETTERS_SQL, columnArrays(DEAD_LETTERS_TABLE, batch.deadLetters));
      result.deadLettersInserted = rowCount ?? 0;
    }
    if (batch.alerts.length > 0) await writeAlerts(client, batch.alerts, result);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}
