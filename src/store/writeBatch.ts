/**
 * Stores one batch in one transaction: interactions, indicators, evidence, dead letters and alerts.
 * One multi-row statement per table (rows travel as one JSON parameter, expanded by
 * jsonb_to_recordset), never a round trip per row. Every insert is idempotent: replaying a batch
 * changes nothing. Returns the alerts of the batch that are not delivered yet (the outbox).
 */
import type pg from 'pg';
import type { Alert } from '../domain/types.js';
import type { Analyzed, Rejected } from '../pipeline/prepare.js';
import { INDICATOR_COLUMNS } from './columns.js';

export interface WriteBatchInput {
  analyzed: readonly Analyzed[];
  rejected: readonly Rejected[];
  alerts: readonly Alert[];
}

export type StoredAlert = Alert & { id: string };

/** How long a write may wait for a lock before failing (and being retried by the consumer). */
export const LOCK_TIMEOUT_MS = 5_000;
export const STATEMENT_TIMEOUT_MS = 30_000;

const INTERACTIONS_SQL = `
INSERT INTO rapport.interactions (tenant_id, interaction_id, channel, agent_id, team_id, customer_id, queue, language,
  started_at, ended_at, turn_count, source_topic, source_partition, source_offset)
SELECT tenant_id, interaction_id, channel, agent_id, team_id, customer_id, queue, language,
  started_at, ended_at, turn_count, source_topic, source_partition, source_offset
FROM jsonb_to_recordset($1::jsonb) AS x(tenant_id text, interaction_id text, channel text, agent_id text, team_id text,
  customer_id text, queue text, language text, started_at timestamptz, ended_at timestamptz, turn_count int,
  source_topic text, source_partition int, source_offset bigint)
ON CONFLICT (tenant_id, interaction_id) DO NOTHING`;

const indicatorColumns = INDICATOR_COLUMNS.map((c) => c.name);
const INDICATORS_SQL = `
INSERT INTO rapport.indicators (tenant_id, interaction_id, analysis_version, lexicon_version, agent_id, team_id, channel,
  started_at, ${indicatorColumns.join(', ')}, details)
SELECT tenant_id, interaction_id, analysis_version, lexicon_version, agent_id, team_id, channel, started_at,
  ${indicatorColumns.join(', ')}, details
FROM jsonb_to_recordset($1::jsonb) AS x(tenant_id text, interaction_id text, analysis_version text, lexicon_version text,
  agent_id text, team_id text, channel text, started_at timestamptz,
  ${INDICATOR_COLUMNS.map((c) => `${c.name} ${c.type}`).join(', ')}, details jsonb)
ON CONFLICT (tenant_id, interaction_id, analysis_version) DO NOTHING
RETURNING tenant_id, interaction_id, analysis_version`;

const EVIDENCE_SQL = `
INSERT INTO rapport.evidence (tenant_id, interaction_id, analysis_version, ordinal, detector, kind, category, entry,
  speaker, turn, span_start, span_end, quote, weight)
SELECT tenant_id, interaction_id, analysis_version, ordinal, detector, kind, category, entry,
  speaker, turn, span_start, span_end, quote, weight
FROM jsonb_to_recordset($1::jsonb) AS x(tenant_id text, interaction_id text, analysis_version text, ordinal int,
  detector text, kind text, category text, entry text, speaker text, turn int, span_start int, span_end int,
  quote text, weight numeric)
ON CONFLICT DO NOTHING`;

const DEAD_LETTERS_SQL = `
INSERT INTO rapport.dead_letters (source_topic, source_partition, source_offset, message_key, payload, reason_code, reason)
SELECT * FROM unnest($1::text[], $2::int[], $3::bigint[], $4::bytea[], $5::bytea[], $6::text[], $7::text[])
ON CONFLICT (source_topic, source_partition, source_offset) DO NOTHING`;

const ALERTS_SQL = `
INSERT INTO rapport.alerts (tenant_id, dedup_key, rule_id, rule_kind, interaction_id, agent_id, team_id, skill, severity, message, evidence)
SELECT tenant_id, dedup_key, rule_id, rule_kind, interaction_id, agent_id, team_id, skill, severity, message, evidence
FROM jsonb_to_recordset($1::jsonb) AS x(tenant_id text, dedup_key text, rule_id text, rule_kind text, interaction_id text,
  agent_id text, team_id text, skill text, severity text, message text, evidence jsonb)
ON CONFLICT (tenant_id, dedup_key) DO NOTHING`;

const UNDELIVERED_SQL = `
SELECT a.id::text AS id, a.tenant_id, a.dedup_key, a.rule_id, a.rule_kind, a.interaction_id, a.agent_id, a.team_id,
  a.skill, a.severity, a.message, a.evidence
FROM rapport.alerts a
JOIN unnest($1::text[], $2::text[]) AS k(tenant_id, dedup_key) USING (tenant_id, dedup_key)
WHERE a.delivered_at IS NULL
ORDER BY a.id`;

