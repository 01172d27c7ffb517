import { describe, expect, it } from 'vitest';
import { createCoalescer, groupCallers } from '../../../src/kafka/coalesce.js';
import type { SourceMessage } from '../../../src/pipeline/prepare.js';

const messages = (partition: number, count: number): SourceMessage[] =>
  Array.from({ length: count }, (_, i) => ({ topic: 't', partition, offset: String(i), key: null, value: Buffer.from('x'), timestamp: '0' }));

const partitionsOf = (batch: readonly SourceMessage[]) => batch.map((m) => m.partition);

describe('groupCallers', () => {
  it('fills groups up to the limit without splitting a caller', () => {
    const callers = [3, 2, 4, 1].map((n) => ({ messages: new Array(n).fill(0) }));
    expect(groupCallers(callers, 5).map((g) => g.map((c) => c.messages.length))).toEqual([[3, 2], [4, 1]]);
  });

  it('gives a caller larger than the limit a group of its own', () => {
    const callers = [2, 7, 1].map((n) => ({ messages: new Array(n).fill(0) }));
    expect(groupCallers(callers, 5).map((g) => g.map((c) => c.messages.length))).toEqual([[2], [7], [1]]);
  });

  it('makes no group of nothing', () => {
    expect(groupCallers([], 5)).toEqual([]);
  });
});

describe('createCoalescer', () => {
  it('stores the batches handed over in one turn of the event loop in one call', async () => {
    const calls: SourceMessage[][] = [];
    const coalescer = createCoalescer(async (batch) => void calls.push(batch), 500);
    await Promise.all([coalescer.handle(messages(0, 2)), coalescer.handle(messages(1, 3)), coalescer.handle(messages(2, 1))]);
    expect(calls.map(partitionsOf)).toEqual([[0, 0, 1, 1, 1, 2]]);
  });

  it('stores batches handed over in later turns in calls of their own', async () => {
    const calls: SourceMessage[][] = [];
    const coalescer = createCoalescer(async (batch) => void calls.push(batch), 500);
    await coalescer.handle(messages(0, 1));
    await coalescer.handle(messages(1, 1));
    expect(calls.map(partitionsOf)).toEqual([[0], [1]]);
  });

  it('splits at the message limit and runs the calls concurrently', async () => {
    const started: number[][] = [];
    const release: Array<() => void> = [];
    const coalescer = createCoalescer(
      (batch) =>
        new Promise<void>((resolve) => {
          started.push([...new Set(partitionsOf(batch))]);
          release.push(resolve);
        }),
      4,
    );
    const all = Promise.all([coalescer.handle(messages(0, 3)), coalescer.handle(messages(1, 3)), coalescer.handle(messages(2, 1))]);
    await new Promise((r) => setImmediate(r));
    // Both calls started before either finished.
    expect(started).toEqual([[0], [1, 2]]);
    release.forEach((r) => r());
    await all;
  });

  it('gives every caller of a failed call its error, and the others their success', async () => {
    const coalescer = createCoalescer(async (batch) => {
      if (batch.some((m) => m.partition === 1)) throw new Error('connection terminated');
    }, 3);
    const outcomes = await Promise.allSettled([coalescer.handle(messages(0, 2)), coalescer.handle(messages(1, 1)), coalescer.handle(messages(2, 3))]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'fulfilled']);
    expect((outcomes[0] as PromiseRejectedResult).reason).toBeInstanceOf(Error);
    expect(((outcomes[0] as PromiseRejectedResult).reason as Error).message).toBe('connection terminated');
  });
});
