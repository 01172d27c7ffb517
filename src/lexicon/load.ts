/**
 * Reads the lexicon folders from disk (the I/O edge of the lexicon stage), parses and compiles them
 * once. Every problem in every file is reported together, each with its file and line.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LexiconSet } from '../domain/types.js';
import { LexiconError } from '../domain/errors.js';
import { parseLexicon, type ParsedLexicon } from './parse.js';
import { compileLexiconSet } from './compile.js';
import { compileBrandNames, withBrandNames } from './brandNames.js';
import { englishWords, loadEnglishWordRanks } from '../text/dictionary.js';

/** `lexicons/` of this package; code runs from `src/lexicon` (tsx) or `dist/lexicon` (built). */
export const DEFAULT_LEXICON_DIR = fileURLToPath(new URL('../../lexicons/', import.meta.url));

export interface LoadOptions {
  /** The deployment's brand names (`RAPPORT_BRAND_NAMES`), masked in every turn's tokens (`brandNames.ts`). */
  brandNames?: readonly string[];
}

/**
 * Load every language folder under `dir` (each with `*.lex` files and a `VERSION` file).
 * Throws LexiconError listing every problem found.
 */
export function loadLexiconSets(dir: string = DEFAULT_LEXICON_DIR, options: LoadOptions = {}): Map<string, LexiconSet> {
  const brandNames = compileBrandNames(options.brandNames ?? []);
  const problems: string[] = [...brandNames.problems];
  const sets = new Map<string, LexiconSet>();
  if (!existsSync(dir)) throw new LexiconError([`${dir}: lexicon folder not found`]);
  const shown = (path: string) => relative(process.cwd(), path) || path;
  for (const language of readdirSync(dir).sort()) {
    const folder = join(dir, language);
    if (!statSync(folder).isDirectory()) continue;
    const versionFile = join(folder, 'VERSION');
    const version = existsSync(versionFile) ? readFileSync(versionFile, 'utf8').trim() : '';
    if (!/^[0-9A-Za-z.+-]+$/.test(version)) {
      problems.push(`${shown(versionFile)}: missing or invalid VERSION; expected one line such as 2026.11.1`);
    }
    const parsed: ParsedLexicon[] = [];
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.lex')).sort()) {
      const path = join(folder, file);
      const lexicon = parseLexicon(readFileSync(path, 'utf8'), shown(path), file.slice(0, -'.lex'.length));
      problems.push(...lexicon.problems);
      parsed.push(lexicon);
    }
    // English has a dictionary of how common its words are; another language ranks its lexicons'
    // words alone. The hashtag splitter's words are read here too, at start-up, not on a live turn.
    let dictionary: ReadonlyMap<string, number> | undefined;
    if (language === 'en') {
      dictionary = loadEnglishWordRanks();
      englishWords();
    }
    sets.set(language, withBrandNames(compileLexiconSet(language, version, parsed, dictionary), brandNames));
  }
  if (problems.length > 0) throw new LexiconError(problems);
  return sets;
}

/** The lexicons for a BCP-47 tag: exact match first, then the primary language ("en-GB" -> "en"). */
export function lexiconsFor(sets: ReadonlyMap<string, LexiconSet>, language: string): LexiconSet | undefined {
  const tag = language.toLowerCase();
  return sets.get(tag) ?? sets.get(tag.split('-')[0]);
}
