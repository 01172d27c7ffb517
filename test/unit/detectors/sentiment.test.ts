import { describe, expect, it } from 'vitest';
import winkSentiment from 'wink-sentiment';
import { sentiment } from '../../../src/detectors/sentiment.js';
import { hashtagScore, irrealisScope, splitHashtag, turnSentiment, turnSentimentDetail, turnSentimentIn } from '../../../src/detectors/shared/turnSentiment.js';
import { DEFAULT_LEXICON_DIR, loadLexiconSets } from '../../../src/lexicon/load.js';
import { inputOf, type TurnSpec } from '../../support/analyzed.js';

const score = (text: string, speaker: 'agent' | 'customer' = 'customer') => turnSentiment(inputOf([[speaker, text]]).turns[0]);

/** The lexicons the product ships, loaded once for every block that scores with them. */
const shipped = loadLexiconSets(DEFAULT_LEXICON_DIR).get('en');
const shippedScore = (text: string, speaker: 'agent' | 'customer' = 'customer') => turnSentiment(inputOf([[speaker, text]], {}, shipped).turns[0]);

/** The polarity a table row expects of a score; `notneg` and `notpos` allow zero. */
type Polarity = 'pos' | 'neg' | 'zero' | 'notneg' | 'notpos';
const hasPolarity = (s: number, expected: Polarity): boolean => ({ pos: s > 0, neg: s < 0, zero: s === 0, notneg: s >= 0, notpos: s <= 0 })[expected];
const expectPolarity = (text: string, expected: Polarity) => {
  const s = shippedScore(text);
  expect(hasPolarity(s, expected), `score ${s}`).toBe(true);
};

describe('turn sentiment', () => {
  it.each([
    'The agent was great and very helpful',
    'This is a terrible experience',
    'I love the new app',
    'My package arrived today',
    'I hate waiting',
    'What a wonderful surprise',
    'The food was bad',
    'I am happy with the refund',
    'This is awful',
    'good morning',
  ])('agrees with wink-sentiment on plain text without negation or adjustments: %j', (text) => {
    // An agent's turn: a customer's negative words weigh 1.5 (below).
    const ours = score(text, 'agent');
    const theirs = winkSentiment(text).normalizedScore;
    // Intensifiers ("very") are ours alone; compare the sign and, without them, the value.
    expect(Math.sign(ours)).toBe(Math.sign(theirs));
    if (!/\bvery\b/.test(text)) expect(ours).toBeCloseTo(theirs, 1);
  });

  it("weighs a customer's negative words 1.5 times (SO-CAL's negative weighting), not their positive ones", () => {
    expect(score('This is awful', 'customer')).toBeCloseTo(1.5 * score('This is awful', 'agent'), 5);
    expect(score('This is wonderful', 'customer')).toBeCloseTo(score('This is wonderful', 'agent'), 5);
    // so a customer's even verdict leans to its complaint
    expect(score('Good crew, bad food', 'agent')).toBe(0);
    expect(score('Good crew, bad food', 'customer')).toBeLessThan(0);
  });

  it.each<[string, 'pos' | 'neg' | 'zero']>([
    ['not good', 'neg'],
    // a negated negative word denies a bad state and asserts no good one (Potts 2011)
    ['not bad at all', 'zero'],
    ["I'll call you when I'm not so mad", 'zero'],
    ['not at all happy but not nearly as angry', 'neg'],
    ['no explanation and no sorry', 'zero'],
    ["I don't like this", 'neg'],
    ['No problem, happy to help', 'pos'],
    ['My flight was cancelled', 'neg'],
    ['I have been on hold', 'neg'],
    ["I'm sorry to hear that", 'zero'],
    ['okay', 'zero'],
    ['', 'zero'],
    // an adjustment phrase that opens with its own negator keeps its score
    ['no problem', 'pos'],
    // positive words in a question are what is asked for, not what is felt
    ['Is there a good time to call?', 'zero'],
    // thanks beside a complaint is courtesy or sarcasm, not satisfaction
    ['My flight was cancelled, thanks', 'neg'],
    // emoticons count, found as whole marks; a URL holds none
    ['That is the last one :(', 'neg'],
    ['See you on Monday :-)', 'pos'],
    ['The form is at http://example.com/forms', 'zero'],
  ])('%j is %s', (text, expected) => {
    const s = score(text);
    expect(expected === 'pos' ? s > 0 : expected === 'neg' ? s < 0 : s === 0).toBe(true);
  });

  it('intensifiers strengthen and dampeners soften the next word', () => {
    expect(score('really annoying')).toBeLessThan(score('annoying'));
    expect(score('a bit annoying')).toBeGreaterThan(score('annoying'));
  });

  it('weights the clause after "but"', () => {
    expect(score('The agent was nice but the wait was terrible')).toBeLessThan(0);
  });

  it('gives capitals more weight', () => {
    expect(score('this is TERRIBLE')).toBeLessThan(score('this is terrible'));
  });

  it('gives exclamation marks more weight, either way, up to four, and none to a turn without sentiment', () => {
    expect(score('this is terrible!')).toBeLessThan(score('this is terrible'));
    expect(score('this is great!!')).toBeGreaterThan(score('this is great!'));
    expect(score('this is great!!!!!!')).toBe(score('this is great!!!!'));
    expect(score('my flight is at six!')).toBe(0);
  });

  it('stays within -5..+5', () => {
    expect(score('terrible horrible awful disgusting worst '.repeat(20))).toBeGreaterThanOrEqual(-5);
  });
});

