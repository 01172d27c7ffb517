/**
 * Parses one lexicon file (format: `lexicons/README.md`) into entries and their token sequences.
 * Pure: the caller reads the file. Every problem names the file and the line.
 */
import type { LexiconEntry, NegationBehaviour, Speaker } from '../domain/types.js';
import { SPEAKERS } from '../domain/types.js';
import { normalisePhrase } from '../text/tokenize.js';
import { inflections } from './inflect.js';

/** A phrase expands to at most this many token sequences. */
export const MAX_EXPANSIONS = 5000;

/** The wildcard token in a compiled sequence: any one word. */
export const WILDCARD = '*';

export interface ParsedEntry {
  entry: LexiconEntry;
  /** Every token sequence the phrase stands for, already normalised. */
  sequences: string[][];
}

export interface ParsedLexicon {
  name: string;
  entries: ParsedEntry[];
  /**
   * `@match turn-end`: the lexicon's phrases match only where they end on a turn's last word (the
   * `unfinished` lexicon reads nothing else). Such a lexicon is walked over a turn's last words
   * only, not at every word, so frequent words in it ("the", "and") cost nothing elsewhere.
   */
  turnEnd: boolean;
  problems: string[];
}

const NEGATIONS: readonly NegationBehaviour[] = ['cancel', 'flip', 'ignore'];

interface Options {
  negation: NegationBehaviour;
  speaker?: Speaker;
  inflect: boolean;
  tags: string[];
}

/** Split on `|` outside parentheses, so `(a|b)` stays inside the phrase column. */
function splitColumns(line: string): string[] {
  const columns: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of line) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === '|' && depth === 0) {
      columns.push(current.trim());
      current = '';
    } else current += ch;
  }
  columns.push(current.trim());
  return columns;
}

function parseOptions(text: string, base: Options, where: string, problems: string[]): Options {
  const options: Options = { ...base, tags: [...base.tags] };
  for (const option of text.split(/\s+/).filter(Boolean)) {
    const [key, value] = option.split('=', 2);
    if (key === 'negation') {
      if (NEGATIONS.includes(value as NegationBehaviour)) options.negation = value as NegationBehaviour;
      else problems.push(`${where}: unknown option '${option}'; expected negation=${NEGATIONS.join('|')}`);
    } else if (key === 'speaker') {
      if (value === 'any') delete options.speaker;
      else if ((SPEAKERS as readonly string[]).includes(value ?? '')) options.speaker = value as Speaker;
      else problems.push(`${where}: unknown option '${option}'; expected speaker=${SPEAKERS.join('|')}|any`);
    } else if (option === 'inflect') {
      options.inflect = true;
    } else if (value !== undefined) {
      problems.push(`${where}: unknown option '${option}'; expected negation=..., speaker=..., inflect or a plain tag`);
    } else {
      options.tags.push(option);
    }
  }
  return options;
}

type Slot = { kind: 'words'; alternatives: string[][]; optional: boolean };

/** Parse the phrase syntax into slots; each slot is a set of alternative token sequences. */
function parsePhrase(phrase: string, inflect: boolean, where: string, problems: string[]): Slot[] | undefined {
  const slots: Slot[] = [];
  const pattern = /\(([^()]*)\)(\?)?|\S+/g;
  for (const m of phrase.matchAll(pattern)) {
    if (m[1] !== undefined) {
      const alternatives = m[1].split('|').map((alt) => normalisePhrase(alt)).filter((alt) => alt.length > 0);
      if (alternatives.length === 0) {
        problems.push(`${where}: empty group '${m[0]}' in phrase '${phrase}'`);
        return undefined;
      }
      slots.push({ kind: 'words', alternatives, optional: m[2] === '?' });
    } else if (m[0] === WILDCARD) {
      slots.push({ kind: 'words', alternatives: [[WILDCARD]], optional: false });
    } else if (/[()]/.test(m[0])) {
      problems.push(`${where}: unbalanced parenthesis in phrase '${phrase}'`);
      return undefined;
    } else {
      for (const token of normalisePhrase(m[0])) {
        const forms = inflect ? inflections(token) : [token];
        slots.push({ kind: 'words', alternatives: forms.map((f) => [f]), optional: false });
      }
    }
  }
  return slots;
}

