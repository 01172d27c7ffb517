import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EMOTICON_WEIGHT,
  BALD_QUESTION_WEIGHT,
  EXASPERATION_WEIGHT,
  PLEASE_AT_START_WEIGHT,
  languageScore,
  positiveLanguage,
} from '../../../src/detectors/positiveLanguage.js';
import { prepareTurns } from '../../../src/analyze/analyze.js';
import { DEFAULT_LEXICON_DIR, loadLexiconSets } from '../../../src/lexicon/load.js';
import type { DetectorInput } from '../../../src/domain/types.js';
import { inputOf, transcriptOf, type TurnSpec } from '../../support/analyzed.js';

/** A detector input for a language without lexicons (`inputOf`'s default would supply them). */
function withoutLexicons(turns: TurnSpec[], language: string): DetectorInput {
  const transcript = transcriptOf(turns, { language });
  return { transcript, turns: prepareTurns(transcript, undefined), lexicons: undefined };
}

const detect = (turns: TurnSpec[]) => positiveLanguage.detect(inputOf(turns));
const counts = (turns: TurnSpec[]) => {
  const { positive, negative, politeness } = detect(turns).indicators;
  return { positive, negative, politeness };
};
const quotes = (turns: TurnSpec[]) => detect(turns).findings.map((f) => [f.kind, f.category, f.evidence.quote, f.weight]);