describe('turn sentiment with the shipped English lexicons', () => {
  it.each<[string, Polarity]>([
    // a customer's problem statement, emotion or effort cue is negative without a sentiment word
    ['My bag never arrived', 'neg'],
    ['The app keeps crashing', 'neg'],
    ['This is the third time I have called', 'neg'],
    ['Why is my flight late again?', 'neg'],
    // requests are politeness, not praise
    ['Can you help me change my seat?', 'zero'],
    ['Please send me the form', 'zero'],
    ['It looks like the gate changed', 'zero'],
    ['Thanks for nothing', 'neg'],
    ['Thank you so much, you have been very helpful', 'pos'],
    // durations, persistence, status demands and impatience
    ['We waited in the showroom for three hours', 'neg'],
    ['I was on hold for 40 minutes', 'neg'],
    ['My parcel is still missing', 'neg'],
    ['Where are my documents', 'neg'],
    ['How much longer do I have to sit here', 'neg'],
    // refusal, recurring failure, broken promises and unmet expectations
    ['They would not refund the deposit', 'neg'],
    ['The website keeps changing my address', 'neg'],
    ['I was promised a callback', 'neg'],
    ['It should have been delivered on Monday', 'neg'],
    ['I have yet to see the money', 'neg'],
    ['I expected better from you', 'neg'],
    ['I had to pay for a taxi myself', 'neg'],
    // churn intent and escalation
    ['I will not be using your service again', 'neg'],
    ['That is the last time I will book with them', 'neg'],
    ['I am going to file a formal complaint', 'neg'],
    ['I will be calling corporate tomorrow', 'neg'],
    ["It's been over 3 hours and nobody has called", 'neg'],
    ['I will not be home on Monday, can you deliver Tuesday', 'zero'],
    // a wished-for state is not satisfaction (irrealis), nor are scare quotes praise
    ['An update on my order would be great', 'zero'],
    ['If you can find my bag, all will be good', 'zero'],
    ['I need you to be a better company', 'zero'],
    ['Any help is appreciated', 'zero'],
    ['So much for your "excellent" service', 'notpos'],
    // ... but a clause boundary ends the wish, and thanks and endorsements stand
    ['If it arrives today, great, thank you', 'pos'],
    ['The staff were great, I would recommend them', 'pos'],
    ['I would like to thank the crew', 'pos'],
    // handles are names, and service senses of general words are no evaluation
    ['@united my flight is at noon', 'zero'],
    ['What kind of seat is 12A', 'zero'],
    ['Can you take care of my booking', 'zero'],
    ['I booked an award ticket', 'zero'],
    ['The agent who was helping me hung up', 'neg'],
    ['Your customer service is a joke', 'neg'],
    ['I am a loyal customer and my bag is lost', 'neg'],
    // reviewed look-alikes: negated service senses stay complaints; logistics, questions and
    // negated threats are no intent to leave or escalate; scope ends at a clause or a speech act
    ["You're not helping at all", 'neg'],
    ["You didn't take care of it", 'neg'],
    ["The app won't work", 'neg'],
    ['The last time I ordered, it came in two days', 'zero'],
    ["I won't be using that address anymore", 'zero'],
    ['I will never fly with this airline again', 'neg'],
    ["I'm never flying again", 'neg'],
    ["We're never flying Delta again.", 'neg'],
    ['I am never ever flying with you again.', 'neg'],
    ["I'm not flying today", 'zero'],
    // coming back is loyalty, not the effort of doing it again, so praise beside it is no sarcasm
    ['Amazing hospitality from Anthony. Great staff, def flying #united again.', 'pos'],
    ['Had to book it again. Great.', 'neg'],
    // a worry taken away or a crisis averted is relief; "never better" is the strongest praise
    ['You took the hassle out of moving house.', 'pos'],
    ['Just confirmed a seat! Crisis averted!', 'pos'],
    ['Never felt better taken care of!', 'pos'],
    // ...a denied relief is none, and "never more disappointed" no litotes
    ['This did not take the stress away at all.', 'neg'],
    ['I have never been more disappointed.', 'neg'],
    ['The signal never got better after the engineer visit.', 'neg'],
    ['Things have never been better since I left you.', 'neg'],
    ['Never been happier to cancel a contract.', 'neg'],
    ['Never got better service anywhere, thanks Tom.', 'pos'],
    ['Nothing about this made my day.', 'neg'],
    ["I wouldn't say disaster averted yet, the payment is still pending.", 'neg'],
    // a service that made someone else's day is praise as much as one that made the writer's
    ["Thanks to Karen at IAH for amazing customer service! Found my daughter's bag lost on UA1516. Made her day!", 'pos'],
    ["I don't want to make a complaint, you've been lovely", 'pos'],
    ['Should I contact head office for the refund form?', 'zero'],
    ["It's been about 2 hours since I restarted it and it's fine now", 'notneg'],
    ['Somebody there already sorted it, thanks', 'pos'],
    ["I'd give you five stars if I could, you were great", 'pos'],
    ['Not sure if it matters but the new router is great', 'pos'],
    ["If it breaks again I'll be upset, but today you were great", 'pos'],
    ["I haven't had any issues since and it's working great", 'pos'],
    ['I could finally log in and everything looks great', 'pos'],
    ['I want to say the agent yesterday was excellent', 'pos'],
    ['That would be great!', 'pos'],
    ["You guys couldn't have been more helpful!", 'pos'],
    ["It couldn't have gone better", 'pos'],
    ['I just want to say a big "thank you" to Sarah', 'pos'],
    ['My daughter said "you guys are amazing" and she is right', 'pos'],
    ['I ordered the 27" monitor, it\'s great and the 24" one is fine too', 'pos'],
    // litotes
    ['I could not be happier with the service', 'pos'],
    ["Couldn't have asked for a better agent", 'pos'],
    ['I will never order from this shop again', 'neg'],
    ['I am taking my business elsewhere', 'neg'],
    // being left without communication, slowness, exasperation
    ['There was no communication at all', 'neg'],
    ['The queue is so slow today', 'neg'],
    ['Is anyone there', 'neg'],
    ['How am I supposed to pay the bill', 'neg'],
    ['smh', 'neg'],
    // sarcasm: a positive word beside a negative situation, unless "but" makes it a concession
    ['Lovely, my order was cancelled again', 'neg'],
    ['The delivery was late, but the driver was lovely', 'pos'],
    // wishes, enquiries, answers, hedges and sign-offs that borrow positive words
    ['I hope the parcel comes today', 'zero'],
    ['Any chance I could change the date', 'zero'],
    ['Yes, that is my account number', 'zero'],
    ['I am pretty sure I paid', 'zero'],
    ['Kind regards', 'zero'],
    // a support department and an interest charge are services, not feelings
    ['I have emailed tech support about my router', 'zero'],
    ['The support team sent me a form', 'zero'],
    ['They charged me interest on the loan', 'notpos'],
    ['The interest rate went up', 'zero'],
    // "pretty" before a word is a degree ("pretty annoying"), not a +1 of its own
    ['That is pretty annoying', 'neg'],
    // thanks beside a request are thanks in advance; thanks before a later question are thanks
    ['Could you check my order? Thanks', 'zero'],
    ['Thanks so much for your help! One more question: when will it arrive?', 'pos'],
    // praise for a fix after the story of the problem is not sarcasm
    ['I waited for an hour and it was fixed, great', 'pos'],
    // enquiries that share words with complaints are not complaints
    ['Yes, I am still here', 'zero'],
    ['I was told to call this number', 'zero'],
    ['I was told it would arrive on Monday', 'neg'],
    ['I would like to switch to a different plan', 'notneg'],
    ['Your staff treated me like family', 'notneg'],
    ['What are your opening hours on the weekend', 'zero'],
    ['It takes less than 5 minutes', 'zero'],
    ['Can I book the car for two hours', 'zero'],
    ['I should have the receipt somewhere', 'zero'],
    ['The answer lies in the manual', 'zero'],
    ['I never use the app, I prefer calling', 'notneg'],
    ['Where is my account number on the bill', 'zero'],
    ['What am I supposed to bring to the appointment', 'zero'],
    ['Is anyone available on Saturday', 'zero'],
    ['I keep getting your newsletter and I love it', 'pos'],
    // characters that only look like emoticons
    ['My seat is 8D.', 'zero'],
    ['Delivery takes <3 days', 'zero'],
    ['Steps: 7) log in 8) reset', 'zero'],
  ])('%j is %s', expectPolarity);
});

