/**
 * The file source: JSON Lines (or a JSON array, or one JSON document) read into the same
 * `SourceMessage`s the Kafka source produces, so `rapport demo` runs the real pipeline. The "topic"
 * is `file:<path>`, the partition 0 and the offset the record's position.
 */
import { openInput } from '../cli/input.js';
import type { SourceMessage } from '../pipeline/prepare.js';

export async function* readFileMessages(path: string, batchSize = 100): AsyncGenerator<SourceMessage[]> {
  const input = openInput(path);
  let batch: SourceMessage[] = [];
  let offset = 0;
  for await (const record of input.records) {
    // A JSON Lines record travels as its original bytes (a broken line is dead-lettered with the
    // same reason codes as a Kafka message); records of a JSON array or document are re-serialised.
    const value = Buffer.from(record.raw ?? (record.error === undefined ? JSON.stringify(record.value) : ''));
    batch.push({ topic: `file:${path}`, partition: 0, offset: String(offset++), key: null, value, timestamp: '0' });
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
