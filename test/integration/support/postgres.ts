/**
 * A fresh, migrated database per test file, cloned from a template that is migrated once (as
 * graphile-worker does): `CREATE DATABASE x TEMPLATE tpl` takes milliseconds, and each file is
 * isolated. The admin URL is `postgres://postgres@127.0.0.1:5432/postgres` unless
 * RAPPORT_TEST_PG_URL says otherwise.
 *
 * The template is named after a hash of the migrations, so a changed migration gets a new one. Test
 * files running in parallel race to build it: an advisory lock on the admin database lets one
 * build it while the others wait. It is built under a temporary name and renamed when complete, so
 * a run that dies half-way never leaves a half-migrated template behind; it then accepts no
 * connections, so cloning it never fails because someone is connected to it.
 */
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate, readMigrations } from '../../../src/store/migrate.js';

export const adminUrl = (): string => process.env.RAPPORT_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** The admin URL with another database. */
export function urlFor(database: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

/** Arbitrary constant: the advisory lock key of template creation (on the admin database). */
const TEMPLATE_LOCK_KEY = 8141;

/** Run `fn` on a connection to the admin database. */
export async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function templateName(): string {
  const hash = createHash('sha256');
  for (const m of readMigrations()) hash.update(m.name).update('\u0000').update(m.sql).update('\u0000');
  return `rapport_tpl_${hash.digest('hex').slice(0, 16)}`;
}

/** Retry a statement that fails while a just-closed session is still leaving the database. */
async function whileAccessed(fn: () => Promise<unknown>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fn();
      return;
    } catch (err) {
      if (attempt >= 100 || !/being accessed by other users/.test((err as Error).message)) throw err;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

async function ensureTemplate(): Promise<string> {
  const name = templateName();
  await withAdmin(async (admin) => {
    await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK_KEY]);
    try {
      const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (rowCount !== 0) return;
      const building = `rapport_tplbuild_${randomBytes(5).toString('hex')}`;
      await admin.query(`CREATE DATABASE ${building}`);
      try {
        const client = new pg.Client({ connectionString: urlFor(building) });
        await client.connect();
        try {
          await migrate(client);
        } finally {
          await client.end();
        }
        await whileAccessed(() => admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`));
      } catch (err) {
        await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`).catch(() => undefined);
        throw err;
      }
      await admin.query(`ALTER DATABASE ${name} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK_KEY]);
    }
  });
  return name;
}

export interface TestDatabase {
  name: string;
  url: string;
  /** Drop the database, ending any session still connected to it. */
  drop(): Promise<void>;
}

/** A new database `rapport_test_<random>`: migrated (cloned from the template) unless `migrated` is false. */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const template = options.migrated === false ? null : await ensureTemplate();
  const name = `rapport_test_${randomBytes(6).toString('hex')}`;
  await withAdmin((admin) => whileAccessed(() => admin.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`)));
  return {
    name,
    url: urlFor(name),
    drop: () => withAdmin(async (admin) => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }),
  };
}
