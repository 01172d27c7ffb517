/**
 * The shapes the storage layer reads and writes (`src/store/`), on top of the domain model in
 * `src/domain/types.ts`. The tables themselves are described in `docs/storage.md`.
 *
 * Glossary
 * - batch: everything one pipeline step stores, written in ONE transaction by `writeBatch`:
 *   interactions, their indicators (with evidence), dead letters and coaching alerts.
 * - source position: where a message came from (topic, partition, offset); for the file source of
 *   `rapport demo` the topic is the file name and the offset the record number.
 * - analysis version: the version of the analysis code that produced an indicators record. There is
 *   one `rapport.indicators` row per interaction and analysis version; re-analysing with new code
 *   adds a row, and the view `rapport.latest_indicators` picks the most recent analysis.
 * - dedup key: an alert's identity within its tenant (`rule:interaction`, or `rule:agent:day` for
 *   trend rules). An alert whose key is already stored is not stored, announced or published again.
 * - pending alert: a stored alert not yet marked delivered (published to the alerts topic). The
 *   alerts table doubles as an outbox: a batch that failed after COMMIT hands its alerts out again.
 * - first write wins: `interactionId` is the idempotency key. A second message for an interaction
 *   already stored (a re-delivery, a replay) changes nothing for the same analysis version.
 */
import type { Alert, Channel, Indicators } from '../domain/types.js';

/** Where a message was read from. */
export interface SourcePosition {
  topic: string;
  partition: number;
  /** Kafka offset (64-bit) as a decimal string; stored as `bigint`. */
  offset: string;
}

/** One row of `rapport.interactions`: the interaction's metadata. The transcript text is not stored. */
export interface StoredInteraction {
  tenantId: string;
  /** Idempotency key within the tenant. */
  interactionId: string;
  channel: Channel;
  agentId: string;
  teamId: string | null;
  /** The platform's customer id (pseudonymous, as sent); never a name or a number. */
  customerId: string | null;
  queue: string | null;
  /** BCP-47 language tag. */
  language: string;
  /** ISO 8601 instant. */
  startedAt: string;
  /** ISO 8601 instant, or null when the platform did not send it. */
  endedAt: string | null;
  /** Number of turns of the transcript, every speaker. */
  turnCount: number;
  /** Number of whitespace-separated words over all turns. */
  wordCount: number;
  /** Where the message came from; null when written by other means (tests, backfills). */
  source: SourcePosition | null;
}

/** One row of `rapport.dead_letters`: a message that could not be used, kept byte for byte. */
export interface DeadLetter {
  /** Unique: a replayed bad message is stored once. */
  source: SourcePosition;
  /** The message key, verbatim. */
  key: Buffer | null;
  /** The message value, verbatim. */
  payload: Buffer | null;
  /** Stable reason code, e.g. `invalid-json`, `contract` (see `src/pipeline/prepare.ts`). */
  reasonCode: string;
  /** What exactly is wrong, for the platform team that sent it. NUL characters are stored as `\0`. */
  reason: string;
  /** The tenant, when decoding got far enough to know it; null rows are visible to operators only. */
  tenantId: string | null;
}

/** A coaching alert as written: the domain `Alert` (its fields are documented there). */
export type AlertRecord = Alert;

/** An alert as stored, with its id (`rapport.alerts.id`, a bigint, as a decimal string). */
export type StoredAlert = AlertRecord & { id: string };

/** What `writeBatch` stores in one transaction. Indicators refer to interactions of this or an earlier batch. */
export interface Batch {
  interactions: readonly StoredInteraction[];
  /** Each with its evidence, which goes to `rapport.evidence`. */
  indicators: readonly Indicators[];
  deadLetters: readonly DeadLetter[];
  alerts: readonly AlertRecord[];
}

/** What `writeBatch` did. Counts are rows actually inserted: zero on a replay. */
export interface BatchResult {
  interactionsInserted: number;
  indicatorsInserted: number;
  evidenceInserted: number;
  deadLettersInserted: number;
  /** Alerts of this batch that were new (announced by NOTIFY in this transaction), in batch order. */
  alertsInserted: StoredAlert[];
  /**
   * Alerts of this batch not yet marked delivered: the new ones and any an earlier, failed attempt
   * stored but did not deliver. Publish these, then `markDelivered` them. Ordered by id.
   */
  alertsPending: StoredAlert[];
}

/** An alert as listed for coaches and operators (`listAlerts`). */
export interface AlertRow {
  id: string;
  tenant_id: string;
  rule_id: string;
  rule_kind: 'interaction' | 'trend';
  dedup_key: string;
  severity: 'info' | 'warning' | 'critical';
  skill: string;
  agent_id: string;
  team_id: string | null;
  interaction_id: string | null;
  message: string;
  evidence: Alert['evidence'];
  created_at: Date;
  delivered_at: Date | null;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
}
