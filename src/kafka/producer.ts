/**
 * The Kafka sinks: dead letters (original key and bytes, the reason in headers) and coaching alerts
 * (JSON, keyed by agent so one agent's alerts stay in order).
 *
 * Sends are split so that no request exceeds the broker's default message limit (1 MB per record
 * batch): a batch of 500 transcripts can raise hundreds of alerts. A dead letter whose payload alone
 * is too large goes to the topic without its value (header `rapport-payload-omitted` gives the
 * size); the `rapport.dead_letters` table always keeps the original bytes.
 */
import kafkajs, { type Kafka, type Message, type Producer } from 'kafkajs';
import type { Alert } from '../domain/types.js';
import type { Rejected } from '../pipeline/prepare.js';

const { CompressionTypes } = kafkajs;

/** Bytes of message values and headers per produce request; well under the broker's 1 MB default. */
export const MAX_REQUEST_BYTES = 512 * 1024;
/** A dead-letter payload larger than this is not copied to the topic. */
export const MAX_DEAD_LETTER_VALUE_BYTES = 256 * 1024;

export interface KafkaSinks {
  producer: Producer;
  publishDeadLetters(rejected: readonly Rejected[]): Promise<void>;
  publishAlerts(alerts: readonly (Alert & { id: string })[]): Promise<void>;
  disconnect(): Promise<void>;
}

function size(m: Message): number {
  let n = 64 + (m.value ? Buffer.byteLength(m.value as Buffer | string) : 0) + (m.key ? Buffer.byteLength(m.key as Buffer | string) : 0);
  for (const [k, v] of Object.entries(m.headers ?? {})) n += k.length + (v ? Buffer.byteLength(String(v)) : 0);
  return n;
}

/** Split messages into requests of at most MAX_REQUEST_BYTES (a single larger message goes alone). */
export function chunkBySize(messages: readonly Message[], limit = MAX_REQUEST_BYTES): Message[][] {
  const chunks: Message[][] = [];
  let current: Message[] = [];
  let bytes = 0;
  for (const m of messages) {
    const s = size(m);
    if (current.length > 0 && bytes + s > limit) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(m);
    bytes += s;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

export async function createKafkaSinks(kafka: Kafka, topics: { deadLetters: string; alerts: string }): Promise<KafkaSinks> {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: true });
  await producer.connect();
  const send = async (topic: string, messages: Message[], compression = CompressionTypes.None) => {
    for (const chunk of chunkBySize(messages)) await producer.send({ topic, acks: -1, compression, messages: chunk });
  };
  return {
    producer,
    async publishDeadLetters(rejected) {
      if (rejected.length === 0) return;
      await send(
        topics.deadLetters,
        rejected.map((r) => {
          const tooLarge = (r.message.value?.length ?? 0) > MAX_DEAD_LETTER_VALUE_BYTES;
          const headers: Record<string, string> = {
            'rapport-reason-code': r.code,
            'rapport-reason': r.reason.slice(0, 2000),
            'rapport-source-topic': r.message.topic,
            'rapport-source-partition': String(r.message.partition),
            'rapport-source-offset': r.message.offset,
          };
          if (tooLarge) headers['rapport-payload-omitted'] = String(r.message.value?.length ?? 0);
          return { key: r.message.key, value: tooLarge ? null : r.message.value, headers };
        }),
        CompressionTypes.GZIP,
      );
    },
    async publishAlerts(alerts) {
      if (alerts.length === 0) return;
      await send(
        topics.alerts,
        alerts.map((a) => ({ key: `${a.tenantId}/${a.agentId}`, value: JSON.stringify(a), headers: { 'rapport-rule': a.ruleId } })),
      );
    },
    disconnect: () => producer.disconnect(),
  };
}
