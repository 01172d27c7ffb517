/** `rapport run`, `rapport migrate` and `rapport config`: the service commands. */
import { Socket } from 'node:net';
import { parseConfig, configMarkdown, redactConfig, SETTINGS } from '../../config/config.js';
import { createLogger, type Logger } from '../../ops/logger.js';
import { startService } from '../../service/service.js';
import { createPool } from '../../store/pool.js';
import { migrate } from '../../store/migrate.js';
import type { CommandContext } from '../app.js';

/** Flag definitions for every setting: `--brokers`, `--topic`... */
function settingFlags(): Record<string, { type: 'string' }> {
  const flags: Record<string, { type: 'string' }> = {};
  for (const s of Object.values(SETTINGS)) flags[s.flag] = { type: 'string' };
  return flags;
}

function configFrom(ctx: CommandContext) {
  const { values } = ctx.parse(settingFlags());
  return parseConfig(ctx.env, values as Record<string, string>);
}

export const RUN_HELP = `Usage: rapport run [--setting value ...]

Starts a consumer: reads transcripts from Kafka, stores indicators, evidence, alerts and dead
letters in PostgreSQL, and serves /healthz, /readyz and /metrics. Stops gracefully on SIGTERM or
SIGINT. Every setting can be given as an environment variable or a flag; see 'rapport config'.
`;

/** Remote ends of the TCP sockets still open (Node's handle list is undocumented: empty if it goes). */
function openSockets(): string[] {
  const handles = (process as unknown as { _getActiveHandles?: () => unknown[] })._getActiveHandles?.() ?? [];
  return handles.filter((h): h is Socket => h instanceof Socket && h.remotePort !== undefined).map((h) => `${h.remoteAddress}:${h.remotePort}`);
}

/** How long a stopped consumer waits for its last handles to close before it exits anyway. */
const EXIT_GRACE_MS = 2_000;

/**
 * Once everything is stopped the process should end by itself. The service closes the Kafka
 * sockets kafkajs keeps after disconnect (src/kafka/sockets.ts), but a Kafka client can still hold
 * a retry or restart timer; then exit anyway (with the code the shutdown earned), naming the kinds
 * of resource still open for whoever investigates.
 */
function exitSoonIfStillBusy(logger: Logger, code: number): void {
  setTimeout(() => {
    logger.warn({ resources: process.getActiveResourcesInfo(), sockets: openSockets() }, 'resources still open after a clean stop; exiting');
    process.exit(code);
  }, EXIT_GRACE_MS).unref();
}

export async function runCommand(ctx: CommandContext): Promise<number> {
  const config = configFrom(ctx);
  const logger = createLogger(config.logLevel);
  const service = await startService(config, logger);
  await new Promise<void>((resolve) => {
    const onSignal = (signal: string) => {
      logger.info({ signal }, 'shutting down');
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      resolve();
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
  try {
    await service.stop();
    exitSoonIfStillBusy(logger, 0);
    return 0;
  } catch (err) {
    logger.error({ err: { message: (err as Error).message } }, 'unclean shutdown');
    exitSoonIfStillBusy(logger, 1);
    return 1;
  }
}

export const MIGRATE_HELP = `Usage: rapport migrate [--database-url URL]

Applies pending database migrations (numbered SQL files in migrations/) and prints what it applied.
Safe to run while consumers start: migrations take an advisory lock.
`;

export async function migrateCommand(ctx: CommandContext): Promise<number> {
  const config = configFrom(ctx);
  const pool = createPool(config.databaseUrl, { max: 1 });
  try {
    const { applied } = await migrate(pool);
    ctx.stdout.write(applied.length > 0 ? `applied ${applied.join(', ')}\n` : 'database schema up to date\n');
    return 0;
  } finally {
    await pool.end();
  }
}

export const CONFIG_HELP = `Usage: rapport config [--markdown] [--setting value ...]

Prints the effective configuration (secrets hidden), or with --markdown the table of every setting.
`;

export async function configCommand(ctx: CommandContext): Promise<number> {
  if (ctx.args.includes('--markdown')) {
    ctx.stdout.write(configMarkdown() + '\n');
    return 0;
  }
  ctx.stdout.write(JSON.stringify(redactConfig(configFrom(ctx)), null, 2) + '\n');
  return 0;
}
