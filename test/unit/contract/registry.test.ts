import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { createSchemaRegistry } from '../../../src/contract/registry.js';
import { decodeMessage, encodeAvro } from '../../../src/contract/avro.js';
import { isRetriable } from '../../../src/domain/errors.js';
import type { Transcript } from '../../../src/domain/types.js';

// A stand-in registry speaking the Confluent REST protocol for the one endpoint we use.
const schema = readFileSync(new URL('../../../schemas/transcript.avsc', import.meta.url), 'utf8');
let server: Server;
let url: string;
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === '/schemas/ids/7') res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ schema }));
    else if (req.url === '/schemas/ids/8') res.writeHead(503).end();
    else res.writeHead(404, { 'content-type': 'application/json' }).end('{"error_code":40403,"message":"Schema not found"}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const transcript: Transcript = { interactionId: 'r-1', tenantId: 't', channel: 'chat', agentId: 'a', language: 'en', startedAt: '2026-10-02T14:03:00.000Z', turns: [{ speaker: 'agent', text: 'Hello' }], metadata: {} };
const framed = (id: number) => Buffer.concat([Buffer.from([0, 0, 0, 0, id]), encodeAvro(transcript)]);

describe('schema registry', () => {
  it('fetches a schema once by id and decodes with it', async () => {
    const registry = createSchemaRegistry(url);
    await registry.prefetch([framed(7), framed(7), null, Buffer.from('{}')]);
    await registry.prefetch([framed(7)]);
    expect(requests.filter((r) => r === '/schemas/ids/7')).toHaveLength(1);
    expect(decodeMessage(framed(7), { schemaById: registry.get })).toEqual({ ok: true, transcript });
  });

  it('turns an id the registry does not know into a dead-letter reason', async () => {
    const registry = createSchemaRegistry(url);
    await registry.prefetch([framed(9)]);
    expect(decodeMessage(framed(9), { schemaById: registry.get })).toEqual({
      ok: false, code: 'unknown-schema-id', reason: 'schema id 9 is not known; the schema registry has no Avro schema with that id',
    });
  });

  it('treats a registry that is down as transient', async () => {
    const registry = createSchemaRegistry(url);
    const failure = await registry.prefetch([framed(8)]).catch((e: unknown) => e);
    expect(isRetriable(failure)).toBe(true);
    const unreachable = await createSchemaRegistry('http://127.0.0.1:1').prefetch([framed(7)]).catch((e: unknown) => e);
    expect(isRetriable(unreachable)).toBe(true);
  });
});
