/**
 * The one place that decides what is transient: worth retrying the same batch later (database or
 * broker unavailable, connection lost, lock or serialization conflicts), as opposed to a failure
 * that will recur on every attempt.
 */
import { isRetriable } from '../domain/errors.js';

/** PostgreSQL SQLSTATE codes that clear up by themselves. */
const TRANSIENT_SQLSTATES = new Set([
  '08000', '08001', '08003', '08004', '08006', '08007', // connection exceptions
  '40001', '40P01', // serialization failure, deadlock
  '53000', '53100', '53200', '53300', // insufficient resources, too many connections
  '55P03', // lock not available
  '57014', // statement timeout / query cancelled
  '57P01', '57P02', '57P03', // admin/crash shutdown, cannot connect now
  '58000', '58030', // system and I/O errors
]);

const TRANSIENT_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);

const TRANSIENT_MESSAGES = [
  /Connection terminated/i,
  /connection (is )?closed/i,
  /Client has encountered a connection error/i,
  /timeout exceeded when trying to connect/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection/i,
];

export function isTransient(err: unknown): boolean {
  if (err === null || typeof err !== 'object') return false;
  if (isRetriable(err)) return true;
  const e = err as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown };
  if (typeof e.code === 'string' && (TRANSIENT_SQLSTATES.has(e.code) || TRANSIENT_NODE_CODES.has(e.code))) return true;
  if (typeof e.name === 'string' && e.name.startsWith('KafkaJS') && (err as { retriable?: boolean }).retriable !== false) return true;
  if (typeof e.message === 'string' && TRANSIENT_MESSAGES.some((re) => re.test(e.message as string))) return true;
  if (e.cause !== undefined && e.cause !== err) return isTransient(e.cause);
  return false;
}
