/**
 * An embedded PostgreSQL for `rapport demo` and for trying rapport with nothing installed: PGlite
 * (PostgreSQL compiled to WebAssembly) served on a local socket with pglite-socket, so the same
 * `pg` code and the same migrations run against it as against a real server.
 */
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  /** Connection URL for `pg` (one connection at a time: use a pool of size 1). */
  url: string;
  stop(): Promise<void>;
}

/** Start PGlite in memory (or in `dataDir`) and serve it on 127.0.0.1 at a free port. */
export async function startEmbeddedPostgres(options: { dataDir?: string } = {}): Promise<EmbeddedPostgres> {
  const db = await PGlite.create(options.dataDir);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0 });
  await server.start();
  const address = server.getServerConn();
  return {
    url: `postgres://postgres@${address}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
