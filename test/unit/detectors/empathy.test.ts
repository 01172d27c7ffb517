import { describe, expect, it } from 'vitest';
import { empathy } from '../../../src/detectors/empathy.js';
import { activeListening } from '../../../src/detectors/activeListening.js';
import { inputOf, type TurnSpec } from '../../support/analyzed.js';

type Expected = { opportunities: number; shown: number; missed: number; score: number | null };

describe('empathy: opportunity, shown, missed, N/A', () => {
  it.each<[string, TurnSpec[], Expected]>([
    ['an emotion answered with empathy', [['customer', "I'm so frustrated with this."], ['agent', "I understand, let me look."]], { opportunities: 1, shown: 1, missed: 0, score: 100 }],
    ['a problem answered without empathy', [['customer', 'I was charged twice.'], ['agent', 'Account number?']], { opportunities: 1, shown: 0, missed: 1, score: 0 }],
    ['no opportunity: N/A', [['customer', 'I want to change my address.'], ['agent', 'Sure, what is it?']], { opportunities: 0, shown: 0, missed: 0, score: null }],
    ['consecutive customer turns are one opportunity', [['customer', "I'm upset."], ['customer', 'I was charged twice.'], ['agent', 'That sounds frustrating.']], { opportunities: 1, shown: 1, missed: 0, score: 100 }],
    ['the window ends at the next customer turn', [['customer', "I'm upset."], ['agent', 'One moment.'], ['customer', 'Hello?'], ['agent', 'I understand.']], { opportunities: 1, shown: 0, missed: 1, score: 0 }],
    ['the window spans several agent turns', [['customer', "I'm upset."], ['agent', 'One moment.'], ['agent', "I'm so sorry to hear that."]], { opportunities: 1, shown: 1, missed: 0, score: 100 }],
    ['a scripted apology earns half', [['customer', 'I was charged twice.'], ['agent', 'Sorry for the inconvenience.']], { opportunities: 1, shown: 1, missed: 0, score: 50 }],
    ['a repeated apology counts as scripted', [['customer', "I'm upset."], ['agent', 'I apologize for the delay.'], ['customer', "I'm still upset."], ['agent', 'I apologize for the delay.']], { opportunities: 2, shown: 2, missed: 0, score: 75 }],
    ['"I don\'t understand" is not empathy', [['customer', "I'm worried."], ['agent', "I don't understand."]], { opportunities: 1, shown: 0, missed: 1, score: 0 }],
    ['"I\'m not upset" is not an opportunity', [['customer', "I'm not upset, just asking."], ['agent', 'Okay.']], { opportunities: 0, shown: 0, missed: 0, score: null }],
    ['an opportunity the agent never answers is not counted', [['agent', 'Hello.'], ['customer', "I'm angry."]], { opportunities: 0, shown: 0, missed: 0, score: null }],
    ['a strongly negative turn is an opportunity without a lexicon match', [['customer', 'This is a horrible, terrible disaster.'], ['agent', 'Okay.']], { opportunities: 1, shown: 0, missed: 1, score: 0 }],
  ])('%s', (_, turns, expected) => {
    const { indicators } = empathy.detect(inputOf(turns));
    expect(indicators).toMatchObject(expected);
    expect(indicators.na).toBe(expected.opportunities === 0 ? 'no empathy opportunity' : null);
  });

  it('reports phrases even without an opportunity, and scripted ones apart', () => {
    const { indicators } = empathy.detect(inputOf([['agent', "Don't worry. Sorry for the inconvenience."]]));
    expect(indicators).toMatchObject({ phrases: 2, scriptedPhrases: 1, score: null });
  });

  it('gives evidence for the opportunity, the phrase and the outcome', () => {
    const { findings } = empathy.detect(inputOf([['customer', 'Hi, I was charged twice!'], ['agent', 'Oh. I understand.']]));
    expect(findings.map((f) => [f.kind, f.evidence.turn, f.evidence.quote, f.category])).toEqual([
      ['empathy.opportunity', 0, 'charged twice', 'billing'],
      ['empathy.phrase', 1, 'I understand', 'interpretation'],
      ['empathy.shown', 1, 'I understand', 'interpretation'],
    ]);
    expect(findings[1].entry).toMatch(/^i understand \(.*empathy\.lex:6\)$/);
  });

  it('ignores the customer saying an agent phrase', () => {
    expect(empathy.detect(inputOf([['customer', 'I understand.']])).indicators.phrases).toBe(0);
  });

  it('is N/A without lexicons', () => {
    expect(empathy.detect(inputOf([['customer', 'Estoy molesto.']], { language: 'es' }, null)).indicators.na).toBe('no lexicons for language es');
  });
});

describe('active listening', () => {
  it.each<[string, TurnSpec[], { clarifyingQuestions: number; paraphrases: number; score: number | null }]>([
    ['a clarifying marker in a question', [['customer', 'My order never came to the house.'], ['agent', 'Just to confirm, which order?']], { clarifyingQuestions: 1, paraphrases: 0, score: 100 }],
    ['a question right after a problem', [['customer', 'The router is not working at all.'], ['agent', 'When did it stop?']], { clarifyingQuestions: 1, paraphrases: 0, score: 100 }],
    ['a statement is not a question', [['customer', 'The router is not working at all.'], ['agent', 'Just to confirm.']], { clarifyingQuestions: 0, paraphrases: 0, score: 0 }],
    ['a paraphrase marker', [['customer', 'I need the money back today.'], ['agent', "So what you're saying is it is urgent."]], { clarifyingQuestions: 0, paraphrases: 1, score: 100 }],
    ['repeating two content words', [['customer', 'The refund for my broken blender never arrived.'], ['agent', 'The blender refund, let me check.']], { clarifyingQuestions: 0, paraphrases: 1, score: 100 }],
    ['stop words do not count as repetition', [['customer', 'I would really like some help here please.'], ['agent', 'I would really like to help.']], { clarifyingQuestions: 0, paraphrases: 0, score: 0 }],
    ['nothing substantive from the customer: N/A', [['customer', 'Hi.'], ['agent', 'Hello, how can I help?']], { clarifyingQuestions: 0, paraphrases: 0, score: null }],
  ])('%s', (_, turns, expected) => {
    expect(activeListening.detect(inputOf(turns)).indicators).toMatchObject(expected);
  });
});
