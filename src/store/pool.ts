/** The PostgreSQL connection pool of the writer. */
import pg from 'pg';

export type Pool = pg.Pool;

export interface PoolOptions {
  max?: number;
}

export function createPool(url: string, options: PoolOptions = {}): pg.Pool {
  return new pg.Pool({
    connectionString: url,
    max: options.max ?? 4,
    application_name: 'rapport',
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
}
