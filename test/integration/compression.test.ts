/**
 * Batches compressed by the real Apache Kafka producer (gzip, snappy, lz4, zstd) are read and
 * stored: kafkajs only does gzip itself; rapport registers the other codecs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Admin, Kafka } from 'kafkajs';
import pg from 'pg';
import { parseConfig } from '../../src/config/config.js';
import { createLogger } from '../../src/ops/logger.js';
import { startService, type RunningService } from '../../src/service/service.js';
import { createTestDatabase, type TestDatabase } from './support/postgres.js';
import { brokers, createTopic, eventually, testKafka, uniqueName } from './support/kafka.js';
import { kafkaJars } from './support/processes.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const libDir = kafkaJars();
if (!libDir) console.warn('compression.test.ts skipped: no java to run the Apache Kafka producer');

let kafka: Kafka;
let admin: Admin;
let db: TestDatabase;
let pool: pg.Pool;
let service: RunningService;
const topic = uniqueName('compressed');
const codecs = ['gzip', 'snappy', 'lz4', 'zstd'] as const;

/** Publish lines with Kafka's own console producer and the given compression codec. */
function javaProduce(lines: string[], codec: string): void {
  execFileSync('java', [
    '-cp', `${libDir}/*`, `-Dlog4j.configuration=file:${ROOT}scripts/kafka/log4j.properties`, '-Dkafka.logs.dir=/tmp',
    'kafka.tools.ConsoleProducer', '--bootstrap-server', brokers()[0], '--topic', topic, '--compression-codec', codec,
    '--producer-property', 'linger.ms=50',
  ], { input: lines.join('\n') + '\n', stdio: ['pipe', 'ignore', 'inherit'], timeout: 60_000 });
}

describe.skipIf(!libDir)('compressed batches from the Apache Kafka producer', () => {
  beforeAll(async () => {
    kafka = testKafka();
    admin = kafka.admin();
    await admin.connect();
    db = await createTestDatabase();
    pool = new pg.Pool({ connectionString: db.url, max: 1 });
    await createTopic(admin, topic, 1);
    service = await startService(parseConfig({
      RAPPORT_KAFKA_BROKERS: brokers().join(','), RAPPORT_TRANSCRIPTS_TOPIC: topic, RAPPORT_KAFKA_GROUP_ID: uniqueName('g'),
      RAPPORT_DEAD_LETTER_TOPIC: `${topic}.dlq`, RAPPORT_ALERTS_TOPIC: `${topic}.alerts`, RAPPORT_DATABASE_URL: db.url, RAPPORT_HTTP_PORT: '0',
    }), createLogger('silent'));
  });
  afterAll(async () => {
    await service?.stop();
    await admin?.disconnect();
    await pool?.end();
    await db?.drop();
  });

  it.each(codecs)('reads %s batches', async (codec) => {
    const lines = [1, 2, 3].map((n) => JSON.stringify({
      interactionId: `${codec}-${n}`, tenantId: 'compression', channel: 'chat', agentId: 'a', startedAt: '2026-10-02T14:03:00Z',
      turns: [{ speaker: 'customer', text: `My order never arrived (${codec} ${n}).` }, { speaker: 'agent', text: "I'm so sorry about that." }],
    }));
    javaProduce(lines, codec);
    await eventually(async () => Number((await pool.query('SELECT count(*) FROM rapport.indicators WHERE interaction_id LIKE $1', [`${codec}-%`])).rows[0].count) === 3);
    expect(Number((await pool.query('SELECT count(*) FROM rapport.dead_letters')).rows[0].count)).toBe(0);
  });
});
