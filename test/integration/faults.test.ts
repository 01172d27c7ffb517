/**
 * Fault injection against the real broker and database, with the consumer running as a separate
 * process (`rapport run`), as in production. Every scenario publishes a stream of transcripts while
 * the fault happens, then asserts that every interaction is stored exactly once (none lost, none
 * duplicated), that the committed offsets reach the end of the topic, and that the consumer
 * recovered by itself (still running, /readyz and /healthz 200) without anyone restarting it,
 * except where the fault is the death of the process. The broker restart is in
 * `broker-restart.test.ts` (it uses a broker of its own). Scenarios: README, Reliability.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Admin, Kafka } from 'kafkajs';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from './support/postgres.js';
import { brokers, committedOffsets, eventually, testKafka, waitCommittedToEnd } from './support/kafka.js';
import {
  consumerEnv,
  createStream,
  expectCommittedAreStored,
  expectExactlyOnce,
  killConsumerProcesses,
  logsWith,
  publishInBackground,
  publishStream,
  sleep,
  startConsumerProcess,
  storedCount,
  type ConsumerProcess,
  type Stream,
} from './support/processes.js';

let kafka: Kafka;
let admin: Admin;
let db: TestDatabase;
let pool: pg.Pool;

beforeAll(async () => {
  kafka = testKafka();
  admin = kafka.admin();
  await admin.connect();
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url, max: 3 });
});
// A scenario that failed must not leave its consumer running into the next one.
afterEach(async () => {
  await killConsumerProcesses();
});
afterAll(async () => {
  await killConsumerProcesses();
  await admin?.disconnect();
  await pool?.end();
  await db?.drop();
});

const RETRYING = 'transient failure storing a batch; retrying';
const COUNT = 600;

async function startConsumer(s: Stream): Promise<ConsumerProcess> {
  const consumer = startConsumerProcess(consumerEnv(s, brokers().join(','), db.url));
  await consumer.ready();
  return consumer;
}

/** The consumer is still the same process and says it is healthy and ready; then stop it cleanly. */
async function expectRecoveredAndStop(consumer: ConsumerProcess): Promise<void> {
  expect([consumer.child.exitCode, consumer.child.signalCode], 'the consumer process is still running').toEqual([null, null]);
  expect(await consumer.probe('/healthz')).toBe(200);
  expect(await consumer.probe('/readyz')).toBe(200);
  expect((await consumer.terminate()).code).toBe(0);
}

/** End the consumer sessions (this database's `rapport` sessions: one scenario runs at a time) that are inside a transaction. */
async function terminateBusyBackends(): Promise<number> {
  const { rowCount } = await pool.query(
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name = 'rapport' AND xact_start IS NOT NULL AND pid <> pg_backend_pid()",
    [db.name],
  );
  return rowCount ?? 0;
}

