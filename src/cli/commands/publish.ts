/**
 * `rapport publish FILE`: sends JSON/JSONL transcripts to the transcripts topic in the Avro contract
 * (Confluent framing), keyed by interactionId, so a platform team can try the pipeline end to end.
 */
import cliProgress from 'cli-progress';
import { parseConfig, SETTINGS } from '../../config/config.js';
import { validateTranscript, formatProblems } from '../../contract/validate.js';
import { encodeConfluent } from '../../contract/avro.js';
import { createKafka } from '../../kafka/client.js';
import { createLogger } from '../../ops/logger.js';
import { openInput } from '../input.js';
import type { CommandContext } from '../app.js';

export const PUBLISH_HELP = `Usage: rapport publish FILE|- [--format avro|json] [--brokers B] [--topic T]

Validates each transcript (a JSON object, array or JSON Lines) and publishes the valid ones to the
transcripts topic: Avro with the Confluent wire format (schema id 1) by default, or JSON. Invalid
records are reported on stderr with their line number and skipped.
`;

export async function publishCommand(ctx: CommandContext): Promise<number> {
  const { values, positionals } = ctx.parse({
    format: { type: 'string', default: 'avro' },
    brokers: { type: 'string' },
    topic: { type: 'string' },
    'client-id': { type: 'string' },
  });
  const file = positionals[0];
  if (file === undefined) {
    ctx.stderr.write(`rapport publish: expected a FILE or '-'\n\n${PUBLISH_HELP}`);
    return 2;
  }
  if (values.format !== 'avro' && values.format !== 'json') {
    ctx.stderr.write(`rapport publish: unknown --format '${String(values.format)}'; expected avro or json\n`);
    return 2;
  }
  const config = parseConfig(ctx.env, {
    [SETTINGS.brokers.flag]: values.brokers as string | undefined,
    [SETTINGS.transcriptsTopic.flag]: values.topic as string | undefined,
    [SETTINGS.clientId.flag]: values['client-id'] as string | undefined,
  });
  const kafka = createKafka(config, createLogger('warn'));
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const input = openInput(file);
  const bar = ctx.stderr.isTTY && input.totalBytes ? new cliProgress.SingleBar({ stream: ctx.stderr, format: 'publishing [{bar}] {percentage}% | {sent} sent' }, cliProgress.Presets.shades_classic) : undefined;
  bar?.start(input.totalBytes ?? 0, 0, { sent: 0 });
  let sent = 0;
  let skipped = 0;
  let pending: Array<{ key: string; value: Buffer }> = [];
  const flush = async () => {
    if (pending.length === 0) return;
    await producer.send({ topic: config.transcriptsTopic, acks: -1, messages: pending });
    sent += pending.length;
    pending = [];
  };
  try {
    for await (const record of input.records) {
      const where = `${file === '-' ? 'stdin' : file} ${record.where}`;
      const result = record.error === undefined ? validateTranscript(record.value) : undefined;
      if (!result || !result.ok) {
        skipped++;
        ctx.stderr.write(`rapport publish: ${where}: ${record.error ?? formatProblems(result!.ok ? [] : result!.problems)}; skipped\n`);
        continue;
      }
      const t = result.transcript;
      pending.push({ key: t.interactionId, value: values.format === 'avro' ? encodeConfluent(t) : Buffer.from(JSON.stringify(t)) });
      if (pending.length >= 500) await flush();
      bar?.update(input.bytesRead(), { sent });
    }
    await flush();
  } finally {
    bar?.stop();
    await producer.disconnect();
  }
  ctx.stderr.write(`rapport publish: ${sent} transcript(s) published to ${config.transcriptsTopic} (${values.format}), ${skipped} skipped\n`);
  return skipped === 0 ? 0 : 1;
}
