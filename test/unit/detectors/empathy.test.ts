import { describe, expect, it } from 'vitest';
import { EMPATHY_PARAMS, empathy } from '../../../src/detectors/empathy.js';
import { DEFAULT_LEXICON_DIR, loadLexiconSets } from '../../../src/lexicon/load.js';
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

describe('empathy: opportunities from the shipped English emotion lexicon', () => {
  const shipped = loadLexiconSets(DEFAULT_LEXICON_DIR).get('en');
  const opportunityOf = (text: string) =>
    empathy
      .detect(inputOf([['customer', text], ['agent', 'Let me check that for you.']], {}, shipped))
      .findings.filter((f) => f.kind === 'empathy.opportunity')
      .map((f) => `${f.category}: ${f.evidence.quote}`);

  it.each<[string, string[]]>([
    // a reproach asked as a question is disbelief, an emotion to answer
    ['How could you lose my bag?', ['emotion: How could you lose my']],
    ['How can you not tell us anything?', ['emotion: How can you not tell']],
    ['How is that possible?', ['emotion: How is that possible']],
    // questions that ask are none: "how do you" is also "how does one"
    ['How is it possible to change my seat?', []],
    ['How do you reset the router?', []],
    ['How do you forget a Wi-Fi network on Windows 11?', []],
    // a loss told as its lasting state is a problem; where a thing about it is shown is none
    ["I still don't have my bag.", ["problem: still don't have my bag"]],
    ['Where are my bags?', ['problem: Where are my bags']],
    ['Where is my bag allowance shown?', []],
    ["I don't have my order confirmation email, can you resend it?", []],
    // an agenda, a place, a habit, a family's veto, praise: no problem stated
    ["There are some issues I'd like to discuss about the new plan.", []],
    ['The site is down the road from my house.', []],
    ['Is the app down for maintenance on Sunday, do you know?', []],
    ["Sorry, I'll hang up on my end and call you back.", []],
    ["I haven't been able to find the time to call.", []],
    ["I've never heard anything but good things about you guys.", []],
    ["My wife won't let me cancel it, she loves the sports package.", []],
    ['My salary never arrives before the 28th, so can I move the date?', []],
    ['It refused to let me pay twice, which was good.', []],
    // the day's problem entries, each as the problem it opens (lexicons en-2026.12.29 to 2026.12.40)
    ['We have not received our package.', ['problem: have not received our package']],
    ['My bag never made the flight.', ['problem: bag never made the flight']],
    ["I haven't heard anything since Monday.", ["problem: haven't heard anything"]],
    ['There is no gate agent at the desk.', ['problem: no gate agent at']],
    ['No crew to load bags.', ['problem: No crew to']],
    ['There is no supervisor available.', ['problem: no supervisor available']],
    ["It won't let me log in.", ["problem: won't let me log in"]],
    ["The ATM wouldn't allow me to withdraw cash.", ["problem: wouldn't allow me to withdraw"]],
    ["I haven't been able to use my card since Tuesday.", ["problem: haven't been able to use my card"]],
    ['In spite of the delay nobody bothered to tell us anything.', ['problem: nobody bothered to tell']],
    ["The website's down again.", ["problem: website's down"]],
    ['We are having billing issues again.', ['problem: We are having billing issues']],
    // grief, shock, money taken, data lost, a price rise, a thing that broke on a day (lexicons
    // en-2026.12.42, from a review of 60 invented service conversations)
    ['My mother passed away last week and I need to close her account.', ['emotion: passed away']],
    ["We lost my dad in March, so I'm sorting out his bills.", ['emotion: lost my dad']],
    ["I'm a bit shaken.", ["emotion: I'm a bit shaken"]],
    ["Someone has taken £1,200 out of my account, I didn't authorise it.", ["problem: didn't authorise it"]],
    ['Someone has taken money out of my account.', ['problem: Someone has taken money']],
    ['It was taken out of my account this morning.', ['problem: taken out of my account']],
    ['Someone has taken my old number, no big deal.', []],
    ["No, I've never authorised anyone else on the account.", []],
    ["The cakes? No, I didn't make them, my wife did.", []],
    ['My direct debit has gone up as I asked, thank you.', []],
    ["My balance hasn't moved since I paid it off.", []],
    ['Will the discount be passed on?', []],
    ["I'm still shaking with excitement, I won the raffle!", []],
    ["I'm still shaking.", ["emotion: I'm still shaking"]],
    // each narrowing exclusion of the day, as the look-alike it keeps out
    ['I lost my baby monitor on the train.', ['problem: lost']],
    ['Monday was fine until 2pm for the engineer.', []],
    ['The payments we never made over Christmas, can I catch up on them now?', []],
    ["I've been fine up to now.", []],
    ["There are payments on my card I didn't make.", ["problem: I didn't make"]],
    ['Your app deleted all my photos when I updated.', ['problem: deleted all my photos']],
    ['My checkout is down.', ['problem: checkout is down']],
    ["The tracking link hasn't updated in a week.", ["problem: link hasn't updated in"]],
    ['My home insurance renewal has gone up by forty percent.', ['problem: renewal has gone up by']],
    ['My wiring? It was fine until last week.', ['problem: was fine until']],
    ["I didn't authorise that payment.", ["problem: didn't authorise that payment"]],
    // a thing of the person's, a look taken, a rise that is good news, the customer's own tidying
    ["I lost my wife's card.", ['problem: lost']],
    ['Someone has taken a look at it already.', []],
    ['My broadband speed has gone up.', []],
    ['I deleted my old account.', []],
    ['Someone used to help me with this.', []],
    ["I didn't recognise your number so I didn't pick up.", []],
    ["There are two payments I don't recognise.", ["problem: payments I don't recognise"]],
    ["I haven't moved since 2019.", []],
    ["My details haven't changed since last year.", []],
    ["The parcel hasn't moved in five days.", ["problem: parcel hasn't moved in"]],
    ['I was working until 6 so I missed the call.', []],
    ['It worked fine until the update.', ['problem: It worked fine until']],
    // after a review of 154 fresh customer lines: passing a thing on, a missed appointment, a parcel
    // taken in, someone else's approval, a reference, the customer's own wiping, good news, a move,
    // a day's availability, a record, a rattle; and the forms that were missed
    ['I passed on your details to my accountant.', []],
    ['My neighbour passed on your message that the engineer called round.', []],
    ["No, I didn't make it, my husband did the booking.", []],
    ["I didn't make a note of the reference, can you give it again?", []],
    // a positional tag holds in problem.lex as in every lexicon: "clause-final" here
    ['These are payments we never made.', ['problem: payments we never made']],
    ["We didn't make them wait long, did we?", []],
    ['Someone has taken the parcel in for me, my neighbour at number 12.', []],
    ['Somebody got into the building and left the parcel in the lobby.', []],
    ["My manager didn't approve my leave, so I need to change the flight dates.", []],
    ["I don't recognise the payment reference you just read out.", []],
    ["I've wiped my data off the old phone before trading it in.", []],
    ["The price hasn't moved in two years, which is great.", []],
    ["My mum hasn't moved in with us yet, so keep the old address.", []],
    ["It's been fine up to now, I just want to check the warranty date.", []],
    ['They were working until 5 so nobody was home to sign for it.', []],
    ['I think my email is down as the old one on your system.', []],
    ['Petrol prices have gone up so I am driving less.', []],
    ["I'm still a bit shaken.", ["emotion: I'm still a bit shaken"]],
    ["Someone's cloned my card and spent money in Spain.", ["problem: Someone's cloned"]],
    ['Someone has been using my account.', ['problem: Someone has been using my account']],
    ['My bill went up by twenty pounds this month.', ['problem: bill went up by']],
    ['My husband died last month.', ['emotion: My husband died']],
    ['We lost mum in March.', ['emotion: lost mum in']],
    // news, not a problem
    ['No manager sign-off required.', []],
    ["There's no gate agent needed.", []],
    ['No crew member was rude.', ['negative-sentiment: rude']],
  ])('%j', (text, expected) => {
    expect(opportunityOf(text)).toEqual(expected);
  });
});