describe.sequential('fault injection', () => {
  it('survives database connections being killed mid-stream (pg_terminate_backend, repeatedly)', async () => {
    const s = await createStream(admin, 'pgkill');
    const consumer = await startConsumer(s);
    let publishing = true;
    const published = publishInBackground(kafka, s, COUNT, 4);
    const done = () => (publishing = false);
    void published.then(done, done);
    // Kill sessions in the middle of their work, up to 4 times, at least 500 ms apart.
    let killed = 0;
    while (publishing && killed < 4) {
      const n = await terminateBusyBackends();
      killed += n;
      await sleep(n > 0 ? 500 : 10);
    }
    await published;
    expect(killed, 'sessions terminated mid-transaction').toBeGreaterThanOrEqual(1);
    await expectExactlyOnce(admin, pool, s, COUNT);
    expect(logsWith(consumer.logs, RETRYING).length, 'batches retried after a killed connection').toBeGreaterThanOrEqual(1);
    await expectRecoveredAndStop(consumer);
  }, 90_000);

  it('waits out locks that make the database reject and then stall writes', async () => {
    const s = await createStream(admin, 'lock');
    const consumer = await startConsumer(s);
    const locker = await pool.connect();
    try {
      // 1. EXCLUSIVE blocks writes but not reads (so the test can count meanwhile). Held 7 s, longer
      //    than the writer's 5 s lock_timeout: each attempt fails with 55P03 and is retried.
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE rapport.indicators IN EXCLUSIVE MODE');
      const first = publishInBackground(kafka, s, COUNT / 2, 1);
      await sleep(7000);
      expect(await storedCount(pool, s), 'stored while writes were locked out').toBe(0);
      await locker.query('COMMIT');
      await first;
      await eventually(async () => (await storedCount(pool, s)) === COUNT / 2, 30_000);
      // Every stored batch's offsets committed, so nothing is still on its way when the lock is taken.
      await waitCommittedToEnd(admin, s.groupId, s.topic);
      const lockTimeouts = logsWith(consumer.logs, RETRYING).filter((l) => (l.err as { code?: string } | undefined)?.code === '55P03');
      expect(lockTimeouts.length, 'write attempts that failed on the lock timeout and were retried').toBeGreaterThanOrEqual(1);

      // 2. ACCESS EXCLUSIVE blocks reads too (the trend rules read the indicators): the consumer
      //    waits; nothing is committed to Kafka while nothing can be stored.
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE rapport.indicators IN ACCESS EXCLUSIVE MODE');
      const before = await committedOffsets(admin, s.groupId, s.topic);
      await publishStream(kafka, s, COUNT / 2, 1, COUNT / 2);
      await sleep(4000);
      expect(await committedOffsets(admin, s.groupId, s.topic), 'offsets committed while the table was locked').toEqual(before);
      await locker.query('COMMIT');
    } finally {
      await locker.query('ROLLBACK').catch(() => undefined);
      locker.release();
    }
    await expectExactlyOnce(admin, pool, s, COUNT);
    await expectRecoveredAndStop(consumer);
  }, 90_000);

  it('loses and duplicates nothing when a consumer is killed with SIGKILL mid-batch and restarted', async () => {
    const s = await createStream(admin, 'sigkill');
    const first = await startConsumer(s);
    const published = publishInBackground(kafka, s, COUNT, 4);
    await eventually(async () => (await storedCount(pool, s)) > 50, 30_000, 50);
    // Mid-batch: a session of the consumer has written in its open transaction (it has an xid).
    await eventually(async () => {
      const { rowCount } = await pool.query(
        "SELECT 1 FROM pg_stat_activity WHERE datname = $1 AND application_name = 'rapport' AND backend_xid IS NOT NULL",
        [db.name],
      );
      return (rowCount ?? 0) > 0;
    }, 30_000, 5);
    await first.kill();
    await sleep(200); // the server notices the closed sockets and rolls the open transactions back
    const partial = await storedCount(pool, s);
    expect(partial).toBeLessThan(COUNT);
    await expectCommittedAreStored(admin, pool, s);
    // The new member gets the partitions once the killed one's session times out (30 s).
    const second = await startConsumer(s);
    await published;
    await expectExactlyOnce(admin, pool, s, COUNT, 75_000);
    await expectRecoveredAndStop(second);
  }, 120_000);

  it('shuts down cleanly on SIGTERM mid-stream, and a restart finishes the stream', async () => {
    const s = await createStream(admin, 'sigterm');
    const first = await startConsumer(s);
    const published = publishInBackground(kafka, s, COUNT, 4);
    await eventually(async () => (await storedCount(pool, s)) > 50, 30_000, 50);
    const { code, ms } = await first.terminate();
    expect(code, 'exit code after SIGTERM').toBe(0);
    expect(ms, 'shutdown time (the timeout is 15 s)').toBeLessThan(15_000);
    expect(logsWith(first.logs, 'stopped')).toHaveLength(1);
    expect(await storedCount(pool, s)).toBeLessThan(COUNT);
    await expectCommittedAreStored(admin, pool, s);
    await published;
    const second = await startConsumer(s);
    await expectExactlyOnce(admin, pool, s, COUNT);
    await expectCommittedAreStored(admin, pool, s);
    await expectRecoveredAndStop(second);
  }, 90_000);

  it('rebalances when a second consumer joins and then leaves mid-stream', async () => {
    const s = await createStream(admin, 'rebalance');
    const first = await startConsumer(s);
    const assignments = (c: ConsumerProcess) => logsWith(c.logs, 'joined consumer group').map((l) => ((l.assignment ?? {}) as Record<string, number[]>)[s.topic] ?? []);
    // Half the stream while the second consumer joins and works, half after it has left: the first
    // consumer must take its partitions back to finish.
    const firstHalf = publishInBackground(kafka, s, COUNT / 2, 3);
    await sleep(1000);
    const second = await startConsumer(s);
    expect(assignments(second).at(-1)?.length ?? 0, 'partitions the second consumer was given').toBeGreaterThanOrEqual(1);
    await firstHalf;
    await sleep(500);
    expect((await second.terminate()).code).toBe(0);
    await publishStream(kafka, s, COUNT / 2, 3, COUNT / 2);
    await expectExactlyOnce(admin, pool, s, COUNT);
    const joins = assignments(first);
    expect(joins.length, 'group joins of the first consumer: alone, beside the second, alone again').toBeGreaterThanOrEqual(3);
    expect(joins.some((p) => p.length < 3), 'the first consumer gave partitions up while the second was there').toBe(true);
    expect(joins.at(-1)?.toSorted(), 'the first consumer holds every partition again').toEqual([0, 1, 2]);
    await expectRecoveredAndStop(first);
  }, 90_000);
});
