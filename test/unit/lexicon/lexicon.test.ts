import { describe, expect, it, onTestFinished } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseLexicon } from '../../../src/lexicon/parse.js';
import { compileLexiconSet } from '../../../src/lexicon/compile.js';
import { DEFAULT_LEXICON_DIR, lexiconsFor, loadLexiconSets } from '../../../src/lexicon/load.js';
import { LexiconError } from '../../../src/domain/errors.js';
import { tokenize } from '../../../src/text/tokenize.js';
import type { Speaker } from '../../../src/domain/types.js';

function compile(files: Record<string, string>) {
  const parsed = Object.entries(files).map(([name, text]) => parseLexicon(text, `${name}.lex`, name));
  const problems = parsed.flatMap((p) => p.problems);
  expect(problems).toEqual([]);
  return compileLexiconSet('en', '1', parsed);
}

function found(set: ReturnType<typeof compile>, text: string, speaker: Speaker = 'agent') {
  const tokens = tokenize(text);
  return set.match(tokens, speaker).map((m) => ({
    lexicon: m.entry.lexicon,
    category: m.entry.category,
    words: text.slice(tokens[m.first].start, tokens[m.last].end),
    negated: m.negated,
  }));
}

describe('lexicon parser', () => {
  it.each([
    ['hello | greeting | high', "x.lex line 2: weight 'high' is not a number; expected e.g. 1 or -0.5"],
    ['hello | greeting | 1 | negation=maybe', "x.lex line 2: unknown option 'negation=maybe'; expected negation=cancel|flip|ignore"],
    ['hello | greeting | 1 | speaker=manager', "x.lex line 2: unknown option 'speaker=manager'; expected speaker=agent|customer|bot|system|any"],
    ['hello | two words', "x.lex line 2: category 'two words' must be one word, e.g. 'apology'"],
    ['hello', "x.lex line 2: category '' must be one word, e.g. 'apology'"],
    ['(a|b c | x', "x.lex line 2: category '' must be one word, e.g. 'apology'"],
    ['() | x', "x.lex line 2: empty group '()' in phrase '()'"],
    ['* | x', "x.lex line 2: phrase '*' has no words"],
    ['(a|b|c|d|e|f|g|h) (a|b|c|d|e|f|g|h) (a|b|c|d|e|f|g|h) (a|b|c|d|e|f|g|h) (a|b|c|d|e|f|g|h) | x', "x.lex line 2: phrase '(a|b|c|d|e|f|g|h) (a|b|c|d|e|f|g|h) (a|b|c|d|e|f|g|h) (a|b|c|d|e|f|g|h) (a|b|c|d|e|f|g|h)' expands to more than 5000 sequences"],
    ['a | b | 1 | tag | extra', 'x.lex line 2: 5 columns; expected at most 4 (phrase | category | weight | options)'],
    ['@version 2', "x.lex line 2: unknown directive '@version'; expected @lexicon, @default or @match"],
    ['@match start', "x.lex line 2: @match 'start' is unknown; expected @match turn-end"],
    ['@match', "x.lex line 2: @match '' is unknown; expected @match turn-end"],
  ])('reports %j with file and line', (line, message) => {
    const { problems } = parseLexicon(`@lexicon x\n${line}\n`, 'x.lex', 'x');
    expect(problems).toEqual([message]);
  });

  it('requires the @lexicon line to match the file name', () => {
    expect(parseLexicon('@lexicon y\n', 'x.lex', 'x').problems).toEqual([
      "x.lex line 1: @lexicon 'y' does not match the file name 'x'",
    ]);
    expect(parseLexicon('hi | g\n', 'x.lex', 'x').problems).toEqual(["x.lex: missing '@lexicon x' line"]);
  });

  it('applies @default and free tags', () => {
    const { entries } = parseLexicon('@lexicon x\n@default speaker=agent negation=flip\nsorry | apology | 0.5 | scripted\n', 'x.lex', 'x');
    expect(entries[0].entry).toMatchObject({ speaker: 'agent', negation: 'flip', weight: 0.5, tags: ['scripted'], source: 'x.lex:3' });
  });
});

describe('compiled matcher', () => {
  const set = compile({
    empathy: [
      '@lexicon empathy',
      '@default speaker=agent',
      'i understand | interpretation',
      '(so|really)? sorry (to hear|about that) | apology',
      'sorry | apology | 0.5 | scripted',
      'i will * you back | promise',
      'apologize | apology | 1 | inflect',
    ].join('\n'),
    positive: '@lexicon positive\nno problem | positive | 1 | negation=ignore\ni can | positive\n',
  });

  it.each([
    ['I understand.', [{ lexicon: 'empathy', category: 'interpretation', words: 'I understand', negated: false }]],
    ["I don't understand", []],
    ["I don't think I understand", [{ lexicon: 'empathy', category: 'interpretation', words: 'I understand', negated: true }]],
    ["I'm so sorry to hear", [{ lexicon: 'empathy', category: 'apology', words: 'so sorry to hear', negated: false }]],
    ['Sorry, sorry about that', [
      { lexicon: 'empathy', category: 'apology', words: 'Sorry', negated: false },
      { lexicon: 'empathy', category: 'apology', words: 'sorry about that', negated: false },
    ]],
    ['I will call you back', [{ lexicon: 'empathy', category: 'promise', words: 'I will call you back', negated: false }]],
    ["I'll ring you back", [{ lexicon: 'empathy', category: 'promise', words: "I'll ring you back", negated: false }]],
    ['We apologized', [{ lexicon: 'empathy', category: 'apology', words: 'apologized', negated: false }]],
    ['No problem, I cannot', [
      { lexicon: 'positive', category: 'positive', words: 'No problem', negated: false },
      { lexicon: 'positive', category: 'positive', words: 'I cannot', negated: true },
    ]],
    ['I can. I understand', [
      { lexicon: 'empathy', category: 'interpretation', words: 'I understand', negated: false },
      { lexicon: 'positive', category: 'positive', words: 'I can', negated: false },
    ]],
  ])('finds the matches in %j', (text, expected) => {
    expect(found(set, text)).toEqual(expected);
  });

  it('filters by speaker', () => {
    expect(found(set, 'I understand', 'customer')).toEqual([]);
    expect(found(set, 'I can', 'customer')).toHaveLength(1);
  });

  it('does not match across punctuation', () => {
    expect(found(set, 'I, understand')).toEqual([]);
  });
});

