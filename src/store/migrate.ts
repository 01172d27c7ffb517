/**
 * Numbered, forward-only SQL migrations (`migrations/NNN_name.sql`), each applied in its own
 * transaction and recorded in `rapport.migrations (id, name, applied_at)`.
 *
 * Safe when several consumers start at once: every transaction takes the same advisory
 * transaction lock first and then re-reads what is applied, so each migration runs exactly once
 * and the others find nothing to do. A transaction lock (rather than a session lock held across the
 * run) also holds behind a transaction-pooling proxy such as PgBouncer, and on PGlite, whose
 * multiplexed connections share one session.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { RapportError } from '../domain/errors.js';

/** `migrations/` at the package root: two levels above both `src/store/` and `dist/store/`. */
export const DEFAULT_MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/** Arbitrary constant: the advisory lock key of rapport's migrations. */
const LOCK_KEY = 7_263_711;

const FILE_NAME = /^(\d{3})_[a-z0-9_]+\.sql$/;

export interface Migration {
  id: number;
  /** The file name, e.g. `001_schema.sql`. */
  name: string;
  sql: string;
}

export interface MigrateOptions {
  /** Directory of the migration files; the package's `migrations/` by default. */
  migrationsDir?: string;
}

/** The migration files of `dir`, in order; throws naming the file that is misnamed or duplicated. */
export function readMigrations(dir: string = DEFAULT_MIGRATIONS_DIR): Migration[] {
  const base = dir.endsWith('/') ? dir : `${dir}/`;
  const migrations: Migration[] = [];
  for (const file of readdirSync(base).sort()) {
    if (!file.endsWith('.sql')) continue;
    const match = FILE_NAME.exec(file);
    if (!match) throw new RapportError('migration-invalid', `${base}${file}: migration files are named NNN_name.sql in lower case (e.g. 005_add_index.sql)`);
    const id = Number(match[1]);
    const clash = migrations.find((m) => m.id === id);
    if (clash) throw new RapportError('migration-invalid', `${base}${file}: migration number ${id} is also used by ${clash.name}; renumber one of them`);
    migrations.push({ id, name: file, sql: readFileSync(`${base}${file}`, 'utf8') });
  }
  return migrations;
}

type Queryable = pg.Pool | pg.ClientBase;

function isPool(db: Queryable): db is pg.Pool {
  return typeof (db as pg.Pool).totalCount === 'number';
}

async function inTransaction<T>(client: pg.ClientBase, fn: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    const result = await fn();
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

async function appliedMigrations(client: pg.ClientBase): Promise<Map<number, string>> {
  const { rows } = await client.query<{ id: number; name: string }>('SELECT id, name FROM rapport.migrations');
  return new Map(rows.map((r) => [r.id, r.name]));
}

function checkName(m: Migration, applied: Map<number, string>): void {
  const name = applied.get(m.id);
  if (name !== undefined && name !== m.name) {
    throw new RapportError('migration-conflict', `the database applied migration ${m.id} as ${name}, but this version of rapport has ${m.name} under that number; two branches used the same number`);
  }
}

/**
 * Whether anything is to be done, read without a lock or any privilege beyond reading
 * `rapport.migrations`: a consumer connecting as a rapport_writer login (which may not create
 * anything) starts fine against an up-to-date database.
 */
async function pendingMigrations(client: pg.ClientBase, migrations: readonly Migration[]): Promise<{ fresh: boolean; pending: Migration[] }> {
  const { rows } = await client.query<{ exists: boolean }>("SELECT to_regclass('rapport.migrations') IS NOT NULL AS exists");
  if (!rows[0].exists) return { fresh: true, pending: [...migrations] };
  const applied = await appliedMigrations(client);
  for (const m of migrations) checkName(m, applied);
  return { fresh: false, pending: migrations.filter((m) => !applied.has(m.id)) };
}

const OWNER_HINT = ' (migrations create schemas, tables and roles: run `rapport migrate` as the database owner)';

async function run(client: pg.ClientBase, migrations: readonly Migration[]): Promise<string[]> {
  const { fresh, pending } = await pendingMigrations(client, migrations);
  if (pending.length === 0) return [];
  if (fresh) {
    try {
      await inTransaction(client, async () => {
        await client.query('CREATE SCHEMA IF NOT EXISTS rapport');
        await client.query('CREATE TABLE IF NOT EXISTS rapport.migrations (id int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
      });
    } catch (err) {
      const hint = (err as { code?: string }).code === '42501' ? OWNER_HINT : '';
      throw new RapportError('migration-failed', `creating the schema rapport and its table rapport.migrations failed: ${(err as Error).message}${hint}`, { cause: err });
    }
  }
  const applied: string[] = [];
  for (const m of pending) {
    try {
      // Another process may have applied it since: check again under the lock.
      const ran = await inTransaction(client, async () => {
        const done = await appliedMigrations(client);
        checkName(m, done);
        if (done.has(m.id)) return false;
        // A migration may rewrite a large table: the pool's statement timeout is for the pipeline.
        await client.query('SET LOCAL statement_timeout = 0');
        await client.query(m.sql);
        await client.query('INSERT INTO rapport.migrations (id, name) VALUES ($1, $2)', [m.id, m.name]);
        return true;
      });
      if (ran) applied.push(m.name);
    } catch (err) {
      if (err instanceof RapportError) throw err;
      const e = err as { message?: string; position?: string; code?: string };
      const where = e.position ? ` at line ${m.sql.slice(0, Number(e.position) - 1).split('\n').length}` : '';
      const hint = e.code === '42501' ? OWNER_HINT : '';
      throw new RapportError('migration-failed', `migration ${m.name} failed${where}: ${e.message ?? String(err)}; nothing of it was applied${hint}`, { cause: err });
    }
  }
  return applied;
}

/** Apply the pending migrations, in order; returns the file names applied by this call. */
export async function migrate(db: Queryable, options: MigrateOptions = {}): Promise<{ applied: string[] }> {
  const migrations = readMigrations(options.migrationsDir);
  if (!isPool(db)) return { applied: await run(db, migrations) };
  const client = await db.connect();
  let failure: Error | undefined;
  try {
    return { applied: await run(client, migrations) };
  } catch (err) {
    failure = err as Error;
    throw err;
  } finally {
    // A connection that failed mid-migration is discarded, not returned to the pool.
    client.release(failure);
  }
}
