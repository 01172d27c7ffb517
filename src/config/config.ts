/**
 * Configuration: environment variables and command-line flags become one frozen, typed object.
 * Every setting is declared once below, with its description, default and example; the README's
 * configuration table is generated from these declarations (`rapport config --markdown`).
 * Every problem is reported at start-up, all at once, each naming the setting.
 */
import { ConfigError } from '../domain/errors.js';

type Kind = 'string' | 'int' | 'bool' | 'url' | 'list' | 'enum';

interface Setting {
  /** Environment variable. */
  env: string;
  /** Command-line flag (without `--`). */
  flag: string;
  kind: Kind;
  description: string;
  /** Default as written in the environment; undefined means optional (absent). */
  default?: string;
  example: string;
  /** For `enum`. */
  values?: readonly string[];
  /** For `int`: inclusive bounds. */
  min?: number;
  max?: number;
  /** A secret: never printed, never logged. */
  secret?: boolean;
}

/** The settings, in the order they are documented. */
export const SETTINGS = {
  brokers: { env: 'RAPPORT_KAFKA_BROKERS', flag: 'brokers', kind: 'list', default: '127.0.0.1:9092', example: 'kafka-1:9092,kafka-2:9092', description: 'Kafka bootstrap brokers, comma separated.' },
  clientId: { env: 'RAPPORT_KAFKA_CLIENT_ID', flag: 'client-id', kind: 'string', default: 'rapport', example: 'rapport-eu-1', description: 'Kafka client id (appears in broker logs and quotas).' },
  groupId: { env: 'RAPPORT_KAFKA_GROUP_ID', flag: 'group-id', kind: 'string', default: 'rapport-indicators', example: 'rapport-indicators', description: 'Consumer group. Start more consumers with the same group to share the partitions.' },
  transcriptsTopic: { env: 'RAPPORT_TRANSCRIPTS_TOPIC', flag: 'topic', kind: 'string', default: 'transcripts', example: 'contact-centre.transcripts.v1', description: 'Topic the platform publishes transcripts to (key: interactionId recommended).' },
  deadLetterTopic: { env: 'RAPPORT_DEAD_LETTER_TOPIC', flag: 'dead-letter-topic', kind: 'string', default: 'transcripts.dead-letters', example: 'contact-centre.transcripts.dlq', description: 'Topic for messages that cannot be decoded or violate the contract (also stored in rapport.dead_letters).' },
  alertsTopic: { env: 'RAPPORT_ALERTS_TOPIC', flag: 'alerts-topic', kind: 'string', default: 'coaching-alerts', example: 'rapport.coaching-alerts', description: 'Topic new coaching alerts are published to.' },
  fromBeginning: { env: 'RAPPORT_FROM_BEGINNING', flag: 'from-beginning', kind: 'bool', default: 'true', example: 'false', description: 'A new consumer group starts at the earliest offset (true) or the latest (false).' },
  schemaRegistryUrl: { env: 'RAPPORT_SCHEMA_REGISTRY_URL', flag: 'schema-registry', kind: 'url', example: 'http://schema-registry:8081', description: 'Confluent schema registry for Avro schema ids; without it, ids map to the local schemas in schemas/registry.json.' },
  saslMechanism: { env: 'RAPPORT_KAFKA_SASL_MECHANISM', flag: 'sasl-mechanism', kind: 'enum', values: ['plain', 'scram-sha-256', 'scram-sha-512'], example: 'scram-sha-512', description: 'SASL mechanism; requires the username and password settings.' },
  saslUsername: { env: 'RAPPORT_KAFKA_SASL_USERNAME', flag: 'sasl-username', kind: 'string', example: 'rapport', description: 'SASL username.' },
  saslPassword: { env: 'RAPPORT_KAFKA_SASL_PASSWORD', flag: 'sasl-password', kind: 'string', secret: true, example: '(secret)', description: 'SASL password. Environment only in production: flags show up in process lists.' },
  ssl: { env: 'RAPPORT_KAFKA_SSL', flag: 'ssl', kind: 'bool', default: 'false', example: 'true', description: 'Connect to Kafka with TLS.' },
  databaseUrl: { env: 'RAPPORT_DATABASE_URL', flag: 'database-url', kind: 'url', default: 'postgres://postgres@127.0.0.1:5432/rapport', example: 'postgres://rapport_writer@db:5432/rapport', secret: true, description: 'PostgreSQL connection URL of the writer (a login role granted rapport_writer).' },
  databasePoolMax: { env: 'RAPPORT_DB_POOL_MAX', flag: 'db-pool-max', kind: 'int', default: '4', min: 1, max: 100, example: '8', description: 'Maximum database connections per consumer.' },
  migrateOnStart: { env: 'RAPPORT_MIGRATE_ON_START', flag: 'migrate', kind: 'bool', default: 'true', example: 'false', description: 'Apply pending migrations at start-up (safe with several consumers starting at once).' },
  partitionsConcurrently: { env: 'RAPPORT_PARTITIONS_CONCURRENTLY', flag: 'partitions-concurrently', kind: 'int', default: '6', min: 1, max: 64, example: '8', description: 'Partitions processed at the same time by one consumer. The batches kafkajs starts together (one fetch) are stored in one transaction of up to the batch size (group commit), so a consumer that owns up to this many partitions writes one transaction per fetch when traffic is light; under load, each partition batch of the full batch size is a transaction of its own. With the batch size, this bounds the work in flight.' },
  maxBatchMessages: { env: 'RAPPORT_MAX_BATCH_MESSAGES', flag: 'max-batch-messages', kind: 'int', default: '500', min: 1, max: 100000, example: '1000', description: 'Most messages written in one transaction; larger fetched batches are split.' },
  maxMessageBytes: { env: 'RAPPORT_MAX_MESSAGE_BYTES', flag: 'max-message-bytes', kind: 'int', default: '4194304', min: 1024, max: 104857600, example: '1048576', description: 'Messages larger than this go to the dead letters (reason too-large).' },
  rulesFile: { env: 'RAPPORT_RULES_FILE', flag: 'rules', kind: 'string', default: 'rules/alerts.json', example: '/etc/rapport/alerts.json', description: 'Coaching alert rules (validated at start-up).' },
  brandNames: { env: 'RAPPORT_BRAND_NAMES', flag: 'brand-names', kind: 'list', example: 'Spirit Airlines,Spirit,Free Spirit', description: "Names of the company, its brands and products, comma separated. Their words are names, not language: \"Spirit\" is not read as positive, \"Good Energy\" is not praise. Case is ignored. The lexicon version stored with the indicators gains a digest of the list (`+brands.1a2b3c4d`)." },
  lexiconsDir: { env: 'RAPPORT_LEXICONS_DIR', flag: 'lexicons', kind: 'string', example: '/etc/rapport/lexicons', description: 'Lexicon folder; the shipped lexicons when absent.' },
  webhookUrl: { env: 'RAPPORT_WEBHOOK_URL', flag: 'webhook', kind: 'url', example: 'https://coaching.example.com/hooks/rapport', secret: true, description: 'Also POST each new alert as JSON to this URL (retried with back-off).' },
  webhookRetries: { env: 'RAPPORT_WEBHOOK_RETRIES', flag: 'webhook-retries', kind: 'int', default: '3', min: 0, max: 20, example: '5', description: 'Webhook attempts after the first failure.' },
  httpHost: { env: 'RAPPORT_HTTP_HOST', flag: 'http-host', kind: 'string', default: '127.0.0.1', example: '0.0.0.0', description: 'Address of the /healthz, /readyz and /metrics server.' },
  httpPort: { env: 'RAPPORT_HTTP_PORT', flag: 'http-port', kind: 'int', default: '9464', min: 0, max: 65535, example: '8080', description: 'Port of the /healthz, /readyz and /metrics server (0: any free port).' },
  logLevel: { env: 'RAPPORT_LOG_LEVEL', flag: 'log-level', kind: 'enum', values: ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'], default: 'info', example: 'debug', description: 'Log level of the JSON logs on stdout.' },
  shutdownTimeoutMs: { env: 'RAPPORT_SHUTDOWN_TIMEOUT_MS', flag: 'shutdown-timeout-ms', kind: 'int', default: '30000', min: 1000, max: 600000, example: '10000', description: 'On SIGTERM/SIGINT, time allowed to finish in-flight batches and commit before exiting.' },
  retryMaxMs: { env: 'RAPPORT_RETRY_MAX_MS', flag: 'retry-max-ms', kind: 'int', default: '30000', min: 100, max: 600000, example: '60000', description: 'Longest back-off between retries of a transient failure (database or broker down).' },
} as const satisfies Record<string, Setting>;

type Settings = typeof SETTINGS;
type ValueOf<S extends Setting> = S['kind'] extends 'int' ? number : S['kind'] extends 'bool' ? boolean : S['kind'] extends 'list' ? readonly string[] : string;

/** The parsed configuration. Optional settings without a default are absent. */
export type Config = Readonly<{
  [K in keyof Settings as Settings[K] extends { default: string } ? K : never]: ValueOf<Settings[K]>;
} & {
  [K in keyof Settings as Settings[K] extends { default: string } ? never : K]?: ValueOf<Settings[K]>;
}>;

function parseValue(setting: Setting, raw: string, problems: string[], source: string): unknown {
  const name = `${source} ${source === 'flag' ? `--${setting.flag}` : setting.env}`;
  const shown = setting.secret ? '(hidden)' : `'${raw}'`;
  switch (setting.kind) {
    case 'int': {
      const n = Number(raw);
      if (!/^-?\d+$/.test(raw.trim()) || !Number.isSafeInteger(n)) return void problems.push(`${name}: ${shown} is not an integer; example: ${setting.example}`);
      if ((setting.min !== undefined && n < setting.min) || (setting.max !== undefined && n > setting.max)) {
        return void problems.push(`${name}: ${n} is outside ${setting.min}..${setting.max}`);
      }
      return n;
    }
    case 'bool':
      if (/^(true|1|yes|on)$/i.test(raw)) return true;
      if (/^(false|0|no|off)$/i.test(raw)) return false;
      return void problems.push(`${name}: ${shown} is not a boolean; expected true or false`);
    case 'list': {
      const items = splitList(raw);
      if (items.length === 0) return void problems.push(`${name}: empty list; example: ${setting.example}`);
      return Object.freeze(items);
    }
    case 'url':
      try {
        new URL(raw);
        return raw;
      } catch {
        return void problems.push(`${name}: ${shown} is not a URL; example: ${setting.example}`);
      }
    case 'enum':
      if (setting.values?.includes(raw)) return raw;
      return void problems.push(`${name}: ${shown} is not one of ${setting.values?.join(', ')}`);
    default:
      if (raw.trim() === '') return void problems.push(`${name}: empty; example: ${setting.example}`);
      return raw;
  }
}

/** A comma-separated list, items trimmed, empty items dropped. */
export function splitList(raw: string): string[] {
  return raw.split(',').map((s) => s.trim()).filter(Boolean);
}

/**
 * Parse the configuration from the environment and flags (flags win). Unknown RAPPORT_* variables
 * are reported too: a typo must not silently fall back to a default.
 */
export function parseConfig(env: NodeJS.ProcessEnv, flags: Record<string, string | boolean | undefined> = {}): Config {
  const problems: string[] = [];
  const out: Record<string, unknown> = {};
  const known = new Set<string>(Object.values(SETTINGS).map((s) => s.env));
  for (const name of Object.keys(env)) {
    if (name.startsWith('RAPPORT_') && !known.has(name) && !name.startsWith('RAPPORT_TEST_') && !IGNORED_ENV.has(name)) {
      problems.push(`environment ${name}: unknown setting; known settings are ${[...known].join(', ')}`);
    }
  }
  for (const [key, setting] of Object.entries(SETTINGS) as Array<[string, Setting]>) {
    const flag = flags[setting.flag];
    const raw = flag !== undefined ? String(flag) : env[setting.env];
    const source = flag !== undefined ? 'flag' : 'environment';
    if (raw !== undefined && raw !== '') {
      const value = parseValue(setting, raw, problems, source);
      if (value !== undefined) out[key] = value;
    } else if (setting.default !== undefined) {
      out[key] = parseValue(setting, setting.default, problems, 'default');
    }
  }
  if (out.saslMechanism !== undefined && (out.saslUsername === undefined || out.saslPassword === undefined)) {
    problems.push(`environment ${SETTINGS.saslMechanism.env}: needs ${SETTINGS.saslUsername.env} and ${SETTINGS.saslPassword.env}`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(out) as Config;
}

/** RAPPORT_* variables that are not settings of the service (used by tooling and tests). */
const IGNORED_ENV = new Set(['RAPPORT_SKIP_INFRA', 'RAPPORT_KEEP_KAFKA', 'RAPPORT_CLI', 'RAPPORT_EVAL_DATA']);

/** A copy of the configuration safe to log: secrets replaced. */
export function redactConfig(config: Config): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) {
    const setting = (SETTINGS as Record<string, Setting>)[key];
    out[key] = setting?.secret ? (typeof value === 'string' && value.startsWith('postgres') ? value.replace(/\/\/[^@/]*@/, '//***@') : '***') : value;
  }
  return out;
}

/** The configuration table for the README, generated from the declarations. */
export function configMarkdown(): string {
  const rows = Object.values(SETTINGS as Record<string, Setting>).map(
    (s) => `| \`${s.env}\` | \`--${s.flag}\` | ${s.default === undefined ? '(none)' : `\`${s.default}\``} | ${s.description} Example: \`${s.example}\`. |`,
  );
  return ['| environment | flag | default | description |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
