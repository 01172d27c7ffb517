import { describe, expect, it } from 'vitest';
import { ownership } from '../../../src/detectors/ownership.js';
import { prepareTurns } from '../../../src/analyze/analyze.js';
import { DEFAULT_LEXICON_DIR, loadLexiconSets } from '../../../src/lexicon/load.js';
import type { DetectorInput } from '../../../src/domain/types.js';
import { inputOf, transcriptOf, type TurnSpec } from '../../support/analyzed.js';

/** A detector input for a language without lexicons (`inputOf`'s default would supply them). */
function withoutLexicons(turns: TurnSpec[], language: string): DetectorInput {
  const transcript = transcriptOf(turns, { language });
  return { transcript, turns: prepareTurns(transcript, undefined), lexicons: undefined };
}

const detect = (turns: TurnSpec[]) => ownership.detect(inputOf(turns));

describe('ownership', () => {
  it.each<[string, TurnSpec[], { statements: number; deflections: number; score: number }]>([
    ['a contraction', [['agent', "I'll take care of it."]], { statements: 1, deflections: 0, score: 100 }],
    ['the same without the contraction', [['agent', 'I will take care of it.']], { statements: 1, deflections: 0, score: 100 }],
    ['a deflection that carries its own negator', [['agent', "Sorry, that's not my department."]], { statements: 0, deflections: 1, score: 0 }],
    ['"you\'ll have to call" is a deflection', [['agent', "You'll have to call the bank."]], { statements: 0, deflections: 1, score: 0 }],
    ['one of each is an even share', [['agent', "I'll take care of this. You will have to call the bank though."]], { statements: 1, deflections: 1, score: 50 }],
    ['weights make the share', [['agent', 'Leave it with me.'], ['customer', 'And the rest?'], ['agent', "That's not my department."]], { statements: 1, deflections: 1, score: 60 }],
    ['counts across agent turns', [['agent', "I'll take care of it."], ['customer', 'Thanks.'], ['agent', 'Leave it with me.']], { statements: 2, deflections: 0, score: 100 }],
  ])('%s', (_name, turns, expected) => {
    const { indicators } = detect(turns);
    expect(indicators).toEqual({ na: null, ...expected });
  });

  it.each<[string, TurnSpec[], string]>([
    ['a negated ownership phrase does not count', [['agent', "I don't think I'll take care of it."]], 'no ownership or deflection statements'],
    ['the customer\'s words do not count', [['customer', "I'll take care of it, not my department."], ['agent', 'Okay.']], 'no ownership or deflection statements'],
    ['the agent said nothing', [['customer', "I'll take care of it."]], 'agent said nothing'],
  ])('N/A when %s', (_name, turns, reason) => {
    expect(detect(turns)).toEqual({ findings: [], indicators: { na: reason, statements: 0, deflections: 0, score: null } });
  });

  it('N/A without lexicons for the language', () => {
    expect(ownership.detect(withoutLexicons([['agent', "Je m'en occupe."]], 'fr')).indicators).toEqual({
      na: 'no lexicons for language fr',
      statements: 0,
      deflections: 0,
      score: null,
    });
  });

  it('reports each statement and deflection with evidence and a signed weight', () => {
    const { findings } = detect([['customer', 'Help?'], ['agent', "Leave it with me. Not my department, though."]]);
    expect(findings.map((f) => [f.kind, f.category, f.evidence, f.weight])).toEqual([
      ['ownership.statement', 'ownership', { turn: 1, span: { start: 0, end: 16 }, quote: 'Leave it with me' }, 1.5],
      ['ownership.deflection', 'deflection', { turn: 1, span: { start: 18, end: 35 }, quote: 'Not my department' }, -1],
    ]);
    expect(findings[0].entry).toMatch(/^leave it with me \(.*ownership\.lex:\d+\)$/);
  });
});

describe('ownership: the shipped English lexicons', () => {
  const shipped = loadLexiconSets(DEFAULT_LEXICON_DIR).get('en');
  const categories = (text: string) =>
    ownership.detect(inputOf([['agent', text]], {}, shipped)).findings.map((f) => f.category);

  it.each<[string, string[]]>([
    ["Don't worry, I'll take care of this for you.", ['ownership']],
    ["Leave it with me, I'll call you back this afternoon.", ['ownership', 'ownership']],
    ["I'm going to go ahead and process that refund.", ['ownership']],
    ['I will make sure it is fixed.', ['ownership']],
    ["That's not something we handle, you'll need to contact the bank.", ['deflection', 'deflection']],
    ["There's nothing I can do, it's out of my hands.", ['deflection', 'deflection']],
    ["I won't take care of it.", []],
    ["I'll be with you in a moment.", []],
  ])('%s', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });
});
