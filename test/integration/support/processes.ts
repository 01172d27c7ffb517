/**
 * Child processes for fault-injection tests: the consumer as it runs in production (`rapport run`,
 * a separate Node.js process configured by environment), and a private Kafka broker that a test
 * may stop and start without disturbing the shared one the other test files use.
 *
 * Glossary:
 * - consumer process: `node --import tsx src/cli/main.ts run`; its JSON log lines (stdout) are kept
 *   in `logs`, its stderr is passed through. RAPPORT_HTTP_PORT is 0: the port it took is read from
 *   its `consuming` log line, so parallel test files never collide on a port.
 * - ready: GET /readyz answers 200 (joined the group, consuming).
 * - private broker: one KRaft broker+controller from the jars `scripts/kafka.sh` resolved, with its
 *   own free ports and a temporary data directory; `stop()` and `start()` keep the data.
 * - stream: one scenario's topic, consumer group and tenant. Each transcript published has a unique
 *   interaction id in that tenant, so "stored exactly once" is a count on the tenant's rows.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import kafkajs, { type Admin, type Kafka } from 'kafkajs';
import type pg from 'pg';
import { expect } from 'vitest';
import { encodeConfluent } from '../../../src/contract/avro.js';
import { benchCall, benchChat } from '../../../bench/fixtures.js';
import { committedOffsets, createTopic, eventually, uniqueName, waitCommittedToEnd } from './kafka.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** One parsed pino line of a consumer process (`msg`, `level`, and whatever fields it logged). */
export type LogLine = Record<string, unknown> & { msg?: string; level?: number };

export interface ConsumerProcess {
  child: ChildProcess;
  pid: number;
  /** The port of /healthz, /readyz and /metrics (known once the process logged `consuming`). */
  port(): number;
  /** Every JSON log line printed so far. */
  logs: LogLine[];
  /** Resolves with the exit code (null when ended by a signal) once the process has exited. */
  exited: Promise<number | null>;
  /** Resolves when GET /readyz answers 200; rejects if the process exits first or the time is up. */
  ready(timeoutMs?: number): Promise<void>;
  /** HTTP status of GET `path` on the ops port, or 0 when nothing answers. */
  probe(path: '/readyz' | '/healthz'): Promise<number>;
  /** SIGTERM, then wait for the exit (rejects after `timeoutMs`, 30 s by default); returns the exit code and how long it took. */
  terminate(timeoutMs?: number): Promise<{ code: number | null; ms: number }>;
  /** SIGKILL, then wait for the exit. */
  kill(): Promise<void>;
}

const running = new Set<ChildProcess>();

/**
 * Start `rapport run` with `env` (RAPPORT_* settings) on top of a minimal environment. The
 * process's own environment is not inherited, so no stray RAPPORT_* variable changes its set-up.
 */
export function startConsumerProcess(env: Record<string, string>): ConsumerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', `${ROOT}src/cli/main.ts`, 'run'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', RAPPORT_HTTP_PORT: '0', RAPPORT_LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  running.add(child);
  const logs: LogLine[] = [];
  let port = 0;
  let rest = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      if (line.trim() === '') continue;
      let parsed: LogLine;
      try {
        parsed = JSON.parse(line) as LogLine;
      } catch {
        parsed = { msg: line };
      }
      logs.push(parsed);
      if (process.env.RAPPORT_TEST_CONSUMER_LOG) process.stderr.write(`[consumer ${child.pid}] ${line}\n`);
      const http = parsed.msg === 'consuming' && typeof parsed.http === 'string' ? /:(\d+)$/.exec(parsed.http) : null;
      if (http) port = Number(http[1]);
    }
  });
  // 'close', not 'exit': it comes once stdout is drained, so the last log lines are in `logs`.
  child.stdout!.once('end', () => {
    if (rest.trim() !== '') logs.push({ msg: rest });
    rest = '';
  });
  const exited = new Promise<number | null>((resolve) => {
    child.once('close', (code) => {
      running.delete(child);
      resolve(code);
    });
  });
  let done = false;
  void exited.then(() => (done = true));

  const probe = async (path: string): Promise<number> => {
    if (port === 0) return 0;
    const res = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(2000) }).catch(() => undefined);
    return res?.status ?? 0;
  };

  return {
    child,
    pid: child.pid!,
    port: () => port,
    logs,
    exited,
    probe,
    async ready(timeoutMs = 60_000) {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        if (done) throw new Error(`consumer ${child.pid} exited (code ${child.exitCode}) before it was ready; last logs: ${JSON.stringify(logs.slice(-5))}`);
        if ((await probe('/readyz')) === 200) return;
        await sleep(200);
      }
      throw new Error(`consumer ${child.pid} was not ready within ${timeoutMs} ms; last logs: ${JSON.stringify(logs.slice(-5))}`);
    },
    async terminate(timeoutMs = 30_000) {
      const started = Date.now();
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`consumer ${child.pid} did not exit within ${timeoutMs} ms of SIGTERM; last logs: ${JSON.stringify(logs.slice(-5))}`)), timeoutMs);
      });
      try {
        const code = await Promise.race([exited, late]);
        return { code, ms: Date.now() - started };
      } finally {
        clearTimeout(timer);
      }
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** SIGKILL every consumer process still running (for afterAll). */
export async function killConsumerProcesses(): Promise<void> {
  const children = [...running];
  for (const child of children) child.kill('SIGKILL');
  await Promise.all(children.map((c) => (c.exitCode !== null || c.signalCode !== null ? undefined : new Promise((r) => c.once('exit', r)))));
}

