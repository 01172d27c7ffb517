/**
 * The embedded PostgreSQL (PGlite behind pglite-socket): the same pg code and migrations as
 * against a server. Also pins down where it differs (documented in docs/storage.md).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { EMBEDDED_POOL_MAX, startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/store/embedded.js';
import { createPool } from '../../src/store/pool.js';
import { migrate, readMigrations } from '../../src/store/migrate.js';
import { writeBatch } from '../../src/store/writeBatch.js';
import { acknowledgeAlert } from '../../src/store/alerts.js';
import { recentIndicatorsForAgent } from '../../src/store/history.js';
import { alert, analyzed, deadLetter } from './support/factories.js';

const ALL = readMigrations().map((m) => m.name);

describe('embedded PostgreSQL (PGlite)', () => {
  let embedded: EmbeddedPostgres;
  let pool: pg.Pool;

  beforeAll(async () => {
    embedded = await startEmbeddedPostgres();
    pool = createPool(embedded.url, { max: EMBEDDED_POOL_MAX });
  });
  afterAll(async () => {
    await pool?.end();
    await embedded?.stop();
  });

  it('serves on 127.0.0.1 and takes every migration, roles and row-level security included', async () => {
    expect(embedded.url).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres/);
    expect(await migrate(pool)).toEqual({ applied: ALL });
    expect(await migrate(pool)).toEqual({ applied: [] });
    const roles = (await pool.query("SELECT rolname FROM pg_roles WHERE rolname LIKE 'rapport_%' ORDER BY 1")).rows.map((r) => r.rolname);
    expect(roles).toEqual(['rapport_analyst', 'rapport_writer']);
  });

  it('stores a batch and answers the same queries', async () => {
    const items = ['e1', 'e2'].map((id, n) => analyzed({ tenantId: 't1', interactionId: id, startedAt: `2026-10-0${n + 1}T09:00:00.000Z` }));
    const other = analyzed({ tenantId: 't2', interactionId: 'e3' });
    const client = await pool.connect();
    try {
      const batch = {
        interactions: [...items, other].map((i) => i.interaction),
        indicators: [...items, other].map((i) => i.indicators),
        deadLetters: [deadLetter(1)],
        alerts: [alert({ tenantId: 't1', interactionId: 'e1' })],
      };
      const result = await writeBatch(client, batch);
      expect(result).toMatchObject({ interactionsInserted: 3, indicatorsInserted: 3, evidenceInserted: 9, deadLettersInserted: 1 });
      expect(result.alertsInserted).toHaveLength(1);
      const replay = await writeBatch(client, batch);
      expect(replay).toMatchObject({ interactionsInserted: 0, indicatorsInserted: 0, evidenceInserted: 0, deadLettersInserted: 0, alertsInserted: [] });
    } finally {
      client.release();
    }
    expect((await recentIndicatorsForAgent(pool, 't1', 'agent-1', 5)).map((r) => r.interactionId)).toEqual(['e1', 'e2']);
    const daily = (await pool.query("SELECT day::text, interactions::int, empathy_missed::int FROM rapport.agent_daily WHERE tenant_id = 't1' ORDER BY day")).rows;
    expect(daily).toEqual([{ day: '2026-10-01', interactions: 1, empathy_missed: 3 }, { day: '2026-10-02', interactions: 1, empathy_missed: 3 }]);
    const payload = (await pool.query('SELECT payload FROM rapport.dead_letters')).rows[0].payload;
    expect(payload).toEqual(deadLetter(1).payload);
    const id = (await pool.query('SELECT id::text FROM rapport.alerts')).rows[0].id;
    expect(await acknowledgeAlert(pool, id, 'coach')).toMatchObject({ acknowledged_by: 'coach' });
  });

  it('enforces the analyst role and tenant isolation', async () => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL ROLE rapport_analyst');
      await client.query("SELECT set_config('rapport.tenant_id', 't2', true)");
      const tenants = (await client.query('SELECT DISTINCT tenant_id FROM rapport.latest_indicators')).rows.map((r) => r.tenant_id);
      expect(tenants).toEqual(['t2']);
      await expect(client.query("DELETE FROM rapport.indicators")).rejects.toMatchObject({ code: '42501' });
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });

  it('keeps serving after a failed statement (node-postgres reconnects at once)', async () => {
    for (let i = 0; i < 5; i++) {
      await expect(pool.query('SELECT * FROM no_such_table')).rejects.toMatchObject({ code: '42P01' });
      const client = await pool.connect();
      // a failed batch discards its connection, as the store port does
      client.release(new Error('discard'));
      expect((await pool.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    }
  });

  it('delivers NOTIFY to the connection that committed, not to another one', async () => {
    const listener = new pg.Client({ connectionString: embedded.url });
    await listener.connect();
    const heard: string[] = [];
    listener.on('notification', () => heard.push('listener'));
    try {
      await listener.query('LISTEN rapport_alerts');
      const client = await pool.connect();
      client.on('notification', () => heard.push('writer'));
      try {
        await writeBatch(client, { interactions: [], indicators: [], deadLetters: [], alerts: [alert({ tenantId: 't1', interactionId: 'e2' })] });
        await new Promise((resolve) => setTimeout(resolve, 200));
      } finally {
        client.release();
      }
      await listener.query('SELECT 1');
    } finally {
      await listener.end();
    }
    expect(heard).toEqual(['writer']);
  });
});

describe('embedded PostgreSQL in a data directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-pglite-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function session<T>(fn: (pool: pg.Pool) => Promise<T>): Promise<T> {
    const embedded = await startEmbeddedPostgres({ dataDir: dir });
    const pool = createPool(embedded.url, { max: EMBEDDED_POOL_MAX });
    try {
      return await fn(pool);
    } finally {
      await pool.end();
      await embedded.stop();
      await embedded.stop(); // stopping twice is harmless
    }
  }

  it('keeps the data and the applied migrations across restarts', async () => {
    await session(async (pool) => {
      expect(await migrate(pool)).toEqual({ applied: ALL });
      const a = analyzed({ tenantId: 't1', interactionId: 'kept' });
      const client = await pool.connect();
      try {
        await writeBatch(client, { interactions: [a.interaction], indicators: [a.indicators], deadLetters: [], alerts: [] });
      } finally {
        client.release();
      }
    });
    await session(async (pool) => {
      expect(await migrate(pool)).toEqual({ applied: [] });
      expect((await pool.query('SELECT interaction_id FROM rapport.indicators')).rows).toEqual([{ interaction_id: 'kept' }]);
    });
  });
});
