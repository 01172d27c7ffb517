/**
 * Bad input is normal input: property-generated malformed messages mixed into valid traffic on the
 * real broker. Every bad message lands in the dead letters with a specific reason and its original
 * bytes, every valid one is stored exactly once with its ids verbatim, the consumer never stops,
 * and nothing of the transcripts' text reaches the logs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import type { Admin, Kafka } from 'kafkajs';
import pg from 'pg';
import { parseConfig } from '../../src/config/config.js';
import { createLogger } from '../../src/ops/logger.js';
import { startService, type RunningService } from '../../src/service/service.js';
import { encodeAvro, encodeConfluent } from '../../src/contract/avro.js';
import type { Transcript } from '../../src/domain/types.js';
import { createTestDatabase, type TestDatabase } from './support/postgres.js';
import { brokers, produce, testKafka, uniqueName, waitCommittedToEnd } from './support/kafka.js';

const MARKER = `zq${Math.random().toString(36).slice(2, 10)}marker`;

class LogCapture extends Writable {
  text = '';
  override _write(chunk: Buffer, _e: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

let kafka: Kafka;
let admin: Admin;
let db: TestDatabase;
let pool: pg.Pool;
let service: RunningService | undefined;
const logs = new LogCapture();

beforeAll(async () => {
  kafka = testKafka();
  admin = kafka.admin();
  await admin.connect();
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
});
afterAll(async () => {
  await service?.stop().catch(() => undefined);
  await admin?.disconnect();
  await pool?.end();
  await db?.drop();
});

function valid(i: number, id: string, text: string): Transcript {
  return {
    interactionId: id,
    tenantId: 'bad-input',
    channel: 'voice',
    agentId: `agent-${i % 3}`,
    language: 'en',
    startedAt: '2026-10-02T14:03:00.000Z',
    turns: [
      { speaker: 'customer', text: `I was charged twice ${MARKER} ${text}`, startMs: 0, endMs: 3000 },
      // Overlapping turns are valid input (that is what an interruption looks like).
      { speaker: 'agent', text: `I'm so sorry about that ${MARKER}`, startMs: 2000, endMs: 5000 },
    ],
    metadata: { note: MARKER },
  };
}

type Bad = { value: Buffer; code: string };

/** Malformed messages, each with the reason code it must get. */
function malformed(base: Transcript): fc.Arbitrary<Bad> {
  const json = (v: unknown) => Buffer.from(JSON.stringify(v));
  const confluent = encodeConfluent(base);
  return fc.oneof(
    fc.integer({ min: 6, max: confluent.length - 1 }).map((n) => ({ value: confluent.subarray(0, n), code: 'avro-decode' })),
    fc.integer({ min: 2, max: 1000 }).map((id) => ({ value: Buffer.concat([Buffer.from([0, 0, 0, (id >> 8) & 0xff, id & 0xff]), encodeAvro(base)]), code: 'unknown-schema-id' })),
    fc.uint8Array({ minLength: 1, maxLength: 40 }).map((junk) => ({ value: Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xc3, 0x28]), Buffer.from(junk), Buffer.from('"}')]), code: 'invalid-utf8' })),
    fc.string({ minLength: 1, maxLength: 30 }).map((s) => ({ value: Buffer.from(`{${s}`), code: 'invalid-json' })),
    fc.constantFrom<unknown>([], { hello: 'world' }, { ...base, turns: 'hi' }, { ...base, interactionId: undefined }, { ...base, tenantId: '' }, { ...base, channel: 'fax' })
      .map((v) => ({ value: json(v), code: 'contract' })),
    fc.integer({ min: 1, max: 100_000 }).map((n) => ({ value: json({ ...base, turns: [{ speaker: 'agent', text: 'x', startMs: n, endMs: n - 1 }] }), code: 'contract' })),
    fc.integer({ min: -100_000, max: -1 }).map((n) => ({ value: json({ ...base, turns: [{ speaker: 'agent', text: 'x', startMs: n }] }), code: 'contract' })),
    fc.constant({ value: json({ ...base, turns: [{ speaker: 'agent', text: `nul\u0000${MARKER}` }] }), code: 'contract' }),
  );
}