function expand(slots: Slot[]): string[][] {
  let sequences: string[][] = [[]];
  for (const slot of slots) {
    const next: string[][] = [];
    for (const seq of sequences) {
      if (slot.optional) next.push(seq);
      for (const alt of slot.alternatives) next.push([...seq, ...alt]);
    }
    sequences = next;
    if (sequences.length > MAX_EXPANSIONS) break;
  }
  return sequences.filter((s) => s.length > 0);
}

/**
 * Parse a lexicon file. `file` is the path shown in problems (e.g. `lexicons/en/empathy.lex`);
 * `name` is the expected `@lexicon` name (the file stem).
 */
export function parseLexicon(text: string, file: string, name: string): ParsedLexicon {
  const problems: string[] = [];
  const entries: ParsedEntry[] = [];
  let declared: string | undefined;
  let turnEnd = false;
  let defaults: Options = { negation: 'cancel', inflect: false, tags: [] };

  text.split(/\r?\n/).forEach((raw, i) => {
    const where = `${file} line ${i + 1}`;
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    if (line.startsWith('@')) {
      const [directive, ...rest] = line.split(/\s+/);
      if (directive === '@lexicon') {
        declared = rest.join(' ');
        if (declared !== name) problems.push(`${where}: @lexicon '${declared}' does not match the file name '${name}'`);
      } else if (directive === '@default') {
        defaults = parseOptions(rest.join(' '), defaults, where, problems);
      } else if (directive === '@match') {
        if (rest.join(' ') === 'turn-end') turnEnd = true;
        else problems.push(`${where}: @match '${rest.join(' ')}' is unknown; expected @match turn-end`);
      } else {
        problems.push(`${where}: unknown directive '${directive}'; expected @lexicon, @default or @match`);
      }
      return;
    }
    const [phrase = '', category = '', weightText, optionsText = '', ...extra] = splitColumns(line);
    if (extra.length > 0) {
      problems.push(`${where}: ${extra.length + 4} columns; expected at most 4 (phrase | category | weight | options)`);
      return;
    }
    if (phrase === '') return void problems.push(`${where}: empty phrase`);
    if (category === '' || /\s/.test(category)) {
      return void problems.push(`${where}: category '${category}' must be one word, e.g. 'apology'`);
    }
    const weight = weightText === undefined || weightText === '' ? 1 : Number(weightText);
    if (!Number.isFinite(weight)) {
      return void problems.push(`${where}: weight '${weightText}' is not a number; expected e.g. 1 or -0.5`);
    }
    const options = parseOptions(optionsText, defaults, where, problems);
    const slots = parsePhrase(phrase, options.inflect, where, problems);
    if (!slots) return;
    const sequences = expand(slots);
    if (sequences.length > MAX_EXPANSIONS) {
      return void problems.push(`${where}: phrase '${phrase}' expands to more than ${MAX_EXPANSIONS} sequences`);
    }
    if (sequences.length === 0 || sequences.every((s) => s.every((t) => t === WILDCARD))) {
      return void problems.push(`${where}: phrase '${phrase}' has no words`);
    }
    const entry: LexiconEntry = {
      phrase,
      lexicon: name,
      category,
      weight,
      negation: options.negation,
      tags: Object.freeze([...options.tags]),
      source: `${file}:${i + 1}`,
    };
    if (options.speaker) entry.speaker = options.speaker;
    entries.push({ entry: Object.freeze(entry), sequences });
  });
  if (declared === undefined) problems.push(`${file}: missing '@lexicon ${name}' line`);
  return { name, entries, turnEnd, problems };
}