describe('customer-service families of lexicons en-2026.11.10', () => {
  it.each<[string, Polarity]>([
    // a negator taken in by an emphatic phrase negates nothing after it (VADER's "never so")
    ['Without a doubt the worst service I have had', 'neg'],
    ['I have never been so angry in my life', 'neg'],
    ['I have never had such a terrible experience', 'neg'],
    ['I have never been more pleased with a company', 'pos'],
    ['I have never had better service', 'pos'],
    ['I have never had worse service', 'neg'],
    ['Nothing but praise for the crew', 'pos'],
    ['Nothing but problems with this booking', 'neg'],
    // ... while ordinary negation still negates, and stops at "but"
    ["I'm not upset at all", 'notneg'],
    ['I was never angry with the agent', 'notneg'],
    ['Not great but fine', 'pos'],
    ['No problem at all', 'pos'],
  ])('negation: %j is %s', expectPolarity);

  it.each<[string, Polarity]>([
    // gratitude for an act of service is satisfaction even beside the problem it remedied
    ['Thank you for rebooking me after my flight was cancelled', 'pos'],
    ['Thanks so much for sorting out the refund, it was a long week', 'pos'],
    ['Thanks for your help with my missing bag', 'pos'],
    // ... but thanks for a failure stays sarcasm or courtesy
    ['Thanks for cancelling my flight', 'neg'],
    ['My flight was cancelled, thanks', 'neg'],
    ['Thanks for nothing', 'neg'],
    // praise idioms and positive service outcomes
    ['Shout out to the agent at the desk', 'pos'],
    ['Kudos to the night team', 'pos'],
    ['Your agent went above and beyond', 'pos'],
    ['She went out of her way to find my booking', 'pos'],
    ['You guys rock', 'pos'],
    ['You saved the day', 'pos'],
    ['They got me on the next flight', 'pos'],
    ['The agent got us home the same night', 'pos'],
    ['We made it home in time', 'pos'],
    ['I made my connection', 'pos'],
    // look-alikes of the outcomes
    ['They got me on hold for an hour', 'neg'],
    ['I made it to the desk at noon', 'zero'],
    ['It could have been worse', 'pos'],
  ])('gratitude and outcomes: %j is %s', expectPolarity);

  it.each<[string, Polarity]>([
    // a counterfactual past: what should have happened and did not
    ['It would have been nice to get a call', 'neg'],
    ['You could have told us the flight was moved', 'neg'],
    ['A text message would have helped', 'neg'],
    ["It couldn't have been better", 'pos'],
    // the company's silence
    ["They still haven't responded to my email", 'neg'],
    ['I have heard nothing since Monday', 'neg'],
    ['You guys went quiet after I sent the documents', 'neg'],
    ['Nobody wants to help me', 'neg'],
    ['The kids went quiet once the film started', 'zero'],
    ['I have had no problems since', 'notneg'],
    // no one there to serve
    ['There were no agents at the desk', 'neg'],
    ['Only one person working the counter and a queue out the door', 'neg'],
    ['Not enough staff on a Monday morning', 'neg'],
    ['I only spoke to one agent and she was lovely', 'pos'],
    // held in place, waiting with its duration, excess
    ['We are still sitting on the tarmac', 'neg'],
    ["I've been waiting 40 mins", 'neg'],
    ['I have been queuing for over an hour', 'neg'],
    ['It happens far too often', 'neg'],
    ['Yes, I am still here', 'zero'],
    // a connection not made
    ["I didn't make my connection", 'neg'],
    // leaving for another company, admonitions, futility
    ["I'll be flying with another airline next time", 'neg'],
    ['This is the last time I fly with you', 'neg'],
    ['You need to get your act together', 'neg'],
    ['You need to do better', 'neg'],
    ["What's the point of paying for priority", 'neg'],
    ['I booked it through a different company last year', 'zero'],
    ['The last time I flew with you it was great', 'pos'],
    ['What is the point of contact for billing', 'zero'],
    ['What is the point of the second PIN', 'zero'],
    ['They got me through to the wrong department', 'notpos'],
    ['I will try to do better with my passwords', 'notneg'],
    ['I could not do better than this price', 'pos'],
    // admonitions to staff up or fix, mistreatment in the passive, a remedy refused
    ['You should hire more staff for the weekend', 'neg'],
    ['You need to fix this today', 'neg'],
    ['We were treated very rudely at the desk', 'neg'],
    ['They told me there was nothing they could do', 'neg'],
    ['I know there is nothing you can do about the weather', 'zero'],
    ["You don't need to train your staff, they were great", 'pos'],
    ['I was treated very well by your team', 'notneg'],
    // negative contractions typed without the apostrophe keep their negation
    ['My bag still hasnt arrived', 'neg'],
    ['I dont like this at all', 'neg'],
    ['The agent wasnt rude at all', 'notneg'],
    // a minimiser plays the problem down
    ['The delay was only five minutes, fine', 'notneg'],
    ['I only waited five minutes, no big deal', 'notneg'],
    ['No big deal', 'pos'],
    ['I was on hold for forty minutes', 'neg'],
    // understatement by "less than", and overcharging named as theft (lexicons en-2026.12.1)
    ['The rep was pleasant but less than helpful', 'neg'],
    ['Your service was less than stellar', 'neg'],
    ['It takes less than ten minutes, great', 'pos'],
    ['It costs less than ten pounds', 'zero'],
    ['$40 for a bag is a rip-off', 'neg'],
    ['They ripped me off with that fee', 'neg'],
    ['No, you did not rip me off', 'notneg'],
  ])('complaints: %j is %s', expectPolarity);

  it.each([
    'I have not heard back from the warehouse yet, I will chase it',
    'There were no agents at the desk earlier, so I called you back',
    'It would have been nice to talk sooner, but I am glad we sorted it',
    'We are still on the line, I am checking now',
    'Thank you for holding, I have rebooked you on the next flight',
    'I can get you on the six o\'clock flight',
    'Only one agent is working on refunds today, so it may take a day',
    'You could have told me the reference, no worries, I found it',
    'The last time you flew with us was in May',
    'You need to fix the router first by restarting it',
    'We need to hire more staff for the summer, it has been busy',
    "Why don't you try restarting the router?",
    'Why is the light showing red? Can you check the cable for me',
  ])('ordinary agent speech gains no negative sentiment: %j', (text) => {
    expect(shippedScore(text, 'agent')).toBeGreaterThanOrEqual(0);
  });
});