describe('empathy: the shipped English lexicon', () => {
  const shipped = loadLexiconSets(DEFAULT_LEXICON_DIR).get('en');
  /** The empathy phrases an agent turn shows, as "category: quoted words". */
  const phrasesOf = (text: string) =>
    empathy.detect(inputOf([['agent', text]], {}, shipped)).findings.map((f) => `${f.category}: ${f.evidence.quote}`);

  it.each<[string, string, string[]]>([
    // offers to listen
    ['an offer to listen', "If you ever need someone to talk to, I'm here.", ['emotional-reaction: If you ever need someone to talk to']],
    ['an offer to talk', 'If you want to talk, message me.', ['emotional-reaction: If you want to talk']],
    ['being there for the person', "We're all here for you.", ["emotional-reaction: We're all here for you"]],
    ['willing to listen', "I'm happy to listen.", ['emotional-reaction: happy to listen']],
    ['feeling with the person', 'I feel you, waiting in all day is the worst.', ['emotional-reaction: I feel you']],
    ['feeling what the person has been through', 'I feel you have been through so much.', ['emotional-reaction: I feel you']],
    ['feeling how the person is treated', 'I feel you are being treated unfairly.', ['emotional-reaction: I feel you']],
    // sympathy for the feeling, and feeling sorry for the person
    ['the worst', "Ugh, that's the worst.", ['emotional-reaction: Ugh', "emotional-reaction: that's the worst"]],
    ['an awful feeling', 'What an awful feeling.', ['emotional-reaction: What an awful feeling']],
    ['feeling bad for the person', 'I feel so bad for you.', ['emotional-reaction: I feel so bad for you']],
    ['an apology for a negative situation', "I'm sorry you're not feeling well.", ["emotional-reaction: I'm sorry you're not"]],
    ['an apology for a plan that did not work', "Sorry it didn't work out.", ["emotional-reaction: Sorry it didn't"]],
    ['chat spelling of sorry', 'im so sorry', ['emotional-reaction: im so sorry']],
    // good wishes, belief and pride
    ['get well soon', 'Feel better soon!', ['emotional-reaction: Feel better soon']],
    ['hoping it goes well', 'Hope it goes well tomorrow.', ['emotional-reaction: Hope it goes well']],
    ['a hope for the person', 'Hope you are ok.', ['emotional-reaction: Hope you are']],
    ['belief in the person', 'I believe in you.', ['emotional-reaction: I believe in you']],
    ['pride in the person', 'You should be proud of yourself.', ['emotional-reaction: proud of yourself']],
    ['self-compassion', "Don't be so hard on yourself.", ["emotional-reaction: Don't be so hard on yourself"]],
    ['getting through it', "You'll get through this, we're in this together.", ["emotional-reaction: You'll get through this", "emotional-reaction: we're in this together"]],
    ['warmth toward the person', "You're amazing.", ["emotional-reaction: You're amazing"]],
    ['in my thoughts', 'You are in my thoughts.', ['emotional-reaction: You are in my thoughts']],
    ['care for the person', 'We really care about you.', ['emotional-reaction: We really care about you']],
    ['a wish to help', 'I wish I could do more to help.', ['emotional-reaction: I wish I could do']],
    ['a wish for better news', 'I wish I had better news.', ['emotional-reaction: I wish I had better']],
    ['gladness for the person', "So glad you're okay.", ["emotional-reaction: So glad you're"]],
    ['gladness for what the person did', 'Glad you made it home safe.', ['emotional-reaction: Glad you']],
    ['good news', "That's great news!", ["emotional-reaction: That's great news"]],
    // absolving self-blame or fear, and normalising a slip (lexicons en-2026.12.36)
    ['not to be embarrassed', "Don't be embarrassed, it happens to the best of us.", ["reassurance: Don't be embarrassed", 'interpretation: it happens to the best of us']],
    ['no need to apologise', "There's no need to apologise.", ["reassurance: There's no need to apologise"]],
    ['nothing done wrong', "You didn't do anything wrong, the link had expired.", ["reassurance: You didn't do anything wrong"]],
    ['not to feel bad', "Please don't feel bad about it.", ["reassurance: Please don't feel bad"]],
    ['rooting for the person', "I'm rooting for you!", ["emotional-reaction: I'm rooting for you"]],
    // validation said on its own, a call that cost the customer, reassurance announced (lexicons en-2026.12.42)
    ['validation on its own', 'Completely understandable.', ['interpretation: Completely understandable']],
    ['validation then news', "Understandable. You're all set now.", ['interpretation: Understandable']],
    ['an understandable message', 'It shows an understandable error message.', []],
    ['a call not easy to make', "I know that can't have been an easy call to make.", ["interpretation: that can't have been an easy call"]],
    ['easy to set up', "It couldn't have been easier to set up.", []],
    ['reassurance announced', 'I want to reassure you straight away, we will not disconnect you.', ['reassurance: I want to reassure you']],
    ['reassurance offered', 'Let me reassure you that the money is safe.', ['reassurance: Let me reassure you']],
    ['an engineer\'s fix', "It can't have been an easy fix for the engineer.", []],
    // a bereavement call's sympathy (lexicons en-2026.12.46)
    ['condolences', 'Please accept my condolences.', ['emotional-reaction: Please accept my condolences']],
    ['sympathy', 'Our deepest sympathies.', ['emotional-reaction: Our deepest sympathies']],
    ['a difficult time', 'That must be a very difficult time for you.', ['interpretation: must be a very difficult time']],
    ['time offered', 'Take all the time you need.', ['reassurance: Take all the time you need']],
    ['no rush', "There's no rush at all.", ["reassurance: There's no rush at all"]],
    ['no rush to do a thing', "There's no rush to send it back, you have 30 days.", []],
    ['sympathy with a view', 'I have some sympathy with the view that the fee is high.', []],
    ['sympathy withheld', 'Honestly, my sympathy is limited here.', []],
    ['sympathy to the family', 'Our sympathies to your family.', ['emotional-reaction: Our sympathies to your family']],
    ['a bare "no rush", as a bare "take your time"', 'No rush.', []],
    // the plight named, the worry validated, self-blame absolved (lexicons en-2026.12.49)
    ['a spot to be in', "That's a terrible spot to be in.", ["emotional-reaction: That's a terrible spot to be in"]],
    ['a position to be in', "That's such a hard position to be in as a parent.", ["emotional-reaction: That's such a hard position to be in"]],
    ['an awful thing to happen', "That's an awful thing to happen, and I'm genuinely sorry.", ["emotional-reaction: That's an awful thing to happen", 'emotional-reaction: genuinely sorry']],
    ['courage', 'Asking for help takes real courage.', ['emotional-reaction: takes real courage']],
    ['right to worry', "You're right to worry, there's not much cushion.", ["interpretation: You're right to worry"]],
    ['a reasonable fear', "That's a completely reasonable fear.", ['interpretation: a completely reasonable fear']],
    ['should not have happened', "That shouldn't have happened.", ["interpretation: That shouldn't have happened"]],
    ['should not have had to', "You shouldn't have had to chase us for this.", ["interpretation: You shouldn't have had to chase"]],
    ['sorry for what was not done', "I'm sorry that wasn't done.", ["emotional-reaction: I'm sorry that wasn't"]],
    ['not a terrible parent', "You're not a terrible mom at all.", ["reassurance: You're not a terrible mom"]],
    ['not pathetic', "You're not pathetic at all, Owen.", ["reassurance: You're not pathetic at all"]],
    // a right, a place, a fix, a condition, a candidate, a charge, a button
    ['a right', "You're entitled to a refund.", []],
    ['a place hard to reach', 'The meter is in a difficult place to reach.', []],
    ['a thing hard to fix', "It's a difficult thing to fix remotely.", []],
    ['a condition', "It shouldn't have happened if the update installed.", []],
    ['a candidate', "You're not a bad candidate for the upgrade.", []],
    ['a charge', "You're not being charged twice.", []],
    ['a wrong button', 'Sorry, that was the wrong button.', []],
    // after a review of 156 fresh agent lines: places, lawns, game tokens, rate cuts, logs, auto-updates,
    // credit scores, conditions, typos, warnings and policy grounds are no empathy
    ['a place', 'The car park is a scary place to be in at night, so security will walk you to your car.', []],
    ['a lawn', 'Frost is a horrible thing to happen to a new lawn, so cover it tonight.', []],
    ['game tokens', 'The Lionheart skin takes courage tokens, and you have 40, so you need 10 more.', []],
    ['a rate cut', "You're entitled to feel the benefit of the rate cut from next month.", []],
    ['a log', 'According to the logs, that should not have happened.', []],
    ['an auto-update', 'You should never have had to reset it; the auto-update does that.', []],
    ['a credit score', "Honestly, you're not a bad person to lend to, your score is 720.", []],
    ['a condition', 'If you are not overreacting, the reading should be above nine.', []],
    ['a typo', 'Sorry that was a typo, the code is 4471.', []],
    ['a warning', "You'll be genuinely sorry if you skip the insurance.", []],
    ['policy grounds', 'Under the policy, a reasonable fear of violence counts as grounds for an emergency transfer.', []],
    ['a terrible situation', 'What a terrible situation to be in.', ['emotional-reaction: What a terrible situation to be in']],
    ['should never have happened to you', 'That should never have happened to you.', ['interpretation: That should never have happened to you']],
    ['not silly for worrying', "You're not silly for worrying about it.", ["emotional-reaction: You're not silly"]],
    ['a fair worry', "That's a fair worry.", ['interpretation: a fair worry']],
    ['courage taken', 'That must have taken a lot of courage.', ['emotional-reaction: must have taken a lot of courage']],
    ['confirmed in writing', 'We can reassure you in writing if you need it.', []],
    ['validation after "yeah"', 'Yeah, completely understandable.', ['interpretation: completely understandable']],
    ['validation as a relative clause', 'Which is completely understandable.', ['interpretation: Which is completely understandable']],
    ['reassurance put first', 'Just to reassure you, the money is safe.', ['reassurance: Just to reassure you']],
    ['not to feel low', 'No need to feel low about it.', ['reassurance: No need to feel low']],
    ['the right thing done', 'You did the right thing calling us straight away.', ['reassurance: You did the right thing']],
    ['the right thing doubted', "I don't think you did the right thing there.", []],
    ['a rough ride, without a subject', 'Sounds like a rough ride.', ['emotional-reaction: Sounds like a rough ride']],
    ['a service rule that happens to everyone', 'That happens to everyone on the old plan after 30 days.', []],
    // after a review: low and down are feelings only after "feel", a ride is also weather or a market,
    // a product's behaviour happens to everyone, and a doubt or an instruction absolves nothing
    ['being down money', "You shouldn't be down any money once the refund lands.", []],
    ['low on data', 'You should not be low on data now.', []],
    ['a bumpy upgrade path', 'Sounds like a bumpy ride on the upgrade path.', []],
    ['a rollercoaster of a day', 'Sounds like a real rollercoaster of a day.', ['emotional-reaction: Sounds like a real rollercoaster of a day']],
    ['how a router behaves', 'Yeah that happens to everyone, the router reboots itself at 3am.', []],
    ['a doubt', "Are you sure you didn't do anything wrong when you entered the sort code?", []],
    ['an instruction', "Don't be afraid to push the reset button firmly.", []],
    ['an apology waved away', "Oh don't apologise!", ["reassurance: don't apologise"]],
    ['speech without punctuation', 'dont feel bad it happens to the best of us', ['reassurance: dont feel bad', 'interpretation: it happens to the best of us']],
    // in a service chat
    ['a service apology for a negative situation', "I'm sorry it hasn't arrived yet.", ["emotional-reaction: I'm sorry it hasn't"]],
    ['... said of the customer', "I'm sorry you haven't received it yet.", ["emotional-reaction: I'm sorry you haven't"]],
    ['glad it is fixed', "I'm glad it's working now.", ["emotional-reaction: glad it's"]],
    ['good to hear', 'Good to hear the refund came through.', ['emotional-reaction: Good to hear']],
    ['good to hear, on its own', "That's great to hear.", ['emotional-reaction: great to hear']],
    ['an offer to listen to the person', "I'm happy to listen to you.", ['emotional-reaction: happy to listen to you']],
    ['an offer to talk about it', 'If you need to talk about it, message me.', ['emotional-reaction: If you need to talk about it']],
    ['getting better soon', "Hopefully you'll get better soon.", ["emotional-reaction: Hopefully you'll get better soon"]],
    ['you will be okay is reassurance', "You'll be okay.", ["reassurance: You'll be okay"]],
    ['... and so is you will be alright', 'You will be alright.', ['reassurance: You will be alright']],
  ])('fires: %s', (_, text, expected) => {
    expect(phrasesOf(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    // negation cancels the new phrases
    ['not feeling sorry for the person', "I don't feel sorry for you."],
    ['not caring', "I don't care about you."],
    ['not believing in the person', "I don't believe in you."],
    ['not glad', "I'm not glad you called."],
    ['not proud', 'Nobody is proud of you.'],
    ['not sorry about a negative situation', "I'm not sorry it didn't work."],
    // a referral or an instruction in a service chat is not an offer to listen
    ['a referral to another team', 'If you need to talk to our billing team, call 0800 123 456.'],
    ['a referral to a supervisor', 'If you would like to speak to a supervisor, I can transfer you.'],
    ['a contact-us line', 'If you want to chat with us again, use the app.'],
    ['a sales topic', 'If you want to talk about upgrading your plan, just ask.'],
    ['listening to a recording', 'I will listen to the recording now.'],
    ['taking care of a task', "I'll take care of them for you."],
    ['getting through to a team', "You'll get through to the returns team shortly."],
    ['making it on time', 'You will make it to the airport in time.'],
    ['a wish about the speaker', 'I wish I had more time today.'],
    ['a wish about the speaker, not the person', 'I wish there was something to look forward to.'],
    ['a noun, not praise', 'The engineer did a good job of the install.'],
    ['hopefully about a delivery', 'Hopefully you will receive it by Friday.'],
    ['the hardest step of a process', 'This is the hardest part of the form.'],
    // small talk and procedure in a service chat are not emotional reactions
    ['a pleasantry after a fix', 'Glad it worked! Is there anything else I can help with?'],
    ['a greeting', 'Good to hear from you again, Mr Patel.'],
    ['an opening greeting', "Hope you're doing well today! How can I help?"],
    ['having something to hand', 'Hope you have your account number handy.'],
    ['listening to a call recording', "I'm happy to listen to the call recording to check what was said."],
    ['a chat offered anytime', "I'm here to chat anytime."],
    ['an IVR option', 'If you need to talk to billing, press 2.'],
    ['talking to the bank first', "If you need to talk to your bank first, that's fine."],
    ['a better signal', "Hopefully you'll get better signal with the new router."],
    ['better coverage', 'You will get better coverage with 5G.'],
    ['troubleshooting step by step', "Let's take it one step at a time: first, unplug the router."],
    ['praise for a task', "Well done, you've entered the code correctly."],
    // "ur" stays as written (your or you're), so "sorry ur" does not become "sorry your"
    ['an apology before a request, unpunctuated', 'Sorry your account number please'],
  ])('does not fire: %s', (_, text) => {
    expect(phrasesOf(text)).toEqual([]);
  });

  it.each<[string, string, string[]]>([
    // an inference about the feeling
    ['that must be frustrating', 'That must be so frustrating.', ['interpretation: That must be so frustrating']],
    // acknowledging the feeling
    ['the person sounds upset', 'You sound really frustrated.', ['interpretation: You sound really frustrated']],
    ['what the person is going through', "It sounds like you're going through a lot.", ["interpretation: It sounds like you're going through"]],
    ['it seems the person is struggling', 'It seems like you have been struggling with this.', ['interpretation: It seems like you have been struggling']],
    ['how much it means', 'I can tell how much this means to you.', ['interpretation: I can tell how much this means to you']],
    ['it matters to the person', 'I know this matters a lot to you.', ['interpretation: this matters a lot to you']],
    ['naming the feeling heard', 'I hear your frustration.', ['interpretation: I hear your frustration']],
    // reflecting
    ['what the person is saying', "So what you're saying is the parcel never came.", ["interpretation: So what you're saying is"]],
    ['where the person is coming from', "I see where you're coming from.", ["interpretation: I see where you're coming from"]],
    // validating
    ['no wonder', "No wonder you're upset.", ["interpretation: No wonder you're upset"]],
    ['anyone in the position', 'Anyone in your position would be annoyed.', ['interpretation: Anyone in your position']],
    ['feelings are valid', 'What you are feeling is completely valid.', ['interpretation: What you are feeling is completely valid']],
    ['a normal reaction', "That's a completely normal reaction.", ['interpretation: a completely normal reaction']],
    ['not to blame the person', "I don't blame you.", ["interpretation: I don't blame you"]],
    ['not the only one', "You're not the only one.", ["interpretation: You're not the only one"]],
    // sharing a similar experience
    ['been there', "Been there, it's rough.", ['interpretation: Been there', "emotional-reaction: it's rough"]],
    ["we've all been there", "We've all been there.", ["interpretation: We've all been there"]],
    ['the same boat', "I'm in the same boat.", ["interpretation: I'm in the same boat"]],
    ['going through the same thing', "I'm going through the same thing.", ["interpretation: I'm going through the same thing"]],
    ['knowing the feeling', 'I know the feeling.', ['interpretation: I know the feeling']],
    ['the same problem', 'I had the same problem with mine.', ['interpretation: I had the same problem']],
    ['it happened to me', 'The same thing happened to me last year.', ['interpretation: The same thing happened to me']],
    ['a bare same', 'Same. It drives me mad.', ['interpretation: Same']],
    ['a short agreement', 'Yeah, I do too.', ['interpretation: I do too']],
    ['relating to it', 'I can totally relate to this.', ['interpretation: I can totally relate to this']],
    ['relating to how it is', 'I can relate to how hard that is.', ['interpretation: I can relate to how']],
    ['we can relate', 'We can all relate to that.', ['interpretation: We can all relate to that']],
    ['relating in part', 'I can relate on some level.', ['interpretation: I can relate on some level']],
    ['hearing the person on a point', 'I hear you on that.', ['interpretation: I hear you on that']],
    ['feeling similarly', 'I felt a similar way when mine broke.', ['interpretation: I felt a similar way']],
    ['knowing the struggle', 'I know the struggle.', ['interpretation: I know the struggle']],
    ['feeling that way too', 'I feel that way too.', ['interpretation: I feel that way too']],
    ['how the speaker feels', "That's exactly how I feel.", ["interpretation: That's exactly how I feel"]],
    ['the speaker used to feel so', 'I used to feel so anxious about it.', ['interpretation: I used to feel']],
    ['struggling with it too', "I've struggled with that myself.", ["interpretation: I've struggled with that myself"]],
    ['the same feeling, sameness marked', "I've been so stressed myself.", ["interpretation: I've been so stressed myself"]],
    ['the speaker was alone in it', 'I thought I was the only one.', ['interpretation: I thought I was the only one']],
    ['when the speaker went through something similar', 'When I went through something similar, it helped to talk.', ['interpretation: When I went through something similar']],
    ['a clause of getting it', 'I totally get that.', ['interpretation: I totally get that']],
    ['anyone in that situation would be upset', 'Anyone in that situation would be upset.', ['interpretation: Anyone in that situation would be upset']],
    ['a normal reaction to something', "That's a normal reaction to bad news.", ['interpretation: a normal reaction to']],
    ['not the only one who feels so', "You're not the only one who feels this way.", ["interpretation: You're not the only one who feels"]],
  ])('fires, understanding: %s', (_, text, expected) => {
    expect(phrasesOf(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    // screen narration and service look-alikes of the understanding families
    ['narrating what the customer did', 'It seems you ordered two of them.'],
    ['narrating the account', 'It seems like you have two accounts with us.'],
    ['narrating a failure', 'It seems the payment failed.'],
    ['the total', 'That makes the total 40.'],
    ['reading an amount off the screen', 'I can see how much data you have used.'],
    ['telling the customer a figure', 'I can tell you how much it costs.'],
    ['a value to the company', 'This means a lot to us.'],
    ['a note on the ticket', 'I see the concern was logged yesterday.'],
    ['where the customer is calling from', "I see where you're calling from."],
    ['a refund the customer is entitled to', 'Of course you are entitled to a refund.'],
    ['the same address', 'I have the same address on file.'],
    ['the same error on the screen', 'I see the same error on my screen.'],
    ['the same order number', 'I had the same order number in front of me.'],
    ['a process', 'Your refund is going through the same process.'],
    ['reproducing an error', 'I get the same error when I try it.'],
    ['an issue other customers reported', "We've had the same issue reported by other customers."],
    ['working through a file', "I've been going through your file."],
    ['handling a case', "I've been dealing with your case since Monday."],
    ['a system that was slow', 'I struggled with the system for a bit there.'],
    ['remembering a past contact', 'I remember when I processed your last refund.'],
    ['a routine task', 'I do this every day, it only takes a minute.'],
    ['a frequent question', 'I get that a lot from customers.'],
    ['working through a case', "I've been through your account and it's all fine."],
    ['same-day delivery', 'Same day delivery is available.'],
    ['the same as before', 'Same as before, yes.'],
    ['confirming with a bare same', 'Yes, same.'],
    ['a form field that is the same', 'Billing address: same.'],
    ['too many', 'I have too many tickets open today.'],
    ['a valid card', 'Your card is valid until May.'],
    ['a fair question', "That's a fair question."],
    ['the only account holder', "You're not the only one on the account."],
    ['getting an item', 'I get that item in stock on Monday.'],
    ['a past job', 'I used to work in billing.'],
    ['a task the agent dealt with', 'I dealt with your refund yesterday.'],
    ['a checking task', 'When I was checking your order I saw the fee.'],
    ['relating two records', 'I can relate the two orders on the system.'],
    ['relating a ticket', 'I can relate this to your earlier ticket.'],
    ['an opinion', 'I feel you should call the bank first.'],
    ['an opinion on a policy', 'I feel similarly about the new policy.'],
    ['identifying a part', 'I can identify strongly which part failed.'],
    ['hearing on the line', 'I hear you on the line now, go ahead.'],
    ['knowing the process', 'I know the process for returns.'],
    ['naming the agent', 'Yes, that is me, I handled your case.'],
    ['a real person', 'This is a real person, not a bot.'],
    ['a view, not a shared feeling', 'I feel like that would be the best option.'],
    ['a preference', 'I feel that this plan suits you.'],
    // screen narration read as sharing a similar experience
    ['going through the account', 'When I went through your account, I saw two charges.'],
    ['reproducing an issue', 'I have the same issue on my end when I log in.'],
    ['following the same steps', "I'm going through the same steps as you on my screen."],
    ['getting a reference', "Let me check the reference, and once I get that, I'll process it."],
    ['seeing it on the screen too', 'I have it too on my screen.'],
    ['a status unchanged', "We're in the same situation as last week, the engineer hasn't confirmed."],
    // policy wording read as validation
    ['a normal response time', 'A normal response time is 3 to 5 working days.'],
    ['a valid response from the bank', 'We need a valid response from your bank before we can refund.'],
    ['the same compensation for everyone', 'Everyone in the same situation receives the same compensation.'],
    ['a refund under the policy', 'Anyone in that position would get a refund under the policy.'],
    ['a refund in the person\'s position', 'Anyone in your position would get a refund under the policy.'],
    ['who can make changes', 'You are not the only one who can make changes, your husband is also an authorised user.'],
    // negation stays honest
    ['not knowing the feeling', "I don't know the feeling."],
    ['never been there', "I've never been there."],
    ['not the same boat', "I'm not in the same boat."],
    ['not relating', "I can't relate to this."],
  ])('does not fire, understanding: %s', (_, text) => {
    expect(phrasesOf(text)).toEqual([]);
  });

  // Review of the older entries (en-2026.11.9): ordinary agent speech on billing, bookings, deliveries,
  // tech support and policy that used to fire, each beside the genuine form that still does
  it.each<[string, string, string[]]>([
    ["a validation", "That's completely valid.", ["interpretation: That's completely valid"]],
    ["a normal feeling", "It's normal to feel that way.", ["emotional-reaction: It's normal to feel"]],
    ["okay to be upset", "It's okay to be upset.", ["emotional-reaction: It's okay to be upset"]],
    ["telling the feeling", "I can tell you're really frustrated.", ["interpretation: I can tell you're really frustrated"]],
    ["hearing the feeling", "I can hear that you're upset.", ["interpretation: I can hear that you're upset"]],
    ["sounds like a rough week", "It sounds like you've had a rough week.", ["interpretation: It sounds like you've had a rough"]],
    ["sounds like a lot to deal with", "That sounds like a lot to deal with.", ["emotional-reaction: That sounds like a lot to deal with"]],
    ["a bare a lot", "That sounds like a lot.", ["emotional-reaction: That sounds like a lot"]],
    // a hard situation or experience of the person's, named (en-2026.12.20)
    ["a difficult situation", "That sounds like a difficult situation.", ["emotional-reaction: sounds like a difficult situation"]],
    ["a really frustrating experience", "It sounds like a really frustrating experience.", ["emotional-reaction: sounds like a really frustrating experience"]],
    ["an ordeal", "What an ordeal.", ["emotional-reaction: What an ordeal"]],
    // a feeling normalised, news acknowledged as unwelcome, a problem on top of everything else
    ["frustrating when it happens", "It's so frustrating when that happens.", ["interpretation: It's so frustrating when that happens"]],
    ["nobody likes waiting", "Nobody likes to be kept waiting.", ["interpretation: Nobody likes to be kept waiting"]],
    ["not what you wanted to hear", "I know this isn't what you wanted to hear.", ["interpretation: I know this isn't what you wanted to hear"]],
    ["the last thing you need", "That's the last thing you need right now.", ["emotional-reaction: That's the last thing you need right now"]],
    ["an apology that is all there is", "I can only apologise for the trouble.", ["apology: I can only apologise for"]],
    ["a lot to deal with, stated", "That's a lot to deal with.", ["emotional-reaction: That's a lot to deal with"]],
    ["sounds difficult", "That sounds so difficult.", ["emotional-reaction: That sounds so difficult"]],
    ["sounds awful", "Sounds awful.", ["emotional-reaction: Sounds awful"]],
    ["a wish for a better experience", "I wish you had a better experience with us.", ["emotional-reaction: I wish you"]],
    ["imagining how it is", "I can imagine how stressful that is.", ["emotional-reaction: I can imagine how"]],
    ["imagining, on its own", "I can only imagine.", ["emotional-reaction: I can only imagine"]],
    ["imagining the stress", "I can only imagine the stress.", ["emotional-reaction: I can only imagine the stress"]],
    ["not alone in this", "You're not alone in this.", ["emotional-reaction: You're not alone"]],
    ["not alone", "You're not alone.", ["emotional-reaction: You're not alone"]],
    ["an open door", "Our door is always open.", ["emotional-reaction: Our door is always open"]],
    ["a hope for recovery", "I hope you feel better soon.", ["emotional-reaction: I hope you","emotional-reaction: feel better soon"]],
    ["hope you can rest", "Hope you can get some rest.", ["emotional-reaction: Hope you can"]],
    ["hope it works out", "I hope everything works out.", ["emotional-reaction: I hope everything"]],
    ["getting better with time", "Things will get better with time.", ["emotional-reaction: Things will get better"]],
    ["it will get better", "It will get better.", ["emotional-reaction: It will get better"]],
    ["take care as a farewell", "Take care!", ["emotional-reaction: Take care"]],
    ["understanding the feeling", "I understand you're upset.", ["interpretation: I understand"]],
    ["understanding a difficult time", "I understand this is a difficult time.", ["interpretation: I understand this is a difficult"]],
    ["appreciating the inconvenience", "I appreciate this is really inconvenient.", ["interpretation: I appreciate this is really inconvenient"]],
    ["understanding, on its own", "I understand.", ["interpretation: I understand"]],
    ["seeing why the person is upset", "I can see why you're upset.", ["interpretation: I can see why you're upset"]],
    ["seeing why, on its own", "I can see why.", ["interpretation: I can see why"]],
    ["hearing the person", "I hear you, let me check.", ["interpretation: I hear you"]],
    ["anyone would be frustrated", "Anyone would be frustrated.", ["interpretation: Anyone would be frustrated"]],
    ["the same way", "I would be the same way.", ["interpretation: I would be the same way"]],
    ["I would feel the same", "I would feel the same.", ["interpretation: I would feel the same"]],
    ["a right to be upset", "You have every right to be upset.", ["interpretation: You have every right to be upset"]],
    ["the person's situation", "I understand your situation.", ["interpretation: I understand your situation"]],
    ["understandable that the person is upset", "It's understandable that you're upset.", ["interpretation: It's understandable that you're"]],
    ["feeling so too", "I also feel so frustrated with it.", ["interpretation: I also feel so frustrated"]],
    ["going through something similar too", "I also went through something similar.", ["interpretation: I also went through something similar"]],
    ["how the person is managing", "How are you managing?", ["exploration: How are you managing"]],
    ["what happened", "What happened?", ["exploration: What happened"]],
    ["what happened to the person", "What happened to you?", ["exploration: What happened"]],
    ["more about what happened", "Can you tell me more about what happened?", ["exploration: Can you tell me more about what happened"]],
    ["tell me more", "Can you tell me more?", ["exploration: Can you tell me more"]],
    ["talking about it", "Do you want to talk about it?", ["exploration: Do you want to talk about"]],
    ["how the person feels", "How do you feel?", ["exploration: How do you feel"]],
    ["feeling that nobody listens", "Do you feel like nobody is listening?", ["exploration: Do you feel like nobody"]],
    ["what's going on", "What's going on?", ["exploration: What's going on"]],
    ["what the person is thinking", "What are you thinking?", ["exploration: What are you thinking"]],
    ["talking to anyone", "Have you talked to anyone about it?", ["exploration: Have you talked to anyone"]],
    ["everything will be fine", "Everything will be fine.", ["reassurance: Everything will be fine"]],
    ["a plain apology before a statement", "I'm sorry, the system is slow today.", ["emotional-reaction: I'm sorry"]],
  ])('fires, genuine form of a reviewed entry: %s', (_, text, expected) => {
    expect(phrasesOf(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ["a validity date", "It is valid until May."],
    ["a voucher valid for a year", "That is valid for all bookings made online."],
    ["a normal status", "It is normal for the status to show pending for 24 hours."],
    ["a normal hold", "That is normal, the hold drops off after three days."],
    ["fair use", "It is fair use, so there is no extra charge."],
    ["a reasonable delivery date", "It is reasonable to expect delivery by Friday."],
    ["normal procedure", "It is completely normal procedure to verify your identity."],
    ["a normal charge date", "It is normal to be charged on the first of the month."],
    ["an old plan", "It's fine to be on the old plan until March."],
    ["an understandable system flag", "It is understandable that the system flagged it."],
    ["a refund pending", "I can tell you have a refund pending."],
    ["an old tariff", "I can tell you are on the old tariff."],
    ["a bad line", "I can hear you have a bad line."],
    ["two accounts told", "I can tell that you have two accounts."],
    ["an amount of data", "I can tell how much you used last month."],
    ["a diagnosis of two accounts", "It sounds like you have two accounts."],
    ["a router that needs a reset", "It sounds like your router needs a reset."],
    ["a payment that failed", "It sounds like your payment didn't go through."],
    ["an old price plan", "It sounds like you were on the old price plan."],
    ["a lot of data", "It sounds like a lot of data for one month."],
    ["a lot of steps", "It seems like a lot of steps but it is quick."],
    ["difficult to set up", "It sounds difficult to set up but it only takes two minutes."],
    ["a pain to set up", "It sounds like a pain to set up but it is really simple."],
    ["a difficult process to set up", "It sounds like a difficult process to set up, but I will guide you."],
    ["a difficult situation to reproduce", "It sounds like a difficult situation to reproduce on our side."],
    ["the last form to fill in", "It's the last thing you need to do, then the refund goes through."],
    ["nobody likes a long call", "Nobody likes to be on the phone for long, so I'll keep this quick."],
    ["nobody likes waiting, a reason", "No one likes waiting for a callback, which is why we moved to live chat."],
    ["frustrating when setting up", "It can be frustrating when you first set it up, but the wizard guides you through it."],
    ["the last thing on a checklist", "It's the last thing you need on the checklist."],
    ["an apology on a condition", "I can only apologize if the agent was rude, but I wasn't on the call."],
    ["an experience of someone else's", "That seems like a frustrating experience for the engineer as well."],
    ["a difficult day for a visit", "Tuesday sounds like a difficult day for the engineers, would Wednesday work?"],
    ["a lot of information for one call", "That's a lot to deal with in one call, so I'll email it."],
    ["an experience of the driver's", "What a terrible experience for the driver, he's fine."],
    ["a great experience", "That sounds like a great experience."],
    ["no difficult situation", "It doesn't sound like a difficult situation, it is a quick fix."],
    ["hard to find a button", "It seems hard to find the button on the new app, it is at the top."],
    ["a bad line that sounds awful", "The line sounds awful, can you hear me?"],
    ["not acceptable as proof", "This is not acceptable as proof of address."],
    ["not okay as a password", "That is not okay to use as a password, it needs a number."],
    ["not fair use", "That is not fair use of the service, per section 4."],
    ["a reproach about calling earlier", "I wish you had called earlier, we could have stopped the order."],
    ["a guess about the parcel", "I can imagine the parcel is at the depot."],
    ["a guess about the network", "I can only imagine the network was busy."],
    ["a retention line", "You are important to us as a customer."],
    ["not alone on the account", "You're not alone on the account, your partner is listed."],
    ["not alone in the queue", "You are not alone in the queue, there are five people ahead."],
    ["opening hours of a door", "Our door is open until 5pm on Saturdays."],
    ["opening hours of the team", "We are here to help Monday to Friday."],
    ["the agent's shift", "I'm here for you until 6pm, then my colleague takes over."],
    ["a check that the email arrived", "I hope you received the email with the code."],
    ["a check on the router", "I hope your router is plugged in, let's check."],
    ["a check on card details", "I hope you have your card details ready."],
    ["a check on the link", "Hope you can see the link in the chat."],
    ["a check that the invoice is clear", "I hope everything is clear with the invoice."],
    ["a better service after an update", "It will get better after the update."],
    ["a better service with a package", "It gets better with the fibre package."],
    ["a better signal once a mast is built", "Things will get better once the new mast is built."],
    ["a safety instruction", "Take care when you unplug the cable."],
    ["handling glass", "Take care with the glass when you unpack it."],
    ["a request to cancel", "I understand you want to cancel."],
    ["a refund date", "I understand the refund was issued on Monday."],
    ["an order placed", "I understand that you ordered two items."],
    ["the reason for a call", "I understand you're calling about the broadband."],
    ["a second order", "I understand this is the second order."],
    ["a case on the screen", "I understand the situation with the delivery, the driver logged it."],
    ["a repeated request", "I appreciate this is the second time you've asked for the code."],
    ["the cause of a charge", "I can see why you were charged, it is the annual fee."],
    ["the cause of a double charge", "I understand why the charge appears twice, it is a pre-authorisation."],
    ["hearing news of a charge", "I hear you were charged twice, let me look."],
    ["getting the person verified", "Once I get you verified I can make the change."],
    ["a refund for anyone", "Anyone would get the refund automatically."],
    ["eligibility for anyone", "Anyone would be eligible for the refund in that case."],
    ["the same agent", "I would be the same person handling it."],
    ["the same price", "I would be the same price if you switch."],
    ["a legal right to a refund", "You have every right to be refunded under the Consumer Rights Act."],
    ["a right to a lower rate", "You are right to be charged the lower rate."],
    ["a concern on the ticket", "I see your concern was escalated."],
    ["casework for other customers", "I've dealt with the same thing for other customers."],
    ["checks the agent went through", "I also went through the same checks."],
    ["an opinion on a tariff", "I also feel the new tariff is better value."],
    ["managing the account", "How are you managing the account, online or by phone?"],
    ["what happened to a router", "What happened to the old router?"],
    ["more about an error code", "Can you tell me more about the error code?"],
    ["a sales topic", "Do you want to talk about the upgrade options?"],
    ["an opinion on a callback time", "What do you feel is the best time for a callback?"],
    ["an opinion on paperless billing", "How do you feel about switching to paperless billing?"],
    ["an offer of insurance", "Do you feel like adding insurance to the order?"],
    ["what is going on with an app", "What is going on with the app when you open it?"],
    ["thinking of ordering", "What were you thinking of ordering?"],
    ["someone in store", "Did you talk to someone in store?"],
    ["someone at the branch", "Did you speak to anyone at the branch?"],
    ["an old charger", "It will be fine to use the old charger."],
    ["a basic plan", "You will be fine with the basic plan."],
    ["a refusal without but", "I'm sorry, we don't offer that service."],
  ])('does not fire, service look-alike of an older entry: %s', (_, text) => {
    expect(phrasesOf(text)).toEqual([]);
  });
});
