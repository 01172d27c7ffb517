/** `rapport alerts list|ack`: for coaches and operators without a SQL client. */
import { parseConfig, SETTINGS } from '../../config/config.js';
import { createPool } from '../../store/pool.js';
import { acknowledgeAlert, listAlerts } from '../../store/alerts.js';
import type { CommandContext } from '../app.js';

export const ALERTS_HELP = `Usage:
  rapport alerts list [--tenant T] [--unacknowledged] [--limit N] [--database-url URL]
  rapport alerts ack ID --by WHO [--database-url URL]

Lists coaching alerts (newest first), or marks one acknowledged. In SQL:
  UPDATE rapport.alerts SET acknowledged_at = now(), acknowledged_by = 'coach' WHERE id = 42;
`;

export async function alertsCommand(ctx: CommandContext): Promise<number> {
  const { values, positionals } = ctx.parse({
    tenant: { type: 'string' },
    unacknowledged: { type: 'boolean', default: false },
    limit: { type: 'string', default: '50' },
    by: { type: 'string' },
    'database-url': { type: 'string' },
  });
  const [action, id] = positionals;
  const config = parseConfig(ctx.env, { [SETTINGS.databaseUrl.flag]: values['database-url'] as string | undefined });
  const pool = createPool(config.databaseUrl, { max: 1 });
  try {
    if (action === 'list') {
      const limit = Number(values.limit);
      if (!Number.isInteger(limit) || limit < 1) {
        ctx.stderr.write(`rapport alerts: --limit must be a positive integer, found '${String(values.limit)}'\n`);
        return 2;
      }
      const rows = await listAlerts(pool, { tenantId: values.tenant as string | undefined, unacknowledged: values.unacknowledged as boolean, limit });
      for (const r of rows) {
        const ack = r.acknowledged_at ? `acknowledged by ${r.acknowledged_by}` : 'open';
        ctx.stdout.write(`#${r.id} ${r.created_at.toISOString()} [${r.severity}] ${r.tenant_id}/${r.agent_id} ${r.rule_id} (${ack})\n    ${r.message}\n`);
      }
      if (rows.length === 0) ctx.stdout.write('no alerts\n');
      return 0;
    }
    if (action === 'ack') {
      if (id === undefined || !/^\d+$/.test(id) || typeof values.by !== 'string' || values.by === '') {
        ctx.stderr.write(`rapport alerts ack: expected a numeric alert ID and --by WHO\n\n${ALERTS_HELP}`);
        return 2;
      }
      const row = await acknowledgeAlert(pool, id, values.by);
      if (!row) {
        ctx.stderr.write(`rapport alerts ack: no alert #${id}\n`);
        return 1;
      }
      // The first acknowledgement stands: say who it was if someone got there first.
      ctx.stdout.write(`alert #${id} acknowledged by ${row.acknowledged_by} at ${row.acknowledged_at?.toISOString() ?? ''}\n`);
      return 0;
    }
    ctx.stderr.write(`rapport alerts: expected 'list' or 'ack', found '${action ?? ''}'\n\n${ALERTS_HELP}`);
    return 2;
  } finally {
    await pool.end();
  }
}
