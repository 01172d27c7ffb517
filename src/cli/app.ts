/**
 * The `rapport` command line: the command table and dispatch. `main.ts` is the executable;
 * each command lives in its own file under `commands/`.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { RapportError } from '../domain/errors.js';
import { analyzeCommand, ANALYZE_HELP } from './commands/analyze.js';
import { demoCommand, DEMO_HELP } from './commands/demo.js';
import { publishCommand, PUBLISH_HELP } from './commands/publish.js';
import { alertsCommand, ALERTS_HELP } from './commands/alerts.js';
import { runCommand, RUN_HELP, migrateCommand, MIGRATE_HELP, configCommand, CONFIG_HELP } from './commands/service.js';

/** What a command receives: its arguments and the process streams (tests pass their own). */
export interface CommandContext {
  args: string[];
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** Parse this command's flags strictly: an unknown flag is an error naming it. */
  parse(options: NonNullable<ParseArgsConfig['options']>): { values: Record<string, unknown>; positionals: string[] };
}

interface Command {
  summary: string;
  help: string;
  run(ctx: CommandContext): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  analyze: { summary: 'analyze transcripts from a file and print indicators', help: ANALYZE_HELP, run: analyzeCommand },
  demo: { summary: 'run the whole pipeline on the samples with an embedded PostgreSQL', help: DEMO_HELP, run: demoCommand },
  run: { summary: 'start a consumer: Kafka in, PostgreSQL out', help: RUN_HELP, run: runCommand },
  migrate: { summary: 'apply pending database migrations', help: MIGRATE_HELP, run: migrateCommand },
  publish: { summary: 'publish JSON/JSONL transcripts to the Kafka topic (Avro)', help: PUBLISH_HELP, run: publishCommand },
  alerts: { summary: 'list or acknowledge coaching alerts', help: ALERTS_HELP, run: alertsCommand },
  config: { summary: 'print the effective configuration or the settings table', help: CONFIG_HELP, run: configCommand },
};

export function registerCommand(name: string, command: Command): void {
  COMMANDS[name] = command;
}

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return `Usage: rapport <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun 'rapport <command> --help' for a command's options.\n`;
}

export async function main(argv: string[], io: Pick<CommandContext, 'stdout' | 'stderr' | 'env'>): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`rapport: unknown command '${name}'; expected one of ${Object.keys(COMMANDS).join(', ')}\n`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(command.help);
    return 0;
  }
  const ctx: CommandContext = {
    ...io,
    args,
    parse: (options) => {
      const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
      return { values: parsed.values as Record<string, unknown>, positionals: parsed.positionals };
    },
  };
  try {
    return await command.run(ctx);
  } catch (err) {
    const message = err instanceof RapportError ? err.message : `rapport ${name}: ${(err as Error).message ?? String(err)}`;
    io.stderr.write(`${message}\n`);
    return err instanceof TypeError && (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? 2 : 1;
  }
}

