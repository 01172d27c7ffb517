/**
 * The TCP (or TLS) sockets of a kafkajs client, opened through its `socketFactory` option so that
 * the service can close whatever kafkajs leaves open after every client has disconnected.
 *
 * kafkajs 2.2.4 can keep a connection that no `disconnect()` reaches. When a broker closes its
 * connections (it is stopping), the consumer group's fetch fails with "Closed connection" and
 * kafkajs drops that broker from the cluster's broker pool (`removeBroker`) without disconnecting
 * it, while the consumer group still holds the same broker object as its group coordinator. Once
 * the broker is back, the next heartbeat reconnects that orphan; `consumer.disconnect()` then
 * closes only the brokers still in the pool, and the orphan's socket and its request-timeout timer
 * keep the process alive after a clean stop.
 */
import net from 'node:net';
import tls from 'node:tls';
import type { ISocketFactory } from 'kafkajs';

/** As kafkajs's own factory: notice a half-open connection within a minute of silence. */
const KEEP_ALIVE_DELAY_MS = 60_000;

export interface KafkaSockets {
  /** Pass as the `socketFactory` of the kafkajs client. */
  factory: ISocketFactory;
  /** Remote ends (`host:port`) of the sockets kafkajs has not closed. */
  open(): string[];
  /**
   * Destroy every socket kafkajs has not closed and return their remote ends. Call only once every
   * client has disconnected: a socket closed under a running client fails its requests.
   */
  destroyAll(): string[];
  /**
   * Destroy every socket kafkajs has not closed, as `destroyAll`, and resolve once each has closed:
   * by then kafkajs has rejected every request that was waiting on them (a JoinGroup the
   * coordinator holds, say). Resolves with their remote ends.
   */
  abortAll(reason: string): Promise<string[]>;
}

export function createKafkaSockets(): KafkaSockets {
  /** Each open socket and its remote end (a destroyed socket no longer knows it). */
  const sockets = new Map<net.Socket, string>();

  const factory: ISocketFactory = ({ host, port, ssl, onConnect }) => {
    // What kafkajs's default factory does (it is not exported), plus the bookkeeping.
    const socket = ssl
      ? tls.connect({ host, port, ...(net.isIP(host) ? {} : { servername: host }), ...(typeof ssl === 'object' ? ssl : {}) }, onConnect)
      : net.connect({ host, port }, onConnect);
    socket.setKeepAlive(true, KEEP_ALIVE_DELAY_MS);
    sockets.set(socket, `${host}:${port}`);
    socket.once('close', () => sockets.delete(socket));
    return socket;
  };

  // A socket kafkajs disconnected has been ended (and unref'd) but stays in the map until the
  // broker's side closes too; it is closing by itself and does not hold the process.
  const notEnded = () => [...sockets].filter(([socket]) => !socket.writableEnded);

  /**
   * With an error, not a bare destroy(): kafkajs handles a socket 'error' by rejecting the requests
   * still waiting on the connection and disconnecting it, which clears its request-timeout
   * interval. A bare destroy() emits only 'close', which kafkajs ignores: the connection would stay
   * "connected" and its interval would keep the process alive.
   */
  function destroyWithError(reason: string): Array<[net.Socket, string]> {
    const leftover = notEnded();
    for (const [socket] of leftover) socket.destroy(new Error(reason));
    return leftover;
  }

  return {
    factory,
    open: () => notEnded().map(([, remote]) => remote),
    destroyAll: () => destroyWithError('closed at shutdown: still open after every Kafka client disconnected').map(([, remote]) => remote),
    async abortAll(reason) {
      const aborted = destroyWithError(reason);
      // Node emits 'error' then 'close'; kafkajs rejects the waiting requests in its 'error'
      // handler, so after 'close' nothing of kafkajs's waits on these sockets any more. Each was
      // still in the map, so its 'close' is still to come (`socket.closed` turns true at once).
      await Promise.all(aborted.map(([socket]) => new Promise((resolve) => socket.once('close', resolve))));
      return aborted.map(([, remote]) => remote);
    },
  };
}
