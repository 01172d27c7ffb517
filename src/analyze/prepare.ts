/**
 * Tokenize every turn once and find every lexicon match and emoticon once; all detectors share the
 * result.
 * Pure, and independent of the detector list (so detector tests can use it alone).
 */
import type { AnalyzedTurn, LexiconMatch, LexiconSet, Transcript } from '../domain/types.js';
import { findEmoticons } from '../text/emoticons.js';
import { countWords, isQuestion, tokenize } from '../text/tokenize.js';

const NO_MATCHES: ReadonlyMap<string, readonly LexiconMatch[]> = new Map();

export function prepareTurns(transcript: Transcript, lexicons: LexiconSet | undefined): AnalyzedTurn[] {
  // Chat spellings ("u") are read only in written channels: in a call "U" is a letter being spelled.
  const written = transcript.channel !== 'voice';
  const wordRank = lexicons?.wordRank;
  return transcript.turns.map((turn, index) => {
    const words = tokenize(turn.text, { written, wordRank });
    // A brand name ("Spirit", "Good Energy") becomes one token that matches nothing; its words still count as said.
    const tokens = lexicons?.maskBrandNames?.(words) ?? words;
    let matches = NO_MATCHES;
    if (lexicons) {
      const byLexicon = new Map<string, LexiconMatch[]>();
      for (const m of lexicons.match(tokens, turn.speaker)) {
        let list = byLexicon.get(m.entry.lexicon);
        if (!list) byLexicon.set(m.entry.lexicon, (list = []));
        list.push(m);
      }
      matches = byLexicon;
    }
    const analyzed: AnalyzedTurn = {
      index,
      speaker: turn.speaker,
      text: turn.text,
      tokens,
      wordCount: countWords(words),
      isQuestion: isQuestion(tokens),
      matches,
      emoticons: findEmoticons(turn.text, tokens),
    };
    if (turn.startMs !== undefined) analyzed.startMs = turn.startMs;
    if (turn.endMs !== undefined) analyzed.endMs = turn.endMs;
    return analyzed;
  });
}

