/**
 * A fresh, migrated database per test file, cloned from a template that is migrated once per run
 * (as graphile-worker does): CREATE DATABASE ... TEMPLATE is fast, and each file is isolated.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPool } from '../../../src/store/pool.js';
import { migrate, readMigrations } from '../../../src/store/migrate.js';

export const adminUrl = (): string => process.env.RAPPORT_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function urlFor(database: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The template's name changes with the migrations, so a stale template is never reused. */
function templateName(): string {
  const migrations = readMigrations();
  let hash = 0;
  for (const m of migrations) for (let i = 0; i < m.sql.length; i++) hash = (hash * 31 + m.sql.charCodeAt(i)) | 0;
  return `rapport_tpl_${(hash >>> 0).toString(16)}`;
}

async function ensureTemplate(): Promise<string> {
  const name = templateName();
  await admin(async (client) => {
    // Parallel test files race to create the template: one builds it, the others wait.
    await client.query('SELECT pg_advisory_lock(8141)');
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (rowCount === 0) {
        await client.query(`CREATE DATABASE ${name}`);
        const pool = createPool(urlFor(name), { max: 1 });
        try {
          await migrate(pool);
        } finally {
          await pool.end();
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock(8141)');
    }
  });
  return name;
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** Create `rapport_test_<random>` from the migrated template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = await ensureTemplate();
  const name = `rapport_test_${randomBytes(5).toString('hex')}`;
  await admin(async (client) => {
    // CREATE DATABASE ... TEMPLATE fails while another session uses the template.
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        return;
      } catch (err) {
        if (attempt > 50 || !/being accessed by other users/.test((err as Error).message)) throw err;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  });
  return {
    name,
    url: urlFor(name),
    drop: () => admin(async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }),
  };
}
