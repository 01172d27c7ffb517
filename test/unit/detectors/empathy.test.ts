import { describe, expect, it } from 'vitest';
import { EMPATHY_PARAMS, empathy } from '../../../src/detectors/empathy.js';
import { inputOf, type TurnSpec } from '../../support/analyzed.js';

type Expected = { opportunities: number; shown: number; missed: number; score: number | null };

const detect = (turns: TurnSpec[]) => empathy.detect(inputOf(turns));
const kinds = (turns: TurnSpec[]) => detect(turns).findings.map((f) => [f.kind, f.evidence.turn, f.evidence.quote, f.category]);

describe('empathy: opportunities shown, missed and N/A', () => {
  it.each<[string, TurnSpec[], Expected]>([
    ['an emotion answered with empathy', [['customer', "I'm so frustrated with this."], ['agent', 'I understand, let me look.']], { opportunities: 1, shown: 1, missed: 0, score: 100 }],
    ['a problem answered without empathy', [['customer', 'I was charged twice.'], ['agent', 'Account number?']], { opportunities: 1, shown: 0, missed: 1, score: 0 }],
    ['no opportunity: N/A', [['customer', 'I want to change my address.'], ['agent', 'Sure, what is it?']], { opportunities: 0, shown: 0, missed: 0, score: null }],
    ['no opportunity even though the agent is empathic', [['customer', 'Hi there.'], ['agent', "I'm so sorry to hear that."]], { opportunities: 0, shown: 0, missed: 0, score: null }],
    ['consecutive customer turns are one opportunity', [['customer', "I'm upset."], ['customer', 'I was charged twice.'], ['agent', 'That sounds frustrating.']], { opportunities: 1, shown: 1, missed: 0, score: 100 }],
    ['a neutral customer turn before the reply joins the opportunity', [['customer', "I'm upset."], ['customer', 'Hello?'], ['agent', 'Okay.']], { opportunities: 1, shown: 0, missed: 1, score: 0 }],
    ['bot and system turns do not split an opportunity', [['customer', "I'm upset."], ['bot', 'Connecting you.'], ['customer', 'I was charged twice.'], ['agent', 'I understand.']], { opportunities: 1, shown: 1, missed: 0, score: 100 }],
    ['the window ends at the next customer turn', [['customer', "I'm upset."], ['agent', 'One moment.'], ['customer', 'Hello?'], ['agent', 'I understand.']], { opportunities: 1, shown: 0, missed: 1, score: 0 }],
    ['the window spans several agent turns', [['customer', "I'm upset."], ['agent', 'One moment.'], ['agent', "I'm so sorry to hear that."]], { opportunities: 1, shown: 1, missed: 0, score: 100 }],
    [`the window holds at most ${EMPATHY_PARAMS.windowAgentTurns} agent turns`, [['customer', "I'm upset."], ...Array.from({ length: EMPATHY_PARAMS.windowAgentTurns }, (): TurnSpec => ['agent', 'One moment.']), ['agent', 'I understand.']], { opportunities: 1, shown: 0, missed: 1, score: 0 }],
    ['two opportunities, one shown', [['customer', "I'm upset."], ['agent', 'I understand.'], ['customer', 'I was charged twice.'], ['agent', 'Account number?']], { opportunities: 2, shown: 1, missed: 1, score: 50 }],
    ['a scripted apology earns half', [['customer', 'I was charged twice.'], ['agent', 'Sorry for the inconvenience.']], { opportunities: 1, shown: 1, missed: 0, score: 50 }],
    ['a specific phrase beside a scripted one earns full credit', [['customer', 'I was charged twice.'], ['agent', 'Sorry about that. I apologize for the error.']], { opportunities: 1, shown: 1, missed: 0, score: 100 }],
    [
      'an apology used for the third time counts as scripted',
      [
        ['customer', "I'm upset."], ['agent', 'I apologize for the delay.'],
        ['customer', "I'm still upset."], ['agent', 'I apologize for the delay.'],
        ['customer', "I'm upset!"], ['agent', 'I apologize for the delay.'],
      ],
      { opportunities: 3, shown: 3, missed: 0, score: 83.3 },
    ],
    ['"I don\'t understand" is not empathy', [['customer', "I'm worried."], ['agent', "I don't understand."]], { opportunities: 1, shown: 0, missed: 1, score: 0 }],
    ['"I\'m not upset" is not an opportunity', [['customer', "I'm not upset, just asking."], ['agent', 'Okay.']], { opportunities: 0, shown: 0, missed: 0, score: null }],
    ['a phrase with its own negator is an opportunity', [['customer', "I'm not happy with this."], ['agent', 'Okay.']], { opportunities: 1, shown: 0, missed: 1, score: 0 }],
    ['"don\'t worry" reassures despite its negator', [['customer', "I'm worried."], ['agent', "Don't worry, we'll fix it."]], { opportunities: 1, shown: 1, missed: 0, score: 100 }],
    ['an opportunity the agent never answers is missed', [['agent', 'Hello.'], ['customer', "I'm angry."]], { opportunities: 1, shown: 0, missed: 1, score: 0 }],
    ['a strongly negative turn is an opportunity without a lexicon match', [['customer', 'This is a horrible, terrible disaster.'], ['agent', 'Okay.']], { opportunities: 1, shown: 0, missed: 1, score: 0 }],
    ['a mildly negative turn is not', [['customer', "I'm a bit sad about it."], ['agent', 'Okay.']], { opportunities: 0, shown: 0, missed: 0, score: null }],
    ['an exploration tagged question counts in a question', [['customer', "I'm upset."], ['agent', 'What happened?']], { opportunities: 1, shown: 1, missed: 0, score: 100 }],
    ['... and not in a statement', [['customer', "I'm upset."], ['agent', 'What happened is a system fault.']], { opportunities: 1, shown: 0, missed: 1, score: 0 }],
    ['a bare sorry before a request to repeat is not empathy', [['customer', "I'm upset."], ['agent', "I'm sorry, could you repeat that?"]], { opportunities: 1, shown: 0, missed: 1, score: 0 }],
    ['a bare sorry before "but" is not empathy', [['customer', "I'm upset."], ['agent', "I'm sorry, but that is the rule."]], { opportunities: 1, shown: 0, missed: 1, score: 0 }],
    ['a bare sorry as a question is not empathy', [['customer', "I'm upset."], ['agent', "I'm sorry?"]], { opportunities: 1, shown: 0, missed: 1, score: 0 }],
    ['a bare sorry on its own is empathy', [['customer', "I'm upset."], ['agent', "I'm sorry. Let me check."]], { opportunities: 1, shown: 1, missed: 0, score: 100 }],
    ['a category outside the five does not show empathy', [['customer', "I'm upset."], ['agent', 'Good morning.']], { opportunities: 1, shown: 0, missed: 1, score: 0 }],
    ['a weight-0 exclusion hides the shorter phrase', [['customer', "I'm upset."], ['agent', 'I understand your question.']], { opportunities: 1, shown: 0, missed: 1, score: 0 }],
  ])('%s', (_, turns, expected) => {
    const { indicators } = detect(turns);
    expect(indicators).toMatchObject(expected);
    expect(indicators.na).toBe(expected.opportunities === 0 ? 'no empathy opportunity' : null);
  });

  it.each([['chat'], ['voice']])('does not depend on the channel (%s)', (channel) => {
    const turns: TurnSpec[] = [['customer', 'I was charged twice.', 0, 2000], ['agent', 'That sounds frustrating.', 2500, 4000]];
    const { indicators } = empathy.detect(inputOf(turns, { channel: channel as 'chat' | 'voice' }));
    expect(indicators).toMatchObject({ opportunities: 1, shown: 1, score: 100 });
  });
});

