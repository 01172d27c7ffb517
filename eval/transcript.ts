/** How every evaluation example becomes a `Transcript`: the fields the datasets share. */
import type { Channel, Transcript, Turn } from '../src/domain/types.js';

/** Fixed start time of every evaluation transcript (the data carry no usable one). */
export const EVAL_STARTED_AT = '2026-01-01T00:00:00.000Z';
export const EVAL_TENANT = 'eval';

/** A transcript in the evaluation tenant, in English, with empty metadata. */
export function evalTranscript(interactionId: string, agentId: string, channel: Channel, turns: Turn[]): Transcript {
  return {
    interactionId,
    tenantId: EVAL_TENANT,
    channel,
    agentId,
    language: 'en',
    startedAt: EVAL_STARTED_AT,
    turns,
    metadata: {},
  };
}
