/**
 * An embedded PostgreSQL for `rapport demo` and for trying rapport with nothing installed: PGlite
 * (PostgreSQL 18 compiled to WebAssembly) served on a local TCP socket by pglite-socket, so the
 * same `pg` code and the same migrations run against it as against a real server.
 *
 * What differs from a server (see docs/storage.md, "Embedded PostgreSQL"):
 * - One backend, one session. The socket server multiplexes connections onto it and keeps each
 *   transaction's statements together, but session state (SET, session advisory locks, LISTEN) is
 *   shared by all connections. Use a pool of `EMBEDDED_POOL_MAX` (1) connection.
 * - NOTIFY reaches the connection that committed, not a separate LISTEN connection.
 * - Settings sent when a connection starts (statement_timeout, application_name) are ignored;
 *   `writeBatch` sets its timeouts with SET LOCAL, which works.
 * - Roles, grants and row-level security work (a single superuser connects).
 */
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** The pool size to use against the embedded database. */
export const EMBEDDED_POOL_MAX = 1;

/**
 * Connection slots of the socket server. More than the pool's one: node-postgres discards a
 * connection after an error and opens a new one at once, before the server has noticed the old
 * one close; with a single slot the new connection is refused, and (measured with pglite-socket
 * 0.2.17) so is every later one.
 */
const SERVER_MAX_CONNECTIONS = 8;

export interface EmbeddedPostgres {
  /** Connection URL for `pg`, `postgres://postgres@127.0.0.1:<port>/postgres`. */
  url: string;
  /** Stop serving and close the database (flushed to `dataDir` when one was given). */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Keep the database in this directory (created when missing); in memory when absent. */
  dataDir?: string;
}

/** Start PGlite in memory (or in `dataDir`) and serve it on 127.0.0.1 at a free port. */
export async function startEmbeddedPostgres(options: EmbeddedOptions = {}): Promise<EmbeddedPostgres> {
  const db = await PGlite.create(options.dataDir);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: SERVER_MAX_CONNECTIONS });
  try {
    await server.start();
  } catch (err) {
    await db.close();
    throw err;
  }
  let stopped = false;
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres?sslmode=disable`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
}
