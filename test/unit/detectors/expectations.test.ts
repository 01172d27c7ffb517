import { describe, expect, it } from 'vitest';
import { expectations } from '../../../src/detectors/expectations.js';
import { prepareTurns } from '../../../src/analyze/analyze.js';
import { DEFAULT_LEXICON_DIR, loadLexiconSets } from '../../../src/lexicon/load.js';
import type { DetectorInput } from '../../../src/domain/types.js';
import { inputOf, transcriptOf, type TurnSpec } from '../../support/analyzed.js';

/** A detector input for a language without lexicons (`inputOf`'s default would supply them). */
function withoutLexicons(turns: TurnSpec[], language: string): DetectorInput {
  const transcript = transcriptOf(turns, { language });
  return { transcript, turns: prepareTurns(transcript, undefined), lexicons: undefined };
}

const detect = (turns: TurnSpec[]) => expectations.detect(inputOf(turns));

describe('expectations', () => {
  it.each<[string, TurnSpec[], number, number]>([
    ['next step and time frame', [['agent', "You'll receive an email within 24 hours."]], 1, 1],
    ['the same without the contraction', [['agent', 'You will receive an email within 24 hours.']], 1, 1],
    ['a range is one word: "3-5"', [['agent', "We'll send a new card in 3-5 business days."]], 1, 1],
    ['a spelled-out range', [['agent', "We'll send a new card in three to five days."]], 1, 1],
    ['"by tomorrow"', [['agent', "You'll get it by tomorrow."]], 1, 1],
    ['a next step that carries its own time frame', [['agent', 'Please allow 3-5 business days.']], 1, 1],
    ['a next step without a time frame', [['agent', "We'll send a replacement."]], 1, 0],
    ['a time frame in another sentence does not count', [['agent', "We'll send a replacement. It takes in 3-5 business days."]], 1, 0],
    ['a time frame without a next step is nothing', [['agent', 'How are you today?']], 0, 0],
    ['several next steps in one sentence are one statement', [['agent', "We'll send it and you'll get it today."]], 1, 1],
    ['statements are counted per sentence and turn', [['agent', "We'll send the label today. You'll receive it."], ['customer', 'OK.'], ['agent', "You'll get an email."]], 3, 1],
    ['a negated next step is cancelled', [['agent', "I don't think you'll receive it today."]], 0, 0],
    ['the customer\'s words do not count', [['customer', "You'll receive it within 24 hours?"], ['agent', 'Yes.']], 0, 0],
    ['no agent turn is zero, not N/A', [['customer', 'Hello?']], 0, 0],
  ])('%s', (_name, turns, statements, withTimeFrame) => {
    expect(detect(turns).indicators).toEqual({ na: null, statements, withTimeFrame });
  });

  it('reports the next steps and the time frames of statements only, in order', () => {
    const { findings } = detect([['agent', "Today is busy. You'll get it within 48 hours."]]);
    expect(findings.map((f) => [f.kind, f.category, f.evidence.quote, f.evidence.turn])).toEqual([
      ['expectations.next-step', 'next-step', "You'll get", 0],
      ['expectations.time-frame', 'time-frame', 'within 48 hours', 0],
    ]);
    expect(findings[1].entry).toMatch(/^within \* hours \(.*expectations\.lex:\d+\)$/);
  });

  it('N/A without lexicons for the language', () => {
    expect(expectations.detect(withoutLexicons([['agent', 'Vous recevrez un e-mail.']], 'fr'))).toEqual({
      findings: [],
      indicators: { na: 'no lexicons for language fr', statements: 0, withTimeFrame: 0 },
    });
  });
});

describe('expectations: the shipped English lexicons', () => {
  const shipped = loadLexiconSets(DEFAULT_LEXICON_DIR).get('en');
  const counts = (text: string) => {
    const { statements, withTimeFrame } = expectations.detect(inputOf([['agent', text]], {}, shipped)).indicators;
    return [statements, withTimeFrame];
  };

  it.each<[string, number[]]>([
    ["You'll receive an email within 24 hours.", [1, 1]],
    ['We will send a replacement in 3-5 business days.', [1, 1]],
    ['Someone will call you back in three to five working days.', [1, 1]],
    ['Please allow up to 10 business days for the refund.', [1, 1]],
    ['It usually takes 7 to 10 business days.', [1, 1]],
    ["I'll email you the label by tomorrow.", [1, 1]],
    ['The technician will be there between 8 and 12 on Monday.', [1, 1]],
    ["Once that's processed, you should see it on your statement.", [1, 0]],
    ['You should receive it shortly.', [1, 0]],
    ['How are you today?', [0, 0]],
    ['You should have received an email yesterday.', [0, 0]],
    ["You'll have to call the bank.", [0, 0]],
  ])('%s', (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });
});
