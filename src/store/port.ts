/** The pipeline's view of the database (`StorePort`), on a connection pool. */
import type pg from 'pg';
import type { Transcript } from '../domain/types.js';
import type { Analyzed, Rejected } from '../pipeline/prepare.js';
import type { StoreBatch, StorePort } from '../pipeline/pipeline.js';
import { writeBatch } from './writeBatch.js';
import { agentHistory, teamMeans } from './history.js';
import { markDelivered } from './alerts.js';
import type { Batch, DeadLetter, StoredInteraction } from './types.js';

function wordCount(transcript: Transcript): number {
  let words = 0;
  for (const turn of transcript.turns) words += turn.text.match(/\S+/g)?.length ?? 0;
  return words;
}

/** The interactions row of an analyzed message: metadata and counts, never the text. */
export function storedInteraction(a: Analyzed): StoredInteraction {
  const t = a.transcript;
  return {
    tenantId: t.tenantId,
    interactionId: t.interactionId,
    channel: t.channel,
    agentId: t.agentId,
    teamId: t.teamId ?? null,
    customerId: t.customerId ?? null,
    queue: t.queue ?? null,
    language: t.language,
    startedAt: t.startedAt,
    endedAt: t.endedAt ?? null,
    turnCount: t.turns.length,
    wordCount: wordCount(t),
    source: { topic: a.message.topic, partition: a.message.partition, offset: a.message.offset },
  };
}

export function deadLetter(r: Rejected): DeadLetter {
  const { message } = r;
  return {
    source: { topic: message.topic, partition: message.partition, offset: message.offset },
    key: message.key,
    payload: message.value,
    reasonCode: r.code,
    reason: r.reason,
    tenantId: null,
  };
}

/** The pipeline's batch in the shape of `writeBatch`. */
export function toBatch(batch: StoreBatch): Batch {
  return {
    interactions: batch.analyzed.map(storedInteraction),
    indicators: batch.analyzed.map((a) => a.indicators),
    deadLetters: batch.rejected.map(deadLetter),
    alerts: batch.alerts,
  };
}

export function createStorePort(pool: pg.Pool): StorePort {
  return {
    agentHistory: (tenantId, agentIds, limit, metrics) => agentHistory(pool, tenantId, agentIds, limit, metrics),
    teamMeans: (tenantId, teamIds, metrics) => teamMeans(pool, tenantId, teamIds, metrics),
    async write(batch) {
      const client = await pool.connect();
      let failure: Error | undefined;
      // While checked out, a client has no pool listener: a connection killed between two
      // statements would emit an unhandled 'error' and end the process. Record it instead; the
      // next statement fails with it and the batch is retried.
      const onError = (err: Error) => {
        failure ??= err;
      };
      client.on('error', onError);
      try {
        return (await writeBatch(client, toBatch(batch))).alertsPending;
      } catch (err) {
        failure = err as Error;
        throw err;
      } finally {
        // A connection that failed mid-transaction is discarded, not returned to the pool.
        client.off('error', onError);
        client.release(failure);
      }
    },
    markDelivered: (ids) => markDelivered(pool, ids),
  };
}
