/**
 * The Avro form of the contract, and decoding of any message the consumer receives:
 * - Confluent wire format: magic byte 0, a 4-byte big-endian schema id, the Avro body. Ids map to
 *   schemas through a schema registry when configured, or `schemas/registry.json` otherwise.
 * - JSON: a UTF-8 document whose first non-space character is `{`.
 * - Raw Avro with the local schema (the body alone), as some producers send.
 * Every failure is a specific code and reason; nothing throws.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import avro from 'avsc';
import type { Transcript } from '../domain/types.js';
import { formatProblems, validateTranscript } from './validate.js';
import { LIMITS } from './limits.js';

const SCHEMA_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));

/** The Avro type of the contract (timestamps as epoch millis; the validator normalises them). */
export const transcriptAvroType: avro.Type = avro.Type.forSchema(JSON.parse(readFileSync(`${SCHEMA_DIR}transcript.avsc`, 'utf8')), { wrapUnions: false });

/** Local schema ids from `schemas/registry.json`. */
const LOCAL_SCHEMAS: ReadonlyMap<number, avro.Type> = new Map(
  Object.entries(JSON.parse(readFileSync(`${SCHEMA_DIR}registry.json`, 'utf8')) as Record<string, string>).map(([id, file]) => [
    Number(id),
    file === 'transcript.avsc' ? transcriptAvroType : avro.Type.forSchema(JSON.parse(readFileSync(`${SCHEMA_DIR}${file}`, 'utf8'))),
  ]),
);

export const DEFAULT_SCHEMA_ID = 1;

function toAvroRecord(t: Transcript): Record<string, unknown> {
  return {
    interactionId: t.interactionId,
    tenantId: t.tenantId,
    channel: t.channel,
    agentId: t.agentId,
    teamId: t.teamId ?? null,
    customerId: t.customerId ?? null,
    queue: t.queue ?? null,
    language: t.language,
    startedAt: Date.parse(t.startedAt),
    endedAt: t.endedAt === undefined ? null : Date.parse(t.endedAt),
    turns: t.turns.map((turn) => ({
      speaker: turn.speaker,
      text: turn.text,
      startMs: turn.startMs ?? null,
      endMs: turn.endMs ?? null,
      confidence: turn.confidence ?? null,
    })),
    metadata: t.metadata,
  };
}

/** The raw Avro body of a transcript. */
export function encodeAvro(t: Transcript): Buffer {
  return transcriptAvroType.toBuffer(toAvroRecord(t));
}

/** Confluent wire format: magic byte 0, schema id (big-endian int32), Avro body. */
export function encodeConfluent(t: Transcript, schemaId = DEFAULT_SCHEMA_ID): Buffer {
  const body = encodeAvro(t);
  const header = Buffer.alloc(5);
  header.writeUInt8(0, 0);
  header.writeInt32BE(schemaId, 1);
  return Buffer.concat([header, body]);
}

export type DecodeResult = { ok: true; transcript: Transcript } | { ok: false; code: string; reason: string };

export interface DecodeOptions {
  /** Schema for a Confluent schema id (a registry cache); the local registry when absent. */
  schemaById?: (id: number) => avro.Type | undefined;
  maxBytes?: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function fromAvro(type: avro.Type, body: Buffer, what: string): DecodeResult | { ok: true; value: unknown } {
  try {
    const { value, offset } = type.decode(body, 0);
    if (offset < 0) return { ok: false, code: 'avro-decode', reason: `${what}: truncated Avro body (${body.length} bytes)` };
    if (offset !== body.length) return { ok: false, code: 'avro-decode', reason: `${what}: ${body.length - offset} unexpected bytes after the Avro record` };
    return { ok: true, value };
  } catch (err) {
    return { ok: false, code: 'avro-decode', reason: `${what}: ${(err as Error).message}` };
  }
}

function validated(value: unknown): DecodeResult {
  const result = validateTranscript(value);
  return result.ok ? result : { ok: false, code: 'contract', reason: formatProblems(result.problems) };
}

/** Decode and validate one message value. */
export function decodeMessage(bytes: Buffer, options: DecodeOptions = {}): DecodeResult {
  const maxBytes = options.maxBytes ?? LIMITS.maxMessageBytes;
  if (bytes.length === 0) return { ok: false, code: 'empty-message', reason: 'message has no bytes' };
  if (bytes.length > maxBytes) return { ok: false, code: 'too-large', reason: `message has ${bytes.length} bytes; the limit is ${maxBytes}` };

  if (bytes[0] === 0 && bytes.length >= 5) {
    const id = bytes.readInt32BE(1);
    const type = options.schemaById ? options.schemaById(id) : LOCAL_SCHEMAS.get(id);
    if (!type) {
      const where = options.schemaById ? 'the schema registry has no Avro schema with that id' : `known local ids: ${[...LOCAL_SCHEMAS.keys()].join(', ')}`;
      return { ok: false, code: 'unknown-schema-id', reason: `schema id ${id} is not known; ${where}` };
    }
    const decoded = fromAvro(type, bytes.subarray(5), `Avro (schema id ${id})`);
    return 'value' in decoded ? validated(decoded.value) : decoded;
  }

  let first = 0;
  while (first < bytes.length && (bytes[first] === 0x20 || bytes[first] === 0x0a || bytes[first] === 0x0d || bytes[first] === 0x09)) first++;
  if (bytes[first] === 0x7b /* { */ || bytes[first] === 0x5b /* [ */ || (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) {
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      return { ok: false, code: 'invalid-utf8', reason: 'JSON message is not valid UTF-8' };
    }
    let value: unknown;
    try {
      value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (err) {
      return { ok: false, code: 'invalid-json', reason: `invalid JSON: ${(err as Error).message}` };
    }
    if (Array.isArray(value)) return { ok: false, code: 'contract', reason: 'expected one transcript object per message, found a JSON array' };
    return validated(value);
  }

  const decoded = fromAvro(transcriptAvroType, bytes, 'raw Avro');
  if ('value' in decoded) return validated(decoded.value);
  const why = decoded.ok ? '' : `: ${decoded.reason}`;
  return { ok: false, code: 'unrecognised-format', reason: `not Confluent Avro (magic byte 0), JSON (starting with '{') or raw Avro of rapport.v1.Transcript${why}` };
}
