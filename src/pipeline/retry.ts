/**
 * The one place that decides what is transient: worth retrying the same batch later (database or
 * broker unavailable, connection lost, lock or statement timeouts, serialization conflicts), as
 * opposed to a failure that will recur on every attempt.
 * - rapport's own errors say so themselves (`retriable`);
 * - PostgreSQL errors: `isTransientPgError`, tested against errors provoked on a real server;
 * - kafkajs errors carry their own `retriable` flag.
 */
import { isRetriable } from '../domain/errors.js';
import { isTransientPgError } from '../store/pool.js';

export function isTransient(err: unknown): boolean {
  if (err === null || typeof err !== 'object') return false;
  if (isRetriable(err)) return true;
  const e = err as { name?: unknown; retriable?: unknown; cause?: unknown };
  if (typeof e.name === 'string' && e.name.startsWith('KafkaJS') && e.retriable !== false) return true;
  if (isTransientPgError(err)) return true;
  return e.cause !== undefined && e.cause !== err && isTransient(e.cause);
}
