/**
 * `npm run eval -- [--data DIR] [--only politeness,sentiment,empathy,interruptions] [--json] [--baselines] [--brand-names LIST]`
 *
 * Prints the tables, each with a line of 95% bootstrap intervals of the analyzer's headline figures
 * (`intervals.ts`), then on its last stdout line the headline figures as one JSON object. With
 * `--json` the tables are replaced by one line holding the full report as JSON. With `--baselines`
 * the analyzer is not loaded and the last line holds the baseline figures. With `--brand-names` the
 * analyzer is loaded as a deployment with those brand names (`RAPPORT_BRAND_NAMES`) would be.
 * Progress goes to stderr.
 */
import { resolve } from 'node:path';
import { splitList } from '../src/config/config.js';
import { loadAnalyzer, type LoadedAnalyzer } from './analyzer.js';
import { DEFAULT_DATA_DIR, TASKS, runEval, summarize, type Task } from './harness.js';
import { headlineIntervals } from './intervals.js';
import { renderReport } from './report.js';

interface Args {
  dataDir: string;
  only?: Task[];
  json: boolean;
  baselinesOnly: boolean;
  brandNames?: string[];
}

const USAGE = 'usage: npm run eval -- [--data DIR] [--only politeness,sentiment,empathy,interruptions] [--json] [--baselines] [--brand-names LIST]';

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { dataDir: DEFAULT_DATA_DIR, json: false, baselinesOnly: false };
  const problems: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (name === '--data') {
      const v = value();
      if (!v) problems.push('--data needs a folder');
      else args.dataDir = resolve(v);
    } else if (name === '--only') {
      const v = value() ?? '';
      const tasks = v.split(',').map((t) => t.trim()).filter(Boolean);
      const unknown = tasks.filter((t) => !(TASKS as readonly string[]).includes(t));
      if (unknown.length > 0 || tasks.length === 0) problems.push(`--only ${v}: unknown task(s) ${unknown.join(', ') || '(none given)'}; known tasks are ${TASKS.join(', ')}`);
      else args.only = tasks as Task[];
    } else if (name === '--brand-names') {
      const names = splitList(value() ?? '');
      if (names.length === 0) problems.push('--brand-names needs a comma-separated list of names');
      else args.brandNames = names;
    } else if (name === '--json') args.json = true;
    else if (name === '--baselines') args.baselinesOnly = true;
    else if (name === '--help' || name === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else problems.push(`unknown argument ${arg}`);
  }
  if (problems.length > 0) {
    process.stderr.write(`rapport eval: ${problems.join('; ')}\n${USAGE}\n`);
    process.exit(2);
  }
  return args;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const log = (message: string) => process.stderr.write(`rapport eval: ${message}\n`);
  let analyzer: LoadedAnalyzer | undefined;
  if (!args.baselinesOnly) {
    try {
      analyzer = await loadAnalyzer({ brandNames: args.brandNames });
    } catch (err) {
      log(`the analyzer could not be loaded (${err instanceof Error ? err.message : String(err)}); run with --baselines for the baseline figures alone`);
      return 1;
    }
  }
  const report = runEval({ dataDir: args.dataDir, only: args.only, analyze: analyzer?.analyze, log });
  if (report.tasks.length === 0) log(`no dataset folder found under ${args.dataDir}`);
  const note = analyzer
    ? `analyzer ${analyzer.analysisVersion}, lexicons ${analyzer.lexiconVersion}`
    : 'baselines only (--baselines): the last line holds baseline figures';
  const started = performance.now();
  const intervals = headlineIntervals(report);
  if (Object.keys(intervals).length > 0) log(`bootstrap intervals: done in ${Math.round(performance.now() - started)} ms`);
  if (args.json) process.stdout.write(`${JSON.stringify({ ...report, intervals, analyzerNote: note })}\n`);
  else process.stdout.write(`${renderReport(report, { analyzerNote: note, intervals })}\n`);
  process.stdout.write(`${JSON.stringify(summarize(report, analyzer ? 'analyzer' : 'baseline'))}\n`);
  // The figures of the tasks that ran are printed; a task that could not be read still fails the run.
  return report.failed.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`rapport eval: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