describe('negated negative words (lexicons en-2026.12.3)', () => {
  it.each<[string, Polarity]>([
    // denying a bad state asserts no good one: nothing, where flipping read complaints as praise
    ["I can't even look at you right now. I'll call you when I'm not so mad.", 'notpos'],
    ['Not a claim, not an apology. I want my bag!', 'notpos'],
    // a complaint phrase that negation cancels counts nothing, nor do its words ("complaint" is -2)
    ["I don't want to make a complaint", 'zero'],
    ['It took an hour to take off, no explanation, no sorry', 'neg'],
    ["I'm not angry, just disappointed", 'neg'],
    // litotes, conventional understatement for "good", keep their praise
    ['Not bad at all', 'pos'],
    ['The new seats are not half bad', 'pos'],
    ['Not too shabby for a budget airline', 'pos'],
    ["Can't complain about the crew", 'pos'],
    ['No complaints from me', 'pos'],
    // reassurance that denies a bad state is an adjustment entry and stays positive
    ["Don't worry, I'll sort it out", 'pos'],
    ['No problem at all', 'pos'],
  ])('%j is %s', expectPolarity);

  it("keeps the flip in an agent's turn, where denying a bad state reassures", () => {
    expect(shippedScore("It didn't crash for me", 'agent')).toBeGreaterThan(0);
    expect(shippedScore("It didn't crash for me", 'customer')).toBe(0);
    // the same for a complaint phrase of the adjustment layer
    expect(shippedScore('Your flight is not cancelled', 'agent')).toBeGreaterThan(0);
    expect(shippedScore("It's not about the delay. It's about the communication.", 'customer')).toBeLessThanOrEqual(0);
    expect(shippedScore("You weren't sitting on the plane for three hours", 'customer')).toBeLessThanOrEqual(0);
  });
});

describe('demands and dismissals (lexicons en-2026.12.3)', () => {
  it.each<[string, Polarity]>([
    // an imperative to improve presupposes the fault; only a bare imperative closing its clause
    ['DO BETTER.', 'neg'],
    ['Do better.', 'neg'],
    ['Do better deals come up if I wait?', 'zero'],
    ["You'll do better with the annual plan", 'pos'],
    // "fix it" is an outcome in the past form, an agent's promise in the base form, and no praise
    // in a customer's request
    ['They fixed it in ten minutes', 'pos'],
    ['Could you please sort that out for me?', 'zero'],
    ["Please fix this, it's been a week.", 'neg'],
    // a well-wish for what the customer expects to fail, closing its clause
    ['Please call Reservations. Good luck with that!', 'neg'],
    ['Good luck with that new office move next week!', 'pos'],
    ['Good luck with your new job', 'pos'],
    // wanting something new is not leaving
    ["I'd like to book a new service for my boiler.", 'zero'],
    ["I'm looking for a new provider, what packages do you have?", 'zero'],
    // a colloquial counterfactual
    ['Woulda been nice of you to let us know', 'notpos'],
  ])('%j is %s', expectPolarity);
});

describe('a reproach asked as a question (emotion.lex, lexicons en-2026.12.13)', () => {
  it.each<[string, Polarity]>([
    ['How could you lose my bag?', 'neg'],
    ['How did you lose our luggage on a direct flight?', 'neg'],
    ['How can you not tell us anything for three hours?', 'neg'],
    ['How could you guys not tell us anything?', 'neg'],
    ["How couldn't you tell me?", 'neg'],
    ['How can you charge me twice?', 'neg'],
    ['How can you justify this?', 'neg'],
    ['How is that even fair?', 'neg'],
    ['How is that possible?', 'neg'],
    ['How is it possible to lose a suitcase twice?', 'neg'],
    // questions that ask, polite requests, and praise asked as a question
    ['How is it possible to change my seat?', 'zero'],
    ['How can you help me with my booking?', 'zero'],
    ['How did they lose power on our street, was it the storm?', 'zero'],
    ['How do they justify the surcharge, is it for fuel?', 'zero'],
    ['Is it too much to ask if you could send it by post as well?', 'zero'],
    ["How can you not have a fee for that? That's great.", 'pos'],
  ])('%j is %s', expectPolarity);

  it('is the customer\'s: an agent\'s "How could you lose it?" is no complaint', () => {
    expect(shippedScore('How could you lose it?', 'agent')).toBe(0);
  });
});

describe('an emoji is outside the scope of a negation before it', () => {
  it.each<[string, Polarity]>([
    ['No biggie 😄', 'pos'],
    ["Please don't do it 😩", 'neg'],
    // the words it follows are still denied, and so is an emoji in a word's slot
    ["I'm not happy at all 😡", 'neg'],
    ['Not happy 😄', 'neg'],
    ["I don't ❤️ the new seats at all.", 'neg'],
    ['Not a 👍 from me.', 'neg'],
    ["I'm not 😊", 'neg'],
  ])('%j is %s', expectPolarity);
});

describe('a rhetorical "how can you not ...?" asserts what it seems to deny', () => {
  it.each<[string, Polarity]>([
    ['How can you not love them!', 'pos'],
    ['How can you guys not love this!', 'pos'],
    ['How could anyone not be angry about this?', 'neg'],
    ['How can anyone not feel let down by this?', 'neg'],
    // still a complaint when it asks why the hearer failed to act: only an attitude is asserted
    ['How could you not tell me about the fee?', 'neg'],
    ['How can you not honour the price on your own website?', 'neg'],
    // with "be" and a virtue it reproaches the virtue not shown
    ['How can you not be helpful at all?', 'neg'],
    ['How could you not be more careful with my luggage?', 'neg'],
    // a positive feeling is asserted too, though the question ends with "?" and asks with "could"
    ['How could anyone not be happy with service like this?', 'pos'],
    ['How could you not love this airline?', 'pos'],
    ['Cancelled again. How could anyone not be happy with service like this?', 'neg'],
    // a feeling owed to the customer is reproached, and a problem beside the praise makes it sarcasm
    ['How could they not be satisfied with the documents I sent?', 'neg'],
    ['How could they possibly not be satisfied with the documents I sent?', 'neg'],
    ['How could you not be satisfied with the documents I sent?', 'neg'],
    ['How could you not be grateful for customers who have stayed with you for 12 years?', 'neg'],
    ['Three weeks without internet. How could anyone not be thrilled with this service?', 'neg'],
    ['How can you not be pleased with a bill that doubled overnight?', 'neg'],
    // an ordinary negation, and one that is no "how can" question
    ['I can not love this.', 'neg'],
    ['How you treat people is not nice.', 'neg'],
  ])('%j is %s', expectPolarity);

  it("is the customer's: an agent's \"how could you not be frustrated\" is understanding, not the agent's frustration", () => {
    expect(shippedScore('I completely understand, how could you not be frustrated after all that?', 'agent')).toBeGreaterThanOrEqual(0);
  });
});

