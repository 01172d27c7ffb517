/**
 * Structured JSON logs (pino). Logs carry ids, counts, offsets and reason codes; never transcript
 * text, evidence quotes or personal data. As a second line of defence, fields that could hold text
 * are redacted whatever a caller passes.
 */
import pino, { type Logger } from 'pino';

export type { Logger };

/** Field paths removed from every log line, in case a caller passes a whole object. */
const REDACT = [
  'text', '*.text', 'turns', '*.turns', 'quote', '*.quote', 'evidence', '*.evidence', 'payload', '*.payload',
  'customerId', '*.customerId', 'message.value', 'value', 'password', '*.password', 'databaseUrl', 'webhookUrl',
];

export function createLogger(level: string, destination: pino.DestinationStream | undefined = undefined): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'rapport' },
    redact: { paths: REDACT, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}
