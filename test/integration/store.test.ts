/**
 * The storage layer against the real PostgreSQL: batched idempotent writes, evidence, alerts and
 * their NOTIFY, dead letters, rollback, the views, the reads of trend rules, roles and row-level
 * security.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createPool } from '../../src/store/pool.js';
import { writeBatch } from '../../src/store/writeBatch.js';
import { acknowledgeAlert, listAlerts, markDelivered } from '../../src/store/alerts.js';
import { agentHistory, recentIndicatorsForAgent, teamMeans } from '../../src/store/history.js';
import { ALERTS_TABLE, columnArrays, type Column, DEAD_LETTERS_TABLE, EVIDENCE_TABLE, INDICATOR_COLUMNS, INDICATORS_TABLE, INTERACTIONS_TABLE, unnestSelect } from '../../src/store/columns.js';
import { createStorePort } from '../../src/store/port.js';
import type { Batch } from '../../src/store/types.js';
import type { SourceMessage } from '../../src/pipeline/prepare.js';
import { createTestDatabase, type TestDatabase } from './support/postgres.js';
import { alert, analyzed, chatIndicators, deadLetter, findings, indicators, interaction } from './support/factories.js';

let db: TestDatabase;
let pool: pg.Pool;

beforeAll(async () => {
  db = await createTestDatabase();
  pool = createPool(db.url, { max: 4 });
});
afterAll(async () => {
  await pool?.end();
  await db?.drop();
});

const TABLES = {
  interactions: 'tenant_id, interaction_id',
  indicators: 'tenant_id, interaction_id, analysis_version',
  evidence: 'tenant_id, interaction_id, analysis_version, ordinal',
  alerts: 'id',
  dead_letters: 'id',
} as const;

async function write(batch: Partial<Batch>) {
  const client = await pool.connect();
  try {
    return await writeBatch(client, { interactions: [], indicators: [], deadLetters: [], alerts: [], ...batch });
  } finally {
    client.release();
  }
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  return Number((await pool.query(sql, params)).rows[0].count);
}

/** Every row of every table, for before/after comparisons. */
async function snapshot(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const [table, order] of Object.entries(TABLES)) out[table] = (await pool.query(`SELECT * FROM rapport.${table} ORDER BY ${order}`)).rows;
  return out;
}

async function counts(tenantId: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of Object.keys(TABLES)) out[table] = await count(`SELECT count(*) FROM rapport.${table} WHERE tenant_id IS NOT DISTINCT FROM $1`, [tenantId]);
  return out;
}

describe('the column lists', () => {
  it.each([
    ['interactions', INTERACTIONS_TABLE, ['first_seen_at']],
    ['indicators', INDICATORS_TABLE, ['analyzed_at']],
    ['evidence', EVIDENCE_TABLE, []],
    ['alerts', ALERTS_TABLE, ['id', 'created_at', 'delivered_at', 'acknowledged_at', 'acknowledged_by']],
    ['dead_letters', DEAD_LETTERS_TABLE, ['id', 'received_at']],
  ] as const)('of %s match the migrated table exactly (the rest are set by the database)', async (table, columns, byDatabase) => {
    const { rows } = await pool.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_schema = 'rapport' AND table_name = $1",
      [table],
    );
    expect(rows.map((r) => r.column_name).sort()).toEqual([...columns.map((c) => c.name), ...byDatabase].sort());
  });
});

describe('array parameters', () => {
  it('carry every value through unnest unchanged: quotes, backslashes, "NULL", empty text, numbers, nulls', async () => {
    const texts = ['plain', '', 'NULL', 'null', 'say "hi"', 'back\\slash', '\\"', '{braces}', 'a,b', ' spaced ', 'line\nbreak', 'tab\t', 'émoji 🙂', null];
    const rows = texts.map((text, k) => ({
      text,
      int: [0, -5, 2147483647, null, 3.6][k % 5],
      numeric: [0.1, 1e-7, -3.25, 12345.678, null, Number.NaN][k % 6],
      json: [{ quote: 'a "b" \\ c' }, null, [1, 'x']][k % 3],
    }));
    type Row = (typeof rows)[number];
    const columns: Column<Row>[] = [
      { name: 'text', type: 'text', read: (r) => r.text },
      { name: 'int', type: 'int', read: (r) => r.int },
      { name: 'numeric', type: 'numeric', read: (r) => r.numeric },
      { name: 'json', type: 'jsonb', read: (r) => r.json },
    ];
    const { rows: back } = await pool.query(`SELECT text, int, numeric::float8 AS numeric, json FROM (${unnestSelect(columns)}) AS x`, columnArrays(columns, rows));
    expect(back).toEqual(rows.map((r) => ({
      text: r.text,
      int: r.int === null ? null : Math.round(r.int),
      numeric: r.numeric === null || Number.isNaN(r.numeric) ? null : r.numeric,
      json: r.json,
    })));
  });
});

