/**
 * The operations endpoints: /healthz (the process is alive), /readyz (connected to Kafka and the
 * database and consuming), /metrics (Prometheus).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';

export interface Readiness {
  /** Null when ready, otherwise why not. */
  notReadyReason(): string | null;
  /** Null while the process is healthy; otherwise why it should be restarted. */
  unhealthyReason?(): string | null;
}

export interface OpsServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

export async function startOpsServer(host: string, port: number, registry: Registry, readiness: Readiness): Promise<OpsServer> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      const reason = readiness.unhealthyReason?.() ?? null;
      res.writeHead(reason === null ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reason === null ? { status: 'ok' } : { status: 'failed', reason }));
    } else if (path === '/readyz') {
      const reason = readiness.notReadyReason();
      res.writeHead(reason === null ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reason === null ? { status: 'ready' } : { status: 'not ready', reason }));
    } else if (path === '/metrics') {
      registry.metrics().then(
        (body) => res.writeHead(200, { 'content-type': registry.contentType }).end(body),
        (err: Error) => res.writeHead(500).end(err.message),
      );
    } else {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found; try /healthz, /readyz or /metrics"}');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    server,
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
