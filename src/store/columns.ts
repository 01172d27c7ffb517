/**
 * How records map to the columns of each table: one list per table, used to build the batched
 * `INSERT ... SELECT * FROM unnest($1::text[], $2::int[], ...)` statements of `writeBatch`, and
 * checked against the migrated tables by a test (a column added to a migration but not here, or
 * the other way round, fails it).
 *
 * Indicator columns are named `<who>_<measure>` for per-speaker values (`agent_talk_ms`,
 * `customer_sentiment_q1`) and `<skill>_<measure>` for skill sections (`empathy_missed`,
 * `ownership_score`); `_ms` is milliseconds, `_score` is 0-100, `_na` is the reason a section does
 * not apply (null when it does). Whatever has no column (per-turn sentiment, interruption
 * instances) is in the `details` jsonb column.
 */
import type { Finding, Indicators } from '../domain/types.js';
import type { AlertRecord, DeadLetter, StoredInteraction } from './types.js';

export type SqlType = 'text' | 'int' | 'bigint' | 'numeric' | 'timestamptz' | 'jsonb' | 'bytea';

export interface Column<R> {
  name: string;
  type: SqlType;
  read(row: R): unknown;
}

const col = <R>(name: string, type: SqlType, read: (row: R) => unknown): Column<R> => ({ name, type, read });

/** The typed indicator columns (the fixed identity columns and `details` are in `INDICATORS_TABLE`). */
export const INDICATOR_COLUMNS: readonly Column<Indicators>[] = [
  // conversation characteristics (Contact Lens: talk time, non-talk time, talk speed)
  col('conversation_na', 'text', (i) => i.conversation.na),
  col('duration_ms', 'bigint', (i) => i.conversation.durationMs),
  col('agent_turns', 'int', (i) => i.conversation.turns.agent),
  col('customer_turns', 'int', (i) => i.conversation.turns.customer),
  col('other_turns', 'int', (i) => i.conversation.turns.other),
  col('agent_talk_ms', 'bigint', (i) => i.conversation.talkTimeMs.agent),
  col('customer_talk_ms', 'bigint', (i) => i.conversation.talkTimeMs.customer),
  col('agent_talk_ratio', 'numeric', (i) => i.conversation.agentTalkRatio),
  col('non_talk_ms', 'bigint', (i) => i.conversation.nonTalkTimeMs),
  col('non_talk_instances', 'int', (i) => i.conversation.nonTalkInstances),
  col('agent_wpm', 'numeric', (i) => i.conversation.wordsPerMinute.agent),
  col('customer_wpm', 'numeric', (i) => i.conversation.wordsPerMinute.customer),
  col('agent_response_mean_ms', 'bigint', (i) => i.conversation.agentResponseTimeMs?.mean ?? null),
  col('agent_response_p90_ms', 'bigint', (i) => i.conversation.agentResponseTimeMs?.p90 ?? null),
  col('agent_response_max_ms', 'bigint', (i) => i.conversation.agentResponseTimeMs?.max ?? null),
  col('agent_response_count', 'int', (i) => i.conversation.agentResponseTimeMs?.count ?? null),
  // empathy: opportunities, shown, missed; the score is null when there was no opportunity
  col('empathy_na', 'text', (i) => i.empathy.na),
  col('empathy_opportunities', 'int', (i) => i.empathy.opportunities),
  col('empathy_shown', 'int', (i) => i.empathy.shown),
  col('empathy_missed', 'int', (i) => i.empathy.missed),
  col('empathy_score', 'numeric', (i) => i.empathy.score),
  col('empathy_phrases', 'int', (i) => i.empathy.phrases),
  col('empathy_scripted_phrases', 'int', (i) => i.empathy.scriptedPhrases),
  // positive language and politeness (section `positiveLanguage`)
  col('language_na', 'text', (i) => i.positiveLanguage.na),
  col('positive_phrases', 'int', (i) => i.positiveLanguage.positive),
  col('negative_phrases', 'int', (i) => i.positiveLanguage.negative),
  col('politeness_markers', 'int', (i) => i.positiveLanguage.politeness),
  col('positive_language_score', 'numeric', (i) => i.positiveLanguage.score),
  // interruptions (voice; chat has none: interruptions_na says so)
  col('interruptions_na', 'text', (i) => i.interruptions.na),
  col('agent_interruptions', 'int', (i) => i.interruptions.agent.count),
  col('agent_interruption_ms', 'bigint', (i) => i.interruptions.agent.overlapMs),
  col('agent_interruptions_per_min', 'numeric', (i) => i.interruptions.agent.perMinute),
  col('customer_interruptions', 'int', (i) => i.interruptions.customer.count),
  col('customer_interruption_ms', 'bigint', (i) => i.interruptions.customer.overlapMs),
  col('customer_interruptions_per_min', 'numeric', (i) => i.interruptions.customer.perMinute),
  col('ignored_overlaps', 'int', (i) => i.interruptions.ignoredOverlaps),
  // sentiment, -5..+5
  col('sentiment_na', 'text', (i) => i.sentiment.na),
  col('agent_sentiment', 'numeric', (i) => i.sentiment.agent.overall),
  col('agent_sentiment_q1', 'numeric', (i) => i.sentiment.agent.quarters[0]),
  col('agent_sentiment_q2', 'numeric', (i) => i.sentiment.agent.quarters[1]),
  col('agent_sentiment_q3', 'numeric', (i) => i.sentiment.agent.quarters[2]),
  col('agent_sentiment_q4', 'numeric', (i) => i.sentiment.agent.quarters[3]),
  col('customer_sentiment', 'numeric', (i) => i.sentiment.customer.overall),
  col('customer_sentiment_q1', 'numeric', (i) => i.sentiment.customer.quarters[0]),
  col('customer_sentiment_q2', 'numeric', (i) => i.sentiment.customer.quarters[1]),
  col('customer_sentiment_q3', 'numeric', (i) => i.sentiment.customer.quarters[2]),
  col('customer_sentiment_q4', 'numeric', (i) => i.sentiment.customer.quarters[3]),
  col('customer_sentiment_shift', 'numeric', (i) => i.sentiment.customerShift),
  // active listening
  col('active_listening_na', 'text', (i) => i.activeListening.na),
  col('clarifying_questions', 'int', (i) => i.activeListening.clarifyingQuestions),
  col('paraphrases', 'int', (i) => i.activeListening.paraphrases),
  col('active_listening_score', 'numeric', (i) => i.activeListening.score),
  // ownership
  col('ownership_na', 'text', (i) => i.ownership.na),
  col('ownership_statements', 'int', (i) => i.ownership.statements),
  col('deflections', 'int', (i) => i.ownership.deflections),
  col('ownership_score', 'numeric', (i) => i.ownership.score),
  // setting expectations
  col('expectations_na', 'text', (i) => i.expectations.na),
  col('expectation_statements', 'int', (i) => i.expectations.statements),
  col('expectations_with_time_frame', 'int', (i) => i.expectations.withTimeFrame),
  // customer effort
  col('customer_effort_na', 'text', (i) => i.customerEffort.na),
  col('customer_effort_cues', 'numeric', (i) => i.customerEffort.cues),
  col('customer_effort_score', 'numeric', (i) => i.customerEffort.score),
];

