import { describe, expect, it } from 'vitest';
import { activeListening, LISTENING_PARAMS, STOP_WORDS } from '../../../src/detectors/activeListening.js';
import { inputOf, type TurnSpec } from '../../support/analyzed.js';
import { loadLexiconSets } from '../../../src/lexicon/load.js';

type Expected = { clarifyingQuestions: number; paraphrases: number; score: number | null };

const detect = (turns: TurnSpec[]) => activeListening.detect(inputOf(turns));

describe('active listening', () => {
  it.each<[string, TurnSpec[], Expected]>([
    ['a clarifying marker in a question', [['customer', 'My order never came to the house.'], ['agent', 'Just to confirm, which order?']], { clarifyingQuestions: 1, paraphrases: 0, score: 100 }],
    ['a clarifying marker without a question mark is not a question', [['customer', 'My parcel is missing today.'], ['agent', 'Just to confirm.']], { clarifyingQuestions: 0, paraphrases: 0, score: 0 }],
    ['a question opening with an interrogative and a marker', [['customer', 'I have a question about billing.'], ['agent', 'Do you mean the last invoice']], { clarifyingQuestions: 1, paraphrases: 0, score: 100 }],
    ['any question right after a problem', [['customer', 'The router is not working at all.'], ['agent', 'When did it stop?']], { clarifyingQuestions: 1, paraphrases: 0, score: 100 }],
    ['any question right after an emotion', [['customer', 'I am really worried about it.'], ['agent', 'Can I ask when?']], { clarifyingQuestions: 1, paraphrases: 0, score: 100 }],
    ['only the first question after a problem', [['customer', 'The router is not working at all.'], ['agent', 'When did it stop?'], ['agent', 'Is it plugged in?']], { clarifyingQuestions: 1, paraphrases: 0, score: 100 }],
    ['a generic question after a problem is not clarifying', [['customer', 'The router is not working at all.'], ['agent', 'Is there anything else?']], { clarifyingQuestions: 0, paraphrases: 0, score: 0 }],
    ['... and leaves the next question to be one', [['customer', 'The router is not working at all.'], ['agent', 'Is there anything else?'], ['agent', 'When did it stop?']], { clarifyingQuestions: 1, paraphrases: 0, score: 100 }],
    ['a question after a neutral turn is not clarifying', [['customer', 'I would like a new plan.'], ['agent', 'Can I have your name?']], { clarifyingQuestions: 0, paraphrases: 0, score: 0 }],
    ['a paraphrase marker', [['customer', 'I need the money back today.'], ['agent', "So what you're saying is it is urgent."]], { clarifyingQuestions: 0, paraphrases: 1, score: 100 }],
    ['repeating two content words', [['customer', 'The refund for my broken blender never arrived.'], ['agent', 'The blender refund, let me check.']], { clarifyingQuestions: 0, paraphrases: 1, score: 100 }],
    ['repeating one content word is not enough', [['customer', 'The refund for my broken blender never arrived.'], ['agent', 'Let me check the refund.']], { clarifyingQuestions: 0, paraphrases: 0, score: 0 }],
    ['the same word twice is one content word', [['customer', 'The refund for my broken blender never arrived.'], ['agent', 'Refund, refund.']], { clarifyingQuestions: 0, paraphrases: 0, score: 0 }],
    ['stop words do not count as repetition', [['customer', 'I would really like some help here please.'], ['agent', 'I would really like to help.']], { clarifyingQuestions: 0, paraphrases: 0, score: 0 }],
    ['short words do not count as repetition', [['customer', 'My bag and box are lost.'], ['agent', 'Your bag and box.']], { clarifyingQuestions: 0, paraphrases: 0, score: 0 }],
    ['words of an older customer turn do not count', [['customer', 'The blender refund never came.'], ['agent', 'Okay.'], ['customer', 'Yes, that is all.'], ['agent', 'The blender refund, let me check.']], { clarifyingQuestions: 0, paraphrases: 0, score: 0 }],
    ['a later agent turn in the same run may paraphrase', [['customer', 'The blender refund never came.'], ['agent', 'Hello Jane.'], ['agent', 'The blender refund, let me check.']], { clarifyingQuestions: 0, paraphrases: 1, score: 100 }],
    ['one paraphrase per customer turn', [['customer', 'The blender refund never came.'], ['agent', 'The blender refund.'], ['agent', 'The blender refund, yes.']], { clarifyingQuestions: 0, paraphrases: 1, score: 100 }],
    ['a clarifying question that also paraphrases counts as both', [['customer', 'The blender refund never came.'], ['agent', 'Just to confirm, the blender refund?']], { clarifyingQuestions: 1, paraphrases: 1, score: 100 }],
    ['the score is the share of the expected acts', [
      ['customer', 'I want to check my plan.'], ['agent', 'Sure.'],
      ['customer', 'The blender refund never came.'], ['agent', 'The blender refund, let me see.'],
      ['customer', 'And the phone bill is high.'], ['agent', 'Okay.'],
      ['customer', 'Also my address has changed.'], ['agent', 'Just to confirm, the new address?'],
      ['customer', 'Yes that is right.'], ['agent', 'Okay.'],
      ['customer', 'Thank you very much.'], ['agent', 'Bye.'],
    ], { clarifyingQuestions: 1, paraphrases: 1, score: 100 }],
    ['a long call with one act', [
      ['customer', 'I want to check my plan.'], ['agent', 'Sure.'],
      ['customer', 'The blender refund never came.'], ['agent', 'Okay.'],
      ['customer', 'And the phone bill is high.'], ['agent', 'Okay.'],
      ['customer', 'Also my address has changed.'], ['agent', 'Okay.'],
      ['customer', 'Yes that is right.'], ['agent', 'Which order?'],
      ['customer', 'Thank you very much.'], ['agent', 'Bye.'],
    ], { clarifyingQuestions: 1, paraphrases: 0, score: 50 }],
    ['a negated marker does not count', [['customer', 'I would like a new plan.'], ['agent', 'It is not just to confirm, is it?']], { clarifyingQuestions: 0, paraphrases: 0, score: 0 }],
    ['nothing substantive from the customer: N/A', [['customer', 'Hi.'], ['agent', 'Hello, how can I help?']], { clarifyingQuestions: 0, paraphrases: 0, score: null }],
    ['no customer at all: N/A', [['agent', 'Hello, do you mean the order?']], { clarifyingQuestions: 1, paraphrases: 0, score: null }],
    ['none', [['customer', 'I would like to pay my bill.'], ['agent', 'Done.']], { clarifyingQuestions: 0, paraphrases: 0, score: 0 }],
  ])('%s', (_, turns, expected) => {
    const { indicators } = detect(turns);
    expect(indicators).toMatchObject(expected);
    expect(indicators.na).toBe(expected.score === null ? 'customer said nothing' : null);
  });

  describe('with the shipped lexicons, a question that rebukes asks nothing', () => {
    const shipped = loadLexiconSets().get('en')!;
    it.each<[string, number]>([
      ['When did it start dropping out?', 1],
      ['Did you even read the instructions?', 0],
      ['Do you want it or not?', 0],
      ["You obviously didn't read the email, did you?", 0],
      // a real "why" question; a rebuke in another sentence of the turn does not make the question one
      ['Why do you think it started dropping out?', 1],
      ["Don't worry about the app, I wouldn't bother. Which router model is it?", 1],
      // a question without a question mark opens with subject-auxiliary inversion; a clipped answer is none
      ['can you tell me when it started', 1],
      ["When it's fixed. It's with the engineers.", 0],
    ])('%j: %i clarifying question(s)', (question, expected) => {
      const turns: TurnSpec[] = [['customer', 'My router keeps dropping out every evening.'], ['agent', question]];
      expect(activeListening.detect(inputOf(turns, {}, shipped)).indicators.clarifyingQuestions).toBe(expected);
    });

    it('reads a problem cue only where its positional tags hold', () => {
      const after = (customer: string) =>
        activeListening.detect(inputOf([['customer', customer], ['agent', 'When would suit you?']], {}, shipped)).indicators.clarifyingQuestions;
      expect(after("There are payments on my card I didn't make.")).toBe(1);
      expect(after("We didn't make them wait long, did we.")).toBe(0);
    });
  });

  it('keeps its stop words to the length that matters', () => {
    for (const word of STOP_WORDS) expect(word.length).toBeGreaterThanOrEqual(LISTENING_PARAMS.minContentWordLength);
  });

  it('gives evidence for each clarifying question and paraphrase', () => {
    const { findings } = detect([
      ['customer', 'The router is not working since the storm.'],
      ['agent', 'I see. When did it stop? Tell me.'],
      ['customer', 'My blender refund never came.'],
      ['agent', 'Just to confirm, which order? The blender refund.'],
    ]);
    expect(findings.map((f) => [f.kind, f.category, f.evidence.turn, f.evidence.quote, f.weight])).toEqual([
      ['listening.clarifying-question', 'after-problem', 1, 'When did it stop?', 1],
      ['listening.clarifying-question', 'clarify', 3, 'Just to confirm', 1],
      ['listening.paraphrase', 'repeats-customer-words', 3, 'blender refund', 2],
    ]);
    expect(findings[1].entry).toMatch(/^just to \(confirm\|clarify\) \(.*listening\.lex:4\)$/);
  });

  it('is N/A without lexicons', () => {
    expect(activeListening.detect(inputOf([['customer', 'Mi pedido no ha llegado.']], { language: 'es' }, null))).toEqual({
      findings: [],
      indicators: { na: 'no lexicons for language es', clarifyingQuestions: 0, paraphrases: 0, score: null },
    });
  });
});