describe('positiveLanguage: counts per lexicon, after negation, speaker filter and position', () => {
  it.each<[string, TurnSpec[], { positive: number; negative: number; politeness: number }]>([
    ['positive phrasing', [['agent', 'I can help, let me check.']], { positive: 2, negative: 0, politeness: 0 }],
    ['"I can\'t" is negative, never positive', [['agent', "I can't help with that."]], { positive: 0, negative: 1, politeness: 0 }],
    ['"I cannot" is the same as "I can\'t"', [['agent', 'I cannot do that.']], { positive: 0, negative: 1, politeness: 0 }],
    ['"no problem" keeps its own negator', [['agent', 'No problem at all!']], { positive: 1, negative: 0, politeness: 0 }],
    ['a negated negative phrase is cancelled', [['agent', "I'm not saying unfortunately."]], { positive: 0, negative: 0, politeness: 0 }],
    ['a plain negative phrase counts', [['agent', 'Unfortunately it has shipped.']], { positive: 0, negative: 1, politeness: 0 }],
    ['a scope breaker ends negation', [['agent', "I don't have it but I can order it."]], { positive: 1, negative: 0, politeness: 0 }],
    ['only the agent counts', [['customer', 'I can, I will, thank you.'], ['agent', 'Okay.']], { positive: 0, negative: 0, politeness: 0 }],
    ['politeness markers', [['agent', 'Could you please confirm the address? Thank you.']], { positive: 0, negative: 0, politeness: 3 }],
    ['a rude word is negative', [['agent', 'That is a stupid idea.']], { positive: 0, negative: 1, politeness: 0 }],
    ['"why did you" is a negative direct question', [['agent', 'Why did you do that?']], { positive: 0, negative: 1, politeness: 0 }],
    ['a question opening with "so" is a direct start', [['agent', 'So did it arrive?']], { positive: 0, negative: 1, politeness: 0 }],
    ['"so" opening a statement is not', [['agent', 'So it arrived.']], { positive: 0, negative: 0, politeness: 0 }],
    ['"so" inside a question is not', [['agent', 'Is it so?']], { positive: 0, negative: 0, politeness: 0 }],
    ['"Listen," at the start of a clause is dismissive', [['agent', 'Okay, listen, you need to calm down.']], { positive: 0, negative: 3, politeness: 0 }],
    ['"listen to" is an instruction (exclusion)', [['agent', 'Listen to the message first.']], { positive: 0, negative: 0, politeness: 0 }],
    ['"listen" mid-clause is not dismissive', [['agent', 'I will listen carefully.']], { positive: 1, negative: 0, politeness: 0 }],
    ['"Tell me" opening a sentence is a command', [['agent', 'Tell me the number.']], { positive: 0, negative: 1, politeness: 0 }],
    ['"could you tell me" is an indirect request', [['agent', 'Could you tell me the number?']], { positive: 0, negative: 0, politeness: 1 }],
    ['a clause-final entry closing its question counts', [['agent', 'Do you understand?']], { positive: 0, negative: 1, politeness: 0 }],
    ['a clause-final entry that goes on does not', [['agent', 'Do you understand the new terms?']], { positive: 0, negative: 0, politeness: 0 }],
    ['a smiling emoticon is politeness', [['agent', 'It is on its way :)']], { positive: 0, negative: 0, politeness: 1 }],
    ['a frown is not', [['agent', 'It is lost :(']], { positive: 0, negative: 0, politeness: 0 }],
    ['a bracket that closes a list item is no emoticon', [['agent', 'See step 2) and step 3:)']], { positive: 0, negative: 0, politeness: 0 }],
    ['a doubled question mark is exasperation', [['agent', 'Are you there??']], { positive: 0, negative: 1, politeness: 0 }],
    ['"?!" is exasperation', [['agent', 'It broke again?!']], { positive: 0, negative: 1, politeness: 0 }],
    ['one run of marks counts once', [['agent', 'Hello???!!']], { positive: 0, negative: 1, politeness: 0 }],
    ['separate marks are no run', [['agent', 'Is it ready? ? Okay.']], { positive: 0, negative: 0, politeness: 0 }],
    ['doubled exclamation marks are enthusiasm, not exasperation', [['agent', 'Thank you!!']], { positive: 0, negative: 0, politeness: 1 }],
    ['the marks count for the agent only', [['customer', 'Hello?? :)'], ['agent', 'Hi.']], { positive: 0, negative: 0, politeness: 0 }],
    ['marks inside a URL or a code are no tone', [['agent', 'Open example.com/faq?? then type ??']], { positive: 0, negative: 0, politeness: 0 }],
    ['a question of one or two words is bald', [['agent', 'Thank you. Postcode?']], { positive: 0, negative: 1, politeness: 1 }],
    ['a longer question is not', [['agent', 'What is the postcode?']], { positive: 0, negative: 0, politeness: 0 }],
    ['a short question with a lexicon match is not', [['agent', 'Postcode, please?']], { positive: 0, negative: 0, politeness: 1 }],
    ['a mark that closes no word makes no question', [['agent', 'Type postcode ?']], { positive: 0, negative: 0, politeness: 0 }],
    // a check-back repeats what the customer just said: active listening, not a bald question
    ['a check-back is no bald question', [['customer', 'It was due last Tuesday.'], ['agent', 'Last Tuesday?']], { positive: 0, negative: 0, politeness: 0 }],
    ['a question with a new word is', [['customer', 'I want to change my address.'], ['agent', 'Postcode?']], { positive: 0, negative: 1, politeness: 0 }],
    ['only since the agent last spoke', [['customer', 'Tuesday.'], ['agent', 'Thank you.'], ['agent', 'Tuesday?']], { positive: 0, negative: 1, politeness: 1 }],
    // bad news, then what I can do: a `cannot` or `framing` match before an offer counts nothing
    ['an offer after "but" redeems "I can\'t"', [['agent', "I can't do that, but I can refund the fee."]], { positive: 1, negative: 0, politeness: 0 }],
    ['"however," links an offer too', [['agent', "I can't do that, however, I can refund the fee."]], { positive: 1, negative: 0, politeness: 0 }],
    ['"so let me" is the next step', [['agent', 'Unfortunately it has shipped, so let me order another.']], { positive: 1, negative: 0, politeness: 0 }],
    ['an offer opening the next sentence redeems it', [['agent', 'Unfortunately it has shipped. I can order another.']], { positive: 1, negative: 0, politeness: 0 }],
    ['a demand passed on is no offer', [['agent', "I can't refund it, so I'll need you to send it back first."]], { positive: 1, negative: 1, politeness: 0 }],
    ['an ending is no offer', [['agent', "Unfortunately I can't do that, so I will have to close the ticket."]], { positive: 1, negative: 2, politeness: 0 }],
    ['an offer a sentence later does not', [['agent', 'Unfortunately it has shipped. The depot is closed. I can order another.']], { positive: 1, negative: 1, politeness: 0 }],
    ['a negated offer is none', [['agent', 'Unfortunately it has shipped, but I will not charge you.']], { positive: 0, negative: 1, politeness: 0 }],
    ['dismissal before an offer still counts', [['agent', 'Unfortunately, calm down, but I can help.']], { positive: 1, negative: 1, politeness: 0 }],
  ])('%s', (_name, turns, expected) => {
    expect(counts(turns)).toEqual(expected);
  });
});