/** The record without its evidence: what `details` holds. */
function details(i: Indicators): Omit<Indicators, 'evidence'> {
  const { evidence: _evidence, ...rest } = i;
  return rest;
}

export const INDICATORS_TABLE: readonly Column<Indicators>[] = [
  col('tenant_id', 'text', (i) => i.tenantId),
  col('interaction_id', 'text', (i) => i.interactionId),
  col('analysis_version', 'text', (i) => i.analysisVersion),
  col('lexicon_version', 'text', (i) => i.lexiconVersion),
  col('agent_id', 'text', (i) => i.agentId),
  col('team_id', 'text', (i) => i.teamId),
  col('channel', 'text', (i) => i.channel),
  col('started_at', 'timestamptz', (i) => i.startedAt),
  ...INDICATOR_COLUMNS,
  col('details', 'jsonb', details),
];

export const INTERACTIONS_TABLE: readonly Column<StoredInteraction>[] = [
  col('tenant_id', 'text', (r) => r.tenantId),
  col('interaction_id', 'text', (r) => r.interactionId),
  col('channel', 'text', (r) => r.channel),
  col('agent_id', 'text', (r) => r.agentId),
  col('team_id', 'text', (r) => r.teamId),
  col('customer_id', 'text', (r) => r.customerId),
  col('queue', 'text', (r) => r.queue),
  col('language', 'text', (r) => r.language),
  col('started_at', 'timestamptz', (r) => r.startedAt),
  col('ended_at', 'timestamptz', (r) => r.endedAt),
  col('turn_count', 'int', (r) => r.turnCount),
  col('word_count', 'int', (r) => r.wordCount),
  col('source_topic', 'text', (r) => r.source?.topic ?? null),
  col('source_partition', 'int', (r) => r.source?.partition ?? null),
  col('source_offset', 'bigint', (r) => r.source?.offset ?? null),
];

/** One evidence row: a finding with its position in the record's evidence list. */
export interface EvidenceRow {
  indicators: Indicators;
  ordinal: number;
  finding: Finding;
}

export const EVIDENCE_TABLE: readonly Column<EvidenceRow>[] = [
  col('tenant_id', 'text', (r) => r.indicators.tenantId),
  col('interaction_id', 'text', (r) => r.indicators.interactionId),
  col('analysis_version', 'text', (r) => r.indicators.analysisVersion),
  col('ordinal', 'int', (r) => r.ordinal),
  col('detector', 'text', (r) => r.finding.detector),
  col('kind', 'text', (r) => r.finding.kind),
  col('category', 'text', (r) => r.finding.category ?? null),
  col('entry', 'text', (r) => r.finding.entry ?? null),
  col('speaker', 'text', (r) => r.finding.speaker),
  col('turn', 'int', (r) => r.finding.evidence.turn),
  col('span_start', 'int', (r) => r.finding.evidence.span.start),
  col('span_end', 'int', (r) => r.finding.evidence.span.end),
  col('quote', 'text', (r) => r.finding.evidence.quote),
  col('weight', 'numeric', (r) => r.finding.weight),
];

