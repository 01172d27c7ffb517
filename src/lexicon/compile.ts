/**
 * Compiles parsed lexicons of one language into a single token trie. Matching a turn is one walk
 * per token position, whatever the number of lexicons or entries.
 */
import type { LexiconEntry, LexiconMatch, LexiconSet, Speaker, Token } from '../domain/types.js';
import { WILDCARD, type ParsedLexicon } from './parse.js';

interface TrieNode {
  children: Map<string, TrieNode>;
  wildcard: TrieNode | undefined;
  /** Entries whose sequence ends here. */
  ends: LexiconEntry[];
}

const node = (): TrieNode => ({ children: new Map(), wildcard: undefined, ends: [] });

function insert(root: TrieNode, sequence: readonly string[], entry: LexiconEntry): void {
  let at = root;
  for (const token of sequence) {
    if (token === WILDCARD) {
      at.wildcard ??= node();
      at = at.wildcard;
    } else {
      let next = at.children.get(token);
      if (!next) at.children.set(token, (next = node()));
      at = next;
    }
  }
  if (!at.ends.includes(entry)) at.ends.push(entry);
}

/** Negators that, right after a phrase, negate it: "I can not", "I will never". */
const TRAILING_NEGATORS = new Set(['not', 'never']);

/** Collect every (entry, last index) reachable from `first`. */
function walk(root: TrieNode, tokens: readonly Token[], first: number, speaker: Speaker, out: LexiconMatch[]): void {
  const scoped = tokens[first].negated;
  const visit = (at: TrieNode, i: number): void => {
    for (const entry of at.ends) {
      if (entry.speaker === undefined || entry.speaker === speaker) {
        const negated = scoped || (i < tokens.length && TRAILING_NEGATORS.has(tokens[i].norm));
        out.push({ entry, first, last: i - 1, negated });
      }
    }
    if (i >= tokens.length) return;
    const token = tokens[i];
    if (token.punct) return;
    const next = at.children.get(token.norm);
    if (next) visit(next, i + 1);
    if (at.wildcard) visit(at.wildcard, i + 1);
  };
  visit(root, first);
}

/**
 * Within one lexicon, keep the leftmost-longest matches that do not overlap, so "I'm so sorry"
 * counts once, not also as "sorry". Matches of different lexicons may overlap.
 */
function selectNonOverlapping(matches: LexiconMatch[]): LexiconMatch[] {
  matches.sort((a, b) =>
    a.entry.lexicon < b.entry.lexicon ? -1 : a.entry.lexicon > b.entry.lexicon ? 1 : a.first - b.first || b.last - a.last,
  );
  const kept: LexiconMatch[] = [];
  let lexicon = '';
  let coveredUntil = -1;
  for (const m of matches) {
    if (m.entry.lexicon !== lexicon) {
      lexicon = m.entry.lexicon;
      coveredUntil = -1;
    }
    if (m.first > coveredUntil) {
      kept.push(m);
      coveredUntil = m.last;
    }
  }
  return kept;
}

/** Build the language's LexiconSet from its parsed files. Problems must have been checked already. */
export function compileLexiconSet(language: string, version: string, lexicons: readonly ParsedLexicon[]): LexiconSet {
  const root = node();
  const entries: LexiconEntry[] = [];
  for (const lexicon of lexicons) {
    for (const { entry, sequences } of lexicon.entries) {
      entries.push(entry);
      for (const sequence of sequences) insert(root, sequence, entry);
    }
  }
  const names = Object.freeze(lexicons.map((l) => l.name).sort());
  return Object.freeze({
    language,
    version: `${language}-${version}`,
    names,
    entries: Object.freeze(entries),
    match(tokens: readonly Token[], speaker: Speaker): LexiconMatch[] {
      const found: LexiconMatch[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (token.punct) continue;
        if (!root.children.has(token.norm) && !root.wildcard) continue;
        walk(root, tokens, i, speaker, found);
      }
      return found.length > 1 ? selectNonOverlapping(found) : found;
    },
  });
}
