/**
 * The storage layer against a real PostgreSQL: migrations, idempotent batched writes, the alert
 * outbox and NOTIFY, dead letters, roles and row-level security.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createPool } from '../../src/store/pool.js';
import { migrate } from '../../src/store/migrate.js';
import { writeBatch } from '../../src/store/writeBatch.js';
import { markDelivered, acknowledgeAlert } from '../../src/store/alerts.js';
import { agentHistory, teamMeans } from '../../src/store/history.js';
import { INDICATOR_COLUMNS } from '../../src/store/columns.js';
import type { Alert, Transcript } from '../../src/domain/types.js';
import type { Analyzed, Rejected, SourceMessage } from '../../src/pipeline/prepare.js';
import { indicatorsOf } from '../support/indicators.js';
import { createTestDatabase, type TestDatabase } from './support/postgres.js';

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

const message = (offset: number, value = '{}'): SourceMessage => ({ topic: 'transcripts', partition: 0, offset: String(offset), key: Buffer.from(`k${offset}`), value: Buffer.from(value), timestamp: '0' });

function analyzed(tenantId: string, interactionId: string, agentId = 'a-1', startedAt = '2026-10-02T14:03:00.000Z', score = 80): Analyzed {
  const transcript: Transcript = { interactionId, tenantId, channel: 'voice', agentId, teamId: 'team-1', language: 'en', startedAt, turns: [{ speaker: 'customer', text: 'I was charged twice' }], metadata: {} };
  const indicators = indicatorsOf({
    interactionId, tenantId, agentId, startedAt, empathy: { score },
    evidence: [{ detector: 'empathy', kind: 'empathy.opportunity', category: 'problem', speaker: 'customer', weight: 1, evidence: { turn: 0, span: { start: 6, end: 19 }, quote: 'charged twice' } }],
  });
  return { message: message(1), transcript, indicators, alerts: [] };
}

const alert = (tenantId: string, interactionId: string): Alert => ({
  ruleId: 'r', ruleKind: 'interaction', dedupKey: `r:${interactionId}`, tenantId, agentId: 'a-1', teamId: 'team-1', interactionId,
  skill: 'empathy', severity: 'warning', message: 'missed', evidence: [{ interactionId, turn: 0, quote: 'charged twice' }],
});

async function write(batch: Parameters<typeof writeBatch>[1]) {
  const client = await pool.connect();
  try {
    return await writeBatch(client, batch);
  } finally {
    client.release();
  }
}

async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of ['interactions', 'indicators', 'evidence', 'alerts', 'dead_letters']) {
    out[table] = Number((await pool.query(`SELECT count(*) FROM rapport.${table}`)).rows[0].count);
  }
  return out;
}

describe('migrations', () => {
  it('are a no-op the second time, also when run concurrently', async () => {
    const results = await Promise.all([migrate(pool), migrate(pool)]);
    expect(results).toEqual([{ applied: [] }, { applied: [] }]);
  });

  it('give the indicators table exactly the columns the writer maps', async () => {
    const { rows } = await pool.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_schema = 'rapport' AND table_name = 'indicators'",
    );
    const fixed = ['tenant_id', 'interaction_id', 'analysis_version', 'lexicon_version', 'agent_id', 'team_id', 'channel', 'started_at', 'analyzed_at', 'details'];
    expect(rows.map((r) => r.column_name).sort()).toEqual([...fixed, ...INDICATOR_COLUMNS.map((c) => c.name)].sort());
  });
});

describe('writeBatch', () => {
  const batch = {
    analyzed: [analyzed('t1', 'i1'), analyzed('t1', 'i2'), analyzed('t2', 'i1')],
    rejected: [{ message: message(7, '{"broken'), code: 'invalid-json', reason: 'invalid JSON: Unterminated string' } satisfies Rejected],
    alerts: [alert('t1', 'i1')],
  };

  it('stores every table in one go and returns the undelivered alerts', async () => {
    const undelivered = await write(batch);
    expect(undelivered).toHaveLength(1);
    expect(undelivered[0]).toMatchObject({ tenantId: 't1', dedupKey: 'r:i1', message: 'missed' });
    expect(await counts()).toEqual({ interactions: 3, indicators: 3, evidence: 3, alerts: 1, dead_letters: 1 });
    const { rows } = await pool.query("SELECT empathy_score::float AS score, agent_talk_ratio::float AS ratio, details->'empathy'->>'opportunities' AS opps FROM rapport.indicators WHERE tenant_id = 't1' AND interaction_id = 'i1'");
    expect(rows[0]).toEqual({ score: 80, ratio: 0.5, opps: '1' });
    const dl = await pool.query('SELECT payload, message_key, reason_code, reason, source_offset FROM rapport.dead_letters');
    expect(dl.rows[0]).toMatchObject({ payload: Buffer.from('{"broken'), message_key: Buffer.from('k7'), reason_code: 'invalid-json', source_offset: '7' });
  });

  it('changes nothing when the same batch is written again (replay)', async () => {
    const before = await pool.query('SELECT * FROM rapport.indicators ORDER BY tenant_id, interaction_id');
    const client = await pool.connect();
    try {
      const undelivered = await writeBatch(client, batch);
      expect(undelivered).toHaveLength(1); // still undelivered: the outbox hands it out again
      await markDelivered(client, undelivered.map((a) => a.id));
      expect(await writeBatch(client, batch)).toEqual([]);
    } finally {
      client.release();
    }
    expect(await counts()).toEqual({ interactions: 3, indicators: 3, evidence: 3, alerts: 1, dead_letters: 1 });
    const after = await pool.query('SELECT * FROM rapport.indicators ORDER BY tenant_id, interaction_id');
    expect(after.rows).toEqual(before.rows);
  });

  it('rolls back everything when one statement fails', async () => {
    const bad = { analyzed: [analyzed('t3', 'x1')], rejected: [], alerts: [{ ...alert('t3', 'x1'), severity: 'urgent' as never }] };
    await expect(write(bad)).rejects.toThrow(/alerts_severity_check|violates check constraint/);
    expect((await pool.query("SELECT count(*) FROM rapport.interactions WHERE tenant_id = 't3'")).rows[0].count).toBe('0');
  });

  it('announces new alerts with NOTIFY, carrying ids only', async () => {
    const listener = new pg.Client({ connectionString: db.url });
    await listener.connect();
    await listener.query('LISTEN rapport_alerts');
    const received = new Promise<string>((resolve) => listener.on('notification', (n) => resolve(n.payload ?? '')));
    await write({ analyzed: [analyzed('t1', 'i9')], rejected: [], alerts: [alert('t1', 'i9')] });
    const payload = JSON.parse(await received);
    await listener.end();
    expect(payload).toMatchObject({ tenantId: 't1', ruleId: 'r', severity: 'warning', interactionId: 'i9', agentId: 'a-1' });
    expect(JSON.stringify(payload)).not.toContain('missed');
  });

  it('acknowledges an alert', async () => {
    const { rows } = await pool.query("SELECT id::text FROM rapport.alerts WHERE dedup_key = 'r:i9'");
    expect(await acknowledgeAlert(pool, rows[0].id, 'coach@example.com')).toBe(true);
    expect(await acknowledgeAlert(pool, '999999', 'coach@example.com')).toBe(false);
    const ack = await pool.query("SELECT acknowledged_by FROM rapport.alerts WHERE dedup_key = 'r:i9'");
    expect(ack.rows[0].acknowledged_by).toBe('coach@example.com');
  });
});

describe('history for trend rules', () => {
  it('returns each agent\'s recent interactions oldest first, and team means', async () => {
    await write({
      analyzed: [1, 2, 3].map((d) => analyzed('t5', `h${d}`, 'agent-h', `2026-10-0${d}T10:00:00.000Z`, d * 10)),
      rejected: [],
      alerts: [],
    });
    const history = await agentHistory(pool, 't5', ['agent-h'], 2);
    expect(history.get('agent-h')?.map((p) => [p.interactionId, p.values['empathy.score']])).toEqual([['h2', 20], ['h3', 30]]);
    const means = await teamMeans(pool, 't5', ['team-1'], ['empathy.score']);
    expect(means.get('team-1')).toEqual({ 'empathy.score': 20 });
  });
});

describe('roles and row-level security', () => {
  async function asAnalyst<T>(tenant: string, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL ROLE rapport_analyst');
      await client.query("SELECT set_config('rapport.tenant_id', $1, true)", [tenant]);
      return await fn(client);
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
      client.release();
    }
  }

  it.each(['interactions', 'indicators', 'evidence', 'alerts', 'latest_indicators', 'agent_daily', 'team_daily', 'agent_baseline'])(
    'an analyst of t2 sees only t2 rows in %s',
    async (relation) => {
      const tenants = await asAnalyst('t2', async (c) => (await c.query(`SELECT DISTINCT tenant_id FROM rapport.${relation}`)).rows.map((r) => r.tenant_id));
      expect(tenants.every((t) => t === 't2')).toBe(true);
      const all = (await pool.query(`SELECT DISTINCT tenant_id FROM rapport.${relation}`)).rows.length;
      expect(all).toBeGreaterThan(relation === 'evidence' || relation === 'alerts' ? 0 : 1);
    },
  );

  it('an analyst without a tenant sees nothing', async () => {
    const n = await asAnalyst('', async (c) => (await c.query('SELECT count(*) FROM rapport.indicators')).rows[0].count);
    expect(n).toBe('0');
  });

  it.each([
    ['INSERT', "INSERT INTO rapport.interactions (tenant_id, interaction_id, channel, agent_id, language, started_at, turn_count) VALUES ('t2', 'z', 'chat', 'a', 'en', now(), 1)"],
    ['UPDATE', "UPDATE rapport.indicators SET empathy_score = 0"],
    ['DELETE', 'DELETE FROM rapport.evidence'],
  ])('an analyst cannot %s', async (_, sql) => {
    await expect(asAnalyst('t2', (c) => c.query(sql))).rejects.toThrow(/permission denied/);
  });

  it('the writer role can write every table', async () => {
    const client = await pool.connect();
    try {
      await client.query('SET ROLE rapport_writer');
      const undelivered = await writeBatch(client, { analyzed: [analyzed('t6', 'w1')], rejected: [message(99)].map((m) => ({ message: m, code: 'x', reason: 'y' })), alerts: [alert('t6', 'w1')] });
      await markDelivered(client, undelivered.map((a) => a.id));
      expect((await client.query("SELECT count(*) FROM rapport.indicators WHERE tenant_id = 't6'")).rows[0].count).toBe('1');
    } finally {
      await client.query('RESET ROLE');
      client.release();
    }
  });
});
