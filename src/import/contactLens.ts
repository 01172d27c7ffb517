/**
 * Import of Amazon Contact Lens analysed-call files (and Transcribe Call Analytics output, which
 * shares the transcript shape) into rapport's input contract. Pure: the caller reads the file.
 *
 * Mapping:
 * - `Participants[].ParticipantId` -> `ParticipantRole` (AGENT, CUSTOMER); Transcribe Call
 *   Analytics puts `ParticipantRole` on each turn instead.
 * - `Transcript[]` -> turns: `Content` -> text, `BeginOffsetMillis`/`EndOffsetMillis` -> startMs/endMs.
 * - `Channel` (VOICE, CHAT) -> channel; `LanguageCode` -> language.
 * - The file carries no contact id, agent, tenant or start time: they come from the caller.
 */

/** What the file does not say, given by the caller (CLI flags). */
export interface ContactLensContext {
  interactionId: string;
  tenantId: string;
  agentId: string;
  startedAt: string;
}

const ROLES: Record<string, string> = { AGENT: 'agent', CUSTOMER: 'customer', SUPERVISOR: 'agent', BOT: 'bot', SYSTEM: 'system' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Map a parsed Contact Lens document to a transcript-shaped object for the validator, or explain
 * why it is not a Contact Lens file.
 */
export function fromContactLens(doc: unknown, context: ContactLensContext): { ok: true; value: Record<string, unknown> } | { ok: false; reason: string } {
  if (!isRecord(doc)) return { ok: false, reason: 'expected a Contact Lens JSON object' };
  if (!Array.isArray(doc.Transcript)) return { ok: false, reason: "expected a 'Transcript' array (Contact Lens or Transcribe Call Analytics output)" };
  const roleById = new Map<string, string>();
  if (Array.isArray(doc.Participants)) {
    for (const p of doc.Participants) {
      if (isRecord(p) && typeof p.ParticipantId === 'string' && typeof p.ParticipantRole === 'string') {
        roleById.set(p.ParticipantId, p.ParticipantRole);
      }
    }
  }
  const turns: Record<string, unknown>[] = [];
  for (const [i, item] of doc.Transcript.entries()) {
    if (!isRecord(item)) return { ok: false, reason: `Transcript[${i}] is not an object` };
    const role = typeof item.ParticipantRole === 'string' ? item.ParticipantRole : roleById.get(String(item.ParticipantId));
    const speaker = role === undefined ? undefined : ROLES[role.toUpperCase()];
    if (speaker === undefined) {
      return { ok: false, reason: `Transcript[${i}]: participant '${String(item.ParticipantId ?? role)}' has no known role; expected AGENT or CUSTOMER` };
    }
    const turn: Record<string, unknown> = { speaker, text: item.Content };
    if (typeof item.BeginOffsetMillis === 'number') turn.startMs = item.BeginOffsetMillis;
    if (typeof item.EndOffsetMillis === 'number') turn.endMs = item.EndOffsetMillis;
    turns.push(turn);
  }
  const channel = typeof doc.Channel === 'string' ? doc.Channel.toLowerCase() : 'voice';
  const language = typeof doc.LanguageCode === 'string' ? doc.LanguageCode : 'en';
  return {
    ok: true,
    value: { ...context, channel, language, turns, metadata: { source: 'contact-lens' } },
  };
}