/** Log lines whose message is `msg`. */
export const logsWith = (logs: readonly LogLine[], msg: string): LogLine[] => logs.filter((l) => l.msg === msg);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface PrivateBroker {
  /** `127.0.0.1:<port>` */
  bootstrap: string;
  /** Start (or restart) the broker and wait until it serves metadata. */
  start(): Promise<void>;
  /** SIGTERM (a controlled shutdown) and wait for the JVM to exit; SIGKILL after 30 s. */
  stop(): Promise<void>;
  /** Stop and delete the data directory. */
  destroy(): Promise<void>;
}

/**
 * The folder of Kafka's jars (`.kafka/<version>/lib`), resolved from Maven Central by
 * `scripts/kafka.sh jars` when missing (the shared broker may have been started elsewhere, so
 * nothing resolved them yet). Null only when there is no java, so the test reports a skip; a
 * failed resolution with java present throws.
 */
export function kafkaJars(version = process.env.KAFKA_VERSION ?? '3.9.1'): string | null {
  if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0) return null;
  const lib = join(ROOT, '.kafka', version, 'lib');
  if (existsSync(join(lib, '.complete'))) return lib;
  const resolved = spawnSync('bash', [join(ROOT, 'scripts', 'kafka.sh'), 'jars'], { env: { ...process.env, KAFKA_VERSION: version }, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', timeout: 600_000 });
  if (resolved.status !== 0 || !existsSync(join(lib, '.complete'))) throw new Error(`scripts/kafka.sh jars failed (exit ${resolved.status}): Kafka ${version}'s jars are not in ${lib}`);
  return lib;
}

/**
 * A single-node KRaft broker of its own (same settings as `scripts/kafka.sh`, smaller heap, one
 * offsets partition), so a test can take it down without touching the broker other files share.
 */
export async function createPrivateBroker(lib: string): Promise<PrivateBroker> {
  const version = process.env.KAFKA_VERSION ?? '3.9.1';
  const dir = mkdtempSync(join(tmpdir(), 'rapport-broker-'));
  const data = join(dir, 'data');
  const logsDir = join(dir, 'logs');
  mkdirSync(logsDir);
  const [port, controllerPort] = [await freePort(), await freePort()];
  const conf = join(dir, 'server.properties');
  const quorum = Number(version.split('.')[0]) >= 4 ? `controller.quorum.bootstrap.servers=127.0.0.1:${controllerPort}` : `controller.quorum.voters=1@127.0.0.1:${controllerPort}`;
  writeFileSync(
    conf,
    [
      'process.roles=broker,controller',
      'node.id=1',
      quorum,
      `listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
      `advertised.listeners=PLAINTEXT://127.0.0.1:${port}`,
      'controller.listener.names=CONTROLLER',
      'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
      'inter.broker.listener.name=PLAINTEXT',
      `log.dirs=${data}`,
      'num.partitions=1',
      'auto.create.topics.enable=true',
      'offsets.topic.replication.factor=1',
      'offsets.topic.num.partitions=1',
      'transaction.state.log.replication.factor=1',
      'transaction.state.log.min.isr=1',
      'group.initial.rebalance.delay.ms=0',
      '',
    ].join('\n'),
  );
  const jvm = ['-cp', `${lib}/*`, `-Dlog4j.configuration=file:${ROOT}scripts/kafka/log4j.properties`, `-Dkafka.logs.dir=${logsDir}`];
  // A cluster id is 16 random bytes in base64url; like Kafka's own Uuid.randomUuid, never one that
  // starts with "-", which the storage tool's argument parser would take for an option.
  let clusterId: string;
  do clusterId = randomBytes(16).toString('base64url');
  while (clusterId.startsWith('-'));
  const format = spawnSync('java', [...jvm, 'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', conf, ...(quorum.includes('bootstrap') ? ['--standalone'] : [])], { encoding: 'utf8', timeout: 60_000 });
  if (format.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`private broker: StorageTool format failed (status ${format.status}, signal ${format.signal}): ${format.stderr}`);
  }

  const bootstrap = `127.0.0.1:${port}`;
  let java: ChildProcess | undefined;

  async function answers(): Promise<boolean> {
    const admin = new kafkajs.Kafka({ brokers: [bootstrap], logLevel: kafkajs.logLevel.NOTHING, retry: { retries: 0 }, connectionTimeout: 2000 }).admin();
    try {
      await admin.connect();
      await admin.describeCluster();
      return true;
    } catch {
      return false;
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  const broker: PrivateBroker = {
    bootstrap,
    async start() {
      if (java && java.exitCode === null && java.signalCode === null) return;
      java = spawn('java', ['-Xms128m', '-Xmx384m', '-XX:+UseG1GC', '-Djava.awt.headless=true', ...jvm, 'kafka.Kafka', conf], { stdio: 'ignore' });
      const jvmProcess = java;
      process.once('exit', () => jvmProcess.kill('SIGKILL')); // never outlive the test worker
      const until = Date.now() + 90_000;
      while (Date.now() < until) {
        if (java.exitCode !== null) throw new Error(`private broker exited with code ${java.exitCode}; see ${logsDir}/server.log`);
        if (await answers()) return;
        await sleep(300);
      }
      throw new Error(`private broker did not answer within 90 s; see ${logsDir}/server.log`);
    },
    async stop() {
      const proc = java;
      if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
      const gone = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 30_000);
      await gone;
      clearTimeout(timer);
    },
    async destroy() {
      await broker.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return broker;
}

export interface Stream {
  topic: string;
  groupId: string;
  /** Every interaction of the stream is in this tenant (unique per stream). */
  tenant: string;
}

/** A fresh topic (3 partitions unless told), group and tenant for one scenario. */
export async function createStream(admin: Admin, name: string, partitions = 3): Promise<Stream> {
  const s = { topic: uniqueName(`faults-${name}`), groupId: uniqueName(`faults-${name}`), tenant: uniqueName(name) };
  await createTopic(admin, s.topic, partitions);
  return s;
}

/**
 * The consumer settings of a stream: short retry back-off and small batches (so a fault lands
 * between or inside batches, not after the whole stream is stored in one), a 15 s shutdown timeout.
 */
export function consumerEnv(s: Stream, brokers: string, databaseUrl: string): Record<string, string> {
  return {
    RAPPORT_KAFKA_BROKERS: brokers,
    RAPPORT_TRANSCRIPTS_TOPIC: s.topic,
    RAPPORT_KAFKA_GROUP_ID: s.groupId,
    RAPPORT_DEAD_LETTER_TOPIC: `${s.topic}.dlq`,
    RAPPORT_ALERTS_TOPIC: `${s.topic}.alerts`,
    RAPPORT_DATABASE_URL: databaseUrl,
    RAPPORT_RETRY_MAX_MS: '2000',
    RAPPORT_MAX_BATCH_MESSAGES: '50',
    RAPPORT_SHUTDOWN_TIMEOUT_MS: '15000',
  };
}

/** Transcript `i` of a stream: 3 in 4 are 30-turn calls, 1 in 4 a 20-turn chat; 7 agents. */
export function streamMessage(s: Stream, i: number): { key: string; value: Buffer } {
  const t = i % 4 === 3 ? benchChat(20, i) : benchCall(30, i);
  const id = `${s.tenant}-${i}`;
  return { key: id, value: encodeConfluent({ ...t, tenantId: s.tenant, interactionId: id, agentId: `agent-${i % 7}` }) };
}

/**
 * Publish transcripts `from`..`from + count - 1` over about `seconds`, in tenths of a second, with
 * one producer. A failed send (the broker is down) is sent again until it is acknowledged, as a
 * platform would: a resend may duplicate messages in the topic, never interactions in the store.
 */
export async function publishStream(kafka: Kafka, s: Stream, count: number, seconds: number, from = 0): Promise<void> {
  const steps = Math.max(1, Math.round(seconds * 10));
  const per = Math.ceil(count / steps);
  const until = Date.now() + 120_000;
  let producer = kafka.producer({ allowAutoTopicCreation: false });
  try {
    for (let sent = 0; sent < count; sent += per) {
      const messages = [];
      for (let i = from + sent; i < from + Math.min(count, sent + per); i++) messages.push(streamMessage(s, i));
      for (;;) {
        try {
          await producer.connect();
          await producer.send({ topic: s.topic, acks: -1, messages });
          break;
        } catch (err) {
          if (Date.now() > until) throw new Error(`publishing to ${s.topic}: still failing after 120 s: ${(err as Error).message}`);
          // A producer whose broker went away may keep dead connections: start again with a new one.
          await producer.disconnect().catch(() => undefined);
          producer = kafka.producer({ allowAutoTopicCreation: false });
          await sleep(500);
        }
      }
      await sleep(100);
    }
  } finally {
    await producer.disconnect().catch(() => undefined);
  }
}

/**
 * `publishStream` started in the background: the caller awaits the promise later. Its rejection is
 * marked handled meanwhile, so a test that fails at an earlier step does not also report an
 * unhandled rejection; awaiting it still throws.
 */
export function publishInBackground(kafka: Kafka, s: Stream, count: number, seconds: number, from = 0): Promise<void> {
  const published = publishStream(kafka, s, count, seconds, from);
  published.catch(() => undefined);
  return published;
}

/** Distinct interactions of the stream's tenant that have indicators. */
export async function storedCount(pool: pg.Pool, s: Stream): Promise<number> {
  const { rows } = await pool.query('SELECT count(DISTINCT interaction_id)::int AS n FROM rapport.indicators WHERE tenant_id = $1', [s.tenant]);
  return rows[0].n as number;
}

/**
 * At-least-once, checked message by message: every offset below the group's committed offset has
 * its interaction stored (the topic holds one transcript per offset, so partition p with committed
 * offset c must have c stored interactions with source offsets below c). Nothing committed that is
 * not stored.
 */
export async function expectCommittedAreStored(admin: Admin, pool: pg.Pool, s: Stream): Promise<Record<number, string>> {
  const committed = await committedOffsets(admin, s.groupId, s.topic);
  for (const [partition, offset] of Object.entries(committed)) {
    const c = Math.max(0, Number(offset));
    const { rows } = await pool.query(
      'SELECT count(DISTINCT source_offset)::int AS n FROM rapport.interactions WHERE tenant_id = $1 AND source_topic = $2 AND source_partition = $3 AND source_offset < $4',
      [s.tenant, s.topic, Number(partition), c],
    );
    expect(rows[0].n, `partition ${partition}: offsets below the committed ${c} that are stored`).toBe(c);
  }
  return committed;
}

/**
 * Wait until `count` distinct interactions are stored and the group has committed up to the end
 * of every partition; then assert exactly once: as many indicator and interaction rows as
 * interactions published (none lost, none duplicated), and no dead letters.
 */
export async function expectExactlyOnce(admin: Admin, pool: pg.Pool, s: Stream, count: number, timeoutMs = 60_000): Promise<void> {
  await eventually(async () => (await storedCount(pool, s)) >= count, timeoutMs);
  await waitCommittedToEnd(admin, s.groupId, s.topic);
  const { rows } = await pool.query(
    'SELECT count(*)::int AS rows, count(DISTINCT (tenant_id, interaction_id))::int AS distinct FROM rapport.indicators WHERE tenant_id = $1',
    [s.tenant],
  );
  expect(rows[0], 'indicator rows / distinct interactions').toEqual({ rows: count, distinct: count });
  const interactions = await pool.query('SELECT count(*)::int AS n FROM rapport.interactions WHERE tenant_id = $1', [s.tenant]);
  expect(interactions.rows[0].n, 'interaction rows').toBe(count);
  const dead = await pool.query('SELECT count(*)::int AS n FROM rapport.dead_letters WHERE source_topic = $1', [s.topic]);
  expect(dead.rows[0].n, 'dead letters').toBe(0);
}
