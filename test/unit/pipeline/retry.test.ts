import { describe, expect, it } from 'vitest';
import { isTransient } from '../../../src/pipeline/retry.js';
import { RapportError } from '../../../src/domain/errors.js';

const pgError = (code: string) => Object.assign(new Error(`pg ${code}`), { code });

describe('isTransient', () => {
  it.each<[string, unknown, boolean]>([
    ['connection refused', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), true],
    ['admin shutdown (57P01)', pgError('57P01'), true],
    ['lock timeout (55P03)', pgError('55P03'), true],
    ['statement timeout (57014)', pgError('57014'), true],
    ['serialization failure (40001)', pgError('40001'), true],
    ['a check constraint (23514)', pgError('23514'), false],
    ['a syntax error (42601)', pgError('42601'), false],
    ['a retriable kafkajs error', Object.assign(new Error('leader not available'), { name: 'KafkaJSProtocolError', retriable: true }), true],
    ['a non-retriable kafkajs error', Object.assign(new Error('bad'), { name: 'KafkaJSNonRetriableError', retriable: false }), false],
    ['a retriable rapport error', new RapportError('schema-registry-unavailable', 'down', { retriable: true }), true],
    ['a wrapped transient cause', new Error('write failed', { cause: pgError('57P01') }), true],
    ['a plain error', new Error('boom'), false],
    ['a string', 'boom', false],
  ])('%s -> %s', (_, err, expected) => {
    expect(isTransient(err)).toBe(expected);
  });
});
