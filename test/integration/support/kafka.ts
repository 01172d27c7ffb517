/**
 * Test helpers for the real Kafka broker (started by the global set-up): random topic and group
 * names, producing raw messages, and reading a group's committed offsets.
 */
import { randomBytes } from 'node:crypto';
import kafkajs, { type Admin, type Kafka } from 'kafkajs';

const { Kafka: KafkaClient, logLevel } = kafkajs;

export const brokers = (): string[] => (process.env.RAPPORT_TEST_KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');

export const uniqueName = (prefix: string): string => `${prefix}-${randomBytes(5).toString('hex')}`;

export function testKafka(clientId = uniqueName('rapport-test')): Kafka {
  return new KafkaClient({ clientId, brokers: brokers(), logLevel: logLevel.NOTHING, retry: { retries: 10, initialRetryTime: 200 } });
}

export async function createTopic(admin: Admin, topic: string, numPartitions = 1): Promise<void> {
  await admin.createTopics({ topics: [{ topic, numPartitions, replicationFactor: 1 }], waitForLeaders: true });
}

/** Produce raw messages (value bytes as given) to a topic; resolves once acknowledged. */
export async function produce(kafka: Kafka, topic: string, messages: Array<{ key?: string | null; value: Buffer | string | null; partition?: number }>): Promise<void> {
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  try {
    await producer.send({ topic, acks: -1, messages: messages.map((m) => ({ key: m.key ?? null, value: m.value, partition: m.partition })) });
  } finally {
    await producer.disconnect();
  }
}

/** The group's committed offset per partition (-1 when nothing committed). */
export async function committedOffsets(admin: Admin, groupId: string, topic: string): Promise<Record<number, string>> {
  const [entry] = await admin.fetchOffsets({ groupId, topics: [topic] });
  const out: Record<number, string> = {};
  for (const p of entry?.partitions ?? []) out[p.partition] = p.offset;
  return out;
}

/** Wait until the group's committed offset of every partition of `topic` is that partition's end now. */
export async function waitCommittedToEnd(admin: Admin, groupId: string, topic: string, timeoutMs = 30_000): Promise<void> {
  const ends = await admin.fetchTopicOffsets(topic);
  await eventually(async () => {
    const committed = await committedOffsets(admin, groupId, topic);
    return ends.every((p) => committed[p.partition] === p.high);
  }, timeoutMs);
}

export interface ReadMessage {
  key: string | null;
  value: Buffer | null;
  headers: Record<string, string>;
}

/** Read the messages of a topic from the beginning with a throwaway group, until `expected` or the timeout. */
export async function readAll(kafka: Kafka, topic: string, expected: number, timeoutMs = 20_000): Promise<ReadMessage[]> {
  const consumer = kafka.consumer({ groupId: uniqueName('reader') });
  const out: ReadMessage[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    void consumer.run({
      eachMessage: async ({ message }) => {
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(message.headers ?? {})) headers[k] = String(v);
        out.push({ key: message.key?.toString() ?? null, value: message.value, headers });
        if (out.length >= expected) {
          clearTimeout(timer);
          resolve();
        }
      },
    });
  });
  await consumer.disconnect();
  return out;
}

/** Poll `check` until it returns true or the time is up. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 30_000, intervalMs = 250): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}
