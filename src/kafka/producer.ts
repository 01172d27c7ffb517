/**
 * The Kafka sinks: dead letters (original key and bytes, the reason in headers) and coaching alerts
 * (JSON, keyed by agent so one agent's alerts stay in order).
 */
import kafkajs, { type Kafka, type Producer } from 'kafkajs';
import type { Alert } from '../domain/types.js';
import type { Rejected } from '../pipeline/prepare.js';

const { CompressionTypes } = kafkajs;

export interface KafkaSinks {
  producer: Producer;
  publishDeadLetters(rejected: readonly Rejected[]): Promise<void>;
  publishAlerts(alerts: readonly (Alert & { id: string })[]): Promise<void>;
  disconnect(): Promise<void>;
}

export async function createKafkaSinks(kafka: Kafka, topics: { deadLetters: string; alerts: string }): Promise<KafkaSinks> {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: true });
  await producer.connect();
  return {
    producer,
    async publishDeadLetters(rejected) {
      if (rejected.length === 0) return;
      await producer.send({
        topic: topics.deadLetters,
        acks: -1,
        compression: CompressionTypes.GZIP,
        messages: rejected.map((r) => ({
          key: r.message.key,
          value: r.message.value,
          headers: {
            'rapport-reason-code': r.code,
            'rapport-reason': r.reason,
            'rapport-source-topic': r.message.topic,
            'rapport-source-partition': String(r.message.partition),
            'rapport-source-offset': r.message.offset,
          },
        })),
      });
    },
    async publishAlerts(alerts) {
      if (alerts.length === 0) return;
      await producer.send({
        topic: topics.alerts,
        acks: -1,
        messages: alerts.map((a) => ({ key: `${a.tenantId}/${a.agentId}`, value: JSON.stringify(a), headers: { 'rapport-rule': a.ruleId } })),
      });
    },
    disconnect: () => producer.disconnect(),
  };
}
