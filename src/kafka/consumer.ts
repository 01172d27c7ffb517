/**
 * The Kafka source: a consumer-group member that hands batches to the pipeline and commits offsets
 * only after the pipeline has stored them. A bad message never escapes the handler (the pipeline
 * dead-letters it); a transient failure is retried with back-off while the partition's batch is
 * held (no further fetches for it) and heartbeats continue; nothing is committed that is not stored.
 * The batches of one fetch are stored together (`coalesce.ts`): one transaction, not one per partition.
 */
import type { Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import type { Logger } from '../ops/logger.js';
import type { Metrics } from '../ops/metrics.js';
import type { SourceMessage } from '../pipeline/prepare.js';
import { isTransient } from '../pipeline/retry.js';
import { createCoalescer } from './coalesce.js';
import type { KafkaSockets } from './sockets.js';

export interface BatchHandler {
  /** Store a batch (idempotently). Throws on failure; transient failures are retried here. */
  handle(messages: SourceMessage[]): Promise<void>;
}

export interface SourceOptions {
  groupId: string;
  topic: string;
  fromBeginning: boolean;
  partitionsConcurrently: number;
  maxBatchMessages: number;
  retryMaxMs: number;
}

export interface KafkaSource {
  consumer: Consumer;
  /** True once the group has assigned partitions at least once and the consumer is running. */
  ready(): boolean;
  /** Why the consumer stopped for good (a crash kafkajs will not restart), or null. */
  failure(): string | null;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * How long a stop lets a rebalance's join finish by itself before abandoning it. A healthy
 * rebalance completes within a heartbeat interval (3 s) of the batches in flight ending, and then
 * kafkajs leaves the group properly; a join held for a member that will never rejoin takes up to
 * the 30 s session timeout.
 */
const JOIN_GRACE_MS = 4_000;

/**
 * `kafka` must be a client of the consumer's own, whose connections all go through `sockets`: the
 * stop may abort them (see `abandonGroupJoin`), which must not touch any other client's.
 */
export async function startKafkaSource(kafka: Kafka, sockets: KafkaSockets, handler: BatchHandler, options: SourceOptions, logger: Logger, metrics: Metrics): Promise<KafkaSource> {
  let stopping = false;
  const consumer = kafka.consumer({
    groupId: options.groupId,
    sessionTimeout: 30_000,
    heartbeatInterval: 3_000,
    maxBytesPerPartition: 4 * 1024 * 1024,
    // Once stopping, a crash must not restart the consumer: kafkajs would join the group again
    // after the stop (its restart timer is cleared by stop() only if it is already set).
    retry: { retries: 10, maxRetryTime: options.retryMaxMs, restartOnFailure: async () => !stopping },
  });
  const coalescer = createCoalescer((messages) => handler.handle(messages), options.maxBatchMessages);
  let joined = false;
  /**
   * True from a crash or a rebalance until kafkajs has joined the group again: meanwhile it may be
   * waiting on a JoinGroup that the coordinator holds until the members it still knows rejoin or
   * time out (up to the 30 s session timeout; after a broker outage, the member this consumer
   * was before kafkajs restarted it). The first join happens inside `consumer.run` below.
   */
  let rejoining = false;
  /** eachBatch calls running now: while one is, the stop waits for it to store and commit. */
  let batchesInFlight = 0;
  let failure: string | null = null;
  consumer.on(consumer.events.GROUP_JOIN, (e) => {
    joined = true;
    rejoining = false;
    logger.info({ memberId: e.payload.memberId, assignment: e.payload.memberAssignment }, 'joined consumer group');
  });
  consumer.on(consumer.events.REBALANCING, () => {
    rejoining = true;
  });
  consumer.on(consumer.events.CRASH, (e) => {
    const { error, restart } = e.payload;
    // Crashed, the consumer has left its group: not ready until it joins again (GROUP_JOIN).
    joined = false;
    rejoining = restart;
    if (stopping) {
      // Expected when the stop aborted a pending join (abandonGroupJoin); not a failure.
      logger.info({ err: { name: error.name, message: error.message } }, 'consumer ended while stopping');
      return;
    }
    logger.error({ err: { name: error.name, message: error.message }, restart }, restart ? 'consumer crashed; kafkajs restarts it' : 'consumer crashed and will not restart');
    if (!restart) failure = `consumer crashed: ${error.message}`;
  });

  async function storeWithRetry(payload: EachBatchPayload, messages: SourceMessage[]): Promise<boolean> {
    for (let attempt = 0; ; attempt++) {
      if (!payload.isRunning() || payload.isStale()) return false;
      try {
        await coalescer.handle(messages);
        return true;
      } catch (err) {
        if (!isTransient(err)) throw err;
        const delay = Math.min(options.retryMaxMs, 200 * 2 ** Math.min(attempt, 16));
        metrics.retries.inc({ operation: 'store-batch' });
        logger.warn({ err: { message: (err as Error).message, code: (err as { code?: string }).code }, attempt, delayMs: delay, partition: payload.batch.partition }, 'transient failure storing a batch; retrying');
        for (let waited = 0; waited < delay; waited += 1000) {
          await sleep(Math.min(1000, delay - waited));
          await payload.heartbeat().catch(() => undefined);
          if (!payload.isRunning() || payload.isStale()) return false;
        }
      }
    }
  }

  /** Store a batch chunk by chunk, committing each chunk once it is stored. */
  async function handleBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    for (let i = 0; i < batch.messages.length; i += options.maxBatchMessages) {
      const chunk = batch.messages.slice(i, i + options.maxBatchMessages).map(
        (m): SourceMessage => ({ topic: batch.topic, partition: batch.partition, offset: m.offset, key: m.key, value: m.value, timestamp: m.timestamp }),
      );
      if (chunk.length === 0) continue;
      const stored = await storeWithRetry(payload, chunk);
      if (!stored) return; // stopping or rebalanced: the uncommitted rest is redelivered
      const last = chunk[chunk.length - 1].offset;
      await consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: (BigInt(last) + 1n).toString() }]);
      payload.resolveOffset(last);
      metrics.lag.set({ topic: batch.topic, partition: String(batch.partition) }, Math.max(0, Number(BigInt(batch.highWatermark) - BigInt(last) - 1n)));
      await payload.heartbeat();
    }
  }

  await consumer.connect();
  await consumer.subscribe({ topic: options.topic, fromBeginning: options.fromBeginning });
  await consumer.run({
    autoCommit: false,
    eachBatchAutoResolve: false,
    partitionsConsumedConcurrently: options.partitionsConcurrently,
    eachBatch: async (payload) => {
      batchesInFlight++;
      try {
        await handleBatch(payload);
      } finally {
        batchesInFlight--;
      }
    },
  });

  /**
   * kafkajs waits for a pending JoinGroup however it stops: `consumer.stop()` waits for the
   * consumer loop, which is inside the join of a rebalance (runner.js, scheduleFetchManager), and
   * `consumer.disconnect()` waits for every request in flight (connection.js, disconnect:
   * waitForPendingRequests), the join of a consumer kafkajs restarted after a crash included. The
   * coordinator can hold that join for the whole session timeout (30 s), longer than the shutdown
   * timeout. Aborting the consumer's connections rejects it at once.
   *
   * Safe only because no batch is in flight: nothing is being stored, so no commit can be cut
   * short or sent for something unstored (commits are sent only by eachBatch, after the store).
   * The group then drops this member by its session timeout instead of a LeaveGroup; whatever was
   * stored and not committed is redelivered and upserted again.
   */
  async function abandonGroupJoin(): Promise<void> {
    const aborted = await sockets.abortAll('closed at shutdown: the consumer was waiting to rejoin its group');
    logger.warn({ sockets: aborted }, 'stopping while waiting to rejoin the consumer group: abandoned the join');
  }

  const canAbandonJoin = () => rejoining && batchesInFlight === 0;

  /**
   * Stop consuming: wait for batches in flight, then leave the group and disconnect; a join still
   * pending once the batches are done is abandoned, after JOIN_GRACE_MS if stop() is waiting for
   * it (a rebalance), at once if it is not (a consumer kafkajs restarted after a crash has no
   * consumer loop yet for stop() to wait for, so stop() returns while the join goes on, and
   * disconnect() would wait for it).
   */
  async function stop(): Promise<void> {
    stopping = true;
    const stopped = consumer.stop();
    let settled = false;
    void stopped.finally(() => (settled = true)).catch(() => undefined);
    let waitingOnlyForJoinSince: number | null = null;
    while (!settled) {
      if (canAbandonJoin()) {
        waitingOnlyForJoinSince ??= Date.now();
        if (Date.now() - waitingOnlyForJoinSince >= JOIN_GRACE_MS) break;
      }
      await Promise.race([stopped, sleep(100)]);
    }
    if (canAbandonJoin()) await abandonGroupJoin();
    await stopped;
    await consumer.disconnect();
  }

  return {
    consumer,
    ready: () => joined && failure === null,
    failure: () => failure,
    stop,
  };
}
