import { describe, expect, it } from 'vitest';
import { chunkBySize } from '../../../src/kafka/producer.js';

describe('chunkBySize', () => {
  it('splits messages so no request exceeds the limit', () => {
    const messages = Array.from({ length: 100 }, (_, i) => ({ key: `k${i}`, value: Buffer.alloc(10_000) }));
    const chunks = chunkBySize(messages, 100_000);
    expect(chunks.flat()).toHaveLength(100);
    expect(chunks.length).toBeGreaterThan(9);
    for (const c of chunks) expect(c.reduce((n, m) => n + (m.value as Buffer).length, 0)).toBeLessThanOrEqual(100_000);
  });

  it('sends a single oversized message alone rather than dropping it', () => {
    const chunks = chunkBySize([{ value: 'a' }, { value: Buffer.alloc(200_000) }, { value: 'b' }], 100_000);
    expect(chunks.map((c) => c.length)).toEqual([1, 1, 1]);
  });
});
