/**
 * The Kafka broker stops mid-stream and comes back 10 s later: the consumer process keeps running,
 * reconnects by itself, and every interaction ends up stored exactly once with the offsets
 * committed to the end.
 *
 * Test files run in parallel against one shared broker, so stopping that broker would fail other
 * files' tests. This file starts a broker of its own (the same Apache Kafka jars and settings
 * `scripts/kafka.sh` uses, its own free ports and a temporary data directory) and stops and
 * restarts that one: it runs in the normal suite without touching anything else. It is skipped,
 * with the reason, where the jars or Java are missing (a machine testing against Testcontainers or
 * RAPPORT_TEST_KAFKA_BROKERS without having run `scripts/kafka.sh start`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import kafkajs, { type Admin, type Kafka } from 'kafkajs';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from './support/postgres.js';
import { uniqueName } from './support/kafka.js';
import {
  consumerEnv,
  createPrivateBroker,
  createStream,
  expectExactlyOnce,
  kafkaJars,
  killConsumerProcesses,
  publishStream,
  sleep,
  startConsumerProcess,
  storedCount,
  type PrivateBroker,
} from './support/processes.js';
import { eventually } from './support/kafka.js';

const jars = kafkaJars();
if (!jars) console.warn('broker-restart.test.ts skipped: no Kafka jars in .kafka/<version>/lib or no java; run `bash scripts/kafka.sh start` once');

describe.skipIf(!jars).sequential('Kafka broker restart mid-stream', () => {
  let broker: PrivateBroker;
  let kafka: Kafka;
  let admin: Admin;
  let db: TestDatabase;
  let pool: pg.Pool;

  beforeAll(async () => {
    [broker, db] = await Promise.all([createPrivateBroker(jars!), createTestDatabase()]);
    await broker.start();
    kafka = new kafkajs.Kafka({ clientId: uniqueName('broker-restart'), brokers: [broker.bootstrap], logLevel: kafkajs.logLevel.NOTHING, retry: { retries: 3, initialRetryTime: 200 } });
    admin = kafka.admin();
    await admin.connect();
    pool = new pg.Pool({ connectionString: db.url, max: 2 });
  }, 120_000);
  afterAll(async () => {
    await killConsumerProcesses();
    await admin?.disconnect().catch(() => undefined);
    await broker?.destroy();
    await pool?.end();
    await db?.drop();
  });

  it('recovers by itself when the broker stops for 10 s and comes back; nothing lost or duplicated', async () => {
    const s = await createStream(admin, 'broker');
    const consumer = startConsumerProcess(consumerEnv(s, broker.bootstrap, db.url));
    await consumer.ready();
    // 900 transcripts over about 6 s; the publisher resends what the broker did not acknowledge.
    const published = publishStream(kafka, s, 900, 6);
    await eventually(async () => (await storedCount(pool, s)) > 50, 30_000, 20);
    await broker.stop();
    const storedWhenStopped = await storedCount(pool, s);
    await sleep(10_000);
    expect(consumer.child.exitCode, 'the consumer process survives the outage').toBeNull();
    expect(await consumer.probe('/healthz'), 'healthy while the broker is away (waiting, not broken)').toBe(200);
    await broker.start();
    await published;
    // The consumer rejoins the group once the coordinator drops its old member (session timeout, 30 s).
    await expectExactlyOnce(admin, pool, s, 900, 90_000);
    expect(storedWhenStopped, 'stored when the broker stopped: the outage came mid-stream').toBeLessThan(900);
    await eventually(async () => (await consumer.probe('/readyz')) === 200, 30_000);
    expect((await consumer.terminate()).code).toBe(0);
  }, 180_000);
});
