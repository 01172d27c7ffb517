/**
 * The PostgreSQL connection pool, and which PostgreSQL errors are worth retrying.
 */
import pg from 'pg';

export type Pool = pg.Pool;

export interface PoolOptions {
  /** Maximum connections; 4 by default (one consumer writes one batch at a time). Use 1 for embedded PGlite. */
  max?: number;
  /** Server-side limit per statement, ms; 30 s by default, 0 for none. */
  statementTimeoutMs?: number;
  /** A session idle inside a transaction longer than this is ended by the server, releasing its locks; ms, 60 s by default. */
  idleInTransactionTimeoutMs?: number;
  /** Shown in `pg_stat_activity.application_name`; `rapport` by default. */
  applicationName?: string;
}

/**
 * A pool on `url` (`postgres://user@host:port/database`). The timeouts are sent as session
 * settings when each connection starts. Attach an `error` listener: an idle connection that the
 * server ends (a restart) emits one, and an unhandled `error` event ends the process.
 */
export function createPool(url: string, options: PoolOptions = {}): pg.Pool {
  return new pg.Pool({
    connectionString: url,
    max: options.max ?? 4,
    application_name: options.applicationName ?? 'rapport',
    statement_timeout: options.statementTimeoutMs ?? 30_000,
    idle_in_transaction_session_timeout: options.idleInTransactionTimeoutMs ?? 60_000,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
  });
}

/**
 * SQLSTATEs that clear up by themselves: retry the same transaction later.
 * https://www.postgresql.org/docs/current/errcodes-appendix.html
 */
const TRANSIENT_SQLSTATES: ReadonlyMap<string, string> = new Map([
  ['40001', 'serialization_failure'],
  ['40P01', 'deadlock_detected'],
  ['53300', 'too_many_connections'],
  ['55P03', 'lock_not_available'],
  ['57014', 'query_canceled (statement timeout)'],
  ['57P01', 'admin_shutdown'],
  ['57P02', 'crash_shutdown'],
  ['57P03', 'cannot_connect_now'],
]);

/** Class 08 is connection_exception: the connection is gone, a new one may work. */
const CONNECTION_EXCEPTION_CLASS = '08';

/** Node socket errors of a server that is down, restarting or unreachable for a moment. */
const TRANSIENT_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/** node-postgres reports a lost connection with these messages and no code. */
const TRANSIENT_MESSAGES = [
  /^Connection terminated/,
  /^Client has encountered a connection error and is not queryable/,
  /^timeout exceeded when trying to connect/,
  /^Client was closed and is not queryable/,
];

/**
 * True when `err` is a PostgreSQL or connection failure that retrying later may cure: the server
 * is down, restarting or overloaded, the connection was lost, a lock or a serialization conflict,
 * a statement timeout. False for everything that would fail again the same way (constraint
 * violations, syntax errors, permissions, bad data) and for anything that is not an error.
 * Looks through `cause` and `AggregateError.errors` (a host name with several addresses).
 */
export function isTransientPgError(err: unknown, depth = 0): boolean {
  if (err === null || typeof err !== 'object' || depth > 5) return false;
  const e = err as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string') {
    if (TRANSIENT_SQLSTATES.has(e.code) || TRANSIENT_SOCKET_CODES.has(e.code)) return true;
    if (/^[0-9A-Z]{5}$/.test(e.code) && e.code.startsWith(CONNECTION_EXCEPTION_CLASS)) return true;
  }
  if (typeof e.message === 'string' && TRANSIENT_MESSAGES.some((re) => re.test(e.message as string))) return true;
  if (Array.isArray(e.errors) && e.errors.length > 0 && e.errors.every((inner) => isTransientPgError(inner, depth + 1))) return true;
  return e.cause !== undefined && e.cause !== err && isTransientPgError(e.cause, depth + 1);
}