describe('positiveLanguage: findings', () => {
  it('quotes the words, names the entry with file:line and signs the weight', () => {
    const { findings } = detect([['agent', "Sorry, I can't. Calm down please."]]);
    expect(findings.map((f) => [f.kind, f.category, f.evidence, f.weight])).toEqual([
      ['language.politeness', 'apology', { turn: 0, span: { start: 0, end: 5 }, quote: 'Sorry' }, 1],
      ['language.negative', 'cannot', { turn: 0, span: { start: 7, end: 14 }, quote: "I can't" }, -1],
      ['language.negative', 'dismissive', { turn: 0, span: { start: 16, end: 25 }, quote: 'Calm down' }, -1.5],
      ['language.politeness', 'please', { turn: 0, span: { start: 26, end: 32 }, quote: 'please' }, 1],
    ]);
    expect(findings[1].entry).toMatch(/^i can't \(.*test\/fixtures\/lexicons\/en\/negative\.lex:5\)$/);
    expect(findings.every((f) => f.detector === 'positiveLanguage' && f.speaker === 'agent')).toBe(true);
  });

  it.each<[string, string, unknown[][]]>([
    ['"please" inside a request', 'Could you please hold?', [
      ['language.politeness', 'indirect-request', 'Could you', 1],
      ['language.politeness', 'please', 'please', 1],
    ]],
    ['"please" opening a sentence (a bare imperative) counts less', 'One moment. Please hold.', [
      ['language.politeness', 'please-start', 'Please', PLEASE_AT_START_WEIGHT],
    ]],
    ['an emoticon quotes its own characters, no words', 'Thank you :-) Bye', [
      ['language.politeness', 'gratitude', 'Thank you', 1.5],
      ['language.politeness', 'emoticon', ':-)', EMOTICON_WEIGHT],
    ]],
    ['a bald question quotes its words and mark', 'Postcode?', [
      ['language.negative', 'bald-question', 'Postcode?', BALD_QUESTION_WEIGHT],
    ]],
    ['exasperation quotes the run of marks', 'Sorry?! Could you repeat that?', [
      ['language.politeness', 'apology', 'Sorry', 1],
      ['language.negative', 'exasperation', '?!', EXASPERATION_WEIGHT],
      ['language.politeness', 'indirect-request', 'Could you', 1],
    ]],
  ])('%s', (_name, text, expected) => {
    expect(quotes([['agent', text]])).toEqual(expected);
  });
});

describe('positiveLanguage: score', () => {
  it.each<[string, TurnSpec[], number]>([
    ['one positive phrase in 3 words', [['agent', 'I can help.']], 72],
    ['one negative phrase in 4 words', [['agent', 'Unfortunately, that is gone.']], 28.4],
    ['nothing either way is neutral', [['agent', 'The parcel left on Monday.']], 50],
    ['positive and politeness add up', [['agent', 'Absolutely, happy to help, thank you!']], 97.3],
  ])('%s', (_name, turns, score) => {
    expect(detect(turns).indicators.score).toBe(score);
  });

  it('is bounded and monotone in the net weight', () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), fc.integer({ min: 1, max: 5000 }), (net, step, words) => {
        const a = languageScore(net, words);
        const b = languageScore(net + step, words);
        return a >= 0 && a <= 100 && b >= a;
      }),
    );
  });

  it('is a density: the same phrases weigh less in longer agent talk, the same density about the same', () => {
    const short = detect([['agent', 'Thank you.']]).indicators.score ?? 0;
    const long = detect([['agent', `Thank you. ${'The parcel left the depot on Monday morning. '.repeat(20)}`]]).indicators.score ?? 0;
    expect(short).toBeGreaterThan(long);
    expect(long).toBeGreaterThan(50);
    const dense = (n: number) => detect([['agent', 'I can check that for you now. '.repeat(n)]]).indicators.score ?? 0;
    expect(dense(40)).toBeGreaterThan(dense(4));
    expect(dense(40) - dense(4)).toBeLessThan(10);
  });
});

describe('positiveLanguage: check-backs with the shipped English lexicons', () => {
  const shipped = loadLexiconSets(DEFAULT_LEXICON_DIR).get('en');
  const negatives = (turns: TurnSpec[]) =>
    positiveLanguage.detect(inputOf(turns, {}, shipped)).findings.filter((f) => f.weight < 0).map((f) => `${f.category}:${f.evidence.quote}`);

  it.each<[string, TurnSpec[], string[]]>([
    ['a negative interrogative that repeats the customer passes', [['customer', "I can't log in."], ['agent', "Can't you log in?"]], []],
    ['one with new words challenges', [['customer', 'I never got it.'], ['agent', "Didn't you read the email we sent?"]], ['challenge:Didn\'t you']],
    ['stop words and the pronoun shift do not count as new', [['customer', 'Call my landline.'], ['agent', 'Your landline?']], []],
    ['a short check-back of a number passes', [['customer', 'My seat is 12A.'], ['agent', '12A?']], []],
    ['a demand for something not said is bald', [['customer', 'My seat is 12A.'], ['agent', 'Surname?']], ['bald-question:Surname?']],
  ])('%s', (_name, turns, expected) => {
    expect(negatives(turns)).toEqual(expected);
  });
});