describe('an irony marker takes back the praise before it', () => {
  it.each<[string, Polarity]>([
    ['Been on hold for an hour and they still cannot find it! Awesome service... NOT!', 'neg'],
    ['Thanks for the call about my cancelled flight, NOT!', 'neg'],
    ['Smiling? NOT!!', 'neg'],
    ['Great job #not', 'neg'],
    ['Great service #not http://t.co/abc', 'neg'],
    ['Loved every minute of it #not 😡', 'neg'],
    ['Best airline ever, said no one ever.', 'neg'],
    ['Love the new app. Said nobody.', 'neg'],
    ['great - not!', 'neg'],
    ['Really enjoying sitting at the gate with the door wide open #sarcasm', 'neg'],
    // "not" that goes on, or that belongs to the words before it, is an ordinary negation
    ['#not happy with this at all', 'neg'],
    ['The seats are not too big... Not too small! Perfect.', 'pos'],
    ['Whether it works or not, thank you so much for trying!', 'pos'],
    ['Great crew, not great food, lovely flight overall.', 'pos'],
    ['Lovely agent, said no one else was waiting so she had time.', 'pos'],
    // an ellipsis is a pause inside the sentence the marker takes back; a bracket or a line break sets it apart
    ['Wow... amazing service... NOT', 'neg'],
    ['Thanks for the quick reply... really helpful... NOT', 'neg'],
    ['Great service (not)', 'neg'],
    ['Great service\nNOT', 'neg'],
    ['Best planes in the business. NOT?', 'neg'],
    // another hashtag after "#not" comments too, unless it is what "#not" denies
    ['Great service #not #fail', 'neg'],
    ['Best airline #not #happy', 'neg'],
    // the adjustment layer decides whether the hashtag praises ("united" is a name)
    ['Loved the flight #not #united', 'neg'],
    // a marker closing a clause without praise contrasts a second thing with the first (ellipsis)
    ['Staff were lovely, the food... not.', 'pos'],
    ['Kids loved the show, hubby... not!', 'pos'],
    ['The flight was fine, the landing - not!', 'pos'],
    // a "#sarcasm" denied or mentioned is no marker
    ['Great support today, no #sarcasm, genuinely impressed!', 'pos'],
    ["Genuinely love this app, and that's not #sarcasm for once", 'pos'],
    ['Thanks for the help! I know my last tweet read like #sarcasm but I meant it.', 'pos'],
    // speech: a false start "not, not a problem", and "or, not?" an alternative
    ["yeah that's great, thanks. not, not a problem.", 'pos'],
    ['perfect, thanks so much. not, um, not an issue.', 'pos'],
    ["okay perfect, and it'll be there tomorrow, or, not?", 'notneg'],
  ])('%j is %s', expectPolarity);

  it("is the customer's: an agent does not mark irony so, and a spoken \"not\" after a comma is an aside", () => {
    expect(shippedScore('lovely, thank you, not. no, not you, sorry, my colleague.', 'agent')).toBeGreaterThan(0);
    expect(shippedScore('perfect. not. not a problem.', 'agent')).toBeGreaterThan(0);
  });

  it('scores a line with its marker well below the same line without it', () => {
    // without the rule the marker is a negator that negates nothing after it: the two would score alike
    for (const [marked, plain] of [
      ['Been on hold for an hour! Awesome service... NOT!', 'Been on hold for an hour! Awesome service...'],
      ['Thanks for the call about my cancelled flight, NOT!', 'Thanks for the call about my cancelled flight,'],
      ['Best airline ever, said no one ever.', 'Best airline ever.'],
      ['Really enjoying the gate with the door wide open #sarcasm', 'Really enjoying the gate with the door wide open'],
      ['Wow... amazing service... NOT', 'Wow... amazing service...'],
    ]) {
      expect(shippedScore(marked), marked).toBeLessThan(shippedScore(plain) - 1);
    }
  });

  it('takes back only the clause before it, and "#sarcasm" the whole message', () => {
    expect(shippedScore('The crew were lovely. Great food... NOT!')).toBeGreaterThan(shippedScore('Great food... NOT!'));
    expect(shippedScore('The crew were lovely. Great food. #sarcasm')).toBeLessThan(0);
  });

  it('negates nothing after it: "#not" then a link, "said no one ever" then praise of its own', () => {
    expect(shippedScore('Great food, said no one. The crew were lovely though!')).toBeGreaterThan(shippedScore('Great food, said no one.'));
  });
});

describe('eager anticipation, and praise idioms beside a stated problem (tag praise)', () => {
  it.each<[string, Polarity]>([
    ["Can't wait to fly with you again!", 'pos'],
    ['Booked for Sunday! Can\'t wait!', 'pos'],
    ["We really can't wait.", 'pos'],
    ["Can't wait for our honeymoon trip with you guys", 'pos'],
    // a wait refused or impossible is no eagerness
    ["I can't wait any longer, I need this sorted today.", 'notpos'],
    ["I can't wait for a callback, I need it fixed now.", 'notpos'],
    ["The courier can't wait, so someone must be home.", 'notpos'],
    ["Flight delayed; can't wait to just get home", 'neg'],
    // leaving, in the infinitive
    ["I can't wait to never fly with you again.", 'neg'],
    // beside a stated problem, praise idioms are sarcasm as general praise words are...
    ["Delayed three hours. Can't wait to fly with you again!", 'neg'],
    ['Cancelled again. You guys rock.', 'neg'],
    ['Lost my bag. Really made my day.', 'neg'],
    ['On hold for two hours. Could not be happier.', 'neg'],
    // ...but not after "but", nor thanks for a named act
    ['Flight cancelled but Jane at the desk made my day!', 'pos'],
    ['You guys rock!', 'pos'],
    // with "I" or "we", and alone as a clause of its own
    ["I can't wait to fly with you again.", 'pos'],
    ["We can't wait to see you in Orlando next week!", 'pos'],
    ["I can't wait for my trip to Rome!", 'pos'],
    ["Just booked Lisbon for May, can't wait!", 'pos'],
    // literal, impatient, or waiting to see what happens
    ["My mum is in hospital and I can't wait.", 'notpos'],
    ["The engineer says Thursday but I can't wait.", 'notpos'],
    ["Can't wait to hear back, it's urgent.", 'notpos'],
    ["Can't wait to see how long the refund takes this time.", 'notpos'],
    ["Can't wait to see the back of this airline.", 'notpos'],
    ["Can't wait to return this rubbish phone.", 'notpos'],
    ["Can't wait for the next flight, my mother's surgery is tomorrow.", 'notpos'],
    // a third party's conduct in the trouble is praised, not mocked
    ['My flight was cancelled. The agent at the desk made my day.', 'notneg'],
    ['Stuck on the tarmac for 2 hours. Crew were a class act throughout.', 'notneg'],
    ['Flight was delayed, the crew made my day though.', 'notneg'],
    ['Stranded in Atlanta overnight. Really made my week.', 'neg'],
  ])('%j is %s', expectPolarity);

  it("is the customer's: an agent's praise idiom beside the customer's problem is meant", () => {
    expect(shippedScore('Sorry about the delay. Your patience made my day, thank you.', 'agent')).toBeGreaterThan(0);
  });
});

