/**
 * `npm run bench:write`: the two costs of a batch's database write that this project chose how to
 * pay, each against the alternative in the same run (alternating, so machine noise affects both):
 *
 * 1. Building the array parameters of the evidence insert: ours (`columnArrays`, literals built in
 *    one pass) against handing plain arrays to pg (its `arrayString`).
 * 2. The evidence insert itself: with the statement-level parent check of migration 005 against
 *    the per-row foreign key it replaced, each in a fresh database.
 *
 * A batch is BENCH_WRITE_TRANSCRIPTS (default 500) analysed bench transcripts; BENCH_WRITE_ROUNDS
 * (default 8) rounds. Needs the local PostgreSQL (RAPPORT_TEST_PG_URL). Last line on stdout: one
 * JSON object of medians in milliseconds.
 */
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createAnalyzer } from '../src/analyze/analyze.js';
import { loadLexiconSets } from '../src/lexicon/load.js';
import { migrate } from '../src/store/migrate.js';
import { columnArrays, EVIDENCE_TABLE, type EvidenceRow, INDICATORS_TABLE, insertFromUnnest, INTERACTIONS_TABLE } from '../src/store/columns.js';
import { toBatch } from '../src/store/port.js';
import type { Analyzed } from '../src/pipeline/prepare.js';
import { benchCall, benchChat } from './fixtures.js';

const TRANSCRIPTS = Number(process.env.BENCH_WRITE_TRANSCRIPTS ?? 500);
const ROUNDS = Number(process.env.BENCH_WRITE_ROUNDS ?? 8);
const ADMIN_URL = process.env.RAPPORT_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
// pg's own conversion of a parameter (what it does with a plain array).
const { prepareValue } = createRequire(import.meta.url)('pg/lib/utils.js') as { prepareValue(value: unknown): unknown };

const analyze = createAnalyzer({ lexicons: loadLexiconSets() });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const timed = async (fn: () => unknown) => {
  const start = performance.now();
  await fn();
  return performance.now() - start;
};

/** One batch of analysed transcripts, with ids unique to `label`. */
function batchOf(label: string) {
  const analyzed = Array.from({ length: TRANSCRIPTS }, (_, i): Analyzed => {
    const transcript = { ...(i % 4 === 3 ? benchChat(30, i) : benchCall(60 + (i % 5) * 10, i)), interactionId: `${label}-${i}`, tenantId: 'bench' };
    return { message: { topic: 't', partition: 0, offset: String(i), key: null, value: Buffer.alloc(0), timestamp: '0' }, transcript, indicators: analyze(transcript), alerts: [] };
  });
  const batch = toBatch({ analyzed, rejected: [], alerts: [] });
  const evidence: EvidenceRow[] = batch.indicators.flatMap((indicators) => indicators.evidence.map((finding, ordinal) => ({ indicators, ordinal, finding })));
  return { batch, evidence };
}

function dbUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function main(): Promise<void> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  const suffix = randomBytes(4).toString('hex');
  const databases = { check: `rapport_bench_check_${suffix}`, foreignKey: `rapport_bench_fk_${suffix}` };
  const clients: Partial<Record<keyof typeof databases, pg.Client>> = {};
  try {
    for (const [variant, name] of Object.entries(databases) as Array<[keyof typeof databases, string]>) {
      await admin.query(`CREATE DATABASE ${name}`);
      const client = new pg.Client({ connectionString: dbUrl(name) });
      await client.connect();
      await migrate(client);
      if (variant === 'foreignKey') {
        await client.query('DROP TRIGGER evidence_has_parent ON rapport.evidence');
        await client.query('ALTER TABLE rapport.evidence ADD FOREIGN KEY (tenant_id, interaction_id, analysis_version) REFERENCES rapport.indicators');
      }
      clients[variant] = client;
    }
    const times = { literals: [] as number[], pgArrays: [] as number[], check: [] as number[], foreignKey: [] as number[] };
    let rows = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? (['check', 'foreignKey'] as const) : (['foreignKey', 'check'] as const);
      for (const variant of order) {
        const { batch, evidence } = batchOf(`${variant}-${round}`);
        rows = evidence.length;
        // Parameters: ours, then the plain arrays pg would convert (both include reading the rows).
        times.literals.push(await timed(() => columnArrays(EVIDENCE_TABLE, evidence)));
        times.pgArrays.push(await timed(() => EVIDENCE_TABLE.map((c) => prepareValue(evidence.map((r) => c.read(r))))));
        const client = clients[variant]!;
        await client.query('BEGIN');
        await client.query(insertFromUnnest('rapport.interactions', INTERACTIONS_TABLE), columnArrays(INTERACTIONS_TABLE, batch.interactions));
        await client.query(insertFromUnnest('rapport.indicators', INDICATORS_TABLE), columnArrays(INDICATORS_TABLE, batch.indicators));
        const parameters = columnArrays(EVIDENCE_TABLE, evidence);
        times[variant].push(await timed(() => client.query(insertFromUnnest('rapport.evidence', EVIDENCE_TABLE), parameters)));
        await client.query('COMMIT');
      }
    }
    const result = {
      evidence_rows: rows,
      parameters_ms: { ours: Math.round(median(times.literals)), pg: Math.round(median(times.pgArrays)) },
      evidence_insert_ms: { statement_check: Math.round(median(times.check)), foreign_key: Math.round(median(times.foreignKey)) },
    };
    console.log(`${TRANSCRIPTS} transcripts, ${rows} evidence rows, ${ROUNDS} rounds each, medians:`);
    console.log(`  array parameters: ours ${result.parameters_ms.ours} ms, pg's ${result.parameters_ms.pg} ms`);
    console.log(`  evidence insert: statement-level check ${result.evidence_insert_ms.statement_check} ms, per-row foreign key ${result.evidence_insert_ms.foreign_key} ms`);
    console.log(JSON.stringify(result));
  } finally {
    for (const client of Object.values(clients)) await client?.end();
    for (const name of Object.values(databases)) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

await main();
