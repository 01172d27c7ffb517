/**
 * Validation at the edge: any parsed value in, either a typed, normalised Transcript or every
 * problem found, each with its path ("turns[4].endMs") and what is wrong. Hand-written checks (no
 * schema engine) because it runs on every message; never throws.
 *
 * Unknown fields are ignored (forward compatibility: a newer producer may add optional fields).
 */
import type { Problem, Transcript, Turn } from '../domain/types.js';
import { CHANNELS, SPEAKERS } from '../domain/types.js';
import { LIMITS } from './limits.js';

export type Validation = { ok: true; transcript: Transcript } | { ok: false; problems: Problem[] };

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const BCP47 = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
// Lone surrogates cannot be stored as UTF-8; NUL cannot be stored in PostgreSQL text.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkText(value: string, path: string, problems: Problem[]): void {
  if (value.includes('\u0000')) problems.push({ path, message: 'contains a NUL character (U+0000), which cannot be stored' });
  if (LONE_SURROGATE.test(value)) problems.push({ path, message: 'contains an unpaired UTF-16 surrogate (invalid Unicode)' });
}

/** A timestamp as an ISO string, epoch milliseconds or a Date; undefined when not one. */
function toIso(value: unknown): string | undefined {
  let ms: number;
  if (value instanceof Date) ms = value.getTime();
  else if (typeof value === 'number') ms = value;
  else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)) ms = Date.parse(value);
  else return undefined;
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return undefined;
  return new Date(ms).toISOString();
}

function optionalNumber(raw: Record<string, unknown>, key: string, path: string, problems: Problem[]): number | undefined {
  const v = raw[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'bigint') return optionalNumber({ [key]: Number(v) }, key, path, problems);
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    problems.push({ path: `${path}.${key}`, message: `expected a number, found ${typeName(v)}` });
    return undefined;
  }
  return v;
}

