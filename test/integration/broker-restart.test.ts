/**
 * The Kafka broker stops mid-stream and comes back 10 s later: the consumer process keeps running,
 * reconnects by itself, and every interaction ends up stored exactly once with the offsets
 * committed to the end. And a consumer that kafkajs restarted during an outage, waiting for the
 * coordinator to let it rejoin, stops promptly on SIGTERM with exit code 0.
 *
 * Test files run in parallel against one shared broker, so stopping that broker would fail other
 * files' tests. This file starts a broker of its own (the same Apache Kafka jars and settings
 * `scripts/kafka.sh` uses, its own free ports and a temporary data directory) and stops and
 * restarts that one: it runs in the normal suite without touching anything else. It is skipped,
 * with the reason, where the jars or Java are missing (a machine testing against Testcontainers or
 * RAPPORT_TEST_KAFKA_BROKERS without having run `scripts/kafka.sh start`).
 */
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
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
  logsWith,
  publishInBackground,
  publishStream,
  sleep,
  expectCommittedAreStored,
  startConsumerProcess,
  storedCount,
  type ConsumerProcess,
  type PrivateBroker,
  type Stream,
} from './support/processes.js';
import { eventually, waitCommittedToEnd } from './support/kafka.js';

const jars = kafkaJars();
if (!jars) console.warn('broker-restart.test.ts skipped: no java to run a broker of its own');