describe('positiveLanguage: negative language on ordinary service talk (review of 72 conversations)', () => {
  const shipped = loadLexiconSets(DEFAULT_LEXICON_DIR).get('en');
  const negatives = (turns: TurnSpec[]) =>
    positiveLanguage.detect(inputOf(turns, {}, shipped)).findings.filter((f) => f.weight < 0).map((f) => `${f.category}:${f.evidence.quote}`);

  it.each<string>([
    'You should have an email confirming that within the hour.',
    'You should have it within 3 working days.',
    "You should also get a text confirming it's active.",
    'You must have the app already?',
    "You'll have to bear with me a moment while the system updates.",
    "There's no way you'd have known that from the website.",
    "There's no way it'll happen again on this account.",
    "I can't apologise enough.",
    "I can't believe nobody told you.",
    'You never pay for returns with us.',
    'So you never have to worry about the timing.',
    "Since you didn't enter any details, your account is safe.",
    "I don't care how long it takes, I'll stay on this until it's confirmed.",
    'Look after yourself!',
    'Look forward to welcoming you!',
    'Relax and enjoy the trip!',
    'If it does start coming in, stop using the electrics.',
    'Give me two minutes and I will check.',
    "I'll chase the depot to speed it up.",
    'Whatever suits you best for the time, just let me know.',
    'We take this very seriously, so I have reported the number.',
    'Your rubbish collection was missed on Monday.',
    'It looks like the problem is with the line rather than your router.',
    "Actually, I've got some good news.",
    "In fact, I'll also set up a reminder.",
    "Why don't you try a safe-mode restart first?",
    'Done?',
    'Any better?',
    'Still restarting?',
    'Fair enough?',
    'Is it?',
    // look-alikes of the forms added after the 60-conversation review (lexicons en-2026.12.45)
    "That's not going to happen again, I promise.",
    "You obviously didn't get the email, I'm so sorry.",
    "You'll just have to wait for the text, then type the code in.",
  ])('does not fire: %s', (text) => {
    expect(negatives([['agent', text]])).toEqual([]);
  });

  it.each<[string, string[]]>([
    // an offer commits to an act for the customer (final read of 2026-12-08)
    ["I can't refund it, so I will just close the ticket.", ["cannot:I can't"]],
    ["I can't do that, so let me be clear, the answer is no.", ["cannot:I can't do that"]],
    ['Unfortunately there is nothing I can do. We will be charging the cancellation fee.', ['framing:Unfortunately', 'cannot:there is nothing I can do']],
    ["I can't fix it remotely, so I'll have an engineer come out tomorrow.", []],
    ["I don't know, I'll check for you.", []],
    ["I don't know. I'll check for you.", []],
  ])('bad news then %j counts %j', (text, expected) => {
    expect(negatives([['agent', text]])).toEqual(expected);
  });

  it('an inflected check-back is still one ("Declined?" after "declining")', () => {
    expect(negatives([['customer', 'It keeps declining my card.'], ['agent', 'Declined?']])).toEqual([]);
  });

  it.each<[string, TurnSpec[]]>([
    ['a bare refusal', [['agent', 'Nothing I can do, it says delivered.']]],
    ['refusing without a subject', [['agent', "No. Can't help you."]]],
    ['deflection to the company', [['agent', "It's not our responsibility."]]],
    ['sending the customer elsewhere', [['agent', 'Take it up with the courier.']]],
    ['an ultimatum', [['agent', "That's how it is. Take it or leave it."]]],
    ['"Stop." on its own', [['agent', 'Stop. Let me finish.']]],
    ['a silencer', [['agent', 'Stop interrupting me.']]],
    ['"Whatever." on its own', [['agent', 'Sure, whatever.']]],
    ['"whatever you say"', [['agent', 'Whatever you say.']]],
    ['"Seriously?"', [['agent', 'Seriously?']]],
    ['"The problem is" opening a sentence', [['agent', 'The problem is, you ordered the wrong one.']]],
    ['a question of stop words after the customer spoke', [['customer', 'It broke again.'], ['agent', 'And?']]],
    ['"What now?"', [['customer', 'Hello, me again.'], ['agent', 'What now?']]],
    ['"What do you expect?"', [['agent', "What do you expect? They're engineers, not cleaners."]]],
    ['an order to read', [['agent', 'Read the terms.']]],
    ['resignation as the answer', [['agent', "You'll just have to wait."]]],
    ['a refusal as a prophecy', [['agent', "That's not going to happen."]]],
    ['a rebuke of the manner', [['agent', "Don't take that attitude with me."]]],
    ['what the customer plainly failed to do', [['agent', "You obviously didn't read the email."]]],
  ])('fires: %s', (_name, turns) => {
    expect(negatives(turns).length).toBeGreaterThan(0);
  });
});

