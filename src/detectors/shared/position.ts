/**
 * Where a lexicon match sits in its turn, for the positional tags the detectors read (`initial`,
 * `clause-initial`, `clause-final`, `question`). Sentences and punctuation come from the tokenizer.
 */
import type { LexiconMatch, Token } from '../../domain/types.js';

/** Punctuation that separates clauses inside a sentence. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', ';', ':']);

/** True when token `i` is the first word of its sentence (leading clause punctuation aside). */
export function opensSentence(tokens: readonly Token[], i: number): boolean {
  const sentence = tokens[i].sentence;
  for (let j = i - 1; j >= 0; j--) {
    if (tokens[j].sentence !== sentence) return true;
    if (!tokens[j].punct || !CLAUSE_BREAKS.has(tokens[j].norm)) return false;
  }
  return true;
}

/** True when token `i` opens its sentence or follows a comma, semicolon or colon. */
export function opensClause(tokens: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  const previous = tokens[i - 1];
  return previous.sentence !== tokens[i].sentence || (previous.punct && CLAUSE_BREAKS.has(previous.norm));
}

/** True when token `i` is the turn's last or punctuation follows it. */
export function closesClause(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next === undefined || next.punct;
}

/** True when the sentence of token `i` ends with a question mark. */
export function inQuestion(tokens: readonly Token[], i: number): boolean {
  const sentence = tokens[i].sentence;
  for (let j = i + 1; j < tokens.length && tokens[j].sentence === sentence; j++) {
    if (tokens[j].norm === '?') return true;
  }
  return false;
}

/**
 * Whether a match's positional tags hold where it was found: `initial` opens its sentence,
 * `clause-initial` its clause, `clause-final` closes its clause, and `question` sits in a sentence
 * that ends with "?". A match without these tags holds anywhere. Every detector that reads these
 * tags reads them through this, so a tag means the same in each lexicon that has them (the list is
 * in `lexicons/README.md`).
 */
export function positionHolds(match: LexiconMatch, tokens: readonly Token[]): boolean {
  const tags = match.entry.tags;
  if (tags.length === 0) return true;
  if (tags.includes('initial') && !opensSentence(tokens, match.first)) return false;
  if (tags.includes('clause-initial') && !opensClause(tokens, match.first)) return false;
  if (tags.includes('clause-final') && !closesClause(tokens, match.last)) return false;
  if (tags.includes('question') && !inQuestion(tokens, match.first)) return false;
  return true;
}

/** Punctuation that ends a sentence. */
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?']);

/** True when token `i` is a period of an ellipsis typed as periods ("great... not"): a pause, not a sentence's end. */
function inEllipsis(tokens: readonly Token[], i: number): boolean {
  return tokens[i].norm === '.' && (tokens[i - 1]?.norm === '.' || tokens[i + 1]?.norm === '.');
}

/** True when token `i` ends a sentence: a ".", "!" or "?" that is no period of an ellipsis. */
function endsSentence(tokens: readonly Token[], i: number): boolean {
  return tokens[i].punct && SENTENCE_ENDS.has(tokens[i].norm) && !inEllipsis(tokens, i);
}

/**
 * The first token of the clause that holds token `i`: the token after the nearest clause break
 * (, ; :) or sentence end before it, an ellipsis typed as periods being a pause inside the clause.
 */
export function clauseStart(tokens: readonly Token[], i: number): number {
  let start = i;
  while (start > 0 && !(tokens[start - 1].punct && CLAUSE_BREAKS.has(tokens[start - 1].norm)) && !endsSentence(tokens, start - 1)) start--;
  return start;
}

/** The first token of the sentence that holds token `i`, an ellipsis typed as periods being a pause inside it. */
export function sentenceStart(tokens: readonly Token[], i: number): number {
  let start = i;
  while (start > 0 && !endsSentence(tokens, start - 1)) start--;
  return start;
}

