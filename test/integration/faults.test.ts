/**
 * Fault injection against the real broker and database, with the consumer running as a separate
 * process (`rapport run`), as in production. Every scenario publishes a stream of transcripts while
 * the fault happens, then asserts that every interaction is stored exactly once (none lost, none
 * duplicated), that the committed offsets reach the end of the topic, and that the consumer
 * recovered by itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Admin, Kafka } from 'kafkajs';
import pg from 'pg';
import { encodeConfluent } from '../../src/contract/avro.js';
import { benchCall, benchChat } from '../../bench/fixtures.js';
import { createTestDatabase, type TestDatabase } from './support/postgres.js';
import { brokers, committedOffsets, createTopic, eventually, produce, testKafka, uniqueName } from './support/kafka.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let kafka: Kafka;
let admin: Admin;
let db: TestDatabase;
let pool: pg.Pool;
const children = new Set<ChildProcess>();

beforeAll(async () => {
  kafka = testKafka();
  admin = kafka.admin();
  await admin.connect();
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url, max: 3 });
});
afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  await admin?.disconnect();
  await pool?.end();
  await db?.drop();
});

interface Scenario {
  topic: string;
  groupId: string;
  tenant: string;
}

async function scenario(name: string): Promise<Scenario> {
  const s = { topic: uniqueName(`faults-${name}`), groupId: uniqueName(`faults-${name}`), tenant: uniqueName(name) };
  await createTopic(admin, s.topic, 3);
  return s;
}

/** Start `rapport run` for a scenario; resolves when it has joined the group (GET /readyz is 200). */
async function startConsumer(s: Scenario, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', `${ROOT}src/cli/main.ts`, 'run'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      RAPPORT_KAFKA_BROKERS: brokers().join(','),
      RAPPORT_TRANSCRIPTS_TOPIC: s.topic,
      RAPPORT_KAFKA_GROUP_ID: s.groupId,
      RAPPORT_DEAD_LETTER_TOPIC: `${s.topic}.dlq`,
      RAPPORT_ALERTS_TOPIC: `${s.topic}.alerts`,
      RAPPORT_DATABASE_URL: db.url,
      RAPPORT_HTTP_PORT: String(port),
      RAPPORT_LOG_LEVEL: process.env.RAPPORT_TEST_CONSUMER_LOG ?? 'warn',
      RAPPORT_RETRY_MAX_MS: '2000',
      RAPPORT_MAX_BATCH_MESSAGES: '50',
      RAPPORT_SHUTDOWN_TIMEOUT_MS: '15000',
    },
    stdio: ['ignore', process.env.RAPPORT_TEST_CONSUMER_LOG ? 'inherit' : 'ignore', 'inherit'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  await eventually(async () => {
    const res = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined);
    return res?.status === 200;
  }, 60_000);
  return child;
}

const exited = (child: ChildProcess) => new Promise<number | null>((r) => (child.exitCode !== null ? r(child.exitCode) : child.once('exit', (code) => r(code))));

let nextPort = 19_400 + Math.floor(Math.random() * 500);
const port = () => nextPort++;

/** Publish `count` transcripts over about `seconds`, in small steps, so faults land mid-stream. */
async function publishStream(s: Scenario, count: number, seconds: number): Promise<void> {
  const steps = Math.max(1, Math.round(seconds * 10));
  const per = Math.ceil(count / steps);
  for (let sent = 0; sent < count; sent += per) {
    const messages = [];
    for (let i = sent; i < Math.min(count, sent + per); i++) {
      const t = i % 4 === 3 ? benchChat(20, i) : benchCall(30, i);
      messages.push({ key: `${s.tenant}-${i}`, value: encodeConfluent({ ...t, tenantId: s.tenant, interactionId: `${s.tenant}-${i}`, agentId: `agent-${i % 7}` }) });
    }
    await produce(kafka, s.topic, messages);
    await sleep(100);
  }
}

const stored = async (s: Scenario) => Number((await pool.query('SELECT count(DISTINCT interaction_id) FROM rapport.indicators WHERE tenant_id = $1', [s.tenant])).rows[0].count);

