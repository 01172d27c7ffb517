/**
 * `rapport demo`: the whole pipeline on a machine with nothing running. The sample transcripts are
 * read from a file (in place of Kafka) into an embedded PostgreSQL (PGlite, in place of a server);
 * decoding, analysis, alert rules, migrations and the batched writes are the production code.
 */
import { fileURLToPath } from 'node:url';
import { loadLexiconSets } from '../../lexicon/load.js';
import { createAnalyzer } from '../../analyze/analyze.js';
import { decodeMessage } from '../../contract/avro.js';
import { createPipeline } from '../../pipeline/pipeline.js';
import { createStorePort } from '../../store/port.js';
import { createPool } from '../../store/pool.js';
import { migrate } from '../../store/migrate.js';
import { startEmbeddedPostgres } from '../../store/embedded.js';
import { readFileMessages } from '../../file/source.js';
import { loadRules } from '../../alerts/rules.js';
import { createLogger } from '../../ops/logger.js';
import { createMetrics } from '../../ops/metrics.js';
import type { CommandContext } from '../app.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export const DEMO_HELP = `Usage: rapport demo [FILE] [--data-dir DIR]

Runs the real pipeline over sample transcripts (default: samples/transcripts.jsonl) into an
embedded PostgreSQL, then prints the stored indicators, the coaching alerts and the dead letters,
and example queries. Nothing needs to be running and nothing is left running.

Options:
  --data-dir DIR   keep the embedded database in DIR (default: in memory, gone at exit)
`;

const fmt = (v: unknown): string => (v === null || v === undefined ? '-' : String(v));

export async function demoCommand(ctx: CommandContext): Promise<number> {
  const { values, positionals } = ctx.parse({ 'data-dir': { type: 'string' } });
  const file = positionals[0] ?? `${ROOT}samples/transcripts.jsonl`;
  const out = (line = '') => ctx.stdout.write(`${line}\n`);

  out('rapport demo: starting an embedded PostgreSQL (PGlite) and applying the migrations...');
  const embedded = await startEmbeddedPostgres(values['data-dir'] ? { dataDir: values['data-dir'] as string } : {});
  const pool = createPool(embedded.url, { max: 1 });
  try {
    const { applied } = await migrate(pool);
    out(`  applied ${applied.length} migration(s): ${applied.join(', ') || 'none pending'}`);
    const alertsRaised: string[] = [];
    const pipeline = createPipeline({
      decode: (bytes) => decodeMessage(bytes),
      analyze: createAnalyzer({ lexicons: loadLexiconSets() }),
      rules: loadRules(`${ROOT}rules/alerts.json`),
      store: createStorePort(pool),
      delivery: {
        deadLetters: async () => undefined, // stored in rapport.dead_letters; no Kafka topic here
        alerts: async (alerts) => {
          for (const a of alerts) alertsRaised.push(a.id);
        },
      },
      logger: createLogger('silent'),
      metrics: createMetrics(),
    });
    let stored = 0;
    let rejected = 0;
    for await (const batch of readFileMessages(file)) {
      const outcome = await pipeline.handle(batch);
      stored += outcome.stored;
      rejected += outcome.rejected;
    }
    out(`rapport demo: analyzed ${file.replace(ROOT, '')}: ${stored} stored, ${rejected} dead letter(s), ${alertsRaised.length} alert(s)\n`);

    const { rows } = await pool.query(`
      SELECT interaction_id, agent_id, channel, empathy_opportunities AS opp, empathy_shown AS shown, empathy_missed AS missed,
             empathy_score, positive_language_score, agent_interruptions, customer_sentiment, customer_sentiment_shift,
             ownership_score, customer_effort_score, agent_response_mean_ms, lexicon_version
      FROM rapport.indicators ORDER BY interaction_id`);
    out('indicators (rapport.indicators):');
    out(`  ${'interaction'.padEnd(28)} ${'agent'.padEnd(12)} ${'channel'.padEnd(7)} empathy(opp/shown/missed score)  positive  interrupts  cust.sentiment(shift)  ownership  effort  resp.ms`);
    for (const r of rows) {
      out(`  ${String(r.interaction_id).padEnd(28)} ${String(r.agent_id).padEnd(12)} ${String(r.channel).padEnd(7)} ${`${r.opp}/${r.shown}/${r.missed} ${fmt(r.empathy_score)}`.padEnd(32)} ${fmt(r.positive_language_score).padEnd(9)} ${fmt(r.agent_interruptions).padEnd(11)} ${`${fmt(r.customer_sentiment)} (${fmt(r.customer_sentiment_shift)})`.padEnd(22)} ${fmt(r.ownership_score).padEnd(10)} ${fmt(r.customer_effort_score).padEnd(7)} ${fmt(r.agent_response_mean_ms)}`);
    }

    const alerts = await pool.query(`SELECT id, severity, rule_id, agent_id, interaction_id, message, evidence FROM rapport.alerts ORDER BY id`);
    out('\ncoaching alerts (rapport.alerts):');
    if (alerts.rows.length === 0) out('  none');
    for (const a of alerts.rows) {
      out(`  #${a.id} [${a.severity}] ${a.rule_id}: ${a.message}`);
      for (const e of (a.evidence as Array<{ turn?: number; speaker?: string; kind?: string; quote?: string }>).slice(0, 4)) {
        if (e.quote !== undefined) out(`      turn ${e.turn} ${e.speaker} (${e.kind}): "${e.quote.length > 80 ? `${e.quote.slice(0, 77)}...` : e.quote}"`);
      }
    }

    const dead = await pool.query('SELECT source_offset, reason_code, reason FROM rapport.dead_letters ORDER BY id');
    if (dead.rows.length > 0) {
      out('\ndead letters (rapport.dead_letters):');
      for (const d of dead.rows) out(`  record ${d.source_offset}: ${d.reason_code}: ${d.reason}`);
    }

    const evidence = await pool.query(`SELECT count(*)::int AS n FROM rapport.evidence`);
    out(`\n${evidence.rows[0].n} evidence rows explain these figures (rapport.evidence). Queries to try against a real deployment:`);
    out(`  SELECT agent_id, day, interactions, empathy_missed, avg_empathy_score FROM rapport.agent_daily ORDER BY day DESC;`);
    out(`  SELECT turn, speaker, kind, category, quote FROM rapport.evidence WHERE interaction_id = 'sample-call-escalation' ORDER BY turn;`);
    out(`  SELECT * FROM rapport.alerts WHERE acknowledged_at IS NULL ORDER BY created_at DESC;`);
    out(values['data-dir'] ? `\nThe database is kept in ${values['data-dir']}.` : '\nThe embedded database was in memory and is gone now; pass --data-dir DIR to keep it.');
    return 0;
  } finally {
    await pool.end();
    await embedded.stop();
  }
}
