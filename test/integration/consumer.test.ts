/**
 * The streaming service end to end against the real Kafka broker and PostgreSQL: valid, invalid and
 * duplicated messages in; exact rows, alerts, dead letters and committed offsets out; a replay
 * changes nothing; the batches of one fetch share one transaction; two consumers in one group process
 * each interaction once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Admin, Kafka } from 'kafkajs';
import pg from 'pg';
import { parseConfig } from '../../src/config/config.js';
import { createLogger } from '../../src/ops/logger.js';
import { startService, type RunningService } from '../../src/service/service.js';
import { encodeAvro, encodeConfluent } from '../../src/contract/avro.js';
import { validateTranscript } from '../../src/contract/validate.js';
import type { Transcript } from '../../src/domain/types.js';
import { createTestDatabase, type TestDatabase } from './support/postgres.js';
import { brokers, createTopic, eventually, produce, readAll, testKafka, uniqueName, waitCommittedToEnd } from './support/kafka.js';

const samples: Transcript[] = readFileSync(new URL('../../samples/transcripts.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => {
    const r = validateTranscript(JSON.parse(line));
    if (!r.ok) throw new Error('sample invalid');
    return r.transcript;
  });

let kafka: Kafka;
let admin: Admin;
let db: TestDatabase;
let pool: pg.Pool;
const running: RunningService[] = [];

beforeAll(async () => {
  kafka = testKafka();
  admin = kafka.admin();
  await admin.connect();
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
});

afterAll(async () => {
  for (const s of running) await s.stop().catch(() => undefined);
  await admin?.disconnect();
  await pool?.end();
  await db?.drop();
});

async function start(topic: string, groupId: string, extra: Record<string, string> = {}): Promise<RunningService> {
  const config = parseConfig({
    RAPPORT_KAFKA_BROKERS: brokers().join(','),
    RAPPORT_TRANSCRIPTS_TOPIC: topic,
    RAPPORT_KAFKA_GROUP_ID: groupId,
    RAPPORT_DEAD_LETTER_TOPIC: `${topic}.dlq`,
    RAPPORT_ALERTS_TOPIC: `${topic}.alerts`,
    RAPPORT_DATABASE_URL: db.url,
    RAPPORT_HTTP_PORT: '0',
    RAPPORT_LOG_LEVEL: 'silent',
    ...extra,
  });
  const service = await startService(config, createLogger(process.env.RAPPORT_TEST_LOG ?? 'silent'));
  running.push(service);
  return service;
}

async function stop(service: RunningService): Promise<void> {
  await service.stop();
  running.splice(running.indexOf(service), 1);
}

const count = async (sql: string, params: unknown[] = []): Promise<number> => Number((await pool.query(sql, params)).rows[0].count);

describe('the consumer', () => {
  const topic = uniqueName('transcripts');
  const groupId = uniqueName('group');
  const tenant = uniqueName('tenant');
  const valid = samples.map((t) => ({ ...t, tenantId: tenant }));
  const bad = [
    { value: Buffer.from('{"interactionId": "x", "turns": []}'), code: 'contract' },
    { value: Buffer.from('not a transcript at all'), code: 'unrecognised-format' },
    { value: Buffer.concat([Buffer.from([0, 0, 0, 0, 99]), encodeAvro(valid[0])]), code: 'unknown-schema-id' },
    { value: encodeConfluent(valid[0]).subarray(0, 30), code: 'avro-decode' },
    { value: Buffer.from([0x7b, 0xc3, 0x28, 0x7d]), code: 'invalid-utf8' },
  ];

  it('stores every valid interaction once, dead-letters every bad message with its reason, and commits', async () => {
    await createTopic(admin, topic, 3);
    const messages = [
      ...valid.map((t) => ({ key: t.interactionId, value: encodeConfluent(t) })),
      ...bad.map((b) => ({ key: 'bad', value: b.value })),
      // duplicates: the same interactions again, as JSON this time
      ...valid.slice(0, 2).map((t) => ({ key: t.interactionId, value: Buffer.from(JSON.stringify(t)) })),
    ];
    await produce(kafka, topic, messages);
    const service = await start(topic, groupId);

    await eventually(async () => (await count('SELECT count(*) FROM rapport.dead_letters WHERE source_topic = $1', [topic])) === bad.length &&
      (await count('SELECT count(*) FROM rapport.indicators WHERE tenant_id = $1', [tenant])) === valid.length);
    // Offsets are committed after the rows: wait until every partition's committed offset is its end.
    await waitCommittedToEnd(admin, groupId, topic);

    expect(await count('SELECT count(*) FROM rapport.interactions WHERE tenant_id = $1', [tenant])).toBe(valid.length);
    expect(await count('SELECT count(DISTINCT interaction_id) FROM rapport.indicators WHERE tenant_id = $1', [tenant])).toBe(valid.length);
    const reasons = (await pool.query('SELECT reason_code, payload FROM rapport.dead_letters WHERE source_topic = $1 ORDER BY reason_code', [topic])).rows;
    expect(reasons.map((r) => r.reason_code).sort()).toEqual(bad.map((b) => b.code).sort());
    for (const b of bad) expect(reasons.find((r) => r.reason_code === b.code)?.payload).toEqual(b.value);

    // The escalation sample is built to trip the interruption rule; the evidence names the turns.
    const alerts = (await pool.query("SELECT rule_id, interaction_id, evidence FROM rapport.alerts WHERE tenant_id = $1 ORDER BY rule_id", [tenant])).rows;
    expect(alerts.map((a) => `${a.rule_id}:${a.interaction_id}`)).toContain('agent-interrupts-customer:sample-call-escalation');
    const interrupting = alerts.find((a) => a.rule_id === 'agent-interrupts-customer');
    expect(interrupting.evidence.length).toBeGreaterThanOrEqual(3);
    expect(interrupting.evidence[0]).toMatchObject({ kind: 'interruption', speaker: 'agent' });

    // Dead letters and alerts also went to their topics.
    const dlq = await readAll(kafka, `${topic}.dlq`, bad.length);
    expect(dlq.map((m) => m.headers['rapport-reason-code']).sort()).toEqual(bad.map((b) => b.code).sort());
    const published = await readAll(kafka, `${topic}.alerts`, alerts.length);
    expect(published).toHaveLength(alerts.length);
    expect(published.every((m) => JSON.parse(m.value!.toString()).tenantId === tenant)).toBe(true);

    const metrics = await fetch(`http://127.0.0.1:${service.ops.port}/metrics`).then((r) => r.text());
    expect(metrics).toMatch(/rapport_messages_total\{outcome="stored"\} 5/);
    expect(metrics).toMatch(/rapport_dead_letters_total\{reason="contract"\} 1/);
    expect((await fetch(`http://127.0.0.1:${service.ops.port}/readyz`)).status).toBe(200);
    await stop(service);
  });

  it('changes nothing when the topic is replayed from the beginning by a new group', async () => {
    const snapshot = async () => (await pool.query(`
      SELECT (SELECT count(*) FROM rapport.indicators) AS indicators, (SELECT count(*) FROM rapport.evidence) AS evidence,
             (SELECT count(*) FROM rapport.alerts) AS alerts, (SELECT count(*) FROM rapport.dead_letters) AS dead_letters,
             (SELECT max(analyzed_at) FROM rapport.indicators) AS last`)).rows[0];
    const before = await snapshot();
    const replayGroup = uniqueName('replay');
    const service = await start(topic, replayGroup);
    await waitCommittedToEnd(admin, replayGroup, topic);
    await stop(service);
    expect(await snapshot()).toEqual(before);
  });
});

describe('group commit', () => {
  it('stores the batches of one fetch, one per partition, in one transaction', async () => {
    const topic = uniqueName('fetch');
    const tenant = uniqueName('tenant');
    await createTopic(admin, topic, 6);
    const transcripts = Array.from({ length: 6 }, (_, i) => ({ ...samples[i % samples.length], tenantId: tenant, interactionId: `fetch-${i}` }));
    // One message on each partition, all waiting before the consumer starts: its first fetch brings six batches.
    await produce(kafka, topic, transcripts.map((t, i) => ({ key: t.interactionId, value: encodeConfluent(t), partition: i })));
    const groupId = uniqueName('group');
    const service = await start(topic, groupId, { RAPPORT_PARTITIONS_CONCURRENTLY: '6' });
    await waitCommittedToEnd(admin, groupId, topic);
    expect(await count('SELECT count(*) FROM rapport.indicators WHERE tenant_id = $1', [tenant])).toBe(6);
    // Rows written by one transaction share its id (xmin); one transaction per partition would give six.
    expect(await count('SELECT count(DISTINCT xmin::text) FROM rapport.indicators WHERE tenant_id = $1', [tenant])).toBe(1);
    await stop(service);
  });
});

describe('two consumers in one group', () => {
  it('share the partitions and process each interaction once', async () => {
    const topic = uniqueName('shared');
    const groupId = uniqueName('group');
    const tenant = uniqueName('tenant');
    await createTopic(admin, topic, 4);
    const [a, b] = await Promise.all([start(topic, groupId), start(topic, groupId)]);
    await eventually(async () => a.source.ready() && b.source.ready());
    const transcripts = Array.from({ length: 60 }, (_, i) => ({ ...samples[i % samples.length], tenantId: tenant, interactionId: `shared-${i}` }));
    await produce(kafka, topic, transcripts.map((t) => ({ key: t.interactionId, value: encodeConfluent(t) })));
    // Rows are visible before the batch's alerts are delivered and its offsets committed: wait for both.
    await waitCommittedToEnd(admin, groupId, topic);
    const perConsumer = await Promise.all([a, b].map(async (s) => {
      const text = await fetch(`http://127.0.0.1:${s.ops.port}/metrics`).then((r) => r.text());
      return Number(/rapport_messages_total\{outcome="stored"\} (\d+)/.exec(text)?.[1] ?? 0);
    }));
    expect(perConsumer[0] + perConsumer[1]).toBe(60);
    expect(perConsumer.every((n) => n > 0)).toBe(true);
    expect(await count('SELECT count(*) FROM rapport.interactions WHERE tenant_id = $1', [tenant])).toBe(60);
    expect(await count('SELECT count(*) FROM rapport.indicators WHERE tenant_id = $1', [tenant])).toBe(60);
    await Promise.all([stop(a), stop(b)]);
  });
});