describe('writeBatch', () => {
  const a = analyzed({ tenantId: 't1', interactionId: 'exact' });
  const batch: Batch = {
    interactions: [a.interaction],
    indicators: [a.indicators],
    deadLetters: [deadLetter(41)],
    alerts: [alert({ tenantId: 't1', interactionId: 'exact' })],
  };

  it('stores exactly the rows of the batch, in one go', async () => {
    const result = await write(batch);
    expect(result).toMatchObject({ interactionsInserted: 1, indicatorsInserted: 1, evidenceInserted: 3, deadLettersInserted: 1 });
    expect(result.alertsInserted).toEqual([{ ...batch.alerts[0], id: expect.stringMatching(/^\d+$/) }]);
    expect(result.alertsPending).toEqual(result.alertsInserted);

    const interactionRow = (await pool.query("SELECT * FROM rapport.interactions WHERE interaction_id = 'exact'")).rows[0];
    expect(interactionRow).toEqual({
      tenant_id: 't1', interaction_id: 'exact', channel: 'voice', agent_id: 'agent-1', team_id: 'team-1', customer_id: 'cust-9', queue: 'billing',
      language: 'en', started_at: new Date('2026-10-02T14:03:00.000Z'), ended_at: new Date('2026-10-02T14:08:01.000Z'), turn_count: 25, word_count: 640,
      source_topic: 'transcripts', source_partition: 2, source_offset: '9007199254740993', first_seen_at: expect.any(Date),
    });

    const row = (await pool.query("SELECT * FROM rapport.indicators WHERE interaction_id = 'exact'")).rows[0];
    // int columns come back as numbers, bigint and numeric as exact decimal strings.
    const expected: Record<string, unknown> = {
      conversation_na: null, duration_ms: '301000', agent_turns: 11, customer_turns: 12, other_turns: 2, agent_talk_ms: '120500',
      customer_talk_ms: '140250', agent_talk_ratio: '0.462', non_talk_ms: '9100', non_talk_instances: 3, agent_wpm: '151.5', customer_wpm: '139.25',
      agent_response_mean_ms: '2346', agent_response_p90_ms: '4100', agent_response_max_ms: '6200', agent_response_count: 9,
      empathy_na: null, empathy_opportunities: 4, empathy_shown: 1, empathy_missed: 3, empathy_score: '25.5', empathy_phrases: 5, empathy_scripted_phrases: 2,
      language_na: null, positive_phrases: 6, negative_phrases: 7, politeness_markers: 8, positive_language_score: '44.4',
      interruptions_na: null, agent_interruptions: 13, agent_interruption_ms: '5400', agent_interruptions_per_min: '2.59',
      customer_interruptions: 14, customer_interruption_ms: '6600', customer_interruptions_per_min: '2.79', ignored_overlaps: 15,
      sentiment_na: null, agent_sentiment: '1.1', agent_sentiment_q1: '0.5', agent_sentiment_q2: '1.2', agent_sentiment_q3: '1.3', agent_sentiment_q4: '1.4',
      customer_sentiment: '-1.6', customer_sentiment_q1: '-2.5', customer_sentiment_q2: '-1.7', customer_sentiment_q3: null, customer_sentiment_q4: '-0.25',
      customer_sentiment_shift: '2.25',
      active_listening_na: null, clarifying_questions: 16, paraphrases: 17, active_listening_score: '66.6',
      ownership_na: null, ownership_statements: 18, deflections: 19, ownership_score: '77.7',
      expectations_na: null, expectation_statements: 20, expectations_with_time_frame: 21,
      customer_effort_na: 'no customer turns', customer_effort_cues: '22', customer_effort_score: null,
    };
    expect(Object.keys(expected).sort()).toEqual(INDICATOR_COLUMNS.map((c) => c.name).sort());
    expect(row).toEqual({
      tenant_id: 't1', interaction_id: 'exact', analysis_version: '1.0.0', lexicon_version: 'en-2026.11.1', agent_id: 'agent-1', team_id: 'team-1',
      channel: 'voice', started_at: new Date('2026-10-02T14:03:00.000Z'), analyzed_at: expect.any(Date),
      ...expected,
      details: JSON.parse(JSON.stringify({ ...a.indicators, evidence: undefined })),
    });

    const evidence = (await pool.query("SELECT * FROM rapport.evidence WHERE interaction_id = 'exact' ORDER BY ordinal")).rows;
    expect(evidence).toEqual(findings().map((f, ordinal) => ({
      tenant_id: 't1', interaction_id: 'exact', analysis_version: '1.0.0', ordinal, detector: f.detector, kind: f.kind, category: f.category ?? null,
      entry: f.entry ?? null, speaker: f.speaker, turn: f.evidence.turn, span_start: f.evidence.span.start, span_end: f.evidence.span.end,
      quote: f.evidence.quote, weight: String(f.weight),
    })));

    const alertRow = (await pool.query("SELECT * FROM rapport.alerts WHERE dedup_key = 'missed-empathy:exact'")).rows[0];
    expect(alertRow).toEqual({
      id: result.alertsInserted[0].id, tenant_id: 't1', dedup_key: 'missed-empathy:exact', rule_id: 'missed-empathy', rule_kind: 'interaction',
      interaction_id: 'exact', agent_id: 'agent-1', team_id: 'team-1', skill: 'empathy', severity: 'warning', message: batch.alerts[0].message,
      evidence: batch.alerts[0].evidence, created_at: expect.any(Date), delivered_at: null, acknowledged_at: null, acknowledged_by: null,
    });
  });

  it('changes nothing when the same batch is written again (count and content)', async () => {
    const before = await snapshot();
    const result = await write(batch);
    expect(result).toEqual({
      interactionsInserted: 0, indicatorsInserted: 0, evidenceInserted: 0, deadLettersInserted: 0, alertsInserted: [],
      // not delivered yet: the outbox hands it out again until markDelivered
      alertsPending: [{ ...batch.alerts[0], id: expect.any(String) }],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('stores a new analysis version beside the old one, with its own evidence', async () => {
    const v2 = indicators({ tenantId: 't1', interactionId: 'exact', analysisVersion: '2.0.0' }, { empathy: { ...a.indicators.empathy, score: 90 } });
    const result = await write({ indicators: [v2] });
    expect(result).toMatchObject({ indicatorsInserted: 1, evidenceInserted: 3 });
    const latest = (await pool.query("SELECT analysis_version, empathy_score::float AS score FROM rapport.latest_indicators WHERE interaction_id = 'exact'")).rows;
    expect(latest).toEqual([{ analysis_version: '2.0.0', score: 90 }]);
    expect(await count("SELECT count(*) FROM rapport.indicators WHERE interaction_id = 'exact'")).toBe(2);
  });

  it('stores chat indicators with their not-applicable sections as nulls and reasons', async () => {
    const chat = chatIndicators({ tenantId: 't1', interactionId: 'chat-1' });
    await write({ interactions: [{ ...interaction({ tenantId: 't1', interactionId: 'chat-1' }), channel: 'chat' }], indicators: [chat] });
    const row = (await pool.query("SELECT interruptions_na, agent_interruptions_per_min, agent_talk_ratio, agent_response_mean_ms FROM rapport.indicators WHERE interaction_id = 'chat-1'")).rows[0];
    expect(row).toEqual({ interruptions_na: 'chat has no overlap', agent_interruptions_per_min: null, agent_talk_ratio: null, agent_response_mean_ms: '2346' });
  });

  it('writes many rows with one statement per table', async () => {
    const many = Array.from({ length: 300 }, (_, n) => analyzed({ tenantId: 't-many', interactionId: `m${n}` }));
    const client = await pool.connect();
    const statements: string[] = [];
    const query = client.query.bind(client);
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      statements.push(String(args[0]).trim().split(/\s+/).slice(0, 3).join(' '));
      return (query as (...a: unknown[]) => unknown)(...args);
    };
    try {
      const result = await writeBatch(client, { interactions: many.map((m) => m.interaction), indicators: many.map((m) => m.indicators), deadLetters: [], alerts: [] });
      expect(result).toMatchObject({ interactionsInserted: 300, indicatorsInserted: 300, evidenceInserted: 900 });
    } finally {
      (client as unknown as { query: unknown }).query = query;
      client.release();
    }
    expect(statements).toEqual([
      'BEGIN; SET LOCAL', 'INSERT INTO rapport.interactions', 'INSERT INTO rapport.indicators', 'INSERT INTO rapport.evidence', 'COMMIT',
    ]);
  });

  it('rolls back the whole batch when one statement fails', async () => {
    const bad = analyzed({ tenantId: 't-rollback', interactionId: 'r1' });
    const failing = write({
      interactions: [bad.interaction],
      indicators: [bad.indicators],
      deadLetters: [deadLetter(1, { tenantId: 't-rollback' })],
      alerts: [alert({ tenantId: 't-rollback', interactionId: 'r1' }, { severity: 'urgent' as never })],
    });
    await expect(failing).rejects.toMatchObject({ code: '23514', constraint: 'alerts_severity_check' });
    expect(await counts('t-rollback')).toEqual({ interactions: 0, indicators: 0, evidence: 0, alerts: 0, dead_letters: 0 });
  });

  it('refuses indicators of an interaction that is not stored, and stores nothing of that batch', async () => {
    const orphan = indicators({ tenantId: 't-orphan', interactionId: 'o1' });
    await expect(write({ indicators: [orphan], deadLetters: [deadLetter(2, { tenantId: 't-orphan' })] })).rejects.toMatchObject({ code: '23503' });
    expect(await counts('t-orphan')).toEqual({ interactions: 0, indicators: 0, evidence: 0, alerts: 0, dead_letters: 0 });
  });

  it('does nothing for an empty batch', async () => {
    expect(await write({})).toEqual({ interactionsInserted: 0, indicatorsInserted: 0, evidenceInserted: 0, deadLettersInserted: 0, alertsInserted: [], alertsPending: [] });
  });
});

describe('dead letters', () => {
  it('keep the exact bytes, and a replayed message (same topic, partition, offset) is stored once', async () => {
    const bytes = Buffer.from(Array.from({ length: 256 }, (_, n) => n));
    const first = deadLetter(500, { payload: bytes, key: null });
    expect((await write({ deadLetters: [first, deadLetter(501, { payload: null })] })).deadLettersInserted).toBe(2);
    expect((await write({ deadLetters: [first, { ...first, reason: 'a different reason' }] })).deadLettersInserted).toBe(0);
    expect((await write({ deadLetters: [{ ...first, source: { ...first.source, topic: 'other-topic' } }] })).deadLettersInserted).toBe(1);
    const rows = (await pool.query("SELECT source_topic, source_offset, message_key, payload, reason FROM rapport.dead_letters WHERE source_offset IN (500, 501) ORDER BY source_topic, source_offset")).rows;
    expect(rows).toEqual([
      { source_topic: 'other-topic', source_offset: '500', message_key: null, payload: bytes, reason: 'schema id 7 is not registered' },
      { source_topic: 'transcripts', source_offset: '500', message_key: null, payload: bytes, reason: 'schema id 7 is not registered' },
      { source_topic: 'transcripts', source_offset: '501', message_key: deadLetter(501).key, payload: null, reason: 'schema id 7 is not registered' },
    ]);
  });

  it('store a reason quoting a NUL byte (which PostgreSQL text cannot hold) as \\0', async () => {
    let reason = '';
    try {
      JSON.parse('{"a":\u0000}');
    } catch (err) {
      reason = `invalid JSON: ${(err as Error).message}`;
    }
    expect(reason).toContain('\u0000');
    await write({ deadLetters: [deadLetter(600, { reason })] });
    const stored = (await pool.query('SELECT reason FROM rapport.dead_letters WHERE source_offset = 600')).rows[0].reason;
    expect(stored).toBe(reason.replaceAll('\u0000', '\\0'));
  });
});

describe('alerts', () => {
  const seed = analyzed({ tenantId: 't-alerts', interactionId: 'a1' });

  it('are deduplicated per tenant and dedup key; only new ones come back, pending ones until delivered', async () => {
    const first = alert({ tenantId: 't-alerts', interactionId: 'a1' });
    const r1 = await write({ interactions: [seed.interaction], indicators: [seed.indicators], alerts: [first, { ...first, message: 'same key, second copy' }] });
    expect(r1.alertsInserted.map((a) => a.message)).toEqual([first.message]);

    const second = alert({ tenantId: 't-alerts', interactionId: 'a1', ruleId: 'interrupted-customer' });
    const otherTenant = alert({ tenantId: 't-alerts-2', interactionId: 'a1' });
    const r2 = await write({ alerts: [first, second, otherTenant] });
    expect(r2.alertsInserted.map((a) => [a.tenantId, a.dedupKey])).toEqual([
      ['t-alerts', 'interrupted-customer:a1'],
      ['t-alerts-2', 'missed-empathy:a1'],
    ]);
    // the first is stored but not delivered: it is pending again
    expect(r2.alertsPending.map((a) => a.dedupKey)).toEqual(['missed-empathy:a1', 'interrupted-customer:a1', 'missed-empathy:a1']);

    await markDelivered(pool, r2.alertsPending.map((a) => a.id));
    const r3 = await write({ alerts: [first, second, otherTenant] });
    expect(r3).toMatchObject({ alertsInserted: [], alertsPending: [] });
    expect(await count("SELECT count(*) FROM rapport.alerts WHERE tenant_id IN ('t-alerts', 't-alerts-2')")).toBe(3);
  });

  it('are announced with NOTIFY on rapport_alerts when new only, with ids and no message text', async () => {
    const listener = new pg.Client({ connectionString: db.url });
    await listener.connect();
    const payloads: string[] = [];
    listener.on('notification', (n) => {
      if (n.channel === 'rapport_alerts') payloads.push(n.payload ?? '');
    });
    try {
      await listener.query('LISTEN rapport_alerts');
      const fresh = alert({ tenantId: 't-alerts', interactionId: 'a1', ruleId: 'sentiment-drop' }, { severity: 'critical' });
      const { alertsInserted } = await write({ alerts: [fresh, alert({ tenantId: 't-alerts', interactionId: 'a1' })] });
      // a failed batch announces nothing: NOTIFY is sent at COMMIT
      await expect(write({ alerts: [alert({ tenantId: 't-alerts', interactionId: 'a1', ruleId: 'never' }, { severity: 'bad' as never })] })).rejects.toThrow();
      await listener.query('SELECT 1'); // a round trip: notifications sent before it have arrived
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(payloads.map((p) => JSON.parse(p))).toEqual([
        { id: Number(alertsInserted[0].id), tenantId: 't-alerts', ruleId: 'sentiment-drop', severity: 'critical', agentId: 'agent-1', interactionId: 'a1' },
      ]);
      expect(payloads[0]).not.toContain(fresh.message);
    } finally {
      await listener.end();
    }
  });

  it('are acknowledged once: the first acknowledgement stands', async () => {
    const { rows } = await pool.query("SELECT id::text FROM rapport.alerts WHERE tenant_id = 't-alerts' AND dedup_key = 'missed-empathy:a1'");
    const first = await acknowledgeAlert(pool, rows[0].id, 'coach-1@example.com');
    expect(first).toMatchObject({ id: rows[0].id, acknowledged_by: 'coach-1@example.com', acknowledged_at: expect.any(Date) });
    const again = await acknowledgeAlert(pool, rows[0].id, 'coach-2@example.com');
    expect(again).toMatchObject({ acknowledged_by: 'coach-1@example.com', acknowledged_at: first?.acknowledged_at });
    expect(await acknowledgeAlert(pool, '999999999', 'coach-1@example.com')).toBeNull();
  });

  it('are listed newest first, by tenant, optionally only the unacknowledged', async () => {
    const all = await listAlerts(pool, { tenantId: 't-alerts' });
    expect(all.map((a) => a.rule_id).sort()).toEqual(['interrupted-customer', 'missed-empathy', 'sentiment-drop']);
    expect(all.every((a) => a.tenant_id === 't-alerts')).toBe(true);
    const open = await listAlerts(pool, { tenantId: 't-alerts', unacknowledged: true });
    expect(open.map((a) => a.rule_id).sort()).toEqual(['interrupted-customer', 'sentiment-drop']);
    expect(await listAlerts(pool, { tenantId: 't-alerts', limit: 1 })).toHaveLength(1);
  });
});

describe('the store port of the pipeline', () => {
  const message = (offset: number, value: string): SourceMessage => ({ topic: 'port-topic', partition: 3, offset: String(offset), key: Buffer.from(`k${offset}`), value: Buffer.from(value), timestamp: '0' });

  it('maps analyzed messages and rejects, and returns the pending alerts', async () => {
    const a = analyzed({ tenantId: 't-port', interactionId: 'p1' });
    const transcript = {
      interactionId: 'p1', tenantId: 't-port', channel: 'voice' as const, agentId: 'agent-1', teamId: 'team-1', language: 'en', startedAt: a.interaction.startedAt,
      turns: [{ speaker: 'customer' as const, text: 'I was  charged twice' }, { speaker: 'agent' as const, text: 'Sorry about that.' }], metadata: {},
    };
    const port = createStorePort(pool);
    const pending = await port.write({
      analyzed: [{ message: message(7, '{}'), transcript, indicators: a.indicators, alerts: [] }],
      rejected: [{ message: message(8, '{"broken'), code: 'invalid-json', reason: 'invalid JSON' }],
      alerts: [alert({ tenantId: 't-port', interactionId: 'p1' })],
    });
    expect(pending.map((p) => p.dedupKey)).toEqual(['missed-empathy:p1']);
    const row = (await pool.query("SELECT turn_count, word_count, customer_id, source_topic, source_partition, source_offset FROM rapport.interactions WHERE tenant_id = 't-port'")).rows[0];
    expect(row).toEqual({ turn_count: 2, word_count: 7, customer_id: null, source_topic: 'port-topic', source_partition: 3, source_offset: '7' });
    const dl = (await pool.query("SELECT message_key, payload, reason_code FROM rapport.dead_letters WHERE source_topic = 'port-topic'")).rows;
    expect(dl).toEqual([{ message_key: Buffer.from('k8'), payload: Buffer.from('{"broken'), reason_code: 'invalid-json' }]);
  });
});

describe('reads for trend rules and the views', () => {
  const day = (d: number, h = 10) => `2026-11-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:00.000Z`;

  beforeAll(async () => {
    const items = [
      ...[1, 2, 3, 4, 5].map((d) => ({ id: `h${d}`, agent: 'agent-h', team: 'team-h', start: day(d), missed: d, score: d * 10 })),
      { id: 'h6', agent: 'agent-h', team: 'team-h', start: day(5, 11), missed: 6, score: 60 },
      { id: 'g1', agent: 'agent-g', team: 'team-h', start: day(5), missed: 0, score: 100 },
    ];
    await write({
      interactions: items.map((i) => interaction({ tenantId: 't-trend', interactionId: i.id, agentId: i.agent, teamId: i.team, startedAt: i.start })),
      indicators: items.map((i) => {
        const base = indicators({ tenantId: 't-trend', interactionId: i.id, agentId: i.agent, teamId: i.team, startedAt: i.start });
        return { ...base, empathy: { ...base.empathy, missed: i.missed, score: i.score } };
      }),
    });
    // h3 is analysed again with new code: its latest analysis counts, the old one does not.
    const h3 = indicators({ tenantId: 't-trend', interactionId: 'h3', agentId: 'agent-h', teamId: 'team-h', startedAt: day(3), analysisVersion: '2.0.0' });
    await write({ indicators: [{ ...h3, empathy: { ...h3.empathy, missed: 9, score: 35 } }] });
  });

  it('recentIndicatorsForAgent returns the latest analysis of the most recent interactions, oldest first', async () => {
    const recent = await recentIndicatorsForAgent(pool, 't-trend', 'agent-h', 3);
    expect(recent.map((r) => [r.interactionId, r.analysisVersion, r.empathy.score])).toEqual([
      ['h4', '1.0.0', 40], ['h5', '1.0.0', 50], ['h6', '1.0.0', 60],
    ]);
    expect(recent[0].evidence).toEqual([]);
    expect(recent[0].sentiment.turns).toEqual([-2.5, 0.5, -1.7, 1.2]);
    expect(await recentIndicatorsForAgent(pool, 't-trend', 'nobody', 3)).toEqual([]);
    expect(await recentIndicatorsForAgent(pool, 't-other', 'agent-h', 3)).toEqual([]);
  });

  it('agentHistory and teamMeans serve the pipeline', async () => {
    const history = await agentHistory(pool, 't-trend', ['agent-h', 'agent-g', 'agent-h'], 4);
    expect(history.get('agent-h')?.map((p) => [p.interactionId, p.values['empathy.score']])).toEqual([['h3', 35], ['h4', 40], ['h5', 50], ['h6', 60]]);
    expect(history.get('agent-g')?.map((p) => p.interactionId)).toEqual(['g1']);
    const means = await teamMeans(pool, 't-trend', ['team-h'], ['empathy.score', 'empathy.missed']);
    // h1..h6 with h3's second analysis (10, 20, 35, 40, 50, 60) and g1 (100)
    expect(means.get('team-h')?.['empathy.score']).toBeCloseTo(315 / 7, 10);
    expect(means.get('team-h')?.['empathy.missed']).toBeCloseTo((1 + 2 + 9 + 4 + 5 + 6 + 0) / 7, 10);
  });

  it('agent_daily, team_daily and agent_baseline roll up the latest analyses', async () => {
    const daily = (await pool.query(
      "SELECT day::text, interactions::int, empathy_missed::int, avg_empathy_score::float FROM rapport.agent_daily WHERE tenant_id = 't-trend' AND agent_id = 'agent-h' ORDER BY day",
    )).rows;
    expect(daily).toEqual([
      { day: '2026-11-01', interactions: 1, empathy_missed: 1, avg_empathy_score: 10 },
      { day: '2026-11-02', interactions: 1, empathy_missed: 2, avg_empathy_score: 20 },
      { day: '2026-11-03', interactions: 1, empathy_missed: 9, avg_empathy_score: 35 },
      { day: '2026-11-04', interactions: 1, empathy_missed: 4, avg_empathy_score: 40 },
      { day: '2026-11-05', interactions: 2, empathy_missed: 11, avg_empathy_score: 55 },
    ]);
    const team = (await pool.query("SELECT interactions::int, agents::int, empathy_missed::int FROM rapport.team_daily WHERE tenant_id = 't-trend' AND day = '2026-11-05'")).rows;
    expect(team).toEqual([{ interactions: 3, agents: 2, empathy_missed: 11 }]);
    const baseline = (await pool.query("SELECT interactions::int, empathy_score::float FROM rapport.agent_baseline WHERE tenant_id = 't-trend' AND agent_id = 'agent-h'")).rows;
    expect(baseline).toEqual([{ interactions: 6, empathy_score: 35.8 }]);
  });

  it('agent_baseline averages the last 20 interactions only', async () => {
    const items = Array.from({ length: 25 }, (_, n) => ({ id: `b${n}`, start: new Date(Date.UTC(2026, 9, 1 + n)).toISOString(), score: n < 5 ? 0 : 100 }));
    await write({
      interactions: items.map((i) => interaction({ tenantId: 't-base', interactionId: i.id, startedAt: i.start })),
      indicators: items.map((i) => {
        const base = indicators({ tenantId: 't-base', interactionId: i.id, startedAt: i.start });
        return { ...base, empathy: { ...base.empathy, score: i.score } };
      }),
    });
    const row = (await pool.query("SELECT interactions::int, empathy_score::float, first_interaction_at FROM rapport.agent_baseline WHERE tenant_id = 't-base'")).rows[0];
    expect(row).toEqual({ interactions: 20, empathy_score: 100, first_interaction_at: new Date(items[5].start) });
  });
});

describe('roles and row-level security', () => {
  beforeAll(async () => {
    for (const tenantId of ['t-rls-1', 't-rls-2']) {
      const a = analyzed({ tenantId, interactionId: 'shared-id' });
      await write({ interactions: [a.interaction], indicators: [a.indicators], deadLetters: [deadLetter(tenantId === 't-rls-1' ? 901 : 902, { tenantId })], alerts: [alert({ tenantId, interactionId: 'shared-id' })] });
    }
  });

  /** In a transaction that is rolled back: SET LOCAL ROLE rapport_analyst, tenant `tenant`. */
  async function asAnalyst<T>(tenant: string | null, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL ROLE rapport_analyst');
      if (tenant !== null) await client.query("SELECT set_config('rapport.tenant_id', $1, true)", [tenant]);
      return await fn(client);
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
      client.release();
    }
  }

  const relations = ['interactions', 'indicators', 'evidence', 'alerts', 'dead_letters', 'latest_indicators', 'agent_daily', 'team_daily', 'agent_baseline'];

  it.each(relations)('an analyst of t-rls-1 sees only t-rls-1 rows in rapport.%s', async (relation) => {
    const all = (await pool.query(`SELECT DISTINCT tenant_id FROM rapport.${relation} WHERE tenant_id LIKE 't-rls-%' ORDER BY 1`)).rows.map((r) => r.tenant_id);
    expect(all).toEqual(['t-rls-1', 't-rls-2']);
    const seen = await asAnalyst('t-rls-1', async (c) => (await c.query(`SELECT DISTINCT tenant_id FROM rapport.${relation}`)).rows.map((r) => r.tenant_id));
    expect(seen).toEqual(['t-rls-1']);
  });

  it('with a session SET ROLE and SET rapport.tenant_id, as a login user would have', async () => {
    const client = await pool.connect();
    try {
      await client.query('SET ROLE rapport_analyst');
      await client.query("SET rapport.tenant_id = 't-rls-2'");
      const tenants = (await client.query('SELECT DISTINCT tenant_id FROM rapport.latest_indicators')).rows.map((r) => r.tenant_id);
      expect(tenants).toEqual(['t-rls-2']);
    } finally {
      await client.query('RESET ROLE; RESET rapport.tenant_id');
      client.release();
    }
  });

  it('an analyst without a tenant sees nothing, and dead letters of no tenant are never visible', async () => {
    expect(await asAnalyst(null, async (c) => (await c.query('SELECT count(*)::int AS n FROM rapport.indicators')).rows[0].n)).toBe(0);
    await write({ deadLetters: [deadLetter(903)] });
    expect(await asAnalyst('t-rls-1', async (c) => (await c.query('SELECT count(*)::int AS n FROM rapport.dead_letters WHERE tenant_id IS NULL')).rows[0].n)).toBe(0);
  });

  it.each([
    ['INSERT', "INSERT INTO rapport.interactions (tenant_id, interaction_id, channel, agent_id, language, started_at, turn_count) VALUES ('t-rls-1', 'z', 'chat', 'a', 'en', now(), 1)"],
    ['INSERT an alert', "INSERT INTO rapport.alerts (tenant_id, dedup_key, rule_id, rule_kind, agent_id, skill, severity, message, evidence) VALUES ('t-rls-1', 'k', 'r', 'trend', 'a', 's', 'info', 'm', '[]')"],
    ['UPDATE', 'UPDATE rapport.indicators SET empathy_score = 0'],
    ['UPDATE an alert message', "UPDATE rapport.alerts SET message = 'x'"],
    ['DELETE', 'DELETE FROM rapport.evidence'],
  ])('an analyst cannot %s', async (_, sql) => {
    await expect(asAnalyst('t-rls-1', (c) => c.query(sql))).rejects.toMatchObject({ code: '42501', message: expect.stringMatching(/permission denied/) });
  });

  it("an analyst may acknowledge an alert of their tenant, and cannot touch another tenant's", async () => {
    const ids = Object.fromEntries((await pool.query("SELECT tenant_id, id::text FROM rapport.alerts WHERE tenant_id LIKE 't-rls-%'")).rows.map((r) => [r.tenant_id, r.id]));
    const [own, other] = await asAnalyst('t-rls-1', async (c) => [
      await acknowledgeAlert(c, ids['t-rls-1'], 'coach'),
      await acknowledgeAlert(c, ids['t-rls-2'], 'coach'),
    ]);
    expect(own).toMatchObject({ tenant_id: 't-rls-1', acknowledged_by: 'coach' });
    expect(other).toBeNull();
  });

  it('the writer role can write every table and mark alerts delivered, and cannot update or delete what it stored', async () => {
    const client = await pool.connect();
    try {
      await client.query('SET ROLE rapport_writer');
      const a = analyzed({ tenantId: 't-writer', interactionId: 'w1' });
      const result = await writeBatch(client, { interactions: [a.interaction], indicators: [a.indicators], deadLetters: [deadLetter(950, { tenantId: 't-writer' })], alerts: [alert({ tenantId: 't-writer', interactionId: 'w1' })] });
      expect(result).toMatchObject({ interactionsInserted: 1, indicatorsInserted: 1, evidenceInserted: 3, deadLettersInserted: 1 });
      await markDelivered(client, result.alertsPending.map((p) => p.id));
      expect((await agentHistory(client, 't-writer', ['agent-1'], 5)).get('agent-1')).toHaveLength(1);
      await expect(client.query("DELETE FROM rapport.indicators WHERE tenant_id = 't-writer'")).rejects.toMatchObject({ code: '42501' });
      // It only inserts: no update of what it stored (the evidence check relies on it, migration 005).
      for (const table of ['interactions', 'indicators', 'evidence', 'dead_letters']) {
        await expect(client.query(`UPDATE rapport.${table} SET tenant_id = 'moved' WHERE tenant_id = 't-writer'`)).rejects.toMatchObject({ code: '42501' });
      }
      // Evidence must belong to a stored analysis: an orphan fails the statement with the foreign key's code.
      const orphan = "INSERT INTO rapport.evidence (tenant_id, interaction_id, analysis_version, ordinal, detector, kind, speaker, turn, span_start, span_end, quote, weight) VALUES ($1, $2, '0.0.0', 0, 'empathy', 'empathy.phrase', 'agent', 0, 0, 1, 'x', 1)";
      await expect(client.query(orphan, ['t-writer', 'nowhere'])).rejects.toMatchObject({ code: '23503', message: expect.stringMatching(/no indicators row/) });
      await expect(client.query(orphan.replace("'0.0.0', 0", '$3, 99'), ['t-writer', 'w1', a.indicators.analysisVersion])).resolves.toMatchObject({ rowCount: 1 });
    } finally {
      await client.query('RESET ROLE');
      client.release();
    }
    expect(await count("SELECT count(*) FROM rapport.alerts WHERE tenant_id = 't-writer' AND delivered_at IS NOT NULL")).toBe(1);
  });

  it('both roles are NOLOGIN groups', async () => {
    const { rows } = await pool.query("SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname IN ('rapport_writer', 'rapport_analyst') ORDER BY 1");
    expect(rows).toEqual([{ rolname: 'rapport_analyst', rolcanlogin: false }, { rolname: 'rapport_writer', rolcanlogin: false }]);
  });
});