describe('a loss told as its lasting state (problem.lex, lexicons en-2026.12.29)', () => {
  it.each<[string, Polarity]>([
    ["I still don't have my bag.", 'neg'],
    ['Three days and we have not received our package.', 'neg'],
    ['No one can locate my suitcase.', 'neg'],
    ['Where the heck are my bags', 'neg'],
    ['You lose my luggage every single time.', 'neg'],
    ['My bag never made the flight.', 'neg'],
    // still having it, or not having it to hand, is no loss
    ['I still have my bag with me, can I carry it on?', 'notneg'],
    ["I don't have my bag with me right now.", 'notneg'],
    ["I haven't got my bag with me, can I check in online anyway?", 'notneg'],
    ["I don't have my order confirmation email, can you resend it?", 'notneg'],
    ['The bag never made it into the overhead so I checked it at the gate, all fine.', 'notneg'],
    ["I lose my bags all the time, I'm so scatterbrained", 'notneg'],
    ['Can I buy insurance in case you lose my bag?', 'notneg'],
    // problems had, in the plural and of a kind ("technical issues")
    ['Our flight is already having technical issues.', 'neg'],
    ['Experiencing difficulties logging in.', 'neg'],
    ['There are no issues on my side.', 'notneg'],
    ["We're not having any problems today, just checking.", 'notneg'],
    // service refused or cut off, word never come, a system down, a thing not done for a while
    ['Your 1-800 number has been hanging up on me all day.', 'neg'],
    ["I haven't heard anything since Monday.", 'neg'],
    ["Made it to the gate at 8:23 and they wouldn't let us on.", 'neg'],
    ['Is your website down?', 'neg'],
    ["I haven't been able to check in to my flight all morning.", 'neg'],
    ['Trying to reset my password, email never arrives.', 'neg'],
    ["Don't hang up on me, please.", 'notneg'],
    ['Could you note the site down for me?', 'notneg'],
    ['Have you heard back from them?', 'notneg'],
    // nobody there to serve
    ['Landed an hour ago and still no gate.', 'neg'],
    ['There is no supervisor available, so they could not do anything.', 'neg'],
    ["There's no gate change, right?", 'notneg'],
    // after a review: the system shuts the customer out, nobody bothered, a contracted "is"
    ["It won't let me log in.", 'neg'],
    ["The ATM wouldn't allow me to withdraw cash.", 'neg'],
    ["I haven't been able to use my card since Tuesday.", 'neg'],
    ['In spite of the delay nobody bothered to tell us anything.', 'neg'],
    ["The website's down again.", 'neg'],
    ['We are having billing issues again.', 'neg'],
  ])('%j is %s', expectPolarity);
});

describe('a company named United, and warning others off (lexicons en-2026.12.38)', () => {
  it.each<[string, Polarity]>([
    // "united" (AFINN +1) is a company's name in service talk
    ['I flew United yesterday.', 'zero'],
    ["It's operated by United as it's a Heathrow-Newark flight.", 'zero'],
    ['Got it. I am following the United page.', 'zero'],
    // warning others off is leaving, said to the world
    ['Do not fly this airline, they lost my bag.', 'neg'],
    ["Don't book with them.", 'neg'],
    ['Never to fly United again.', 'neg'],
    // advice is not
    ["Don't fly with a cold.", 'zero'],
    ['Do not fly until you hear from us?', 'zero'],
    ["Don't book with them through the app, it's cheaper on the website.", 'zero'],
  ])('%j is %s', expectPolarity);
});

describe('"stand" is not "can\'t stand" (lexicons en-2026.12.41)', () => {
  it.each<[string, Polarity]>([
    // wink-sentiment lists AFINN's "can't stand" (-3) as a bare "stand"
    ['Please stand by.', 'zero'],
    ['I stand corrected.', 'zero'],
    ['Where do we stand with my refund?', 'zero'],
    ['We stand united.', 'zero'],
    // the idiom keeps AFINN's score, where the bare word had counted nothing once negated
    ["I can't stand this airline.", 'neg'],
    ["I couldn't bear it.", 'neg'],
  ])('%j is %s', expectPolarity);

  it('gives the idiom the strength AFINN gives it', () => {
    expect(shippedScore("I can't stand this airline.")).toBeLessThanOrEqual(-2);
  });
});

describe('names of things, and shock (lexicons en-2026.12.42)', () => {
  it.each<[string, Polarity]>([
    ['ok. can I fail over to the US endpoint in the meantime?', 'zero'],
    ["I've got the death certificate.", 'zero'],
    ["Yes, they've given her something for the pain.", 'zero'],
    ["I'm still a bit shaken.", 'neg'],
    // a rattle of a thing, a shake-up of a thing (final read of 2026-12-08)
    ['The box rattled a bit but everything inside was fine.', 'pos'],
    ['I rattled off my account number to the last agent already.', 'zero'],
  ])('%j is %s', expectPolarity);

  it('reads sarcastic thanks after a price rise as no praise', () => {
    expect(shippedScore('So my home insurance renewal has gone up by forty percent. Thanks for that, really appreciated.')).toBeLessThan(0);
  });
});