describe.skipIf(!jars).sequential('Kafka broker restart mid-stream', () => {
  let broker: PrivateBroker;
  let kafka: Kafka;
  let admin: Admin;
  let db: TestDatabase;
  let pool: pg.Pool;

  beforeAll(async () => {
    // One after the other, so that a failure leaves nothing behind that afterAll does not know of.
    db = await createTestDatabase();
    broker = await createPrivateBroker(jars!);
    await broker.start();
    // Short request and connection timeouts: while the broker is away, a send fails in seconds
    // (and is sent again) instead of waiting out kafkajs's 30 s defaults several times over.
    kafka = new kafkajs.Kafka({
      clientId: uniqueName('broker-restart'),
      brokers: [broker.bootstrap],
      logLevel: kafkajs.logLevel.NOTHING,
      connectionTimeout: 2000,
      requestTimeout: 5000,
      retry: { retries: 3, initialRetryTime: 200, maxRetryTime: 2000 },
    });
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
    // Each step's time goes to stderr, so a slow or stuck step is visible in the CI log.
    const began = Date.now();
    const step = (label: string) => console.error(`broker-restart: ${label} at ${((Date.now() - began) / 1000).toFixed(1)} s`);
    const s = await createStream(admin, 'broker');
    const consumer = startConsumerProcess(consumerEnv(s, broker.bootstrap, db.url));
    onTestFailed(() => {
      // What the consumer said last (messages and error codes; the logs never hold transcript text).
      const last = consumer.logs.slice(-15).map((l) => JSON.stringify({ level: l.level, msg: l.msg, err: l.err }));
      console.error(`broker-restart: failed at ${((Date.now() - began) / 1000).toFixed(1)} s; the consumer's last log lines:\n${last.join('\n')}`);
    });
    await consumer.ready();
    step('consumer ready');
    // 900 transcripts over about 6 s; the publisher resends what the broker did not acknowledge.
    const published = publishInBackground(kafka, s, 900, 6);
    await eventually(async () => (await storedCount(pool, s)) > 50, 30_000, 20);
    await broker.stop();
    const storedWhenStopped = await storedCount(pool, s);
    step(`broker stopped with ${storedWhenStopped} stored`);
    await sleep(10_000);
    expect([consumer.child.exitCode, consumer.child.signalCode], 'the consumer process survives the outage').toEqual([null, null]);
    expect(await consumer.probe('/healthz'), 'healthy while the broker is away (waiting, not broken)').toBe(200);
    await broker.start();
    step('broker started again');
    await published;
    step('all published');
    // The consumer rejoins the group once the coordinator drops its old member (session timeout, 30 s).
    await expectExactlyOnce(admin, pool, s, 900, 120_000);
    step('all stored once and committed');
    expect(storedWhenStopped, 'stored when the broker stopped: the outage came mid-stream').toBeLessThan(900);
    await eventually(async () => (await consumer.probe('/readyz')) === 200, 30_000);
    expect((await consumer.terminate()).code).toBe(0);
    // kafkajs can keep a connection to the broker after disconnect() when the outage orphaned the
    // group coordinator (src/kafka/sockets.ts); the service closes it. Say when that happened.
    const closed = logsWith(consumer.logs, 'closed Kafka connections still open after every Kafka client disconnected');
    if (closed.length > 0) console.error(`broker-restart: the service closed Kafka sockets kafkajs left open: ${JSON.stringify(closed[0].sockets)} (broker ${broker.bootstrap})`);
    // The process ended by itself, not through the forced exit after its grace period.
    const lingering = logsWith(consumer.logs, 'resources still open after a clean stop; exiting').map((l) => ({ resources: l.resources, sockets: l.sockets }));
    expect(lingering, `resources still open after a clean stop (broker ${broker.bootstrap})`).toEqual([]);
  }, 300_000);

  // Setting the scene depends on timing: when the consumer's reconnect lands while the restarted
  // broker is still starting, a request can hang for kafkajs's 30 s request timeout and the group
  // does not reach the rejoin wait in time (about half the runs on 2026-12-06). So the scene is set
  // up afresh, on a new stream, at most `SCENE_ATTEMPTS` times, and what the test is about (the
  // stop while waiting) is asserted once, on the scene that was reached. A test-level retry would
  // also have hidden a failure of the stop itself.
  const REJOIN_TEST_MS = 480_000;
  it('stops promptly, with exit code 0, on SIGTERM while waiting to rejoin its group after an outage', { timeout: REJOIN_TEST_MS }, async () => {
    const SCENE_ATTEMPTS = 3;
    const began = Date.now();
    // A new attempt only while it (about 70 s), the stop (up to 60 s) and the final exactly-once check
    // (up to 120 s) still fit: a test body that outlives its timeout would start a consumer that
    // afterAll no longer kills.
    const lastAttemptBy = began + REJOIN_TEST_MS - 280_000;
    const step = (label: string) => console.error(`broker-restart (rejoin wait): ${label} at ${((Date.now() - began) / 1000).toFixed(1)} s`);
    let current: ConsumerProcess | undefined;
    onTestFailed(() => {
      const last = (current?.logs ?? []).slice(-15).map((l) => JSON.stringify({ level: l.level, msg: l.msg, err: l.err }));
      console.error(`broker-restart (rejoin wait): failed at ${((Date.now() - began) / 1000).toFixed(1)} s; the consumer's last log lines:\n${last.join('\n')}`);
    });

    /** A consumer that has stored a stream, lived through an outage and waits to rejoin its group; undefined if the group never got there. */
    const setScene = async (attempt: number): Promise<{ s: Stream; consumer: ConsumerProcess } | undefined> => {
      const s = await createStream(admin, 'rejoin');
      // Published while the broker is up, so the topic holds each transcript once (a resend during
      // the outage could duplicate one, and expectCommittedAreStored counts offsets).
      await publishStream(kafka, s, 300, 2);
      const consumer = startConsumerProcess(consumerEnv(s, broker.bootstrap, db.url));
      current = consumer;
      await consumer.ready();
      await eventually(async () => (await storedCount(pool, s)) === 300, 60_000);
      await waitCommittedToEnd(admin, s.groupId, s.topic);
      step(`attempt ${attempt}: all stored and committed; consumer idle`);
      // An idle consumer's next fetch finds no broker: kafkajs crashes it and restarts it until the
      // broker is back. Its old member could not leave, so the coordinator holds the restarted
      // member's JoinGroup until the old one's session times out (30 s).
      await broker.stop();
      await sleep(10_000);
      await broker.start();
      step(`attempt ${attempt}: broker started again`);
      const groupState = async () => (await admin.describeGroups([s.groupId])).groups[0]?.state;
      const waiting = await eventually(async () => (await groupState()) === 'PreparingRebalance', 30_000, 100).then(
        () => true,
        () => false,
      );
      if (waiting) return { s, consumer };
      const state = await groupState().catch(() => 'unknown');
      step(`attempt ${attempt}: the group never reached PreparingRebalance (state ${state}); setting the scene again`);
      await consumer.kill();
      return undefined;
    };

    let scene: { s: Stream; consumer: ConsumerProcess } | undefined;
    let attempts = 0;
    while (!scene && attempts < SCENE_ATTEMPTS && (attempts === 0 || Date.now() < lastAttemptBy)) scene = await setScene(++attempts);
    if (!scene) throw new Error(`the consumer never waited to rejoin its group in ${attempts} attempts`);
    const { s, consumer } = scene;
    expect(await consumer.probe('/readyz'), 'not ready: waiting to rejoin').not.toBe(200);
    step('consumer waiting to rejoin (group PreparingRebalance); SIGTERM');
    const { code, ms } = await consumer.terminate(60_000);
    step(`consumer exited with code ${code} after ${ms} ms`);
    expect(code, 'exit code after SIGTERM (1 if the 15 s shutdown timeout was hit)').toBe(0);
    expect(logsWith(consumer.logs, 'unclean shutdown')).toEqual([]);
    expect(logsWith(consumer.logs, 'stopped')).toHaveLength(1);
    expect(logsWith(consumer.logs, 'stopping while waiting to rejoin the consumer group: abandoned the join'), 'the stop abandoned the pending join').toHaveLength(1);
    await expectCommittedAreStored(admin, pool, s);
    // Nothing lost: a new consumer finishes the stream once the coordinator has dropped the old
    // members (their session timeouts).
    await publishStream(kafka, s, 300, 2, 300);
    const next = startConsumerProcess(consumerEnv(s, broker.bootstrap, db.url));
    await expectExactlyOnce(admin, pool, s, 600, 120_000);
    await expectCommittedAreStored(admin, pool, s);
    step('a new consumer stored the rest; all stored once');
    expect((await next.terminate()).code).toBe(0);
  });
});