export const ALERTS_TABLE: readonly Column<AlertRecord>[] = [
  col('tenant_id', 'text', (a) => a.tenantId),
  col('dedup_key', 'text', (a) => a.dedupKey),
  col('rule_id', 'text', (a) => a.ruleId),
  col('rule_kind', 'text', (a) => a.ruleKind),
  col('interaction_id', 'text', (a) => a.interactionId),
  col('agent_id', 'text', (a) => a.agentId),
  col('team_id', 'text', (a) => a.teamId),
  col('skill', 'text', (a) => a.skill),
  col('severity', 'text', (a) => a.severity),
  col('message', 'text', (a) => a.message),
  col('evidence', 'jsonb', (a) => a.evidence),
];

export const DEAD_LETTERS_TABLE: readonly Column<DeadLetter>[] = [
  col('source_topic', 'text', (d) => d.source.topic),
  col('source_partition', 'int', (d) => d.source.partition),
  col('source_offset', 'bigint', (d) => d.source.offset),
  col('message_key', 'bytea', (d) => d.key),
  col('payload', 'bytea', (d) => d.payload),
  col('reason_code', 'text', (d) => d.reasonCode),
  col('reason', 'text', (d) => d.reason),
  col('tenant_id', 'text', (d) => d.tenantId),
];

/**
 * A value as its column expects it. Whole numbers for int and bigint columns (milliseconds are
 * whole milliseconds), null for a number that is not finite (NaN would poison every average), JSON
 * text for jsonb, and text without NUL characters, which PostgreSQL cannot store (a parser's
 * error message quoting a NUL byte must not make a whole batch fail, again and again).
 */
function sqlValue(type: SqlType, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'int':
    case 'bigint':
      if (typeof value === 'number') return Number.isFinite(value) ? Math.round(value) : null;
      return value;
    case 'numeric':
      return typeof value === 'number' && !Number.isFinite(value) ? null : value;
    case 'jsonb':
      return JSON.stringify(value);
    case 'text':
      return typeof value === 'string' && value.includes('\u0000') ? value.replaceAll('\u0000', '\\0') : value;
    default:
      return value;
  }
}

/** `SELECT * FROM unnest($1::text[], ...) AS x(a, ...)`, with parameters numbered from `firstParam`. */
export function unnestSelect(columns: readonly Column<never>[], firstParam = 1): string {
  const arrays = columns.map((c, n) => `$${firstParam + n}::${c.type}[]`);
  return `SELECT * FROM unnest(${arrays.join(', ')}) AS x(${columns.map((c) => c.name).join(', ')})`;
}

/** Text that needs no escaping inside a quoted array element (no `\` or `"`). */
const plain = (text: string): boolean => text.indexOf('\\') === -1 && text.indexOf('"') === -1;

/**
 * The PostgreSQL array literal of a text or number column (`{"a","b",NULL}`, `{1,2,NULL}`), or the
 * values unchanged for pg to convert (other types, or a value of an unexpected JavaScript type).
 * Text elements are always quoted (so "NULL" and "" stay text), with `\` and `"` escaped. pg builds
 * the same literal itself, but with two regular-expression replacements per element: for the
 * ~60,000 evidence rows of a 500-transcript batch that took 250-450 ms of the consumer's single
 * thread.
 */
function arrayParameter(type: SqlType, values: unknown[]): unknown {
  const numeric = type === 'int' || type === 'bigint' || type === 'numeric';
  if (!numeric && type !== 'text' && type !== 'jsonb') return values;
  let literal = '{';
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (k > 0) literal += ',';
    if (v === null || v === undefined) literal += 'NULL';
    else if (numeric && typeof v === 'number') literal += v;
    else if (typeof v === 'string') literal += plain(v) ? '"' + v + '"' : '"' + v.replaceAll('\\', '\\\\').replaceAll('"', '\\"') + '"';
    else return values;
  }
  return literal + '}';
}

/** One array parameter per column, in column order: the parameters of `unnestSelect`. */
export function columnArrays<R>(columns: readonly Column<R>[], rows: readonly R[]): unknown[] {
  return columns.map((c) => arrayParameter(c.type, rows.map((r) => sqlValue(c.type, c.read(r)))));
}

/** `INSERT INTO table (columns) SELECT * FROM unnest(...)`, to be followed by its ON CONFLICT clause. */
export function insertFromUnnest(table: string, columns: readonly Column<never>[]): string {
  return `INSERT INTO ${table} (${columns.map((c) => c.name).join(', ')})\n${unnestSelect(columns)}`;
}