describe('empathy: phrases and scripted phrases', () => {
  it.each<[string, TurnSpec[], { phrases: number; scriptedPhrases: number }]>([
    ['reported without an opportunity, scripted ones apart', [['agent', "Don't worry. Sorry for the inconvenience."]], { phrases: 2, scriptedPhrases: 1 }],
    ['negated phrases are not counted', [['agent', "I don't understand. I'm not sorry about that."]], { phrases: 0, scriptedPhrases: 0 }],
    ['the customer saying an agent phrase is not counted', [['customer', 'I understand.']], { phrases: 0, scriptedPhrases: 0 }],
    ['a phrase is scripted from its third use, intensifiers aside', [['agent', "I'm sorry."], ['agent', "I'm sorry."], ['agent', "I'm sorry."], ['agent', "I'm sorry."]], { phrases: 4, scriptedPhrases: 2 }],
    ['different apologies are counted apart', [['agent', 'I apologize for the delay.'], ['agent', 'I apologize for the error.'], ['agent', 'I apologize for the delay.']], { phrases: 3, scriptedPhrases: 0 }],
  ])('%s', (_, turns, expected) => {
    expect(detect(turns).indicators).toMatchObject({ ...expected, score: null });
  });
});

describe('empathy: evidence', () => {
  it.each<[string, TurnSpec[], unknown[]]>([
    ['an opportunity shown', [['customer', 'Hi, I was charged twice!'], ['agent', 'Oh. I understand.']], [
      ['empathy.opportunity', 0, 'charged twice', 'problem'],
      ['empathy.phrase', 1, 'I understand', 'interpretation'],
      ['empathy.shown', 1, 'I understand', 'interpretation'],
    ]],
    ['an opportunity missed: the first sentence of the reply', [['customer', 'I am so worried.'], ['agent', 'Account number? I need it.']], [
      ['empathy.opportunity', 0, 'worried', 'emotion'],
      ['empathy.missed', 1, 'Account number?', 'emotion'],
    ]],
    ['an opportunity never answered: the opportunity itself', [['customer', 'It never arrived.']], [
      ['empathy.opportunity', 0, 'never arrived', 'problem'],
      ['empathy.missed', 0, 'never arrived', 'problem'],
    ]],
    ['a negative-sentiment opportunity: the words that carried it', [['customer', 'This is a horrible, terrible disaster.'], ['agent', 'Okay.']], [
      ['empathy.opportunity', 0, 'horrible, terrible disaster', 'negative-sentiment'],
      ['empathy.missed', 1, 'Okay.', 'negative-sentiment'],
    ]],
    ['the shown evidence is the best phrase of the window', [['customer', "I'm upset."], ['agent', 'Sorry about that.'], ['agent', 'That sounds hard.']], [
      ['empathy.opportunity', 0, 'upset', 'emotion'],
      ['empathy.phrase', 1, 'Sorry about that', 'apology'],
      ['empathy.phrase', 2, 'That sounds hard', 'emotional-reaction'],
      ['empathy.shown', 2, 'That sounds hard', 'emotional-reaction'],
    ]],
  ])('%s', (_, turns, expected) => {
    expect(kinds(turns)).toEqual(expected);
  });

  it('names the lexicon entry with its file and line, and the speaker', () => {
    const { findings } = detect([['customer', 'I was charged twice.'], ['agent', 'Sorry for the inconvenience.']]);
    expect(findings[0]).toMatchObject({ detector: 'empathy', speaker: 'customer', entry: expect.stringMatching(/^charged twice \(.*problem\.lex:4\)$/) });
    expect(findings[1]).toMatchObject({ speaker: 'agent', weight: EMPATHY_PARAMS.scriptedCredit, entry: expect.stringMatching(/^sorry for the inconvenience \(.*empathy\.lex:11\)$/) });
    expect(findings[1].evidence.span).toEqual({ start: 0, end: 27 });
  });

  it('is deterministic', () => {
    const turns: TurnSpec[] = [['customer', "I'm upset, I was charged twice."], ['agent', 'Sorry about that. I understand.'], ['customer', 'It never arrived.']];
    expect(JSON.stringify(detect(turns))).toBe(JSON.stringify(detect(turns)));
  });
});

describe('empathy: no lexicons', () => {
  it('is N/A with the language, and finds nothing', () => {
    const out = empathy.detect(inputOf([['customer', 'Estoy molesto.'], ['agent', 'Lo siento.']], { language: 'es' }, null));
    expect(out).toEqual({ findings: [], indicators: { na: 'no lexicons for language es', opportunities: 0, shown: 0, missed: 0, score: null, phrases: 0, scriptedPhrases: 0 } });
  });
});