/** Wait for every interaction to be stored and every offset committed; then assert exactly once. */
async function expectExactlyOnce(s: Scenario, count: number): Promise<void> {
  await eventually(async () => (await stored(s)) === count, 90_000);
  const ends = await admin.fetchTopicOffsets(s.topic);
  await eventually(async () => {
    const committed = await committedOffsets(admin, s.groupId, s.topic);
    return ends.every((p) => committed[p.partition] === p.high);
  }, 60_000);
  const { rows } = await pool.query('SELECT count(*)::int AS rows, count(DISTINCT interaction_id)::int AS distinct FROM rapport.indicators WHERE tenant_id = $1', [s.tenant]);
  expect(rows[0]).toEqual({ rows: count, distinct: count });
  const interactions = await pool.query('SELECT count(*)::int AS n FROM rapport.interactions WHERE tenant_id = $1', [s.tenant]);
  expect(interactions.rows[0].n).toBe(count);
  const dead = await pool.query('SELECT count(*)::int AS n FROM rapport.dead_letters WHERE source_topic = $1', [s.topic]);
  expect(dead.rows[0].n).toBe(0);
}

const COUNT = 600;

describe.sequential('fault injection', () => {
  it('survives database connections being killed mid-stream (pg_terminate_backend)', async () => {
    const s = await scenario('pgkill');
    const consumer = await startConsumer(s, port());
    const publishing = publishStream(s, COUNT, 4);
    for (let i = 0; i < 3; i++) {
      await sleep(1000);
      const { rowCount } = await pool.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name = 'rapport' AND pid <> pg_backend_pid()", [db.name]);
      expect(rowCount).toBeGreaterThanOrEqual(0);
    }
    await publishing;
    await expectExactlyOnce(s, COUNT);
    expect(consumer.exitCode).toBeNull();
    consumer.kill('SIGTERM');
    expect(await exited(consumer)).toBe(0);
  }, 180_000);

  it('waits out a lock that makes the database reject writes for a while', async () => {
    const s = await scenario('lock');
    const consumer = await startConsumer(s, port());
    const locker = await pool.connect();
    try {
      await locker.query('BEGIN');
      // EXCLUSIVE blocks writes but not reads, so the test can still count rows meanwhile.
      await locker.query('LOCK TABLE rapport.indicators IN EXCLUSIVE MODE');
      const publishing = publishStream(s, COUNT, 2);
      await sleep(7000); // longer than the writer's 5 s lock timeout: writes fail and are retried
      expect(await stored(s)).toBe(0);
      await locker.query('COMMIT');
      await publishing;
    } finally {
      locker.release();
    }
    await expectExactlyOnce(s, COUNT);
    expect(consumer.exitCode).toBeNull();
    consumer.kill('SIGTERM');
    expect(await exited(consumer)).toBe(0);
  }, 180_000);

  it('loses and duplicates nothing when a consumer is killed with SIGKILL mid-batch and restarted', async () => {
    const s = await scenario('sigkill');
    const first = await startConsumer(s, port());
    const publishing = publishStream(s, COUNT, 4);
    await eventually(async () => (await stored(s)) > 50, 60_000, 50);
    first.kill('SIGKILL');
    await exited(first);
    const partial = await stored(s);
    expect(partial).toBeLessThan(COUNT);
    const second = await startConsumer(s, port());
    await publishing;
    await expectExactlyOnce(s, COUNT);
    second.kill('SIGTERM');
    expect(await exited(second)).toBe(0);
  }, 180_000);

  it('shuts down cleanly on SIGTERM mid-stream, and a restart finishes the stream', async () => {
    const s = await scenario('sigterm');
    const first = await startConsumer(s, port());
    const publishing = publishStream(s, COUNT, 4);
    await eventually(async () => (await stored(s)) > 50, 60_000, 50);
    const started = Date.now();
    first.kill('SIGTERM');
    expect(await exited(first)).toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000);
    await publishing;
    const second = await startConsumer(s, port());
    await expectExactlyOnce(s, COUNT);
    second.kill('SIGTERM');
    expect(await exited(second)).toBe(0);
  }, 180_000);

  it('rebalances when a second consumer joins and then leaves mid-stream', async () => {
    const s = await scenario('rebalance');
    const first = await startConsumer(s, port());
    const publishing = publishStream(s, COUNT, 5);
    await sleep(1000);
    const second = await startConsumer(s, port());
    await sleep(1500);
    second.kill('SIGTERM');
    expect(await exited(second)).toBe(0);
    await publishing;
    await expectExactlyOnce(s, COUNT);
    expect(first.exitCode).toBeNull();
    first.kill('SIGTERM');
    expect(await exited(first)).toBe(0);
  }, 180_000);
});
