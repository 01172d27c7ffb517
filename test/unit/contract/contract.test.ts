import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateTranscript, formatProblems } from '../../../src/contract/validate.js';
import { decodeMessage, encodeAvro, encodeConfluent } from '../../../src/contract/avro.js';
import { LIMITS } from '../../../src/contract/limits.js';
import type { Transcript } from '../../../src/domain/types.js';

const valid = {
  interactionId: 'c-1',
  tenantId: 't-1',
  channel: 'voice',
  agentId: 'a-1',
  startedAt: '2026-10-02T14:03:00Z',
  turns: [
    { speaker: 'customer', text: 'Hi, I was charged twice.', startMs: 0, endMs: 1500 },
    { speaker: 'agent', text: "I'm sorry to hear that.", startMs: 1700, endMs: 3000 },
  ],
};

const problemsOf = (value: unknown) => {
  const r = validateTranscript(value);
  return r.ok ? [] : r.problems;
};

describe('validateTranscript', () => {
  it('normalises a valid transcript: defaults, ISO timestamps, no undefined fields', () => {
    const r = validateTranscript(valid);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.transcript).toEqual({ ...valid, language: 'en', startedAt: '2026-10-02T14:03:00.000Z', metadata: {} });
    expect(Object.values(r.transcript).includes(undefined)).toBe(false);
    expect(JSON.stringify(r.transcript)).not.toContain('teamId');
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['a missing interactionId', { interactionId: undefined }, 'interactionId', 'is required'],
    ['an empty tenantId', { tenantId: '  ' }, 'tenantId', 'must not be empty'],
    ['a numeric agentId', { agentId: 42 }, 'agentId', 'expected a string, found number'],
    ['an over-long id', { interactionId: 'x'.repeat(201) }, 'interactionId', 'has 201 characters; the limit is 200'],
    ['an unknown channel', { channel: 'fax' }, 'channel', 'unknown channel "fax"; expected one of voice, chat, email, sms, social'],
    ['an upper-case channel', { channel: 'VOICE' }, 'channel', 'unknown channel "VOICE"; expected one of voice, chat, email, sms, social'],
    ['a bad language tag', { language: 'english!' }, 'language', 'expected a BCP-47 language tag such as "en" or "en-GB", found "english!"'],
    ['a missing startedAt', { startedAt: undefined }, 'startedAt', 'is required (ISO 8601, e.g. "2026-10-02T14:03:00Z")'],
    ['a startedAt that is not ISO', { startedAt: '02/10/2026' }, 'startedAt', '"02/10/2026" is not an ISO 8601 timestamp such as "2026-10-02T14:03:00Z"'],
    ['endedAt before startedAt', { endedAt: '2026-10-02T14:00:00Z' }, 'endedAt', '2026-10-02T14:00:00.000Z is before startedAt 2026-10-02T14:03:00.000Z'],
    ['no turns', { turns: [] }, 'turns', 'must contain at least one turn'],
    ['turns not an array', { turns: 'hello' }, 'turns', 'expected an array, found string'],
    ['too many turns', { turns: Array.from({ length: LIMITS.maxTurns + 1 }, () => ({ speaker: 'agent', text: 'hi' })) }, 'turns', `has ${LIMITS.maxTurns + 1} turns; the limit is ${LIMITS.maxTurns}`],
    ['an unknown speaker', { turns: [{ speaker: 'supervisor', text: 'hi' }] }, 'turns[0].speaker', 'unknown speaker "supervisor"; expected one of agent, customer, bot, system'],
    ['a missing text', { turns: [{ speaker: 'agent' }] }, 'turns[0].text', 'is required'],
    ['endMs before startMs', { turns: [{ speaker: 'agent', text: 'a' }, { speaker: 'agent', text: 'b' }, { speaker: 'agent', text: 'c' }, { speaker: 'agent', text: 'd' }, { speaker: 'agent', text: 'e', startMs: 1500, endMs: 1200 }] }, 'turns[4].endMs', 'endMs 1200 is before startMs 1500'],
    ['a negative offset', { turns: [{ speaker: 'agent', text: 'hi', startMs: -5 }] }, 'turns[0].startMs', '-5 is negative; offsets count from the start of the interaction'],
    ['a string offset', { turns: [{ speaker: 'agent', text: 'hi', startMs: '5' }] }, 'turns[0].startMs', 'expected a number, found string'],
    ['a confidence over 1', { turns: [{ speaker: 'agent', text: 'hi', confidence: 1.5 }] }, 'turns[0].confidence', '1.5 is outside 0..1'],
    ['a turn over the size limit', { turns: [{ speaker: 'agent', text: 'x'.repeat(1_000_000) }] }, 'turns[0].text', `has 1000000 characters; the limit is ${LIMITS.maxTurnChars}`],
    ['a NUL character', { turns: [{ speaker: 'agent', text: 'a\u0000b' }] }, 'turns[0].text', 'contains a NUL character (U+0000), which cannot be stored'],
    ['a lone surrogate', { turns: [{ speaker: 'agent', text: 'a\uD800b' }] }, 'turns[0].text', 'contains an unpaired UTF-16 surrogate (invalid Unicode)'],
    ['metadata with a number', { metadata: { a: 1 } }, 'metadata.a', 'expected a string, found number'],
  ])('rejects %s', (_, change, path, message) => {
    expect(problemsOf({ ...valid, ...change })).toContainEqual({ path, message });
  });

  it('reports every problem at once', () => {
    const problems = problemsOf({ channel: 'fax', turns: [] });
    expect(problems.map((p) => p.path)).toEqual(['interactionId', 'tenantId', 'agentId', 'channel', 'startedAt', 'turns']);
    expect(formatProblems(problems)).toBe('interactionId: is required; tenantId: is required; agentId: is required; channel: unknown channel "fax"; expected one of voice, chat, email, sms, social; startedAt: is required (ISO 8601, e.g. "2026-10-02T14:03:00Z") (+1 more)');
  });

  it.each([null, 42, 'text', [], [valid]])('rejects a %j that is not an object', (value) => {
    expect(problemsOf(value)[0].path).toBe('');
  });

  it('ignores unknown fields (forward compatibility)', () => {
    expect(validateTranscript({ ...valid, sentimentHint: 'x' }).ok).toBe(true);
  });
});

