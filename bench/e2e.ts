/**
 * `npm run bench:e2e`: the streaming service end to end on this machine, with the real Kafka broker
 * and PostgreSQL running on it too.
 *
 * 1. Maximum rate: BENCH_COUNT transcripts (a mix of calls and chats) are published to a fresh topic
 *    with BENCH_PARTITIONS partitions, then a consumer process (`rapport run`: the compiled command
 *    in dist/, built first) drains it into a fresh database.
 *    Throughput = stored / (last analyzed_at - first analyzed_at).
 * 2. Latency: the same consumer, with transcripts published at half the measured rate (or at
 *    BENCH_RATE per second) for BENCH_RATE_SECONDS; latency = the indicator row's analyzed_at -
 *    the publish time (the publish time travels in the interactionId; both clocks are this
 *    machine's).
 * 3. Naive baseline: one message at a time, one transaction and one offset commit per message, on
 *    BENCH_NAIVE_COUNT transcripts, for the ratio.
 * Checks that every published interaction is stored exactly once, and the consumer's RSS at the
 * start and end. Last line on stdout: one JSON object. BENCH_NODE_FLAGS passes Node/V8 flags to the
 * consumer process; BENCH_CPU_PROF_DIR has it write a CPU profile.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import kafkajs from 'kafkajs';
import pg from 'pg';
import { encodeConfluent } from '../src/contract/avro.js';
import { decodeMessage } from '../src/contract/avro.js';
import { createAnalyzer } from '../src/analyze/analyze.js';
import { loadLexiconSets } from '../src/lexicon/load.js';
import { createPool } from '../src/store/pool.js';
import { migrate } from '../src/store/migrate.js';
import { writeBatch } from '../src/store/writeBatch.js';
import { toBatch } from '../src/store/port.js';
import { chunkBySize } from '../src/kafka/producer.js';
import type { Transcript } from '../src/domain/types.js';
import { benchCall, benchChat } from './fixtures.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const COUNT = Number(process.env.BENCH_COUNT ?? 20_000);
const PARTITIONS = Number(process.env.BENCH_PARTITIONS ?? 6);
const RATE_SECONDS = Number(process.env.BENCH_RATE_SECONDS ?? 20);
/** Phase 2's publish rate; by default half the rate phase 1 measured. A fixed rate compares runs on a noisy machine. */
const FIXED_RATE = process.env.BENCH_RATE ? Number(process.env.BENCH_RATE) : undefined;
const NAIVE_COUNT = Number(process.env.BENCH_NAIVE_COUNT ?? 1_000);
const BROKERS = process.env.RAPPORT_TEST_KAFKA_BROKERS ?? '127.0.0.1:9092';
const ADMIN_URL = process.env.RAPPORT_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const log = (message: string) => process.stderr.write(`bench:e2e: ${message}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const suffix = randomBytes(4).toString('hex');

function dbUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A pool of realistic transcripts to vary: 3 in 4 calls, 1 in 4 chats. */
const TEMPLATES: Transcript[] = Array.from({ length: 40 }, (_, i) => (i % 4 === 3 ? benchChat(30, i) : benchCall(60 + (i % 5) * 10, i)));

function transcript(id: string, i: number): Transcript {
  const t = TEMPLATES[i % TEMPLATES.length];
  return { ...t, interactionId: id, tenantId: `tenant-${i % 3}`, agentId: `agent-${i % 50}`, teamId: `team-${i % 5}` };
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
  execFileSync('bash', [`${ROOT}scripts/kafka.sh`, 'start'], { stdio: ['ignore', 'ignore', 'inherit'] });
  // The consumer runs what users run: the compiled `rapport` command (dist/), built fresh from src/.
  log('building dist/ (npm run build)');
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const { Kafka, logLevel } = kafkajs;
  const kafka = new Kafka({ clientId: 'bench', brokers: BROKERS.split(','), logLevel: logLevel.ERROR });
  const admin = kafka.admin();
  await admin.connect();
  const topic = `bench-${suffix}`;
  const naiveTopic = `bench-naive-${suffix}`;
  const database = `rapport_bench_${suffix}`;
  const adminDb = new pg.Client({ connectionString: ADMIN_URL });
  await adminDb.connect();
  await adminDb.query(`CREATE DATABASE ${database}`);
  const pool = createPool(dbUrl(database), { max: 2 });
  // An idle connection the server ends emits `error` on the pool; unhandled, it would end the run.
  pool.on('error', (err: Error) => log(`idle database connection failed: ${err.message}`));
  adminDb.on('error', (err: Error) => log(`admin database connection failed: ${err.message}`));
  await migrate(pool);
  await admin.createTopics({ topics: [{ topic, numPartitions: PARTITIONS }, { topic: naiveTopic, numPartitions: 1 }], waitForLeaders: true });
  const producer = kafka.producer();
  await producer.connect();
  const send = async (to: string, messages: Array<{ key: string; value: Buffer }>) => {
    for (const chunk of chunkBySize(messages)) await producer.send({ topic: to, acks: -1, messages: chunk });
  };

  let consumer: ChildProcess | undefined;
  try {
    // -- phase 1: maximum rate, from a backlog
    log(`publishing ${COUNT} transcripts to ${topic} (${PARTITIONS} partitions)`);
    const t0 = Date.now();
    for (let i = 0; i < COUNT; i += 1000) {
      const messages = [];
      for (let j = i; j < Math.min(COUNT, i + 1000); j++) {
        const id = `max-${j}`;
        messages.push({ key: id, value: encodeConfluent(transcript(id, j)) });
      }
      await send(topic, messages);
    }
    log(`published in ${((Date.now() - t0) / 1000).toFixed(1)} s; starting the consumer process`);

    // BENCH_CPU_PROF_DIR=dir: the consumer writes a V8 CPU profile there when it stops (open it in Chrome DevTools).
    const profile = process.env.BENCH_CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`] : [];
    // BENCH_NODE_FLAGS="--flag ...": Node/V8 flags for the consumer process, to compare runtime settings.
    const nodeFlags = (process.env.BENCH_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean);
    consumer = spawn(process.execPath, [...nodeFlags, ...profile, `${ROOT}dist/cli/main.js`, 'run'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        RAPPORT_KAFKA_BROKERS: BROKERS,
        RAPPORT_TRANSCRIPTS_TOPIC: topic,
        RAPPORT_KAFKA_GROUP_ID: `bench-group-${suffix}`,
        RAPPORT_DEAD_LETTER_TOPIC: `${topic}.dlq`,
        RAPPORT_ALERTS_TOPIC: `${topic}.alerts`,
        RAPPORT_DATABASE_URL: dbUrl(database),
        RAPPORT_HTTP_PORT: '0',
        RAPPORT_LOG_LEVEL: process.env.BENCH_CONSUMER_LOG_LEVEL ?? 'warn',
        // Consumer tuning can be passed through, e.g. RAPPORT_PARTITIONS_CONCURRENTLY=6.
        ...Object.fromEntries(['RAPPORT_PARTITIONS_CONCURRENTLY', 'RAPPORT_DB_POOL_MAX', 'RAPPORT_MAX_BATCH_MESSAGES'].filter((k) => process.env[k]).map((k) => [k, process.env[k]])),
      },
      stdio: ['ignore', process.env.BENCH_CONSUMER_LOG_LEVEL ? 'inherit' : 'ignore', 'inherit'],
    });
    const pid = consumer.pid!;
    let exited: string | undefined;
    consumer.once('exit', (code, signal) => {
      exited = `the consumer process exited (code ${code}, signal ${signal})`;
    });
    const count = async (where = '') => Number((await pool.query(`SELECT count(*) FROM rapport.indicators ${where}`)).rows[0].count);
    let rssStart = 0;
    const lagSeries: number[] = [];
    const drainStart = Date.now();
    for (;;) {
      await sleep(1000);
      if (rssStart === 0 && (await count()) > 0) rssStart = rssMb(pid);
      const committed = await admin.fetchOffsets({ groupId: `bench-group-${suffix}`, topics: [topic] }).catch(() => []);
      const ends = await admin.fetchTopicOffsets(topic);
      const lag = ends.reduce((sum, p) => {
        const c = committed[0]?.partitions.find((x) => x.partition === p.partition)?.offset ?? '-1';
        return sum + Number(p.high) - Math.max(0, Number(c));
      }, 0);
      lagSeries.push(lag);
      if ((await count("WHERE interaction_id LIKE 'max-%'")) >= COUNT) break;
      if (exited) throw new Error(exited);
      if (Date.now() - drainStart > 240_000) throw new Error('the consumer did not drain the backlog within 240 s');
    }
    const span = (await pool.query(`SELECT extract(epoch FROM max(analyzed_at) - min(analyzed_at)) AS s FROM rapport.indicators WHERE interaction_id LIKE 'max-%'`)).rows[0].s;
    const maxRate = COUNT / Number(span);
    log(`maximum rate: ${Math.round(maxRate)} transcripts/s (${COUNT} in ${Number(span).toFixed(1)} s); lag every second: ${lagSeries.join(' ')}`);

    // -- phase 2: half the maximum rate, for latency
    const rate = FIXED_RATE ?? Math.max(1, Math.floor(maxRate / 2));
    const total = rate * RATE_SECONDS;
    log(`publishing ${total} transcripts at ${rate}/s for ${RATE_SECONDS} s for latency`);
    const started = Date.now();
    let sent = 0;
    while (sent < total) {
      const due = Math.min(total, Math.floor(((Date.now() - started) / 1000) * rate));
      if (due > sent) {
        const messages = [];
        for (; sent < due; sent++) {
          const id = `lat-${Date.now()}-${sent}`;
          messages.push({ key: id, value: encodeConfluent(transcript(id, sent)) });
        }
        await send(topic, messages);
      }
      await sleep(10);
    }
    const waitUntil = Date.now() + 60_000;
    while ((await count("WHERE interaction_id LIKE 'lat-%'")) < total && Date.now() < waitUntil) await sleep(500);
    const latencies = (await pool.query(`SELECT (extract(epoch FROM analyzed_at) * 1000)::bigint - split_part(interaction_id, '-', 2)::bigint AS ms FROM rapport.indicators WHERE interaction_id LIKE 'lat-%'`)).rows
      .map((r) => Number(r.ms))
      .sort((a, b) => a - b);
    const rssEnd = rssMb(pid);

    const published = COUNT + total;
    const rows = await count();
    const distinct = Number((await pool.query('SELECT count(DISTINCT (tenant_id, interaction_id)) FROM rapport.indicators')).rows[0].count);
    consumer.kill('SIGTERM');
    await new Promise((r) => consumer!.once('exit', r));
    consumer = undefined;

    // -- naive baseline: one message at a time, one transaction and one commit per message
    log(`naive baseline over ${NAIVE_COUNT} transcripts`);
    for (let i = 0; i < NAIVE_COUNT; i += 1000) {
      const messages = [];
      for (let j = i; j < Math.min(NAIVE_COUNT, i + 1000); j++) messages.push({ key: `naive-${j}`, value: encodeConfluent(transcript(`naive-${j}`, j)) });
      await send(naiveTopic, messages);
    }
    const analyze = createAnalyzer({ lexicons: loadLexiconSets() });
    const naive = kafka.consumer({ groupId: `bench-naive-${suffix}` });
    await naive.connect();
    await naive.subscribe({ topic: naiveTopic, fromBeginning: true });
    let done = 0;
    const naiveStart = Date.now();
    await new Promise<void>((resolve) => {
      void naive.run({
        autoCommit: false,
        eachMessage: async ({ message, partition }) => {
          const decoded = decodeMessage(message.value!);
          if (decoded.ok) {
            const client = await pool.connect();
            try {
              const indicators = analyze(decoded.transcript);
              await writeBatch(client, toBatch({ analyzed: [{ message: { topic: naiveTopic, partition, offset: message.offset, key: message.key, value: message.value, timestamp: message.timestamp }, transcript: decoded.transcript, indicators, alerts: [] }], rejected: [], alerts: [] }));
            } finally {
              client.release();
            }
          }
          await naive.commitOffsets([{ topic: naiveTopic, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
          if (++done === NAIVE_COUNT) resolve();
        },
      });
    });
    const naiveRate = NAIVE_COUNT / ((Date.now() - naiveStart) / 1000);
    await naive.disconnect();

    const result = {
      transcripts_per_s: Math.round(maxRate),
      p50_ms: percentile(latencies, 50),
      p99_ms: percentile(latencies, 99),
      rss_start_mb: rssStart,
      rss_end_mb: rssEnd,
      published,
      stored: distinct,
      duplicated: rows - distinct,
      lost: published - distinct,
    };
    console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores), node ${process.version}${process.env.BENCH_NODE_FLAGS ? ` (consumer flags: ${process.env.BENCH_NODE_FLAGS})` : ''}; Kafka broker and PostgreSQL on the same machine`);
    console.log(`maximum rate: ${result.transcripts_per_s} transcripts/s over ${COUNT} transcripts, ${PARTITIONS} partitions, one consumer process`);
    console.log(`latency at ${rate}/s for ${RATE_SECONDS} s (${latencies.length} transcripts): p50 ${result.p50_ms} ms, p99 ${result.p99_ms} ms, max ${latencies[latencies.length - 1] ?? 0} ms`);
    console.log(`consumer RSS: ${rssStart} MB after start, ${rssEnd} MB at the end`);
    console.log(`naive baseline (one message, one transaction, one commit at a time): ${Math.round(naiveRate)} transcripts/s; batched is ${(maxRate / naiveRate).toFixed(1)}x faster`);
    console.log(`published ${published}, stored ${distinct}, duplicated ${result.duplicated}, lost ${result.lost}`);
    console.log(JSON.stringify(result));
  } finally {
    consumer?.kill('SIGKILL');
    await producer.disconnect();
    const existing = new Set(await admin.listTopics().catch(() => [] as string[]));
    const created = [topic, naiveTopic, `${topic}.dlq`, `${topic}.alerts`].filter((t) => existing.has(t));
    await admin.deleteTopics({ topics: created }).catch(() => undefined);
    await admin.disconnect();
    // The drop below ends any connection still open; that is expected, and logging it would print a
    // line after the result line (one run's `2>&1 | tail -1` showed that line instead of the result).
    pool.removeAllListeners('error');
    pool.on('error', () => undefined);
    await pool.end();
    await adminDb.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await adminDb.end();
  }
}

main().catch((err: unknown) => {
  log(`failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exitCode = 1;
});