describe('word ranks (LexiconSet.wordRank)', () => {
  const parsed = [parseLexicon('@lexicon x\noof | a\nmy * bag | b\n', 'x.lex', 'x')];

  it("ranks the lexicons' own words first, then the dictionary's; never the wildcard", () => {
    const set = compileLexiconSet('en', '1', parsed, new Map([['of', 1], ['oof', 6], ['rough', 3]]));
    expect(['oof', 'my', 'bag', 'of', 'rough', 'nope', '*'].map((w) => set.wordRank(w))).toEqual([0, 0, 0, 1, 3, undefined, undefined]);
  });

  it('knows only the lexicons\' words without a dictionary', () => {
    const set = compileLexiconSet('fr', '1', parsed);
    expect(['oof', 'of'].map((w) => set.wordRank(w))).toEqual([0, undefined]);
  });

  it('loads the English dictionary for the en folder', () => {
    const en = loadLexiconSets(DEFAULT_LEXICON_DIR).get('en')!;
    expect(en.wordRank('sorry')).toBe(0); // a lexicon word
    expect(en.wordRank('table')).toBe(1); // SCOWL's most common level
    expect(en.wordRank('zqxv')).toBeUndefined();
  });
});

describe('a lexicon that matches at the turn end (@match turn-end)', () => {
  const set = () =>
    compile({
      tail: '@lexicon tail\n@match turn-end\n(the|and) | open | 1\nso do i | closed | 0\ni | open | 1\n',
      word: '@lexicon word\nthe | any | 1\n',
    });

  it.each<[string, Array<{ lexicon: string; category: string; words: string }>]>([
    ['and the money and the', [{ lexicon: 'tail', category: 'open', words: 'the' }, { lexicon: 'word', category: 'any', words: 'the' }, { lexicon: 'word', category: 'any', words: 'the' }]],
    ['and the money', [{ lexicon: 'word', category: 'any', words: 'the' }]],
    ['I paid, and,', [{ lexicon: 'tail', category: 'open', words: 'and' }]],
    ['So do I.', [{ lexicon: 'tail', category: 'closed', words: 'So do I' }]],
    ['I', [{ lexicon: 'tail', category: 'open', words: 'I' }]],
    ['?', []],
  ])('%j', (text, expected) => {
    expect(found(set(), text).map(({ lexicon, category, words }) => ({ lexicon, category, words }))).toEqual(expected);
  });

  it('keeps wildcards and speaker filters, and does not match across punctuation', () => {
    const set = compile({ tail: '@lexicon tail\n@match turn-end\ni | open | 1\nmy * and i | closed | 0\nthe | open | 1 | speaker=customer\n' });
    const categories = (text: string, speaker: Speaker = 'agent') => found(set, text, speaker).map((m) => `${m.category}:${m.words}`);
    expect(categories('My wife and I')).toEqual(['closed:My wife and I']);
    expect(categories('My wife, and I')).toEqual(['open:I']);
    expect(categories('on the', 'agent')).toEqual([]);
    expect(categories('on the', 'customer')).toEqual(['open:the']);
  });

  it('matches a phrase that ends on the wildcard, at the turn end only', () => {
    const set = compile({ tail: '@lexicon tail\n@match turn-end\nthe * | open | 1\n' });
    expect(found(set, 'the bill and the fee').map((m) => m.words)).toEqual(['the fee']);
    expect(found(set, 'the bill and then')).toEqual([]);
  });

  it('is marked as such by the parser, and other lexicons are not', () => {
    expect(parseLexicon('@lexicon x\n@match turn-end\n', 'x.lex', 'x').turnEnd).toBe(true);
    expect(parseLexicon('@lexicon x\n', 'x.lex', 'x').turnEnd).toBe(false);
  });
});

describe('loading lexicon folders', () => {
  it('compiles the shipped lexicons', () => {
    const sets = loadLexiconSets(DEFAULT_LEXICON_DIR);
    const en = sets.get('en');
    expect(en?.version).toMatch(/^en-\d{4}\.\d+\.\d+$/);
    expect(en?.entries.length).toBeGreaterThan(100);
    expect(lexiconsFor(sets, 'en-GB')).toBe(en);
    expect(lexiconsFor(sets, 'fr')).toBeUndefined();
  });

  it('reports every problem of every file at once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-lex-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, 'en'));
    writeFileSync(join(dir, 'en', 'VERSION'), '1\n');
    writeFileSync(join(dir, 'en', 'a.lex'), '@lexicon a\nx | y | nope\n');
    writeFileSync(join(dir, 'en', 'b.lex'), '@lexicon b\nx | y | 1 | negation=no\n');
    try {
      loadLexiconSets(dir);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(LexiconError);
      const problems = (err as LexiconError).problems;
      expect(problems).toHaveLength(2);
      expect(problems[0]).toMatch(/a\.lex line 2: weight 'nope' is not a number/);
      expect(problems[1]).toMatch(/b\.lex line 2: unknown option 'negation=no'/);
    }
  });
});
