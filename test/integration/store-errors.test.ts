/**
 * isTransientPgError on errors the real PostgreSQL and node-postgres raise (provoked here, not
 * made up), then on the few that cannot be provoked safely in a test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createPool, isTransientPgError } from '../../src/store/pool.js';
import { RapportError } from '../../src/domain/errors.js';
import { createTestDatabase, urlFor, type TestDatabase } from './support/postgres.js';

let db: TestDatabase;
let pool: pg.Pool;

beforeAll(async () => {
  db = await createTestDatabase();
  pool = createPool(db.url, { max: 6 });
  await pool.query('CREATE TABLE scratch (id int PRIMARY KEY, n int CHECK (n >= 0))');
  await pool.query('INSERT INTO scratch VALUES (1, 0), (2, 0)');
});
afterAll(async () => {
  await pool?.end();
  await db?.drop();
});

async function failure(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a failure');
}

/** Two transactions on their own connections. */
async function pair<T>(fn: (a: pg.PoolClient, b: pg.PoolClient) => Promise<T>): Promise<T> {
  const [a, b] = await Promise.all([pool.connect(), pool.connect()]);
  try {
    return await fn(a, b);
  } finally {
    await a.query('ROLLBACK').catch(() => undefined);
    await b.query('ROLLBACK').catch(() => undefined);
    a.release(true);
    b.release(true);
  }
}

describe('isTransientPgError on real failures', () => {
  const cases: Array<[string, string | undefined, boolean, () => Promise<unknown>]> = [
    ['unique violation', '23505', false, () => pool.query('INSERT INTO scratch VALUES (1, 0)')],
    ['check violation', '23514', false, () => pool.query('UPDATE scratch SET n = -1')],
    ['syntax error', '42601', false, () => pool.query('SELEC 1')],
    ['undefined table', '42P01', false, () => pool.query('SELECT * FROM no_such_table')],
    ['invalid input', '22P02', false, () => pool.query("SELECT 'x'::int")],
    ['permission denied', '42501', false, async () => {
      const c = await pool.connect();
      try {
        await c.query('BEGIN; SET LOCAL ROLE rapport_analyst');
        await c.query('INSERT INTO rapport.dead_letters (source_topic, source_partition, source_offset, reason_code, reason) VALUES (1, 1, 1, 1, 1)');
      } finally {
        await c.query('ROLLBACK');
        c.release();
      }
    }],
    ['database does not exist', '3D000', false, () => new pg.Client({ connectionString: urlFor('rapport_no_such_database') }).connect()],
    ['statement timeout', '57014', true, async () => {
      const c = await pool.connect();
      try {
        await c.query('BEGIN; SET LOCAL statement_timeout = 50');
        await c.query('SELECT pg_sleep(2)');
      } finally {
        await c.query('ROLLBACK');
        c.release();
      }
    }],
    ['lock not available', '55P03', true, () => pair(async (a, b) => {
      await a.query('BEGIN; SELECT * FROM scratch WHERE id = 1 FOR UPDATE');
      await b.query('BEGIN');
      await b.query('SELECT * FROM scratch WHERE id = 1 FOR UPDATE NOWAIT');
    })],
    ['lock timeout', '55P03', true, () => pair(async (a, b) => {
      await a.query('BEGIN; SELECT * FROM scratch WHERE id = 1 FOR UPDATE');
      await b.query('BEGIN; SET LOCAL lock_timeout = 50');
      await b.query('UPDATE scratch SET n = 1 WHERE id = 1');
    })],
    ['serialization failure', '40001', true, () => pair(async (a, b) => {
      await a.query('BEGIN ISOLATION LEVEL REPEATABLE READ; SELECT * FROM scratch');
      await b.query('UPDATE scratch SET n = n + 1 WHERE id = 1');
      await a.query('UPDATE scratch SET n = n + 1 WHERE id = 1');
    })],
    ['deadlock', '40P01', true, () => pair(async (a, b) => {
      await a.query('BEGIN; SET LOCAL deadlock_timeout = 50; UPDATE scratch SET n = n + 1 WHERE id = 1');
      await b.query('BEGIN; SET LOCAL deadlock_timeout = 50; UPDATE scratch SET n = n + 1 WHERE id = 2');
      const crossed = [a.query('UPDATE scratch SET n = n + 1 WHERE id = 2'), b.query('UPDATE scratch SET n = n + 1 WHERE id = 1')];
      const settled = await Promise.allSettled(crossed);
      const rejected = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
      if (rejected) throw rejected.reason;
    })],
    ['terminated by an administrator', '57P01', true, async () => {
      const victim = new pg.Client({ connectionString: db.url });
      victim.on('error', () => undefined);
      await victim.connect();
      const pid = (await victim.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
      // Handle the outcome at once: the rejection can arrive before pg_terminate_backend returns,
      // and a rejection left unhandled for a tick fails the whole vitest run (seen in CI).
      const outcome = victim.query('SELECT pg_sleep(5)').then(() => undefined, (err: unknown) => err);
      await new Promise((resolve) => setTimeout(resolve, 100));
      await pool.query('SELECT pg_terminate_backend($1)', [pid]);
      const err = await outcome;
      await victim.end().catch(() => undefined);
      if (err) throw err;
    }],
    ['connection refused', 'ECONNREFUSED', true, () => new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:1/postgres' }).connect()],
  ];

  it.each(cases)('%s (%s): transient = %s', async (_, code, transient, provoke) => {
    const err = await failure(provoke);
    expect((err as { code?: string }).code).toBe(code);
    expect(isTransientPgError(err)).toBe(transient);
  });

  it('a query on a connection the server ended is transient', async () => {
    const victim = new pg.Client({ connectionString: db.url });
    victim.on('error', () => undefined);
    await victim.connect();
    const pid = (await victim.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    await pool.query('SELECT pg_terminate_backend($1)', [pid]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const err = await failure(() => victim.query('SELECT 1'));
    await victim.end().catch(() => undefined);
    expect((err as Error).message).toMatch(/Connection terminated|not queryable/);
    expect(isTransientPgError(err)).toBe(true);
  });
});

describe('isTransientPgError on what cannot be provoked safely', () => {
  const sqlError = (code: string) => Object.assign(new Error('x'), { code });
  it.each([
    ['53300 too many connections', sqlError('53300'), true],
    ['57P03 cannot connect now (starting up)', sqlError('57P03'), true],
    ['57P02 crash shutdown', sqlError('57P02'), true],
    ['08006 connection failure', sqlError('08006'), true],
    ['ECONNRESET', sqlError('ECONNRESET'), true],
    ['a pool timeout', new Error('timeout exceeded when trying to connect'), true],
    ['a lost connection', new Error('Connection terminated unexpectedly'), true],
    ['every address refused (AggregateError)', new AggregateError([sqlError('ECONNREFUSED'), sqlError('ECONNREFUSED')]), true],
    ['a transient cause', new RapportError('store-failed', 'write failed', { cause: sqlError('40P01') }), true],
    ['23503 foreign key violation', sqlError('23503'), false],
    ['28P01 bad password', sqlError('28P01'), false],
    ['ENOTFOUND (a misspelt host)', sqlError('ENOTFOUND'), false],
    ['a plain error', new Error('boom'), false],
    ['not an error', 'Connection terminated', false],
    ['null', null, false],
  ])('%s', (_, err, transient) => {
    expect(isTransientPgError(err)).toBe(transient);
  });
});
