import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const avsc = JSON.parse(readFileSync(new URL('../../../schemas/transcript.avsc', import.meta.url), 'utf8'));
const json = JSON.parse(readFileSync(new URL('../../../schemas/transcript.schema.json', import.meta.url), 'utf8'));

interface FieldShape { optional: boolean; enumSymbols?: string[]; kind: string }

/** Reduce an Avro record to name -> shape. */
function avroShape(record: { fields: Array<{ name: string; type: unknown; default?: unknown }> }): Record<string, FieldShape> {
  const out: Record<string, FieldShape> = {};
  for (const f of record.fields) {
    const types = Array.isArray(f.type) ? f.type : [f.type];
    const nonNull = types.filter((t) => t !== 'null');
    const t = nonNull[0] as string | { type: string; symbols?: string[]; logicalType?: string };
    const optional = types.includes('null') || f.default !== undefined;
    const kind = typeof t === 'string' ? t : t.logicalType === 'timestamp-millis' ? 'timestamp' : t.type;
    out[f.name] = { optional, kind: kind === 'long' || kind === 'int' ? 'integer' : kind === 'double' ? 'number' : kind, ...(typeof t === 'object' && t.symbols ? { enumSymbols: t.symbols } : {}) };
  }
  return out;
}

/** Reduce a JSON Schema object to name -> shape. */
function jsonShape(schema: { required?: string[]; properties: Record<string, { type?: string | string[]; enum?: string[]; format?: string }> }): Record<string, FieldShape> {
  const out: Record<string, FieldShape> = {};
  for (const [name, p] of Object.entries(schema.properties)) {
    const types = Array.isArray(p.type) ? p.type : p.type ? [p.type] : [];
    const nonNull = types.filter((t) => t !== 'null');
    const kind = p.enum ? 'enum' : p.format === 'date-time' ? 'timestamp' : nonNull[0] === 'object' ? 'map' : nonNull[0];
    out[name] = { optional: !(schema.required ?? []).includes(name), kind, ...(p.enum ? { enumSymbols: p.enum } : {}) };
  }
  return out;
}

describe('the Avro schema and the JSON Schema are in step', () => {
  it('top-level fields: names, optionality, kinds and enum symbols', () => {
    expect(jsonShape(json)).toEqual(avroShape(avsc));
  });

  it('turn fields', () => {
    const turns = avsc.fields.find((f: { name: string }) => f.name === 'turns');
    expect(jsonShape(json.properties.turns.items)).toEqual(avroShape(turns.type.items));
  });

  it('the namespace is versioned', () => {
    expect(`${avsc.namespace}.${avsc.name}`).toBe(json.title);
  });
});
