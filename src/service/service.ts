/**
 * The composition root: the one place that wires configuration, lexicons, rules, the database,
 * Kafka, the pipeline and the operations server into a running consumer.
 */
import type { Config } from '../config/config.js';
import { redactConfig } from '../config/config.js';
import { loadLexiconSets, DEFAULT_LEXICON_DIR } from '../lexicon/load.js';
import { createAnalyzer } from '../analyze/analyze.js';
import { loadRules } from '../alerts/rules.js';
import { postAlert } from '../alerts/webhook.js';
import { decodeMessage } from '../contract/avro.js';
import { createSchemaRegistry } from '../contract/registry.js';
import { createPool } from '../store/pool.js';
import { migrate } from '../store/migrate.js';
import { createStorePort } from '../store/port.js';
import { createKafka } from '../kafka/client.js';
import { createKafkaSockets, type KafkaSockets } from '../kafka/sockets.js';
import { createKafkaSinks } from '../kafka/producer.js';
import { startKafkaSource, type KafkaSource } from '../kafka/consumer.js';
import { createPipeline, type DeliveryPort } from '../pipeline/pipeline.js';
import type { Logger } from '../ops/logger.js';
import { createMetrics, type Metrics } from '../ops/metrics.js';
import { startOpsServer, type OpsServer } from '../ops/http.js';
import { RapportError } from '../domain/errors.js';

/**
 * Create the dead-letter and alert topics when they are missing, so the first dead letter or alert
 * does not wait for auto-creation. Best effort: a deployment may forbid topic creation.
 */
async function ensureOutputTopics(kafka: ReturnType<typeof createKafka>, topics: string[], logger: Logger): Promise<void> {
  const admin = kafka.admin();
  try {
    await admin.connect();
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t));
    if (missing.length > 0) {
      await admin.createTopics({ topics: missing.map((topic) => ({ topic })), waitForLeaders: true });
      logger.info({ topics: missing }, 'created output topics');
    }
  } catch (err) {
    logger.warn({ err: { message: (err as Error).message } }, 'could not create the output topics; relying on the broker to auto-create them');
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/**
 * Close the Kafka connections kafkajs kept after every client disconnected (see sockets.ts: after
 * a broker outage the consumer group can hold a broker the pool no longer knows). Left open, such
 * a socket keeps the process alive after a clean stop.
 */
function closeLeftoverKafkaSockets(sockets: KafkaSockets[], logger: Logger): void {
  const closed = sockets.flatMap((s) => s.destroyAll());
  if (closed.length > 0) logger.warn({ sockets: closed }, 'closed Kafka connections still open after every Kafka client disconnected');
}

export interface RunningService {
  metrics: Metrics;
  ops: OpsServer;
  source: KafkaSource;
  /** Stop fetching, finish in-flight batches, commit, disconnect; bounded by the shutdown timeout. */
  stop(): Promise<void>;
}

export async function startService(config: Config, logger: Logger): Promise<RunningService> {
  logger.info({ config: redactConfig(config) }, 'starting rapport');
  // Everything that can be wrong with the set-up is checked before anything connects.
  const lexicons = loadLexiconSets(config.lexiconsDir ?? DEFAULT_LEXICON_DIR, { brandNames: config.brandNames });
  const rules = loadRules(config.rulesFile);
  const analyze = createAnalyzer({ lexicons });
  const metrics = createMetrics();

  const pool = createPool(config.databaseUrl, { max: config.databasePoolMax });
  pool.on('error', (err: Error) => logger.warn({ err: { message: err.message } }, 'idle database connection failed'));
  if (config.migrateOnStart) {
    const { applied } = await migrate(pool);
    logger.info({ applied }, applied.length > 0 ? 'applied migrations' : 'database schema up to date');
  }
  const kafkaSockets = createKafkaSockets();
  const kafka = createKafka(config, logger, kafkaSockets);
  // The consumer has a client of its own: its stop may abort its connections (a pending group
  // join, see src/kafka/consumer.ts), which must not cut the producers' and admin's.
  const consumerSockets = createKafkaSockets();
  const consumerKafka = createKafka(config, logger, consumerSockets);
  await ensureOutputTopics(kafka, [config.deadLetterTopic, config.alertsTopic], logger);
  const sinks = await createKafkaSinks(kafka, { deadLetters: config.deadLetterTopic, alerts: config.alertsTopic });
  const delivery: DeliveryPort = {
    deadLetters: (rejected) => sinks.publishDeadLetters(rejected),
    alerts: async (alerts) => {
      await sinks.publishAlerts(alerts);
      if (config.webhookUrl) {
        for (const alert of alerts) await postAlert(alert, { url: config.webhookUrl, retries: config.webhookRetries });
      }
    },
  };
  const registry = config.schemaRegistryUrl ? createSchemaRegistry(config.schemaRegistryUrl) : undefined;
  const pipeline = createPipeline({
    decode: (bytes) => decodeMessage(bytes, registry ? { maxBytes: config.maxMessageBytes, schemaById: registry.get } : { maxBytes: config.maxMessageBytes }),
    analyze,
    rules,
    store: createStorePort(pool),
    delivery,
    logger,
    metrics,
  });

  const state: { stopping: boolean; source?: KafkaSource } = { stopping: false };
  const ops = await startOpsServer(config.httpHost, config.httpPort, metrics.registry, {
    notReadyReason: () =>
      state.stopping ? 'shutting down' : !state.source ? 'starting' : (state.source.failure() ?? (state.source.ready() ? null : 'waiting for partition assignment')),
    unhealthyReason: () => state.source?.failure() ?? null,
  });
  const running = await startKafkaSource(
    consumerKafka,
    consumerSockets,
    {
      handle: async (messages) => {
        await registry?.prefetch(messages.map((m) => m.value));
        const outcome = await pipeline.handle(messages);
        logger.debug({ partitions: [...new Set(messages.map((m) => m.partition))], messages: messages.length, ...outcome }, 'batch stored');
      },
    },
    {
      groupId: config.groupId,
      topic: config.transcriptsTopic,
      fromBeginning: config.fromBeginning,
      partitionsConcurrently: config.partitionsConcurrently,
      maxBatchMessages: config.maxBatchMessages,
      retryMaxMs: config.retryMaxMs,
    },
    logger,
    metrics,
  );
  state.source = running;
  logger.info({ topic: config.transcriptsTopic, groupId: config.groupId, http: `${config.httpHost}:${ops.port}` }, 'consuming');

  return {
    metrics,
    ops,
    source: running,
    async stop() {
      state.stopping = true;
      const deadline = new Promise<never>((_, reject) =>
        setTimeout(() => reject(new RapportError('shutdown-timeout', `shutdown took longer than ${config.shutdownTimeoutMs} ms`)), config.shutdownTimeoutMs).unref(),
      );
      await Promise.race([
        (async () => {
          await running.stop();
          await sinks.disconnect();
          closeLeftoverKafkaSockets([kafkaSockets, consumerSockets], logger);
          await pool.end();
          await ops.close();
        })(),
        deadline,
      ]);
      logger.info('stopped');
    },
  };
}