describe('decodeMessage', () => {
  const transcript = (validateTranscript({ ...valid, teamId: 'team', metadata: { k: 'v' }, endedAt: '2026-10-02T14:10:00Z' }) as { transcript: Transcript }).transcript;

  it.each([
    ['Confluent Avro', encodeConfluent(transcript)],
    ['raw Avro', encodeAvro(transcript)],
    ['JSON', Buffer.from(JSON.stringify(transcript))],
    ['JSON with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(transcript))])],
  ])('decodes %s to the same transcript', (_, bytes) => {
    expect(decodeMessage(bytes)).toEqual({ ok: true, transcript });
  });

  it.each<[string, Buffer, string, RegExp]>([
    ['an empty message', Buffer.alloc(0), 'empty-message', /no bytes/],
    ['a message over the limit', Buffer.alloc(LIMITS.maxMessageBytes + 1, 0x7b), 'too-large', /limit is 4194304/],
    ['an unknown schema id', Buffer.concat([Buffer.from([0, 0, 0, 0, 42]), encodeAvro(transcript)]), 'unknown-schema-id', /schema id 42 is not known; known local ids: 1/],
    ['truncated Avro', encodeConfluent(transcript).subarray(0, 40), 'avro-decode', /truncated/],
    ['trailing bytes after Avro', Buffer.concat([encodeConfluent(transcript), Buffer.from([1, 2, 3])]), 'avro-decode', /3 unexpected bytes/],
    ['invalid UTF-8 JSON', Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]), 'invalid-utf8', /not valid UTF-8/],
    ['broken JSON', Buffer.from('{"interactionId": '), 'invalid-json', /invalid JSON/],
    ['a JSON array', Buffer.from(`[${JSON.stringify(transcript)}]`), 'contract', /found a JSON array/],
    ['JSON of the wrong shape', Buffer.from('{"hello": "world"}'), 'contract', /interactionId: is required/],
    ['plain text', Buffer.from('hello world'), 'unrecognised-format', /not Confluent Avro/],
  ])('rejects %s with a specific reason', (_, bytes, code, reason) => {
    const r = decodeMessage(bytes);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe(code);
    expect(r.reason).toMatch(reason);
  });

  it('never throws, whatever the bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
      const r = decodeMessage(Buffer.from(bytes));
      expect(typeof r.ok).toBe('boolean');
    }), { numRuns: 1000 });
    fc.assert(fc.property(fc.anything(), (value) => {
      expect(typeof validateTranscript(value).ok).toBe('boolean');
    }), { numRuns: 1000 });
  });

  it('round-trips any valid transcript through Avro', () => {
    const turn = fc.record({
      speaker: fc.constantFrom('agent', 'customer', 'bot', 'system'),
      text: fc.string({ maxLength: 50 }).filter((s) => !s.includes('\u0000')),
      startMs: fc.integer({ min: 0, max: 100_000 }),
    }).map((t) => ({ ...t, endMs: t.startMs + 10 }));
    const transcripts = fc.record({
      interactionId: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '' && !s.includes('\u0000')),
      tenantId: fc.constant('t'),
      channel: fc.constantFrom('voice', 'chat', 'email', 'sms', 'social'),
      agentId: fc.constant('a'),
      startedAt: fc.integer({ min: 0, max: 4_000_000_000_000 }).map((ms) => new Date(ms).toISOString()),
      turns: fc.array(turn, { minLength: 1, maxLength: 5 }),
    });
    fc.assert(fc.property(transcripts, (raw) => {
      const v = validateTranscript(raw);
      if (!v.ok) return; // arbitrary strings may be invalid (lone surrogates); covered above
      expect(decodeMessage(encodeConfluent(v.transcript))).toEqual({ ok: true, transcript: v.transcript });
    }), { numRuns: 300 });
  });
});
