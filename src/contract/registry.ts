/**
 * Confluent schema registry support: Avro schemas fetched by id (`GET /schemas/ids/{id}`) and kept
 * for the life of the process (a registered schema never changes). Decoding stays synchronous: the
 * ids a batch needs are fetched before it is decoded.
 */
import avro from 'avsc';
import { RapportError } from '../domain/errors.js';

export interface SchemaRegistry {
  /** Fetch the schemas of any Confluent-framed messages whose ids are not known yet. */
  prefetch(values: ReadonlyArray<Buffer | null>): Promise<void>;
  /** The schema for an id, or undefined when the registry does not know it. */
  get(id: number): avro.Type | undefined;
}

export function createSchemaRegistry(url: string, fetchImpl: typeof fetch = fetch): SchemaRegistry {
  const known = new Map<number, avro.Type | null>();
  const base = url.replace(/\/+$/, '');
  async function load(id: number): Promise<void> {
    let res: Response;
    try {
      res = await fetchImpl(`${base}/schemas/ids/${id}`, { headers: { accept: 'application/vnd.schemaregistry.v1+json' }, signal: AbortSignal.timeout(5000) });
    } catch (err) {
      throw new RapportError('schema-registry-unavailable', `schema registry ${base} did not answer for id ${id}: ${(err as Error).message}`, { retriable: true, cause: err });
    }
    if (res.status === 404) {
      known.set(id, null);
      return;
    }
    if (!res.ok) {
      throw new RapportError('schema-registry-unavailable', `schema registry ${base} answered HTTP ${res.status} for id ${id}`, { retriable: res.status >= 500 || res.status === 429 });
    }
    const body = (await res.json()) as { schema?: string; schemaType?: string };
    if (body.schemaType !== undefined && body.schemaType !== 'AVRO') {
      known.set(id, null);
      return;
    }
    try {
      known.set(id, avro.Type.forSchema(JSON.parse(body.schema ?? ''), { wrapUnions: false }));
    } catch {
      known.set(id, null);
    }
  }
  return {
    async prefetch(values) {
      const missing = new Set<number>();
      for (const v of values) {
        if (v && v.length >= 5 && v[0] === 0) {
          const id = v.readInt32BE(1);
          if (!known.has(id)) missing.add(id);
        }
      }
      for (const id of missing) await load(id);
    },
    get: (id) => known.get(id) ?? undefined,
  };
}
