/**
 * The socket registry against kafkajs's own Connection class (an internal module: the public API
 * has no way to hold a connection open on purpose) and a local TCP server that accepts and stays
 * silent, so no broker is needed. The case that matters is a connection kafkajs itself never
 * disconnects, as the orphaned group coordinator after a broker outage (see src/kafka/sockets.ts).
 */
import { createRequire } from 'node:module';
import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKafkaSockets, type KafkaSockets } from '../../../src/kafka/sockets.js';

const require = createRequire(import.meta.url);

/** The parts of kafkajs's internal Connection this test looks at. */
interface KafkaConnection {
  connect(): Promise<boolean>;
  disconnect(): Promise<boolean>;
  isConnected(): boolean;
  send(request: object): Promise<unknown>;
  socket: Socket;
  requestQueue: { requestTimeoutIntervalId: NodeJS.Timeout | null };
}
const Connection = require('kafkajs/src/network/connection.js') as new (options: object) => KafkaConnection;
const { createLogger, LEVELS } = require('kafkajs/src/loggers/index.js') as {
  createLogger(options: { level: number; logCreator: () => () => void }): object;
  LEVELS: { NOTHING: number };
};

/** An ApiVersions request: the silent server never answers it, so it stays in flight. */
const apiVersions = require('kafkajs/src/protocol/requests/apiVersions/index.js') as { protocol(o: { version: number }): () => object };

const until = async (check: () => boolean, what: string) => {
  for (let waited = 0; !check(); waited += 10) {
    if (waited > 2000) throw new Error(`still not ${what} after 2 s`);
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('Kafka socket registry', () => {
  let server: Server;
  let port: number;
  let sockets: KafkaSockets;
  const accepted: Socket[] = [];

  beforeEach(async () => {
    server = createServer((s) => accepted.push(s));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
    sockets = createKafkaSockets();
  });
  afterEach(async () => {
    for (const s of accepted.splice(0)) s.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  const connection = () =>
    new Connection({
      host: '127.0.0.1',
      port,
      socketFactory: sockets.factory,
      logger: createLogger({ level: LEVELS.NOTHING, logCreator: () => () => undefined }),
      requestTimeout: 30_000,
      enforceRequestTimeout: true,
      connectionTimeout: 1000,
    });

  it('closes a connection kafkajs left open, and kafkajs then clears its request-timeout timer', async () => {
    const leftover = connection();
    await leftover.connect();
    expect(sockets.open()).toEqual([`127.0.0.1:${port}`]);
    const timer = leftover.requestQueue.requestTimeoutIntervalId as NodeJS.Timeout & { _destroyed?: boolean };
    expect(timer.hasRef(), 'a connected kafkajs connection holds a timer that keeps the process alive').toBe(true);

    expect(sockets.destroyAll()).toEqual([`127.0.0.1:${port}`]);

    await until(() => !leftover.isConnected(), 'disconnected');
    await until(() => timer._destroyed === true, 'cleared');
    expect(leftover.socket.destroyed).toBe(true);
    expect(sockets.open()).toEqual([]);
  });

  it('leaves alone a socket kafkajs disconnected, even before the server has closed its side', async () => {
    const normal = connection();
    await normal.connect();
    await normal.disconnect();
    // The server has not ended its side: the socket is half-closed, closing by itself.
    expect(normal.socket.destroyed).toBe(false);
    expect(sockets.open()).toEqual([]);
    expect(sockets.destroyAll()).toEqual([]);
    expect(normal.socket.destroyed).toBe(false);
  });

  it('aborts the requests waiting on a connection, after which disconnect() no longer waits for them', async () => {
    const waiting = connection();
    await waiting.connect();
    const pending = waiting.send(apiVersions.protocol({ version: 0 })());
    pending.catch(() => undefined);

    expect(await sockets.abortAll('aborted by the test')).toEqual([`127.0.0.1:${port}`]);

    await expect(pending).rejects.toThrow('aborted by the test');
    // Without the abort, disconnect() waits for the request in flight (30 s request timeout here).
    const late = new Promise((_, reject) => setTimeout(() => reject(new Error('disconnect still waiting after 2 s')), 2000).unref());
    await Promise.race([waiting.disconnect(), late]);
    expect(sockets.open()).toEqual([]);
  });
});
