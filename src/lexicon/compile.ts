/**
 * Compiles parsed lexicons of one language into a single token trie. Matching a turn is one walk
 * per token position, whatever the number of lexicons or entries.
 *
 * Most nodes end a phrase and lead nowhere, so a node gets its map of children and its list of
 * entries only when it has some (the English set held 91 MB with an empty map and list in every
 * node, 59 MB without). The walk is a plain recursive function over one `Walk` record per turn, not
 * a closure made at every token position.
 */
import type { LexiconEntry, LexiconMatch, LexiconSet, Speaker, Token } from '../domain/types.js';
import { WILDCARD, type ParsedLexicon } from './parse.js';
import { lastWordIndex } from '../text/tokenize.js';

interface TrieNode {
  /** Next nodes by word; undefined when no phrase goes on with a word here. */
  children: Map<string, TrieNode> | undefined;
  wildcard: TrieNode | undefined;
  /** Entries whose sequence ends here; undefined when none does. */
  ends: LexiconEntry[] | undefined;
}

const node = (): TrieNode => ({ children: undefined, wildcard: undefined, ends: undefined });

function insert(root: TrieNode, sequence: readonly string[], entry: LexiconEntry): void {
  let at = root;
  for (const token of sequence) {
    if (token === WILDCARD) {
      at.wildcard ??= node();
      at = at.wildcard;
    } else {
      at.children ??= new Map();
      let next = at.children.get(token);
      if (!next) at.children.set(token, (next = node()));
      at = next;
    }
  }
  at.ends ??= [];
  if (!at.ends.includes(entry)) at.ends.push(entry);
}

/** Negators that, right after a phrase, negate it: "I can not", "I will never". */
const TRAILING_NEGATORS = new Set(['not', 'never']);

/** One walk: where it started, and what every step reads. */
interface Walk {
  tokens: readonly Token[];
  speaker: Speaker;
  first: number;
  /** The first token lies in a negation scope. */
  scoped: boolean;
  out: LexiconMatch[];
}

/** Collect every (entry, last index) reachable from node `at`, which the walk reached at token `i`. */
function visit(walk: Walk, at: TrieNode, i: number): void {
  const { tokens } = walk;
  if (at.ends !== undefined) {
    for (const entry of at.ends) {
      if (entry.speaker === undefined || entry.speaker === walk.speaker) {
        const negated = walk.scoped || (i < tokens.length && TRAILING_NEGATORS.has(tokens[i].norm));
        walk.out.push({ entry, first: walk.first, last: i - 1, negated });
      }
    }
  }
  if (i >= tokens.length || tokens[i].punct) return;
  const next = at.children?.get(tokens[i].norm);
  if (next) visit(walk, next, i + 1);
  if (at.wildcard) visit(walk, at.wildcard, i + 1);
}

/**
 * Within one lexicon, keep the leftmost-longest matches that do not overlap, so "I'm so sorry"
 * counts once, not also as "sorry". Matches of different lexicons may overlap.
 * `matches` come in the order of their first token (the walks start left to right), so the kept
 * ones are found lexicon by lexicon (`lexicons`: every lexicon name once, in sorted order) in one
 * pass each, without sorting: at each start the longest match is kept (the earliest found, of
 * equally long ones), unless an earlier kept match covers that start. The result is ordered by
 * lexicon, then by start.
 */
function selectNonOverlapping(matches: readonly LexiconMatch[], lexicons: readonly string[]): LexiconMatch[] {
  const kept: LexiconMatch[] = [];
  for (const lexicon of lexicons) {
    let coveredUntil = -1;
    let longest: LexiconMatch | undefined; // the longest match so far at the start being read
    for (const m of matches) {
      if (m.entry.lexicon !== lexicon) continue;
      if (longest !== undefined && m.first === longest.first) {
        if (m.last > longest.last) longest = m;
        continue;
      }
      if (longest !== undefined) {
        kept.push(longest);
        coveredUntil = longest.last;
      }
      longest = m.first > coveredUntil ? m : undefined;
    }
    if (longest !== undefined) kept.push(longest);
  }
  return kept;
}

/** The `@match turn-end` lexicons of a set: their own trie, and what a walk of it needs to know. */
interface TurnEndTrie {
  root: TrieNode;
  /** Words in the longest phrase: the walk starts at most this many words before the last. */
  length: number;
  /** Every word a phrase ends on; undefined when one ends on the wildcard (any word). */
  lastWords: Set<string> | undefined;
}

/**
 * The matches of the `@match turn-end` lexicons that end on the turn's last word, pushed to
 * `walk.out` in the order of their first token, after the main trie's. Most turns end on a word
 * no such phrase ends on, and are not walked at all.
 */
function matchTurnEnd(walk: Walk, trie: TurnEndTrie): void {
  const { tokens } = walk;
  const last = lastWordIndex(tokens);
  if (last < 0 || (trie.lastWords !== undefined && !trie.lastWords.has(tokens[last].norm))) return;
  const out = walk.out;
  const found: LexiconMatch[] = [];
  walk.out = found;
  for (let i = Math.max(0, last - trie.length + 1); i <= last; i++) {
    if (tokens[i].punct) continue;
    walk.first = i;
    walk.scoped = tokens[i].negated;
    visit(walk, trie.root, i);
  }
  walk.out = out;
  for (const m of found) if (m.last === last) out.push(m);
}

/**
 * Build the language's LexiconSet from its parsed files. Problems must have been checked already.
 * `dictionary` ranks the language's words by how common they are (`LexiconSet.wordRank`).
 */
export function compileLexiconSet(
  language: string,
  version: string,
  lexicons: readonly ParsedLexicon[],
  dictionary: ReadonlyMap<string, number> = new Map(),
): LexiconSet {
  const root = node();
  const words = new Set<string>();
  const turnEnd: TurnEndTrie = { root: node(), length: 0, lastWords: new Set() };
  const entries: LexiconEntry[] = [];
  for (const lexicon of lexicons) {
    for (const { entry, sequences } of lexicon.entries) {
      entries.push(entry);
      for (const sequence of sequences) {
        for (const word of sequence) if (word !== WILDCARD) words.add(word);
        insert(lexicon.turnEnd ? turnEnd.root : root, sequence, entry);
        if (!lexicon.turnEnd) continue;
        turnEnd.length = Math.max(turnEnd.length, sequence.length);
        const lastWord = sequence[sequence.length - 1];
        if (lastWord === WILDCARD) turnEnd.lastWords = undefined;
        else turnEnd.lastWords?.add(lastWord);
      }
    }
  }
  const names = Object.freeze(lexicons.map((l) => l.name).sort());
  const entryLexicons = [...new Set(entries.map((e) => e.lexicon))].sort();
  return Object.freeze({
    language,
    version: `${language}-${version}`,
    names,
    entries: Object.freeze(entries),
    match(tokens: readonly Token[], speaker: Speaker): LexiconMatch[] {
      const found: LexiconMatch[] = [];
      const walk: Walk = { tokens, speaker, first: 0, scoped: false, out: found };
      for (let i = 0; i < tokens.length; i++) {
        if (tokens[i].punct) continue;
        walk.first = i;
        walk.scoped = tokens[i].negated;
        visit(walk, root, i);
      }
      if (turnEnd.length > 0) matchTurnEnd(walk, turnEnd);
      return found.length > 1 ? selectNonOverlapping(found, entryLexicons) : found;
    },
    wordRank(word: string): number | undefined {
      return words.has(word) ? 0 : dictionary.get(word);
    },
  });
}