describe('bad input mixed into valid traffic', () => {
  it('dead-letters every bad message with a specific reason, stores every valid one once, logs no text', async () => {
    const topic = uniqueName('bad-input');
    await admin.createTopics({ topics: [{ topic, numPartitions: 2, replicationFactor: 1, configEntries: [{ name: 'max.message.bytes', value: String(8 * 1024 * 1024) }] }], waitForLeaders: true });

    const nasty = ["'; DROP TABLE rapport.indicators; --", 'Robert"); DELETE FROM rapport.alerts;--', '\\x00\\\\', '$1 $$ %s', 'line\nbreak\ttab\u0007bell', 'émoji 😀 ünïcödé'];
    const validOnes = nasty.map((s, i) => valid(i, `id ${s} ${i}`, s));
    const bad: Bad[] = fc.sample(malformed(validOnes[0]), { numRuns: 40, seed: 42 });
    bad.push(
      { value: Buffer.from(JSON.stringify({ ...validOnes[0], turns: [{ speaker: 'agent', text: `${MARKER}${'x'.repeat(1_000_000)}` }] })), code: 'contract' },
      { value: Buffer.from(JSON.stringify({ ...validOnes[0], turns: Array.from({ length: 10_000 }, () => ({ speaker: 'customer', text: MARKER })) })), code: 'contract' },
      { value: Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]), code: 'unrecognised-format' },
    );
    const messages = [...validOnes.map((t) => ({ key: t.interactionId, value: encodeConfluent(t) }))];
    bad.forEach((b, i) => messages.splice((i * 7) % (messages.length + 1), 0, { key: `bad-${i}`, value: b.value }));
    // Each valid interaction once more, as JSON: a re-delivery must not duplicate it.
    messages.push(...validOnes.map((t) => ({ key: t.interactionId, value: Buffer.from(JSON.stringify(t)) })));
    await produce(kafka, topic, messages);

    const groupId = uniqueName('bad-input-group');
    service = await startService(
      parseConfig({
        RAPPORT_KAFKA_BROKERS: brokers().join(','), RAPPORT_TRANSCRIPTS_TOPIC: topic, RAPPORT_KAFKA_GROUP_ID: groupId,
        RAPPORT_DEAD_LETTER_TOPIC: `${topic}.dlq`, RAPPORT_ALERTS_TOPIC: `${topic}.alerts`, RAPPORT_DATABASE_URL: db.url, RAPPORT_HTTP_PORT: '0',
        RAPPORT_MAX_MESSAGE_BYTES: String(8 * 1024 * 1024),
      }),
      createLogger('trace', logs),
    );
    await waitCommittedToEnd(admin, groupId, topic, 60_000);

    const dead = (await pool.query('SELECT reason_code, reason, payload FROM rapport.dead_letters WHERE source_topic = $1', [topic])).rows;
    expect(dead).toHaveLength(bad.length);
    for (const b of bad) {
      const row = dead.find((d) => Buffer.compare(d.payload, b.value) === 0);
      expect(row, `dead letter for a ${b.code} message`).toBeDefined();
      expect(row.reason_code).toBe(b.code);
      expect(row.reason.length).toBeGreaterThan(10);
    }
    const stored = (await pool.query("SELECT interaction_id, count(*)::int AS n FROM rapport.indicators WHERE tenant_id = 'bad-input' GROUP BY 1")).rows;
    expect(stored.map((r) => r.interaction_id).sort()).toEqual(validOnes.map((t) => t.interactionId).sort());
    expect(stored.every((r) => r.n === 1)).toBe(true);
    const quotes = (await pool.query("SELECT quote FROM rapport.evidence WHERE tenant_id = 'bad-input' AND kind = 'empathy.opportunity'")).rows;
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((q) => q.quote === 'charged twice')).toBe(true);

    // The consumer is still alive and ready, and its logs carry no transcript text.
    expect((await fetch(`http://127.0.0.1:${service.ops.port}/readyz`)).status).toBe(200);
    expect(logs.text.length).toBeGreaterThan(0);
    expect(logs.text).toContain('messages sent to the dead letters');
    expect(logs.text).not.toContain(MARKER);
    expect(logs.text).not.toContain('charged twice');
  }, 120_000);
});
