/** The pipeline's view of the database (`StorePort`), on a connection pool. */
import type pg from 'pg';
import type { StorePort } from '../pipeline/pipeline.js';
import { writeBatch } from './writeBatch.js';
import { agentHistory, teamMeans } from './history.js';
import { markDelivered } from './alerts.js';

export function createStorePort(pool: pg.Pool): StorePort {
  return {
    agentHistory: (tenantId, agentIds, limit) => agentHistory(pool, tenantId, agentIds, limit),
    teamMeans: (tenantId, teamIds, metrics) => teamMeans(pool, tenantId, teamIds, metrics),
    async write(batch) {
      const client = await pool.connect();
      let released = false;
      try {
        return await writeBatch(client, batch);
      } catch (err) {
        // A connection that failed mid-transaction is discarded, not returned to the pool.
        client.release(err as Error);
        released = true;
        throw err;
      } finally {
        if (!released) client.release();
      }
    },
    markDelivered: (ids) => markDelivered(pool, ids),
  };
}
