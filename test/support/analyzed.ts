/**
 * Test helpers: build transcripts and analyzed turns from short specs, with the frozen fixture
 * lexicons in `test/fixtures/lexicons/` (not the shipped ones, so detector tables do not drift when
 * a production lexicon changes).
 */
import { fileURLToPath } from 'node:url';
import type { DetectorInput, LexiconSet, Speaker, Transcript, Turn } from '../../src/domain/types.js';
import { loadLexiconSets } from '../../src/lexicon/load.js';
import { prepareTurns } from '../../src/analyze/prepare.js';

export const FIXTURE_LEXICON_DIR = fileURLToPath(new URL('../fixtures/lexicons/', import.meta.url));

let fixtures: Map<string, LexiconSet> | undefined;
/** The frozen fixture lexicons (English). */
export function fixtureLexicons(): LexiconSet {
  fixtures ??= loadLexiconSets(FIXTURE_LEXICON_DIR);
  const en = fixtures.get('en');
  if (!en) throw new Error('fixture lexicons for en are missing');
  return en;
}

/** A turn spec: [speaker, text] or [speaker, text, startMs, endMs]. */
export type TurnSpec = [Speaker, string] | [Speaker, string, number, number];

export function transcriptOf(turns: TurnSpec[], overrides: Partial<Transcript> = {}): Transcript {
  return {
    interactionId: 'i-1',
    tenantId: 't-1',
    channel: turns.some((t) => t.length === 4) ? 'voice' : 'chat',
    agentId: 'a-1',
    language: 'en',
    startedAt: '2026-10-02T14:03:00.000Z',
    metadata: {},
    ...overrides,
    turns: turns.map(([speaker, text, startMs, endMs]): Turn =>
      startMs === undefined ? { speaker, text } : { speaker, text, startMs, endMs },
    ),
  };
}

/**
 * The detector input for turn specs, with the fixture lexicons; pass `null` for none (a language
 * without lexicons).
 */
export function inputOf(turns: TurnSpec[], overrides: Partial<Transcript> = {}, lexicons: LexiconSet | null = fixtureLexicons()): DetectorInput {
  const transcript = transcriptOf(turns, overrides);
  const set = lexicons ?? undefined;
  return { transcript, turns: prepareTurns(transcript, set), lexicons: set };
}