/** Validate and normalise one transcript. */
export function validateTranscript(input: unknown): Validation {
  const problems: Problem[] = [];
  if (!isRecord(input)) return { ok: false, problems: [{ path: '', message: `expected a transcript object, found ${typeName(input)}` }] };

  const id = (key: string, required: boolean): string | undefined => {
    const v = input[key];
    if (v === undefined || v === null) {
      if (required) problems.push({ path: key, message: 'is required' });
      return undefined;
    }
    if (typeof v !== 'string') {
      problems.push({ path: key, message: `expected a string, found ${typeName(v)}` });
      return undefined;
    }
    if (v.trim() === '') {
      problems.push({ path: key, message: 'must not be empty' });
      return undefined;
    }
    if (v.length > LIMITS.maxIdChars) {
      problems.push({ path: key, message: `has ${v.length} characters; the limit is ${LIMITS.maxIdChars}` });
      return undefined;
    }
    checkText(v, key, problems);
    return v;
  };

  const interactionId = id('interactionId', true);
  const tenantId = id('tenantId', true);
  const agentId = id('agentId', true);
  const teamId = id('teamId', false);
  const customerId = id('customerId', false);
  const queue = id('queue', false);

  let channel: Transcript['channel'] | undefined;
  if (input.channel === undefined || input.channel === null) problems.push({ path: 'channel', message: `is required; expected one of ${CHANNELS.join(', ')}` });
  else if (!(CHANNELS as readonly unknown[]).includes(input.channel)) {
    problems.push({ path: 'channel', message: `unknown channel ${JSON.stringify(input.channel)}; expected one of ${CHANNELS.join(', ')}` });
  } else channel = input.channel as Transcript['channel'];

  let language = 'en';
  if (input.language !== undefined && input.language !== null) {
    if (typeof input.language !== 'string' || !BCP47.test(input.language)) {
      problems.push({ path: 'language', message: `expected a BCP-47 language tag such as "en" or "en-GB", found ${JSON.stringify(input.language)}` });
    } else language = input.language;
  }

  let startedAt: string | undefined;
  if (input.startedAt === undefined || input.startedAt === null) problems.push({ path: 'startedAt', message: 'is required (ISO 8601, e.g. "2026-10-02T14:03:00Z")' });
  else {
    startedAt = toIso(input.startedAt);
    if (startedAt === undefined) problems.push({ path: 'startedAt', message: `${JSON.stringify(input.startedAt)} is not an ISO 8601 timestamp such as "2026-10-02T14:03:00Z"` });
  }
  let endedAt: string | undefined;
  if (input.endedAt !== undefined && input.endedAt !== null) {
    endedAt = toIso(input.endedAt);
    if (endedAt === undefined) problems.push({ path: 'endedAt', message: `${JSON.stringify(input.endedAt)} is not an ISO 8601 timestamp` });
    else if (startedAt !== undefined && endedAt < startedAt) problems.push({ path: 'endedAt', message: `${endedAt} is before startedAt ${startedAt}` });
  }

  const metadata: Record<string, string> = {};
  if (input.metadata !== undefined && input.metadata !== null) {
    if (!isRecord(input.metadata)) problems.push({ path: 'metadata', message: `expected an object of strings, found ${typeName(input.metadata)}` });
    else {
      const entries = Object.entries(input.metadata);
      if (entries.length > LIMITS.maxMetadataEntries) problems.push({ path: 'metadata', message: `has ${entries.length} entries; the limit is ${LIMITS.maxMetadataEntries}` });
      else {
        for (const [k, v] of entries) {
          if (typeof v !== 'string') problems.push({ path: `metadata.${k}`, message: `expected a string, found ${typeName(v)}` });
          else if (k.length > LIMITS.maxMetadataChars || v.length > LIMITS.maxMetadataChars) problems.push({ path: `metadata.${k}`, message: `key or value over ${LIMITS.maxMetadataChars} characters` });
          else {
            checkText(k, `metadata.${k}`, problems);
            checkText(v, `metadata.${k}`, problems);
            metadata[k] = v;
          }
        }
      }
    }
  }

  const turns: Turn[] = [];
  if (!Array.isArray(input.turns)) {
    problems.push({ path: 'turns', message: input.turns === undefined || input.turns === null ? 'is required; expected an array of turns' : `expected an array, found ${typeName(input.turns)}` });
  } else if (input.turns.length === 0) {
    problems.push({ path: 'turns', message: 'must contain at least one turn' });
  } else if (input.turns.length > LIMITS.maxTurns) {
    problems.push({ path: 'turns', message: `has ${input.turns.length} turns; the limit is ${LIMITS.maxTurns}` });
  } else {
    let totalChars = 0;
    for (let i = 0; i < input.turns.length && problems.length < 50; i++) {
      const raw = input.turns[i];
      const path = `turns[${i}]`;
      if (!isRecord(raw)) {
        problems.push({ path, message: `expected a turn object, found ${typeName(raw)}` });
        continue;
      }
      let ok = true;
      if (!(SPEAKERS as readonly unknown[]).includes(raw.speaker)) {
        problems.push({ path: `${path}.speaker`, message: raw.speaker === undefined ? `is required; expected one of ${SPEAKERS.join(', ')}` : `unknown speaker ${JSON.stringify(raw.speaker)}; expected one of ${SPEAKERS.join(', ')}` });
        ok = false;
      }
      if (typeof raw.text !== 'string') {
        problems.push({ path: `${path}.text`, message: raw.text === undefined ? 'is required' : `expected a string, found ${typeName(raw.text)}` });
        ok = false;
      } else {
        totalChars += raw.text.length;
        if (raw.text.length > LIMITS.maxTurnChars) {
          problems.push({ path: `${path}.text`, message: `has ${raw.text.length} characters; the limit is ${LIMITS.maxTurnChars}` });
          ok = false;
        } else checkText(raw.text, `${path}.text`, problems);
      }
      const startMs = optionalNumber(raw, 'startMs', path, problems);
      const endMs = optionalNumber(raw, 'endMs', path, problems);
      const confidence = optionalNumber(raw, 'confidence', path, problems);
      for (const [key, v] of [['startMs', startMs], ['endMs', endMs]] as const) {
        if (v !== undefined && (v < 0 || v > LIMITS.maxOffsetMs)) {
          problems.push({ path: `${path}.${key}`, message: v < 0 ? `${v} is negative; offsets count from the start of the interaction` : `${v} is over ${LIMITS.maxOffsetMs} (48 hours)` });
          ok = false;
        }
      }
      if (startMs !== undefined && endMs !== undefined && endMs < startMs) {
        problems.push({ path: `${path}.endMs`, message: `endMs ${endMs} is before startMs ${startMs}` });
        ok = false;
      }
      if (confidence !== undefined && (confidence < 0 || confidence > 1)) {
        problems.push({ path: `${path}.confidence`, message: `${confidence} is outside 0..1` });
        ok = false;
      }
      if (!ok) continue;
      const turn: Turn = { speaker: raw.speaker as Turn['speaker'], text: raw.text as string };
      if (startMs !== undefined) turn.startMs = startMs;
      if (endMs !== undefined) turn.endMs = endMs;
      if (confidence !== undefined) turn.confidence = confidence;
      turns.push(turn);
    }
    if (totalChars > LIMITS.maxTotalChars) problems.push({ path: 'turns', message: `have ${totalChars} characters in all; the limit is ${LIMITS.maxTotalChars}` });
  }

  if (problems.length > 0) return { ok: false, problems };
  const transcript: Transcript = {
    interactionId: interactionId!,
    tenantId: tenantId!,
    channel: channel!,
    agentId: agentId!,
    language,
    startedAt: startedAt!,
    turns,
    metadata,
  };
  if (teamId !== undefined) transcript.teamId = teamId;
  if (customerId !== undefined) transcript.customerId = customerId;
  if (queue !== undefined) transcript.queue = queue;
  if (endedAt !== undefined) transcript.endedAt = endedAt;
  return { ok: true, transcript };
}

/** One line for a dead letter or a log: the first problems and how many more. */
export function formatProblems(problems: readonly Problem[], max = 5): string {
  const shown = problems.slice(0, max).map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
  return shown.join('; ') + (problems.length > max ? ` (+${problems.length - max} more)` : '');
}
