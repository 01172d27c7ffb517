/** The kafkajs client, built from the configuration, logging through pino. */
import kafkajs, { type KafkaConfig, type logCreator } from 'kafkajs';
import type { Config } from '../config/config.js';
import type { Logger } from '../ops/logger.js';
import { registerCodecs } from './codecs.js';
import type { KafkaSockets } from './sockets.js';

const { Kafka, logLevel } = kafkajs;

const LEVELS: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

function pinoLogCreator(logger: Logger): logCreator {
  return () => ({ level, log }) => {
    const { message, ...extra } = log;
    // kafkajs log entries carry broker, group and error details, never message payloads.
    logger[LEVELS[level] ?? 'info']({ kafka: extra }, `kafkajs: ${message}`);
  };
}

/** `sockets`, when given, opens every connection of the client (and of its producers, consumers and admins). */
export function createKafka(config: Config, logger: Logger, sockets?: KafkaSockets): InstanceType<typeof Kafka> {
  registerCodecs();
  const options: KafkaConfig = {
    clientId: config.clientId,
    brokers: [...config.brokers],
    logLevel: logLevel.WARN,
    logCreator: pinoLogCreator(logger.child({ component: 'kafka' })),
    retry: { initialRetryTime: 300, retries: 8, maxRetryTime: config.retryMaxMs },
    connectionTimeout: 5000,
  };
  if (sockets) options.socketFactory = sockets.factory;
  if (config.ssl) options.ssl = true;
  if (config.saslMechanism && config.saslUsername && config.saslPassword) {
    options.sasl = { mechanism: config.saslMechanism, username: config.saslUsername, password: config.saslPassword } as never;
  }
  return new Kafka(options);
}
