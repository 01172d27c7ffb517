/**
 * Numbered, forward-only SQL migrations (`migrations/NNN_name.sql`), each applied in its own
 * transaction and recorded in `rapport.migrations`. An advisory lock makes concurrent runs (two
 * consumers starting at once) safe: the second waits, then finds nothing to do.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { RapportError } from '../domain/errors.js';

export const DEFAULT_MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/** Arbitrary constant: the advisory lock key of rapport's migrations. */
const LOCK_KEY = 7_263_711;

interface Migration {
  id: number;
  name: string;
  sql: string;
}

export function readMigrations(dir: string = DEFAULT_MIGRATIONS_DIR): Migration[] {
  const migrations: Migration[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.sql')) continue;
    const match = /^(\d{3})_[a-z0-9_]+\.sql$/.exec(file);
    if (!match) throw new RapportError('migration-invalid', `${dir}${file}: migration files are named NNN_name.sql (e.g. 004_add_index.sql)`);
    const id = Number(match[1]);
    if (migrations.some((m) => m.id === id)) throw new RapportError('migration-invalid', `${dir}${file}: duplicate migration number ${id}`);
    migrations.push({ id, name: file, sql: readFileSync(`${dir}${file}`, 'utf8') });
  }
  return migrations;
}

/** Apply pending migrations; returns the file names applied. */
export async function migrate(pool: pg.Pool, options: { dir?: string } = {}): Promise<{ applied: string[] }> {
  const migrations = readMigrations(options.dir);
  const client = await pool.connect();
  const applied: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    await client.query('CREATE SCHEMA IF NOT EXISTS rapport');
    await client.query('CREATE TABLE IF NOT EXISTS rapport.migrations (id int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const { rows } = await client.query<{ id: number }>('SELECT id FROM rapport.migrations');
    const done = new Set(rows.map((r) => r.id));
    for (const m of migrations) {
      if (done.has(m.id)) continue;
      try {
        await client.query('BEGIN');
        await client.query(m.sql);
        await client.query('INSERT INTO rapport.migrations (id, name) VALUES ($1, $2)', [m.id, m.name]);
        await client.query('COMMIT');
        applied.push(m.name);
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw new RapportError('migration-failed', `migration ${m.name} failed: ${(err as Error).message}`, { cause: err });
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => undefined);
    client.release();
  }
  return { applied };
}
