/**
 * The pure middle of the pipeline: raw messages in, analyzed interactions and dead letters out.
 * Decoding, validation, analysis and per-interaction alert rules; nothing here does I/O.
 */
import type { Alert, Indicators, Transcript } from '../domain/types.js';
import type { RuleSet } from '../alerts/rules.js';
import { evaluateInteraction } from '../alerts/evaluate.js';

/** A message as it came off the source (Kafka or a file). */
export interface SourceMessage {
  topic: string;
  partition: number;
  /** Kafka offset as a decimal string (64-bit). */
  offset: string;
  key: Buffer | null;
  value: Buffer | null;
  /** Producer timestamp, ms since the epoch, as a decimal string (kafkajs' form). */
  timestamp: string;
}

/** Why a message could not be used, with the message itself (bytes kept verbatim). */
export interface Rejected {
  message: SourceMessage;
  /** Stable reason code, e.g. `invalid-json`, `contract`, `unknown-schema-id`. */
  code: string;
  /** What exactly is wrong, for the platform team that sent it. */
  reason: string;
}

export interface Analyzed {
  message: SourceMessage;
  transcript: Transcript;
  indicators: Indicators;
  /** Alerts of the per-interaction rules (trend rules need history: see pipeline.ts). */
  alerts: Alert[];
}

export type DecodeResult = { ok: true; transcript: Transcript } | { ok: false; code: string; reason: string };

export interface PrepareDeps {
  decode(bytes: Buffer): DecodeResult;
  analyze(transcript: Transcript): Indicators;
  rules: RuleSet;
}

export interface Prepared {
  analyzed: Analyzed[];
  rejected: Rejected[];
  /** Messages for an interaction already in this batch (re-deliveries); stored once. */
  duplicates: number;
}

/** Decode, validate and analyze a batch. Never throws for any message content. */
export function prepareBatch(messages: readonly SourceMessage[], deps: PrepareDeps): Prepared {
  const analyzed: Analyzed[] = [];
  const rejected: Rejected[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  for (const message of messages) {
    if (message.value === null || message.value.length === 0) {
      rejected.push({ message, code: 'empty-message', reason: 'message has no value (a tombstone or an empty payload)' });
      continue;
    }
    const decoded = deps.decode(message.value);
    if (!decoded.ok) {
      rejected.push({ message, code: decoded.code, reason: decoded.reason });
      continue;
    }
    const { transcript } = decoded;
    const key = `${transcript.tenantId}\u0000${transcript.interactionId}`;
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    seen.add(key);
    let indicators: Indicators;
    try {
      indicators = deps.analyze(transcript);
    } catch (err) {
      // The analyzer is property-tested never to throw; if it ever does, the message is kept.
      rejected.push({ message, code: 'analysis-failed', reason: `analysis failed: ${(err as Error).message}` });
      continue;
    }
    analyzed.push({ message, transcript, indicators, alerts: evaluateInteraction(deps.rules, indicators) });
  }
  return { analyzed, rejected, duplicates };
}