describe('"not even": the least that was expected, not met (tag fallback)', () => {
  it.each<[string, Polarity]>([
    ["They didn't even apologise.", 'neg'],
    ["I can't even log in to my account.", 'neg'],
    ['Not even a reply after three emails.', 'neg'],
    ['You never even called me back.', 'neg'],
    // an effort or a cost not even needed is relief; "not even kidding" vouches
    ["I didn't even have to wait, thanks!", 'pos'],
    ["I didn't even have to call back!", 'pos'],
    ["It didn't even cost extra.", 'pos'],
    ["I'm not even kidding, the crew were amazing.", 'pos'],
    // the sentence's own words decide when they carry sentiment: the negator still negates them
    ["The router isn't even working.", 'neg'],
    ["I can't even tell you how happy I am!", 'pos'],
    ["I didn't even know you had that feature, great!", 'pos'],
    // the customer's own plan or discovery, a short time played down, litotes and absolution
    ["I haven't even opened it yet, can I still return it?", 'notneg'],
    ['Not even five minutes and it was fixed!', 'notneg'],
    ["It's not even your fault.", 'pos'],
    ["I can't even complain.", 'pos'],
    ["That's not even a problem.", 'pos'],
    ["I'm not even mad.", 'notneg'],
    // a courtesy word is no sentiment of the sentence's own
    ['Not even a reply, but thanks.', 'neg'],
    // an act not done that the customer expected (tag unmet) is a negative situation, so praise
    // beside it is sarcasm
    ["They didn't even apologise. Great job.", 'neg'],
    ["You can't even get someone on the phone. Great story for the media.", 'neg'],
    ['Not even a reply to my email. Fantastic service.', 'neg'],
    ["I haven't even received it. Great.", 'neg'],
    // ...but a bare "not even" is as often good news, and relief, the customer's own discovery and a
    // task done in less time than named are no situation at all
    ['Not even a scratch on the sofa. Fantastic delivery team!', 'pos'],
    ["The new boiler is so quiet you can't even hear it. Love it!", 'pos'],
    ["My premium didn't even go up at renewal. Very pleased!", 'pos'],
    ["I didn't even have to wait. Great service!", 'pos'],
    ["I haven't even opened it yet. Looks great!", 'pos'],
    ["It didn't even take five minutes. Great job.", 'pos'],
    // a person who would not take the time refuses
    ["The agent wouldn't even take a minute to check my account.", 'neg'],
    ["They didn't even take five minutes to read my claim.", 'neg'],
    ['They could not even take five minutes to listen.', 'neg'],
    ["It didn't even take five minutes for them to fix it.", 'pos'],
  ])('%j is %s', expectPolarity);

  it('reads the speed of a bad outcome as no relief, and the speed of a remedy after a problem as relief', () => {
    // a negative label, not a relief and a complaint that cancel out
    expect(shippedScore("It didn't even take five minutes for them to hang up on me.")).toBeLessThan(-0.5);
    expect(shippedScore("It didn't even take a week for the app to crash again.")).toBeLessThan(-0.5);
    // the problem told first, then how fast it was put right: no sarcasm
    expect(shippedScore("I was locked out of my account this morning. It didn't even take five minutes for your colleague to get me back in.")).toBeGreaterThan(-0.5);
    // idioms that are no outcome
    expect(shippedScore('I need to freeze my card.')).toBe(0);
    expect(shippedScore('The food was to die for.')).toBeGreaterThan(0);
  });

  it('counts once a sentence', () => {
    expect(shippedScore("You didn't even call and never even emailed.")).toBe(shippedScore("You didn't even call."));
  });

  it("is the customer's: an agent's \"you won't even notice the change\" is no complaint", () => {
    expect(shippedScore("You won't even notice the change.", 'agent')).toBeGreaterThanOrEqual(0);
  });
});

describe('an effort avoided, and one the customer should not have to bear', () => {
  it.each<[string, Polarity]>([
    ["I didn't have to wait at all.", 'pos'],
    ['I never had to repeat myself.', 'pos'],
    ["I shouldn't have to call three times.", 'neg'],
    ['I had to call three times.', 'neg'],
    // a question asks, and a named complaint still decides
    ["So I don't have to call back?", 'zero'],
    ["I didn't have to wait but the agent was rude.", 'neg'],
  ])('%j is %s', expectPolarity);
});

describe('a negation before "why"', () => {
  it.each<[string, Polarity]>([
    // the why-clause presupposes its proposition: the negation does not deny it
    ["I don't understand why I was charged twice.", 'neg'],
    ["Not sure why it's broken again.", 'neg'],
    // and the general lexicon's words after it are not negated
    ["I don't know why bad things keep happening.", 'neg'],
  ])('%j is %s', expectPolarity);
});

describe('a stretched word', () => {
  it.each<[string, Polarity]>([
    // read as the word the writer stretched, which scores as that word does
    ['I loooove this airline', 'pos'],
    ['I have been waaaaaiting for an hour', 'neg'],
    ['This is sooo baaad', 'neg'],
    // and keeps its negation
    ['The crew were nooot helpful', 'neg'],
  ])('%j is %s', expectPolarity);

  it('weighs as much as the word written plainly', () => {
    expect(shippedScore('The crew were sooo nice')).toBe(shippedScore('The crew were so nice'));
    expect(shippedScore('what a looooser')).toBe(shippedScore('what a loser'));
  });
});

describe('a problem as the circumstance of praise', () => {
  it.each<[string, Polarity]>([
    // a problem introduced by "during", "despite", "in spite of", "through" or "amid" is the backdrop, not mocked
    ['The crew were brilliant during the delay', 'pos'],
    ['Amazing staff, calm and helpful through all the cancellations', 'pos'],
    ['In spite of the flight delay, great customer service from Janet', 'pos'],
    // praise beside a problem stated on its own is still sarcasm
    ['Great, another delay', 'neg'],
    ['Amazing. Delayed again.', 'neg'],
    ['Brilliant, the flight was delayed during boarding', 'neg'],
  ])('%j is %s', expectPolarity);
});

describe('a customer on a call (a review of 187 customer turns, 2026-12-06)', () => {
  it.each<[string, Polarity]>([
    // absolving the agent is courtesy, as "no worries" is
    ["It's not your fault.", 'pos'],
    ["I'm not angry with you, I know it's not your fault.", 'pos'],
    ['No harm done.', 'pos'],
    ["Don't apologise, these things happen.", 'pos'],
    ['Sorry to bother you, I just have a quick question.', 'zero'],
    // litotes after a degree word or an article
    ["That's not a bad deal.", 'pos'],
    ["It's not as bad as I thought.", 'pos'],
    ["That wasn't too painful.", 'pos'],
    ["You can't go wrong with that price.", 'pos'],
    // self-deprecation is about the speaker, not the service
    ["Oh I'm such an idiot, it was unplugged. Thanks so much!", 'pos'],
    // complaints stay complaints
    ["I'm not so much angry as disappointed.", 'neg'],
    ["I didn't damage it, the box was already crushed.", 'neg'],
  ])('%j is %s', expectPolarity);

  it('counts a denied word as a scored word of 0, so the rest of the turn is not read alone', () => {
    // "upset" is denied: the turn is the mean of nothing and "tired", not "tired" alone
    expect(shippedScore("I'm not upset with you at all, I'm just tired.")).toBeGreaterThan(shippedScore("I'm just tired."));
    expect(shippedScore("I'm not upset with you at all, I'm just tired.")).toBeLessThan(0);
  });

  it('does not weigh the negatives of a question, which asks rather than asserts', () => {
    expect(shippedScore('Is there a penalty if I leave the contract early?')).toBeCloseTo(shippedScore('Is there a penalty if I leave the contract early?', 'agent'), 5);
    expect(shippedScore('Is there a penalty if I leave the contract early?')).toBeGreaterThan(-2);
  });

  it('does not weigh the negatives of a turn that reports the problem solved or thanks for a service', () => {
    expect(shippedScore("I was so stressed before, it's fixed now")).toBeCloseTo(shippedScore("I was so stressed before, it's fixed now", 'agent'), 5);
  });
});

