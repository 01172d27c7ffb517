/**
 * A deployment's brand names (`RAPPORT_BRAND_NAMES`): the company, its brands and products, whose
 * words are names, not language ("Spirit", "Best Buy", "Good Energy", "Hello Fresh"). A general
 * lexicon reads them as words: "Spirit was late again" is lifted by "spirit", and "Thank you for
 * calling Good Energy" praises. A brand name is not language, so its words become one token with an
 * empty normal form, which no lexicon entry and no sentiment word has: the name still stands where
 * it was said (the turn still ends on a word in "a customer of Good Energy", and a phrase does not
 * run across it), but it means nothing.
 *
 * Names are matched on the same normalised words as lexicon phrases, so case is ignored and a
 * possessive keeps its "'s" ("Spirit's fees" leaves "'s fees"). A name that is also a common word
 * ("Three", "Sky") hides that word in every transcript of the deployment; list it only if the
 * company's name is the likelier reading, or list it with the word that follows it ("Three
 * Mobile").
 */
import { createHash } from 'node:crypto';
import type { LexiconSet, Token } from '../domain/types.js';
import { normalisePhrase } from '../text/tokenize.js';

/** The names' word sequences by first word, longest first. */
type NameIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

export interface CompiledBrandNames {
  index: NameIndex;
  /** Names with no word in them ("&", "!!"), each quoted. */
  problems: string[];
  /** A short digest of the names' words, added to the lexicon version (the output depends on them). */
  digest: string;
}

/** Compile the names: each is normalised as a lexicon phrase is. */
export function compileBrandNames(names: readonly string[]): CompiledBrandNames {
  const index = new Map<string, string[][]>();
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    const words = normalisePhrase(name);
    if (words.length === 0) {
      problems.push(`brand name '${name}' (RAPPORT_BRAND_NAMES, --brand-names) has no word in it`);
      continue;
    }
    const key = words.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    let list = index.get(words[0]);
    if (!list) index.set(words[0], (list = []));
    list.push(words);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  const digest = createHash('sha256').update([...seen].sort().join('\n')).digest('hex').slice(0, 8);
  return { index, problems, digest };
}

/** The length of the name that starts at token `i`, or 0 when none does (punctuation breaks a name). */
function nameAt(tokens: readonly Token[], i: number, index: NameIndex): number {
  const candidates = index.get(tokens[i].norm);
  if (!candidates || tokens[i].punct) return 0;
  for (const words of candidates) {
    if (i + words.length > tokens.length) continue;
    let k = 1;
    while (k < words.length && !tokens[i + k].punct && tokens[i + k].norm === words[k]) k++;
    if (k === words.length) return k;
  }
  return 0;
}

/** The normal form of a brand name's token: empty, so that no lexicon entry or sentiment word matches it. */
export const BRAND_NAME_NORM = '';

/** The turn's tokens with each name's words made one token of no meaning; the same array when no name occurs. */
export function maskBrandNames(tokens: Token[], index: NameIndex): Token[] {
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const length = nameAt(tokens, i, index);
    if (length > 0) {
      out ??= tokens.slice(0, i);
      const [first, last] = [tokens[i], tokens[i + length - 1]];
      out.push({ norm: BRAND_NAME_NORM, start: first.start, end: last.end, sentence: first.sentence, negated: first.negated, negator: false, punct: false });
      i += length - 1;
    } else if (out) out.push(tokens[i]);
  }
  return out ?? tokens;
}

/**
 * The lexicon set with the deployment's brand names: the same matches, a version that names the
 * brand list (`en-2026.12.50+brands.1a2b3c4d`), and `maskBrandNames` for the turn's tokens.
 */
export function withBrandNames(set: LexiconSet, compiled: CompiledBrandNames): LexiconSet {
  if (compiled.index.size === 0) return set;
  return Object.freeze({
    ...set,
    version: `${set.version}+brands.${compiled.digest}`,
    maskBrandNames: (tokens: Token[]) => maskBrandNames(tokens, compiled.index),
  });
}
