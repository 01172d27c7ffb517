/** Trend-rule history read from typed columns gives the same values as from the full records. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { createPool } from '../../src/store/pool.js';
import { writeBatch } from '../../src/store/writeBatch.js';
import { toBatch } from '../../src/store/port.js';
import { agentHistory, teamMeans, METRIC_COLUMNS } from '../../src/store/history.js';
import type { Transcript } from '../../src/domain/types.js';
import type { Analyzed } from '../../src/pipeline/prepare.js';
import { indicatorsOf } from '../support/indicators.js';
import { createTestDatabase, type TestDatabase } from './support/postgres.js';

let db: TestDatabase;
let pool: pg.Pool;
beforeAll(async () => {
  db = await createTestDatabase();
  pool = createPool(db.url, { max: 2 });
  const analyzed: Analyzed[] = Array.from({ length: 12 }, (_, i) => {
    const id = `h-${i}`;
    const startedAt = `2026-10-${String(i + 1).padStart(2, '0')}T09:00:00.000Z`;
    const agentId = `agent-${i % 2}`;
    const transcript: Transcript = { interactionId: id, tenantId: 't', channel: 'voice', agentId, teamId: 'team', language: 'en', startedAt, turns: [{ speaker: 'agent', text: 'hi' }], metadata: {} };
    const indicators = indicatorsOf({
      interactionId: id, tenantId: 't', agentId, teamId: 'team', startedAt,
      empathy: { score: i % 3 === 0 ? null : 10 * i, na: i % 3 === 0 ? 'no empathy opportunity' : null, opportunities: i % 3 === 0 ? 0 : 1 },
      positiveLanguage: { score: 40 + i },
      sentiment: { customerShift: i - 6 },
    });
    return { message: { topic: 't', partition: 0, offset: String(i), key: null, value: null, timestamp: '0' }, transcript, indicators, alerts: [] };
  });
  const client = await pool.connect();
  try {
    await writeBatch(client, toBatch({ analyzed, rejected: [], alerts: [] }));
  } finally {
    client.release();
  }
});
afterAll(async () => {
  await pool?.end();
  await db?.drop();
});

describe('trend history from typed columns', () => {
  const metrics = Object.keys(METRIC_COLUMNS);

  it('equals the values read from the full records', async () => {
    const fast = await agentHistory(pool, 't', ['agent-0', 'agent-1'], 4, metrics);
    const slow = await agentHistory(pool, 't', ['agent-0', 'agent-1'], 4);
    expect([...fast.keys()].sort()).toEqual(['agent-0', 'agent-1']);
    for (const [agent, points] of fast) {
      const reference = slow.get(agent)!;
      expect(points.map((p) => p.interactionId)).toEqual(reference.map((p) => p.interactionId));
      points.forEach((p, k) => {
        for (const m of metrics) expect(p.values[m], `${agent} ${p.interactionId} ${m}`).toEqual(reference[k].values[m]);
      });
    }
  });

  it('computes team means in SQL equal to the record path', async () => {
    const fast = await teamMeans(pool, 't', ['team'], ['empathy.score', 'positiveLanguage.score']);
    const slow = await teamMeans(pool, 't', ['team'], ['empathy.score', 'positiveLanguage.score', 'customerEffort.cues']);
    expect(fast.get('team')!['empathy.score']).toBeCloseTo(slow.get('team')!['empathy.score']!, 6);
    expect(fast.get('team')!['positiveLanguage.score']).toBeCloseTo(45.5, 6);
  });
});
