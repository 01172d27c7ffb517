/**
 * Migrations against the real PostgreSQL, on empty databases: order, bookkeeping, idempotence,
 * concurrent runs, failures that name the file, and migration 004 filling its new columns from
 * rows stored before it.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createPool } from '../../src/store/pool.js';
import { DEFAULT_MIGRATIONS_DIR, migrate, readMigrations } from '../../src/store/migrate.js';
import { randomBytes } from 'node:crypto';
import { createTestDatabase, withAdmin, type TestDatabase } from './support/postgres.js';

const ALL = readMigrations().map((m) => m.name);
const databases: TestDatabase[] = [];
const pools: pg.Pool[] = [];
const dirs: string[] = [];

async function emptyDatabase(): Promise<{ db: TestDatabase; pool: pg.Pool }> {
  const db = await createTestDatabase({ migrated: false });
  databases.push(db);
  const pool = createPool(db.url, { max: 2 });
  pools.push(pool);
  return { db, pool };
}

/** A migrations directory with the given files: names of real migrations are copied, others written. */
function migrationsDir(files: Record<string, string | null>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-migrations-'));
  dirs.push(dir);
  for (const [name, sql] of Object.entries(files)) {
    if (sql === null) copyFileSync(join(DEFAULT_MIGRATIONS_DIR, name), join(dir, name));
    else writeFileSync(join(dir, name), sql);
  }
  return dir;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.end()));
});
afterAll(async () => {
  await Promise.all(databases.map((d) => d.drop()));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('migrate', () => {
  it('finds the package migrations two levels above src/store', () => {
    expect(DEFAULT_MIGRATIONS_DIR).toMatch(/\/migrations\/$/);
    expect(ALL[0]).toBe('001_schema.sql');
    expect(ALL.map((n) => n.slice(0, 3))).toEqual(ALL.map((_, i) => String(i + 1).padStart(3, '0')));
  });

  it('applies every file in order, records each, and is a no-op the second time', async () => {
    const { pool } = await emptyDatabase();
    expect(await migrate(pool)).toEqual({ applied: ALL });
    const { rows } = await pool.query('SELECT id, name, applied_at FROM rapport.migrations ORDER BY id');
    expect(rows.map((r) => [r.id, r.name])).toEqual(ALL.map((name, i) => [i + 1, name]));
    expect(rows.every((r) => r.applied_at instanceof Date)).toBe(true);
    expect(await migrate(pool)).toEqual({ applied: [] });
    expect(Number((await pool.query('SELECT count(*) FROM rapport.migrations')).rows[0].count)).toBe(ALL.length);
  });

  it('accepts a single client as well as a pool', async () => {
    const { db } = await emptyDatabase();
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      expect(await migrate(client)).toEqual({ applied: ALL });
      expect(await migrate(client)).toEqual({ applied: [] });
    } finally {
      await client.end();
    }
  });

  it('is safe when several consumers start at once: each migration runs exactly once', async () => {
    const { db } = await emptyDatabase();
    const racers = Array.from({ length: 4 }, () => createPool(db.url, { max: 1 }));
    pools.push(...racers);
    const results = await Promise.all(racers.map((p) => migrate(p)));
    const applied = results.flatMap((r) => r.applied);
    expect(applied.sort()).toEqual(ALL);
    expect(Number((await racers[0].query('SELECT count(*) FROM rapport.migrations')).rows[0].count)).toBe(ALL.length);
  });

  it('stops at a failing migration, names the file, and keeps the ones before it', async () => {
    const { pool } = await emptyDatabase();
    const dir = migrationsDir({
      '001_schema.sql': null,
      '002_broken.sql': 'CREATE TABLE rapport.half_done (id int);\n\nINSERT INTO rapport.half_done\n  SELECT id FROM rapport.no_such_table;',
      '003_never.sql': 'CREATE TABLE rapport.never (id int);',
    });
    await expect(migrate(pool, { migrationsDir: dir })).rejects.toMatchObject({
      code: 'migration-failed',
      message: expect.stringMatching(/migration 002_broken\.sql failed at line 4: relation "rapport\.no_such_table" does not exist; nothing of it was applied/),
    });
    const names = (await pool.query('SELECT name FROM rapport.migrations ORDER BY id')).rows.map((r) => r.name);
    expect(names).toEqual(['001_schema.sql']);
    const tables = (await pool.query("SELECT to_regclass('rapport.half_done') AS half, to_regclass('rapport.never') AS never")).rows[0];
    expect(tables).toEqual({ half: null, never: null });
  });

  it.each([
    [{ '001_schema.sql': null, '2_short.sql': 'SELECT 1' }, /2_short\.sql: migration files are named NNN_name\.sql/],
    [{ '001_schema.sql': null, '001_again.sql': 'SELECT 1' }, /001_schema\.sql: migration number 1 is also used by 001_again\.sql/],
  ])('refuses a misnamed or duplicated file, naming it', async (files, message) => {
    const { pool } = await emptyDatabase();
    await expect(migrate(pool, { migrationsDir: migrationsDir(files) })).rejects.toMatchObject({ code: 'migration-invalid', message: expect.stringMatching(message) });
  });

  it('refuses a file whose number the database applied under another name', async () => {
    const { pool } = await emptyDatabase();
    await migrate(pool, { migrationsDir: migrationsDir({ '001_schema.sql': null, '002_mine.sql': 'SELECT 1' }) });
    await expect(migrate(pool, { migrationsDir: migrationsDir({ '001_schema.sql': null, '002_theirs.sql': 'SELECT 1' }) })).rejects.toMatchObject({
      code: 'migration-conflict',
      message: expect.stringMatching(/applied migration 2 as 002_mine\.sql, but this version of rapport has 002_theirs\.sql/),
    });
  });

  it('lets a rapport_writer login start against an up-to-date database, and says who may migrate when one is pending', async () => {
    const { db, pool } = await emptyDatabase();
    await migrate(pool);
    const login = `rapport_test_login_${randomBytes(5).toString('hex')}`;
    await withAdmin((admin) => admin.query(`CREATE ROLE ${login} LOGIN IN ROLE rapport_writer`));
    const url = new URL(db.url);
    url.username = login;
    const writer = createPool(url.toString(), { max: 1 });
    try {
      expect(await migrate(writer)).toEqual({ applied: [] });
      const dir = migrationsDir({ ...Object.fromEntries(ALL.map((name) => [name, null])), '999_next.sql': 'CREATE TABLE rapport.next (id int);' });
      await expect(migrate(writer, { migrationsDir: dir })).rejects.toMatchObject({
        code: 'migration-failed',
        message: expect.stringMatching(/migration 999_next\.sql failed at line 1: permission denied for schema rapport; .*run `rapport migrate` as the database owner/),
      });
    } finally {
      await writer.end();
      await withAdmin((admin) => admin.query(`DROP ROLE ${login}`));
    }
  });

  it('004 fills its new columns from the details of rows stored before it', async () => {
    const { pool } = await emptyDatabase();
    await migrate(pool, { migrationsDir: migrationsDir({ '001_schema.sql': null, '002_views.sql': null, '003_roles.sql': null }) });
    const details = {
      conversation: { na: null, turns: { agent: 1, customer: 1, other: 3 }, agentResponseTimeMs: { mean: 10, p90: 20.4, max: 30, count: 4 } },
      empathy: { scriptedPhrases: 5 },
      interruptions: { customer: { perMinute: 1.5 }, ignoredOverlaps: 6 },
      sentiment: { agent: { quarters: [1, null, -1, 2.5] } },
      activeListening: { na: 'no customer content' },
      ownership: { na: null },
      expectations: { na: null },
      customerEffort: { na: 'no customer turns' },
    };
    await pool.query(`INSERT INTO rapport.interactions (tenant_id, interaction_id, channel, agent_id, language, started_at, turn_count)
      VALUES ('t', 'old', 'voice', 'a', 'en', now(), 2)`);
    await pool.query(`INSERT INTO rapport.indicators (tenant_id, interaction_id, analysis_version, lexicon_version, agent_id, channel, started_at,
        agent_turns, customer_turns, non_talk_instances, empathy_opportunities, empathy_shown, empathy_missed, empathy_phrases,
        positive_phrases, negative_phrases, politeness_markers, agent_interruptions, agent_interruption_ms, customer_interruptions,
        customer_interruption_ms, clarifying_questions, paraphrases, ownership_statements, deflections, expectation_statements,
        expectations_with_time_frame, customer_effort_cues, details)
      VALUES ('t', 'old', '0.9', 'en-1', 'a', 'voice', now(), 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, $1)`, [details]);
    expect(await migrate(pool)).toEqual({ applied: ALL.slice(3) });
    const row = (await pool.query(`SELECT other_turns, agent_response_p90_ms, agent_response_count, empathy_scripted_phrases,
        customer_interruptions_per_min::float, ignored_overlaps, agent_sentiment_q1::float, agent_sentiment_q2, agent_sentiment_q3::float,
        agent_sentiment_q4::float, conversation_na, active_listening_na, ownership_na, customer_effort_na
      FROM rapport.indicators`)).rows[0];
    expect(row).toEqual({
      other_turns: 3, agent_response_p90_ms: '20', agent_response_count: 4, empathy_scripted_phrases: 5, customer_interruptions_per_min: 1.5,
      ignored_overlaps: 6, agent_sentiment_q1: 1, agent_sentiment_q2: null, agent_sentiment_q3: -1, agent_sentiment_q4: 2.5,
      conversation_na: null, active_listening_na: 'no customer content', ownership_na: null, customer_effort_na: 'no customer turns',
    });
    // and the view picks up the new columns
    expect((await pool.query('SELECT other_turns FROM rapport.latest_indicators')).rows).toEqual([{ other_turns: 3 }]);
  });
});
