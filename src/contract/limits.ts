/**
 * Size limits of the input contract. A message over a limit goes to the dead letters with a reason
 * that names the limit; nothing is truncated silently.
 */
export const LIMITS = Object.freeze({
  /** Bytes of one Kafka message. A two-hour call is about 150 KB of JSON. */
  maxMessageBytes: 4 * 1024 * 1024,
  /** Turns per transcript: a long chat has a few hundred; 5,000 leaves room for word-level feeds. */
  maxTurns: 5_000,
  /** Characters of one turn: about 40 minutes of uninterrupted speech. */
  maxTurnChars: 20_000,
  /** Characters of all turns together. */
  maxTotalChars: 1_000_000,
  /** Characters of an id (interactionId, tenantId, agentId...). */
  maxIdChars: 200,
  /** Metadata entries, and characters of each key and value. */
  maxMetadataEntries: 100,
  maxMetadataChars: 1_000,
  /** Offsets: 48 hours in milliseconds. */
  maxOffsetMs: 48 * 3600 * 1000,
});
