/**
 * Group commit for the Kafka source. kafkajs hands the pipeline one batch per partition, and a
 * fetch that brings a few messages for each of six partitions would otherwise cost six
 * transactions, six trend lookups and six alert deliveries, each a handful of database round
 * trips. At a steady, moderate rate those fixed costs are most of a message's latency (measured:
 * 20-90 ms of writing for batches of 1-6 transcripts in `npm run bench:e2e`).
 *
 * The coalescer merges every batch handed to it in the same turn of the event loop (kafkajs starts
 * the batches of one fetch together) into one call of the pipeline, up to `maxMessages` per call;
 * larger sets are split into several calls that run concurrently, as the batches would have. Each
 * caller waits for the call that holds its messages and sees its outcome: stored, or the error
 * (so each retries or gives up on its own, and commits its own offsets only after its messages are
 * stored). A caller's messages are never split across calls.
 */
import type { SourceMessage } from '../pipeline/prepare.js';

export interface Coalescer {
  /** Store these messages together with any others handed over in the same turn of the event loop. */
  handle(messages: SourceMessage[]): Promise<void>;
}

interface Waiting {
  messages: SourceMessage[];
  resolve: () => void;
  reject: (err: unknown) => void;
}

/** Split the waiting callers into groups of at most `maxMessages` messages (a larger caller is a group of its own). */
export function groupCallers<T extends { messages: readonly unknown[] }>(waiting: readonly T[], maxMessages: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const w of waiting) {
    if (current.length > 0 && size + w.messages.length > maxMessages) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(w);
    size += w.messages.length;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

export function createCoalescer(store: (messages: SourceMessage[]) => Promise<void>, maxMessages: number): Coalescer {
  let waiting: Waiting[] = [];

  function flush(): void {
    const callers = waiting;
    waiting = [];
    for (const group of groupCallers(callers, maxMessages)) {
      store(group.flatMap((w) => w.messages)).then(
        () => group.forEach((w) => w.resolve()),
        (err: unknown) => group.forEach((w) => w.reject(err)),
      );
    }
  }

  return {
    handle(messages) {
      return new Promise<void>((resolve, reject) => {
        if (waiting.length === 0) setImmediate(flush);
        waiting.push({ messages, resolve, reject });
      });
    },
  };
}