function interactionRow(a: Analyzed) {
  const t = a.transcript;
  return {
    tenant_id: t.tenantId,
    interaction_id: t.interactionId,
    channel: t.channel,
    agent_id: t.agentId,
    team_id: t.teamId ?? null,
    customer_id: t.customerId ?? null,
    queue: t.queue ?? null,
    language: t.language,
    started_at: t.startedAt,
    ended_at: t.endedAt ?? null,
    turn_count: t.turns.length,
    source_topic: a.message.topic,
    source_partition: a.message.partition,
    source_offset: a.message.offset,
  };
}

function indicatorRow(a: Analyzed) {
  const i = a.indicators;
  const row: Record<string, unknown> = {
    tenant_id: i.tenantId,
    interaction_id: i.interactionId,
    analysis_version: i.analysisVersion,
    lexicon_version: i.lexiconVersion,
    agent_id: i.agentId,
    team_id: i.teamId,
    channel: i.channel,
    started_at: i.startedAt,
  };
  for (const c of INDICATOR_COLUMNS) row[c.name] = c.read(i);
  const { evidence: _evidence, ...details } = i;
  row.details = details;
  return row;
}

export async function writeBatch(client: pg.ClientBase, batch: WriteBatchInput): Promise<StoredAlert[]> {
  await client.query('BEGIN');
  try {
    await client.query(`SET LOCAL lock_timeout = ${LOCK_TIMEOUT_MS}; SET LOCAL statement_timeout = ${STATEMENT_TIMEOUT_MS}`);
    if (batch.analyzed.length > 0) {
      await client.query(INTERACTIONS_SQL, [JSON.stringify(batch.analyzed.map(interactionRow))]);
      const inserted = await client.query<{ tenant_id: string; interaction_id: string; analysis_version: string }>(INDICATORS_SQL, [
        JSON.stringify(batch.analyzed.map(indicatorRow)),
      ]);
      // Evidence only for indicator rows this batch created: a replay inserts nothing.
      const fresh = new Set(inserted.rows.map((r) => `${r.tenant_id}\u0000${r.interaction_id}\u0000${r.analysis_version}`));
      const evidence = [];
      for (const a of batch.analyzed) {
        const i = a.indicators;
        if (!fresh.has(`${i.tenantId}\u0000${i.interactionId}\u0000${i.analysisVersion}`)) continue;
        for (const [ordinal, f] of i.evidence.entries()) {
          evidence.push({
            tenant_id: i.tenantId, interaction_id: i.interactionId, analysis_version: i.analysisVersion, ordinal,
            detector: f.detector, kind: f.kind, category: f.category ?? null, entry: f.entry ?? null, speaker: f.speaker,
            turn: f.evidence.turn, span_start: f.evidence.span.start, span_end: f.evidence.span.end, quote: f.evidence.quote, weight: f.weight,
          });
        }
      }
      if (evidence.length > 0) await client.query(EVIDENCE_SQL, [JSON.stringify(evidence)]);
    }
    if (batch.rejected.length > 0) {
      const r = batch.rejected;
      await client.query(DEAD_LETTERS_SQL, [
        r.map((x) => x.message.topic),
        r.map((x) => x.message.partition),
        r.map((x) => x.message.offset),
        r.map((x) => x.message.key),
        r.map((x) => x.message.value),
        r.map((x) => x.code),
        r.map((x) => x.reason),
      ]);
    }
    let undelivered: StoredAlert[] = [];
    if (batch.alerts.length > 0) {
      await client.query(ALERTS_SQL, [
        JSON.stringify(batch.alerts.map((a) => ({
          tenant_id: a.tenantId, dedup_key: a.dedupKey, rule_id: a.ruleId, rule_kind: a.ruleKind, interaction_id: a.interactionId,
          agent_id: a.agentId, team_id: a.teamId, skill: a.skill, severity: a.severity, message: a.message, evidence: a.evidence,
        }))),
      ]);
      const { rows } = await client.query(UNDELIVERED_SQL, [batch.alerts.map((a) => a.tenantId), batch.alerts.map((a) => a.dedupKey)]);
      undelivered = rows.map((r) => ({
        id: r.id, tenantId: r.tenant_id, dedupKey: r.dedup_key, ruleId: r.rule_id, ruleKind: r.rule_kind, interactionId: r.interaction_id,
        agentId: r.agent_id, teamId: r.team_id, skill: r.skill, severity: r.severity, message: r.message, evidence: r.evidence,
      }));
    }
    await client.query('COMMIT');
    return undelivered;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}