describe('positiveLanguage: not applicable', () => {
  it.each<[string, TurnSpec[], string]>([
    ['the agent said nothing', [['customer', 'Hello? I can wait.']], 'agent said nothing'],
    ['the agent turn is empty', [['agent', ''], ['customer', 'Hello?']], 'agent said nothing'],
    ['the agent sent marks only', [['agent', ':) ??'], ['customer', 'Hello?']], 'agent said nothing'],
  ])('%s', (_name, turns, reason) => {
    expect(detect(turns).indicators).toEqual({ na: reason, positive: 0, negative: 0, politeness: 0, score: null });
  });

  it('reports N/A without lexicons for the language', () => {
    const output = positiveLanguage.detect(withoutLexicons([['agent', 'Je peux vous aider.']], 'fr'));
    expect(output).toEqual({
      findings: [],
      indicators: { na: 'no lexicons for language fr', positive: 0, negative: 0, politeness: 0, score: null },
    });
  });
});

describe('positiveLanguage: the shipped English lexicons', () => {
  const shipped = loadLexiconSets(DEFAULT_LEXICON_DIR).get('en');
  const categories = (text: string) =>
    positiveLanguage.detect(inputOf([['agent', text]], {}, shipped)).findings.map((f) => `${f.kind.slice('language.'.length)}:${f.category}`);

  it.each<[string, string[]]>([
    ['Thank you for calling, how can I help you today?', ['politeness:gratitude', 'positive:willingness']],
    ["I'm so sorry about that, let me take a look.", ['politeness:apology', 'positive:willingness']],
    ['Could you please confirm your date of birth?', ['politeness:indirect-request', 'politeness:please']],
    // asking leave to act is a request made indirectly too
    ['Could I take your postcode?', ['politeness:indirect-request']],
    ['May I put you on hold for a moment?', ['politeness:indirect-request']],
    ['Can I go through the options with you?', ['politeness:indirect-request']],
    ["Absolutely, what I can do is send a new one. You're all set.", ['positive:affirmation', 'positive:can-do', 'positive:affirmation']],
    ["No problem at all, I'd be happy to help.", ['positive:affirmation', 'positive:willingness']],
    ["I can't do that, it's our policy.", ['negative:cannot', 'negative:policy']],
    ['Unfortunately you have to wait, calm down.', ['negative:framing', 'negative:directive', 'negative:dismissive']],
    ["That's not my department. As I said, you didn't read it.", ['negative:dismissive', 'negative:dismissive', 'negative:blame']],
    ['Why did you cancel it?', ['negative:direct-question']],
    ['Why is it still broken?', ['negative:direct-question']],
    // a joint suggestion and an enquiry about the fault are not direct questions
    ["Why don't we start with the router?", []],
    ["What's the problem with the boiler?", []],
    ['What is your problem?', ['negative:direct-question']],
    // an @handle is no word: the question after it opens its sentence
    ['@Tim Why is it still broken?', ['negative:direct-question']],
    // an agent's information-seeking questions are the job, not the study's impolite direct questions
    ['What does this mean?', []],
    ['And what is the order number?', []],
    ['Which address was it going to? When did you place the order? How did you pay?', []],
    ['Listen, that is ridiculous.', ['negative:dismissive', 'negative:impolite']],
    ['You must be so frustrated, you should receive it soon.', []],
    ["You shouldn't have to wait, and you didn't do anything wrong.", []],
    ['Give me one moment, let me listen to the recording.', ['positive:willingness']],
    ["I'll do whatever I can.", ['positive:willingness', 'positive:can-do']],
    // Culpeper's impoliteness formulae, each beside a service look-alike that must not fire
    ['Why on earth would it do that?', ['negative:challenge']],
    ['Did you even get the email?', ['negative:challenge']],
    ['Are you even able to log in?', []],
    ['You do realise the offer has ended?', ['negative:condescension']],
    ['If you do know your order number, that would speed things up.', []],
    ["It's not rocket science.", ['negative:condescension']],
    ['Any idiot could set it up.', ['negative:condescension']],
    ['Any child can travel free if they are under two.', []],
    ['Do you understand?', ['negative:message-enforcer']],
    ['Do you understand the new terms, or shall I go through them again?', []],
    ['I hope you understand.', []],
    ['I hope you understand?', []],
    ['Is that clear?', ['negative:message-enforcer']],
    ['Is that clear enough on your screen?', []],
    ['Sorry, the line broke up there, was that clear?', ['politeness:apology']],
    ['Does that make sense?', []],
    ['You got that?', ['negative:message-enforcer']],
    ['Got it, so is the address the same?', []],
    ['Your reference number is 48213, have you got that?', []],
    ['So what?', ['negative:dismissal']],
    ['So what I can do is send a new one.', ['positive:can-do']],
    ['So what time suits you?', []],
    ['Who cares?', ['negative:dismissal']],
    ['Who cares for your mother day to day?', []],
    ['Big deal.', ['negative:dismissal']],
    ["It's no big deal, and it is a big deal for us to get it right.", []],
    ['Just get over it.', ['negative:dismissal']],
    ['Time will help you get over it.', []],
    ['Get over it with the cursor.', []],
    ['Be quiet!', ['negative:silencer']],
    ['The line may be quiet for a moment. Keep quiet about the code.', ['politeness:hedge']],
    ['Stop complaining.', ['negative:silencer']],
    ['Once you stop shouting into the microphone it is clearer.', []],
    ["Don't interrupt me.", ['negative:silencer']],
    ['Or else, I can send a new one.', ['positive:can-do']],
    // a negative interrogative opening a question challenges (Heritage 2002); offers, tags and statements do not
    ["Didn't you get the email?", ['negative:challenge']],
    ["Haven't you tried restarting it?", ['negative:challenge']],
    ["Isn't that obvious?", ['negative:challenge']],
    // about a thing, it is mostly a check after a reported fault, or sides with the customer
    ["Isn't it working?", []],
    ["Shouldn't that have been refunded by now?", []],
    ["Wouldn't it be easier if I emailed it?", []],
    ["It's on its way, isn't it?", []],
    ["Don't you worry, it is on its way.", []],
    // praise for what the hearer did or said, beside look-alikes of "kind"
    ['You did the right thing by calling us.', ['politeness:deference']],
    ["You're doing really well, nearly there.", ['politeness:deference']],
    ["That's so kind of you to say.", ['politeness:deference']],
    ['You are kind.', ['politeness:deference']],
    ['It is kind of slow today.', ['politeness:hedge']],
    // minimising the imposition: the request is small or idle
    ['Just out of curiosity, which browser are you using?', ['politeness:hedge']],
    ['One quick question: is the router on?', ['politeness:hedge']],
    ['Just checking, is that the account ending 4432?', ['politeness:hedge']],
    ['Your question is quick to answer.', []],
    // going on record as incurring a debt, and being pessimistic about the hearer's doing it
    ["I'd be grateful if you could confirm your date of birth.", ['politeness:gratitude', 'politeness:indirect-request']],
    ["I'd really appreciate your patience while I check.", ['politeness:gratitude']],
    ["I don't suppose you have the order number to hand?", ['politeness:indirect-request']],
    // asking whether a proposal suits the hearer, beside a condition that is no hedge
    ['I can book it for Friday. Would that be okay?', ['positive:can-do', 'politeness:seek-agreement']],
    ['Does that work for you?', ['politeness:seek-agreement']],
    ['I could move it to Monday. What do you think?', ['politeness:seek-agreement']],
    ['So what do you think?', ['politeness:seek-agreement']],
    ['How does that sound?', ['politeness:seek-agreement']],
    ['Does that sound okay?', ['politeness:seek-agreement']],
    ['Would that be okay with you if I called back in ten minutes?', ['politeness:indirect-request']],
    ["I'll send it by email, is that ok", ['positive:willingness', 'politeness:seek-agreement']],
    ['That is fine with me.', []],
    ['Restart the router and tell me if it works. Did that help', ['politeness:attend']],
    ['Would Tuesday suit you better?', []],
    ['Would that suit you better?', ['politeness:seek-agreement']],
    ['What do you think is causing it?', []],
    ['Is that okay to go ahead with the order?', []],
    ['If not, your account will be suspended from Monday.', []],
    // offering, and giving options
    ['Shall I send it by email?', ['positive:willingness']],
    ['Okay, shall I send it by email?', ['positive:willingness']],
    ['If you like, I can call you back tomorrow.', ['politeness:hedge', 'positive:can-do']],
    ['I can email it instead, if you prefer.', ['positive:can-do', 'politeness:hedge']],
    ['If you like the plan, you can keep it.', []],
    ['The parcel shall I think arrive today.', ['politeness:hedge']],
    // asking whether a step helped, beside diagnostic questions
    ['Did that help?', ['politeness:attend']],
    ['Has that worked for you?', ['politeness:attend']],
    ['Did this work out for you?', ['politeness:attend']],
    ['Did you manage to get it working?', ['politeness:attend']],
    ['Have you managed to log in?', ['politeness:attend']],
    ['Did it work before the software update?', []],
    ['Did this help desk ticket come from you?', []],
    ['Does that help?', ['politeness:attend']],
    ['Does this help desk number look right?', []],
    ['Has this helped you understand the bill?', ['politeness:attend']],
    ['Did it work out cheaper?', []],
    ['Does it work with Windows?', []],
    // pressing the hearer for what they mean, beside a careful clarifying question
    ['What exactly do you expect me to do?', ['negative:challenge']],
    ['What exactly do you mean?', ['negative:challenge']],
    ['What exactly do you mean by the screen going blank?', []],
    ['What exactly do you want the letter to say?', []],
    ['How exactly is that my fault?', ['negative:challenge']],
    ['What exactly did the engineer say?', []],
    ['How exactly would you like it delivered?', ['politeness:indirect-request']],
    // "right" of time or place; inviting the customer's account
    ['I can see where you are right now on the map.', ['positive:can-do']],
    ["You're right, now let's fix it.", ['politeness:deference', 'politeness:first-person-plural']],
    ["You're right there, that shouldn't have happened.", ['politeness:deference']],
    ["I'm so sorry, tell me what happened.", ['politeness:apology']],
    ['Tell me more.', []],
    ['Just tell me what happened.', ['negative:direct-command']],
    ['Tell me your account number.', ['negative:direct-command']],
    // "really" in a question is mostly sympathy, diagnosis or small talk in service talk, not doubt
    ["Did you really have to wait two hours? I'm so sorry.", ['politeness:apology']],
    ['Is it really slow only on Wi-Fi, or on mobile data as well?', []],
    ['Do we really need an engineer to come out?', []],
    ['Is it really cold there today?', []],
    // "why not just" is a suggestion in service talk; "why don't you" questions the hearer
    ['Why not just pop it in the post?', []],
    ["Why don't you just leave it with me?", []],
    ["Why don't you let me finish?", ['negative:direct-question']],
    ["Why don't you just read the email?", ['negative:direct-question']],
    ['What kind of phone is it?', []],
    ['Which sort of plan do you have?', []],
    // a bald question of one or two words, beside the short checks, repairs and courtesies that are not
    // bad news, then what I can do (a detector rule): the offer after "but", "so" or "however", or
    // opening the next sentence, leaves only the offer; a bare refusal or an offer too late still counts
    ["I can't do that.", ['negative:cannot']],
    ["I can't do that, but I can refund the fee.", ['positive:can-do']],
    ["I can't do that, but I can't promise anything else either.", ['negative:cannot']],
    ['Unfortunately the cancellation is down to a crew shortage, but I can put you on the 6pm flight.', ['positive:can-do']],
    ["Unfortunately it's not refundable. What I can do is offer a voucher.", ['positive:can-do']],
    ["Unfortunately it's not refundable. I've checked twice. What I can do is offer a voucher.", ['negative:framing', 'positive:can-do']],
    ["I don't know why the engineer didn't come, but I'm going to find out.", []],
    ["I'm afraid the system is down, so I'll call you back within the hour.", ['positive:willingness']],
    // honest expectation-setting and the result of a search are not refusals
    ["I can't promise that a hundred percent, but I've flagged it as urgent.", []],
    ["I can't guarantee the outcome yet.", []],
    ["I can't find a payment under that reference, could you read it to me again?", ['politeness:indirect-request']],
    ["I can't see any slots today, the first one is Monday at nine.", []],
    // owning the fault is no bad-news framing; an invitation to call back is no order
    ['The problem is on our side: the delay was caused by a technical fault.', []],
    ['The problem is on your side.', ['negative:framing']],
    ["If anything changes, just call us and we'll look at it again.", []],
    ['Just call the courier.', ['negative:direct-command']],
    // what the customer was owed is no blame; a rule held against them is
    ["You were supposed to get a callback yesterday, and I'm sorry that didn't happen.", ['politeness:apology']],
    ["You're supposed to get a text the day before, so I'm sorry that didn't come through.", ['politeness:apology']],
    ["You're meant to be able to log in with your email, so let me check.", ['positive:willingness']],
    ["You were meant to hear back within a week, and I'm sorry you haven't.", ['politeness:apology']],
    ['You were supposed to have received the refund by Monday.', []],
    ['You were meant to be sent a reminder the day before.', []],
    ['You were supposed to tell us.', ['negative:blame']],
    ["Because you're supposed to.", ['negative:blame']],
    ["You're supposed to read the terms.", ['negative:blame']],
    ["You're supposed to be on the 6pm flight, so let me check.", ['positive:willingness']],
    ["I can't see how that's our problem.", ['negative:cannot']],
    ["I can't find any reason to refund it.", ['negative:cannot']],
    // refusing, silencing and dismissing, each beside a service look-alike
    ['Not much I can do about that.', ['negative:cannot']],
    ["There's not much you need to do, the meter sends readings by itself.", []],
    ["There's no need to raise your voice at me.", ['negative:dismissive']],
    ["There's no need to apologise at all.", []],
    // "I wouldn't bother" is advice as often as a brush-off ("Honestly? I wouldn't bother, the
    // standard cover already includes it"), so it is not counted (final read of 2026-12-08)
    ["You can appeal if you want but honestly I wouldn't bother.", []],
    ["I wouldn't bother printing it, the e-ticket on your phone is fine.", []],
    ['Google it then.', ['negative:dismissal']],
    ['You could just google it.', ['negative:dismissal']],
    ["You can google it too, but I'll text you the link now.", ['positive:willingness']],
    ['Sign in with Google, it takes a second.', []],
    ["That's just how it works.", ['negative:dismissive']],
    ["I'm just telling you how it works.", ['negative:dismissive']],
    ['Let me explain how it works.', ['positive:willingness']],
    ["That's exactly how it works, you've got it.", ['positive:affirmation']],
    // "that's your choice / call" closes options as often as it dismisses; "your lookout" only dismisses
    ["That's your lookout.", ['negative:dismissive']],
    ['Well, that\'s your choice.', []],
    ['Both plans are good, honestly, that\'s your call.', []],
    ["It's your choice, whichever suits you best.", []],
    ["That's your choice to make, and either is fine.", []],
    ['Do you want it or not?', ['negative:challenge']],
    ['Whether you want it or not is completely up to you.', []],
    // condescension (Culpeper), beside reassurance, requests and the agent's own promise
    ['Everyone knows you keep medication in your hand luggage.', ['negative:condescension']],
    ["Not everyone knows that, so don't worry.", ['positive:affirmation']],
    ['Everyone knows how stressful moving house is.', []],
    ['Everyone knows you by name at the Leeds branch.', []],
    ["If you'd read the admin guide you'd know there's a deployment option.", ['negative:condescension']],
    ["If you'd listened, we wouldn't be here.", ['negative:condescension']],
    ["If you'd checked your inbox you'd have seen it.", ['negative:condescension']],
    ["If you'd checked in online already, the refund is automatic.", ['politeness:indirect-request']],
    ["If you'd like, I can send that by email.", ['politeness:hedge', 'positive:can-do']],
    ["If you'd read me the code on the back, I'll check it.", ['politeness:indirect-request', 'positive:willingness']],
    ['Try again tomorrow and get it right this time.', ['negative:condescension']],
    ['Just get it right next time.', ['negative:condescension']],
    ['Make sure you get it right this time.', ['negative:condescension']],
    ['Let me try again and get it right this time.', ['positive:willingness']],
    ["We'll get it right this time, I promise.", []],
    // the small print as the whole answer, the rule said of customers, the fault put on their side
    ["It's in the terms and conditions.", ['negative:policy']],
    ["It's in the terms and conditions on page four, which I'll email you now.", ['positive:willingness']],
    // leading with the rule before a concession still leads with the rule (only cannot and framing
    // are bad news an offer redeems)
    ["It's in the terms, but I've waived the fee for you anyway.", ['negative:policy']],
    ['Customers are responsible for submitting readings.', ['negative:policy']],
    ["We're responsible for the meter, so there's nothing to pay.", []],
    ["Well it's showing fine from here so it's probably your wiring.", ['negative:blame']],
    ["Well it's showing fine from here so this isn't anything you've done.", []],
    ["It's on your side of the socket, so I've booked an engineer at no charge.", []],
    ['Postcode?', ['negative:bald-question']],
    ['Really?', ['negative:bald-question']],
    ['Okay?', []],
    ['Still there?', []],
    ['Anything else?', []],
    ['Any questions?', []],
    ['Make sense?', []],
    ['Any luck?', []],
    ['Oh?', []],
    ['Good morning. Mrs Patel?', ['politeness:greeting']],
    ['Tomorrow morning?', []],
    ['Understood?', ['negative:message-enforcer']],
    ['Sorry?', ['politeness:apology']],
    ['Your postcode, please?', ['politeness:please']],
    ['Name and postcode?', []],
    ['Hello???', ['politeness:greeting', 'negative:exasperation']],
    ['Why?', ['negative:direct-question']],
    // an open request for the hearer's view
    ['Any thoughts on which plan you prefer?', ['politeness:indirect-request']],
    ['Any other questions?', []],
    // the two marks, with the shipped lexicons
    ['Thanks for holding ;-)', ['politeness:gratitude', 'politeness:emoticon']],
    ['Sorry to hear that :(', ['politeness:apology']],
    ['Are you still there??', ['negative:exasperation']],
    ['The page is https://example.com/faq?? and the code is ?!X9', []],
    ['You said "why??" and I understand.', []],
  ])('%s', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });
});
