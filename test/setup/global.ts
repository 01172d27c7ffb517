/**
 * Vitest global set-up: makes sure the real infrastructure the integration tests need is up, so
 * `npm test` works on a machine where nothing is running yet.
 *
 * - PostgreSQL: the local server at 127.0.0.1:5432 (or RAPPORT_TEST_PG_URL); started with
 *   pg_ctlcluster when it is down.
 * - Kafka: RAPPORT_TEST_KAFKA_BROKERS when given; otherwise `scripts/kafka.sh start`, which resolves
 *   the Apache Kafka broker from Maven Central and starts it on 127.0.0.1:9092. A broker this set-up
 *   started is stopped again at the end; one that was already running is left alone.
 *
 * - Docker users: when a Docker engine answers and neither RAPPORT_TEST_KAFKA_BROKERS nor
 *   RAPPORT_TEST_PG_URL is set, Testcontainers starts Kafka and PostgreSQL containers instead
 *   (set RAPPORT_TEST_NO_DOCKER=1 to use the local services anyway).
 *
 * RAPPORT_SKIP_INFRA=1 skips all of it (unit tests only: `npm run test:unit`), and so does a run
 * whose file filters name no integration or eval test (`vitest run test/unit/alerts`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const KAFKA_SCRIPT = `${ROOT}scripts/kafka.sh`;

async function postgresAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function ensurePostgres(): Promise<void> {
  const url = process.env.RAPPORT_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  if (await postgresAnswers(url)) return;
  if (process.env.RAPPORT_TEST_PG_URL) throw new Error(`rapport tests: PostgreSQL at RAPPORT_TEST_PG_URL does not answer`);
  const versions = readdirSync('/etc/postgresql');
  console.error(`rapport tests: PostgreSQL is down; starting cluster ${versions[0]}/main`);
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', versions[0], 'main', 'start'], { stdio: 'inherit' });
  for (let i = 0; i < 30; i++) {
    if (await postgresAnswers(url)) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error('rapport tests: PostgreSQL did not come up within 30 s');
}

function kafkaRunning(): boolean {
  return spawnSync('bash', [KAFKA_SCRIPT, 'status'], { stdio: 'ignore' }).status === 0;
}

/** True when the command line filters to files that cannot need Kafka or PostgreSQL. */
function onlyUnitFiles(): boolean {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('-') && a !== 'run' && !a.includes('='));
  const filters = args.filter((a) => a.includes('test') || a.includes('/'));
  return filters.length > 0 && filters.every((f) => f.includes('unit'));
}

function dockerReachable(): boolean {
  if (process.env.RAPPORT_TEST_NO_DOCKER === '1') return false;
  return spawnSync('docker', ['info'], { stdio: 'ignore', timeout: 10_000 }).status === 0;
}

/** Kafka and PostgreSQL in containers, for machines with a Docker engine. */
async function startContainers(): Promise<() => Promise<void>> {
  const { KafkaContainer } = await import('@testcontainers/kafka');
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const [kafka, postgres] = await Promise.all([
    new KafkaContainer('confluentinc/cp-kafka:7.9.0').withKraft().withExposedPorts(9093).start(),
    new PostgreSqlContainer('postgres:16').withUsername('postgres').withPassword('postgres').start(),
  ]);
  process.env.RAPPORT_TEST_KAFKA_BROKERS = `${kafka.getHost()}:${kafka.getMappedPort(9093)}`;
  process.env.RAPPORT_TEST_PG_URL = postgres.getConnectionUri().replace(/\/[^/]*$/, '/postgres');
  return async () => {
    await Promise.all([kafka.stop(), postgres.stop()]);
  };
}

export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.RAPPORT_SKIP_INFRA === '1' || onlyUnitFiles()) return async () => undefined;
  if (!process.env.RAPPORT_TEST_KAFKA_BROKERS && !process.env.RAPPORT_TEST_PG_URL && dockerReachable()) {
    console.error('rapport tests: Docker engine found; starting Kafka and PostgreSQL with Testcontainers');
    return startContainers();
  }
  await ensurePostgres();
  let startedKafka = false;
  if (!process.env.RAPPORT_TEST_KAFKA_BROKERS) {
    if (!kafkaRunning()) {
      console.error('rapport tests: starting the local Kafka broker (scripts/kafka.sh start)');
      execFileSync('bash', [KAFKA_SCRIPT, 'start'], { stdio: 'inherit' });
      startedKafka = true;
    }
    process.env.RAPPORT_TEST_KAFKA_BROKERS = `127.0.0.1:${process.env.KAFKA_PORT ?? '9092'}`;
  }
  return async () => {
    if (startedKafka && process.env.RAPPORT_KEEP_KAFKA !== '1') {
      execFileSync('bash', [KAFKA_SCRIPT, 'stop'], { stdio: 'inherit' });
    }
  };
}
