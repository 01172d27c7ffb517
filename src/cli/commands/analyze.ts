/**
 * `rapport analyze FILE|-`: the offline analyzer. One indicators JSON object per line on stdout and
 * nothing else; every problem goes to stderr with where it is, and the command goes on.
 */
import { basename } from 'node:path';
import cliProgress from 'cli-progress';
import { loadLexiconSets, DEFAULT_LEXICON_DIR } from '../../lexicon/load.js';
import { createAnalyzer } from '../../analyze/analyze.js';
import { splitList } from '../../config/config.js';
import { validateTranscript, formatProblems } from '../../contract/validate.js';
import { fromContactLens } from '../../import/contactLens.js';
import { openInput, readText, type InputRecord } from '../input.js';
import { formatPretty } from '../pretty.js';
import type { CommandContext } from '../app.js';

export const ANALYZE_HELP = `Usage: rapport analyze FILE|- [options]

Reads transcripts (a JSON object, a JSON array, or JSON Lines; '-' is stdin) and prints one
indicators JSON object per line on stdout. Problems go to stderr with their line number.

Options:
  --pretty              print a readable summary with the evidence instead of JSON
  --from FORMAT         input format: rapport (default) or contact-lens (an Amazon Contact Lens
                        or Transcribe Call Analytics output file)
  --lexicons DIR        lexicon folder (default: the shipped lexicons)
  --brand-names LIST    the company's, brands' and products' names, comma separated: their
                        words are names, not language (default: none)
  --tenant ID           tenantId for contact-lens input (default: default)
  --agent ID            agentId for contact-lens input (default: unknown)
  --interaction-id ID   interactionId for contact-lens input (default: the file name)
  --started-at ISO      startedAt for contact-lens input (default: 1970-01-01T00:00:00Z)
`;

export async function analyzeCommand(ctx: CommandContext): Promise<number> {
  const { values, positionals } = ctx.parse({
    pretty: { type: 'boolean', default: false },
    from: { type: 'string', default: 'rapport' },
    lexicons: { type: 'string', default: DEFAULT_LEXICON_DIR },
    'brand-names': { type: 'string' },
    tenant: { type: 'string', default: 'default' },
    agent: { type: 'string', default: 'unknown' },
    'interaction-id': { type: 'string' },
    'started-at': { type: 'string', default: '1970-01-01T00:00:00.000Z' },
  });
  const file = positionals[0];
  if (file === undefined || positionals.length > 1) {
    ctx.stderr.write(`rapport analyze: expected one FILE or '-', found ${positionals.length}\n\n${ANALYZE_HELP}`);
    return 2;
  }
  const from = values.from as string;
  if (from !== 'rapport' && from !== 'contact-lens') {
    ctx.stderr.write(`rapport analyze: unknown --from '${from}'; expected rapport or contact-lens\n`);
    return 2;
  }
  const brandFlag = values['brand-names'] as string | undefined;
  const brandNames = brandFlag === undefined ? [] : splitList(brandFlag);
  if (brandFlag !== undefined && brandNames.length === 0) {
    ctx.stderr.write(`rapport analyze: --brand-names needs a comma-separated list of names\n`);
    return 2;
  }
  const analyzer = createAnalyzer({ lexicons: loadLexiconSets(values.lexicons as string, { brandNames }) });
  const emit = (value: unknown): void => {
    const result = validateTranscript(value);
    if (!result.ok) {
      failures++;
      ctx.stderr.write(`rapport analyze: ${where}: ${formatProblems(result.problems)}\n`);
      return;
    }
    const indicators = analyzer(result.transcript);
    ctx.stdout.write(values.pretty ? formatPretty(indicators) + '\n' : JSON.stringify(indicators) + '\n');
    analyzed++;
  };
  let where = file;
  let analyzed = 0;
  let failures = 0;

  if (from === 'contact-lens') {
    where = file === '-' ? 'stdin' : file;
    let doc: unknown;
    try {
      doc = JSON.parse(await readText(file));
    } catch (err) {
      ctx.stderr.write(`rapport analyze: ${where}: invalid JSON: ${(err as Error).message}\n`);
      return 1;
    }
    const mapped = fromContactLens(doc, {
      interactionId: (values['interaction-id'] as string | undefined) ?? (file === '-' ? 'stdin' : basename(file).replace(/\.json$/, '')),
      tenantId: values.tenant as string,
      agentId: values.agent as string,
      startedAt: values['started-at'] as string,
    });
    if (!mapped.ok) {
      ctx.stderr.write(`rapport analyze: ${where}: ${mapped.reason}\n`);
      return 1;
    }
    emit(mapped.value);
    return failures === 0 ? 0 : 1;
  }

  const input = openInput(file);
  const showProgress = ctx.stderr.isTTY === true && input.totalBytes !== undefined && input.totalBytes > 1_000_000;
  const bar = showProgress ? new cliProgress.SingleBar({ stream: ctx.stderr, format: 'analyzing [{bar}] {percentage}% | {value}/{total} bytes | {records} records' }, cliProgress.Presets.shades_classic) : undefined;
  bar?.start(input.totalBytes ?? 0, 0, { records: 0 });
  for await (const record of input.records as AsyncIterable<InputRecord>) {
    where = `${file === '-' ? 'stdin' : file} ${record.where}`;
    if (record.error !== undefined) {
      failures++;
      ctx.stderr.write(`rapport analyze: ${where}: ${record.error}\n`);
    } else {
      emit(record.value);
    }
    bar?.update(input.bytesRead(), { records: analyzed + failures });
  }
  bar?.stop();
  ctx.stderr.write(`rapport analyze: ${analyzed} analyzed, ${failures} rejected\n`);
  return failures === 0 ? 0 : 1;
}
