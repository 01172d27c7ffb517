import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { customerEffort, effortScore } from '../../../src/detectors/customerEffort.js';
import { prepareTurns } from '../../../src/analyze/analyze.js';
import { DEFAULT_LEXICON_DIR, loadLexiconSets } from '../../../src/lexicon/load.js';
import type { DetectorInput } from '../../../src/domain/types.js';
import { inputOf, transcriptOf, type TurnSpec } from '../../support/analyzed.js';

/** A detector input for a language without lexicons (`inputOf`'s default would supply them). */
function withoutLexicons(turns: TurnSpec[], language: string): DetectorInput {
  const transcript = transcriptOf(turns, { language });
  return { transcript, turns: prepareTurns(transcript, undefined), lexicons: undefined };
}

const detect = (turns: TurnSpec[]) => customerEffort.detect(inputOf(turns));

describe('customerEffort', () => {
  it.each<[string, TurnSpec[], number, number]>([
    ['repeat contact', [['customer', "This is the third time I'm calling."]], 1, 22.1],
    ['a common word weighs half', [['customer', 'It broke again.']], 0.5, 11.8],
    ['an exclusion masks the cue word', [['customer', 'Thanks again, bye!']], 0, 0],
    ['a negated cue is cancelled', [['customer', "It won't happen again."]], 0, 0],
    ['repetition', [['customer', "I've already told you my name."]], 1, 22.1],
    ['transfer and wait add up', [['customer', "I was transferred and I've been waiting."]], 2, 39.3],
    ['a cue with its own negator', [['customer', 'I never heard back.']], 1, 22.1],
    ['friction', [['customer', 'It is so hard to find the form.']], 1, 22.1],
    ['cues add up across turns', [['customer', 'Third time.'], ['agent', 'Sorry.'], ['customer', 'Transferred, been waiting, already told you.']], 4, 63.2],
    ['the agent\'s words do not count', [['agent', 'This is the third time you were transferred.'], ['customer', 'Yes.']], 0, 0],
  ])('%s', (_name, turns, cues, score) => {
    expect(detect(turns).indicators).toEqual({ na: null, cues, score });
  });

  it('reports each cue with its evidence and weight', () => {
    const { findings } = detect([['agent', 'Hello.'], ['customer', 'Third time, again!']]);
    expect(findings.map((f) => [f.kind, f.category, f.evidence, f.weight, f.speaker])).toEqual([
      ['effort.cue', 'repeat-contact', { turn: 1, span: { start: 0, end: 10 }, quote: 'Third time' }, 1, 'customer'],
      ['effort.cue', 'repeat-contact', { turn: 1, span: { start: 12, end: 17 }, quote: 'again' }, 0.5, 'customer'],
    ]);
    expect(findings[0].entry).toMatch(/^third time \(.*effort\.lex:\d+\)$/);
  });

  it('stays bounded and monotone however many cues', () => {
    const many = detect([['customer', 'Third time, transferred, been waiting. '.repeat(30)]]).indicators;
    expect(many.cues).toBe(90);
    expect(many.score).toBeLessThanOrEqual(100);
    expect(many.score).toBeGreaterThan(99);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), (cues, more) => {
        const a = effortScore(cues);
        return a >= 0 && a <= 100 && effortScore(cues + more) >= a;
      }),
    );
  });

  it.each<[string, TurnSpec[], string]>([
    ['the customer said nothing', [['agent', 'Third time lucky!']], 'customer said nothing'],
    ['the customer turn is empty', [['customer', ''], ['agent', 'Hello?']], 'customer said nothing'],
  ])('N/A when %s', (_name, turns, reason) => {
    expect(detect(turns)).toEqual({ findings: [], indicators: { na: reason, cues: 0, score: null } });
  });

  it('N/A without lexicons for the language', () => {
    expect(customerEffort.detect(withoutLexicons([['customer', 'Troisième fois.']], 'fr')).indicators).toEqual({
      na: 'no lexicons for language fr',
      cues: 0,
      score: null,
    });
  });
});

describe('customerEffort: the shipped English lexicons', () => {
  const shipped = loadLexiconSets(DEFAULT_LEXICON_DIR).get('en');
  const categories = (text: string) =>
    customerEffort.detect(inputOf([['customer', text]], {}, shipped)).findings.map((f) => f.category);

  it.each<[string, string[]]>([
    ["This is the third time I've called about this.", ['repeat-contact']],
    ['I called yesterday and it broke again.', ['repeat-contact', 'repeat-contact']],
    ['Like I said, I already gave you my account number.', ['repetition', 'repetition']],
    ["I've been transferred twice and bounced around between departments.", ['transfer', 'transfer']],
    ["I've been waiting for weeks and nobody called me back.", ['wait', 'wait', 'wait']],
    ["It's so hard to find anything, I couldn't find the form.", ['friction', 'friction']],
    ['Thanks again! Can you say that again?', []],
    ["It won't happen again, I haven't been transferred.", []],
    ["I've been a customer for years and I love the service.", []],
    // choosing to come back is loyalty; having to do it again is effort
    ["I'll definitely fly with you again.", []],
    ['Great staff, def flying #united again.', []],
    ['I had to book it again.', ['repeat-contact']],
    ['So we will be staying again at the airport hotel tonight.', ['repeat-contact']],
  ])('%s', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });
});
