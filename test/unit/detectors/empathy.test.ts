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
});
