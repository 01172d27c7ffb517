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

export async function startKafkaSource(kafka: Kafka, handler: BatchHandler, options: SourceOptions, logger: Logger, metrics: Metrics): Promise<KafkaSource> {
  const consumer = kafka.consumer({
    groupId: options.groupId,
    sessionTimeout: 30_000,
    heartbeatInterval: 3_000,
    maxBytesPerPartition: 4 * 1024 * 1024,
    retry: { retries: 10, maxRetryTime: options.retryMaxMs },
  });
  const coalescer = createCoalescer((messages) => handler.handle(messages), options.maxBatchMessages);
  let joined = false;
  let failure: string | null = null;
  consumer.on(consumer.events.GROUP_JOIN, (e) => {
    joined = true;
    logger.info({ memberId: e.payload.memberId, assignment: e.payload.memberAssignment }, 'joined consumer group');
  });
  consumer.on(consumer.events.CRASH, (e) => {
    const { error, restart } = e.payload;
    logger.error({ err: { name: error.name, message: error.message }, restart }, restart ? 'consumer crashed; kafkajs restarts it' : 'consumer crashed and will not restart');
    // Crashed, the consumer has left its group: not ready until it joins again (GROUP_JOIN).
    joined = false;
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

  await consumer.connect();
  await consumer.subscribe({ topic: options.topic, fromBeginning: options.fromBeginning });
  await consumer.run({
    autoCommit: false,
    eachBatchAutoResolve: false,
    partitionsConsumedConcurrently: options.partitionsConcurrently,
    eachBatch: async (payload) => {
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
    },
  });
  return {
    consumer,
    ready: () => joined && failure === null,
    failure: () => failure,
    stop: async () => {
      await consumer.stop();
      await consumer.disconnect();
    },
  };
}