describe('"pretty" is a degree, as "fairly"', () => {
  it('damps the word after it instead of adding praise', () => {
    expect(shippedScore('That is pretty annoying')).toBeCloseTo(shippedScore('That is fairly annoying'), 5);
    expect(shippedScore('That is pretty annoying')).toBeGreaterThan(shippedScore('That is annoying'));
  });
});

describe('turn sentiment, once per turn of a transcript', () => {
  it('is computed once per turn of the same turn array, and equals the direct score', () => {
    const { turns } = inputOf([['agent', 'How can I help?'], ['customer', 'Great service, thank you.']], {}, shipped);
    expect(turnSentimentIn(turns, 1)).toBe(turnSentimentIn(turns, 1));
    expect(turnSentimentIn(turns, 1)).toEqual(turnSentimentDetail(turns[1]));
    expect(turnSentimentIn(turns, 0)).toEqual(turnSentimentDetail(turns[0]));
  });
});

describe('hashtags run together from words', () => {
  it.each<[string, string[]]>([
    ['badcustomerservice', ['bad', 'customer', 'service']],
    // a chance word inside another is not taken: "never again", not "never a gain"; "winter" stays whole
    ['neveragain', ['never', 'again']],
    ['winter', ['winter']],
    ['ipodtouch', ['i', 'pod', 'touch']],
    // a name the dictionary lacks stays one piece
    ['tampafail', ['tampa', 'fail']],
  ])('%s splits as %j', (body, words) => {
    expect(splitHashtag(body)).toEqual(words);
  });

  it.each<[string, 'neg' | 'pos' | 'zero']>([
    ['badservice', 'neg'],
    ['usairwaysfail', 'neg'],
    ['bestairlineever', 'pos'],
    // "united" (AFINN +1) is as often a name: only words of magnitude 2 or more count
    ['unitedairlines', 'zero'],
    ['nothappy', 'neg'],
    ['notahappytraveler', 'neg'],
    ['notcool', 'neg'],
    ['neveragain', 'zero'],
    ['winter', 'zero'],
  ])('#%s scores %s', (body, polarity) => {
    expect(hasPolarity(hashtagScore(body), polarity)).toBe(true);
  });

  it('scores only a hashtag: the same letters as a plain word are no words', () => {
    expect(shippedScore('Flight 1088 to Denver #usairwaysfail')).toBeLessThan(0);
    expect(shippedScore('Flight 1088 to Denver usairwaysfail')).toBe(0);
  });

  it('a hashtag longer than 40 letters is not split', () => {
    const body = 'bad'.repeat(14);
    expect(splitHashtag(body)).toEqual([body]);
  });
});

describe('irrealis scope', () => {
  const scoped = (text: string) => {
    const tokens = inputOf([['customer', text]]).turns[0].tokens;
    const flags = irrealisScope(tokens);
    return tokens.filter((t, i) => flags[i] && !t.punct).map((t) => t.norm).join(' ');
  };

  it('runs from a marker to the end of its clause', () => {
    expect(scoped('An update would be great, the crew was lovely')).toBe('would be great');
    expect(scoped('I could log in and it looks great')).toBe('could log in');
  });

  it('covers the consequent of a sentence-opening condition, up to "but" or the next clause', () => {
    expect(scoped('If you find it, all will be good. It is great')).toBe('if you find it all will be good');
    expect(scoped('If it breaks I will be upset, but today it is great')).toBe('if it breaks i will be upset');
    expect(scoped('Five stars if I could, you were great')).toBe('if i could');
  });

  it('reads "if" after a verb of knowing as "whether", and ends at a speech act', () => {
    expect(scoped('Not sure if it matters')).toBe('');
    expect(scoped('I want to say it was excellent')).toBe('want to');
  });
});

describe('complaint phrases by speaker', () => {

  it('reads a stated unmet expectation as a complaint from the customer only', () => {
    expect(shippedScore('You should have received an email', 'customer')).toBeLessThan(0);
    expect(shippedScore('You should have received an email', 'agent')).toBe(0);
  });
});

describe('the sentiment detector', () => {
  const call: TurnSpec[] = [
    ['customer', 'This is terrible, my flight was cancelled and I am furious.', 0, 4000],
    ['agent', "I'm so sorry to hear that. Let me help.", 4200, 7000],
    ['customer', 'Okay.', 7200, 8000],
    ['agent', 'I found you a seat on the next flight.', 8200, 11000],
    ['customer', 'Thank you so much, that is wonderful!', 11200, 14000],
  ];

  it('reports per speaker, per quarter by time, and the customer shift', () => {
    const { indicators } = sentiment.detect(inputOf(call));
    expect(indicators.na).toBeNull();
    expect(indicators.turns).toHaveLength(5);
    expect(indicators.customer.quarters[0]).toBeLessThan(0);
    expect(indicators.customer.quarters[3]).toBeGreaterThan(0);
    expect(indicators.customerShift).toBeGreaterThan(2);
    expect(indicators.agent.overall).not.toBeNull();
  });

  it('makes a finding for strongly scored turns only, with the words as evidence', () => {
    const { findings } = sentiment.detect(inputOf(call));
    expect(findings.map((f) => [f.kind, f.evidence.turn])).toEqual([['sentiment.negative', 0], ['sentiment.positive', 1], ['sentiment.positive', 4]]);
    expect(findings[0].evidence.quote).toMatch(/^terrible.*furious$/);
  });

  it('quotes a scoring phrase whole, not its first word', () => {
    const quoteOf = (text: string) => sentiment.detect(inputOf([['customer', text]], {}, shipped)).findings[0]?.evidence.quote;
    expect(quoteOf('I have been waiting for two hours.')).toBe('been waiting');
    expect(quoteOf('Thanks for nothing.')).toBe('Thanks for nothing');
    // a fallback alone is too weak for a finding: its token range is what a finding would quote
    // (here the entry that names the act not done, tag unmet)
    const turns = inputOf([['customer', "They didn't even reply."]], {}, shipped).turns;
    const { first, last } = turnSentimentIn(turns, 0);
    expect(turns[0].text.slice(turns[0].tokens[first!].start, turns[0].tokens[last!].end)).toBe("didn't even reply");
  });

  it('uses turn order for quarters without timings', () => {
    const { indicators } = sentiment.detect(inputOf(call.map(([s, t]) => [s, t] as TurnSpec)));
    expect(indicators.customer.quarters[0]).toBeLessThan(0);
    expect(indicators.customerShift).toBeGreaterThan(0);
  });

  it('is N/A without lexicons', () => {
    const { indicators } = sentiment.detect(inputOf(call, { language: 'fr' }, null));
    expect(indicators.na).toBe('no lexicons for language fr');
    expect(indicators.customerShift).toBeNull();
  });
});
