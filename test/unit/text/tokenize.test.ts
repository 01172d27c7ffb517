import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_LEXICON_DIR, loadLexiconSets } from '../../../src/lexicon/load.js';
import { countWords, isQuestion, normalisePhrase, tokenize } from '../../../src/text/tokenize.js';

const norms = (text: string) => tokenize(text).map((t) => t.norm);

describe('tokenize', () => {
  it.each([
    ["I can't help", ['i', 'can', 'not', 'help']],
    ['I cannot help', ['i', 'can', 'not', 'help']],
    ['We won’t be long', ['we', 'will', 'not', 'be', 'long']],
    ["It's fine, they're here", ['it', 'is', 'fine', ',', 'they', 'are', 'here']],
    ["I'll call, you'd see, we've got it, I'm here", ['i', 'will', 'call', ',', 'you', 'would', 'see', ',', 'we', 'have', 'got', 'it', ',', 'i', 'am', 'here']],
    ["the customer's order", ['the', 'customer', "'s", 'order']],
    ["Let's go", ['let', 'us', 'go']],
    ['Mm-hmm. OK!', ['mm-hmm', '.', 'ok', '!']],
    ['Refund 12.50 by 3-5 days', ['refund', '12.50', 'by', '3-5', 'days']],
    ['Great 😀', ['great', '😀']],
    // negative contractions typed without the apostrophe
    ['it still hasnt arrived and I cant log in', ['it', 'still', 'has', 'not', 'arrived', 'and', 'i', 'can', 'not', 'log', 'in']],
    ['They dont answer, it wasnt me, I wont wait', ['they', 'do', 'not', 'answer', ',', 'it', 'was', 'not', 'me', ',', 'i', 'will', 'not', 'wait']],
    // words that only contain those letters are left alone
    ['Dontae can donate', ['dontae', 'can', 'donate']],
    // an @handle names an account; it is no word of the message, so what follows it opens the sentence
    ['@united thanks', ['thanks']],
    ['@Tim why not, @anna?', ['why', 'not', ',', '?']],
    ['@Virgin_Help2 why not?', ['why', 'not', '?']],
    ['Thanks @. Bye', ['thanks', '.', 'bye']],
    ['Write to help@example.com today', ['write', 'to', 'help', 'today']],
    ['Meet @ 5 pm', ['meet', '5', 'pm']],
  ])('normalises %j', (text, expected) => {
    expect(norms(text)).toEqual(expected);
  });

  it('keeps the span of the surface word on both halves of a contraction', () => {
    const text = 'Well, I can’t.';
    const tokens = tokenize(text);
    const can = tokens.find((t) => t.norm === 'can')!;
    const not = tokens.find((t) => t.norm === 'not')!;
    expect(text.slice(can.start, can.end)).toBe('can’t');
    expect([not.start, not.end]).toEqual([can.start, can.end]);
  });

  it.each([
    ["I don't understand why", { understand: true, why: false, i: false }], // "why" closes the scope
    ['not happy, but fine', { happy: true, fine: false }],
    ['never again. I understand', { again: true, understand: false }],
    ['no problem at all here today friend', { problem: true, friend: false }],
  ])('marks the negation scope in %j', (text, expected) => {
    const tokens = tokenize(text);
    for (const [word, negated] of Object.entries(expected)) {
      expect(tokens.find((t) => t.norm === word)?.negated, word).toBe(negated);
    }
  });

  it('counts sentences', () => {
    expect(tokenize('One. Two! Three? Four').map((t) => t.sentence).filter((_, i, a) => i === 0 || a[i - 1] !== _)).toEqual([0, 1, 2, 3]);
  });

  it('does not end a sentence at an abbreviation', () => {
    const tokens = tokenize('Call me at 5 p.m. tomorrow. Thanks');
    expect(tokens.find((t) => t.norm === 'tomorrow')?.sentence).toBe(0);
    expect(tokens.find((t) => t.norm === 'thanks')?.sentence).toBe(1);
  });

  it.each([
    ['have been terrible.No one knows', ['have', 'been', 'terrible', '.', 'no', 'one', 'knows']],
    ['Thanks.Could you check?', ['thanks', '.', 'could', 'you', 'check', '?']],
    ['I paid.I am still waiting', ['i', 'paid', '.', 'i', 'am', 'still', 'waiting']],
    ["it broke.It's not fixed", ['it', 'broke', '.', 'it', 'is', 'not', 'fixed']],
    ['Thank you for this code.but when I run it', ['thank', 'you', 'for', 'this', 'code', '.', 'but', 'when', 'i', 'run', 'it']],
    // an opener stretched for emphasis is still an opener
    ['That was terrible.Sooo slow', ['that', 'was', 'terrible', '.', 'sooo', 'slow']],
    ['It broke again.Pleeease fix it', ['it', 'broke', 'again', '.', 'pleeease', 'fix', 'it']],
  ])('splits two sentences typed without a space: %j', (text, expected) => {
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(expected);
    const period = tokens.findIndex((t) => t.norm === '.');
    expect(tokens[period + 1].sentence).toBe(tokens[period - 1].sentence + 1);
    expect(text.slice(tokens[period].start, tokens[period].end)).toBe('.');
    expect(tokens[period - 1].end).toBe(tokens[period].start);
    expect(tokens[period + 1].start).toBe(tokens[period].end);
  });

  it.each([
    ['see example.com today', 'example.com'],
    ['use node.js here', 'node.js'],
    ['go to en.wikipedia.org now', 'en.wikipedia.org'],
    ['a breakpoint on Response.Redirect?', 'response.redirect'],
    ['call this.startActivity(intent)', 'this.startactivity'],
    ['version 3.5 works', '3.5'],
    ['message you.PM me', 'you.pm'],
    // openers that are also the end of an address or a member in code: only with a capital
    ['bought it on komplett.no and it works great', 'komplett.no'],
    ['libssl.so is missing', 'libssl.so'],
    ['Can you check response.ok?', 'response.ok'],
    ['have been terrible.no one knows', 'terrible.no'],
    ['have been terrible.sooo slow', 'terrible.sooo'],
    // a name in code, or a word touching an address, a path or a call
    ['Did you log DateTime.Now?', 'datetime.now'],
    ['try np.Where(x) first', 'np.where'],
    ['see https://finn.No/bap', 'finn.no'],
    ['email kevin.No@outlook.com please', 'kevin.no'],
  ])('keeps an address, a file, a member or a number in one word: %j', (text, word) => {
    expect(norms(text)).toContain(word);
    expect(new Set(tokenize(text).map((t) => t.sentence))).toEqual(new Set([0]));
  });

  it.each([
    ['Thank u so much', ['thank', 'you', 'so', 'much']],
    ['can U check ur booking', ['can', 'you', 'check', 'ur', 'booking']], // "ur" is your or you're: left
    ['went thru security, luv it', ['went', 'through', 'security', ',', 'love', 'it']],
  ])('reads whole-word chat spellings in a written turn as the words they stand for: %j', (text, expected) => {
    expect(tokenize(text, { written: true }).map((t) => t.norm)).toEqual(expected);
  });

  it('leaves a chat spelling written in capitals as it is: a brand or a code, not the word', () => {
    expect(tokenize('my LUV voucher for gate B4', { written: true }).map((t) => t.norm)).toEqual(['my', 'luv', 'voucher', 'for', 'gate', 'b4']);
    expect(tokenize('Could U check', { written: true }).map((t) => t.norm)).toEqual(['could', 'you', 'check']);
  });

  it('leaves chat spellings as written in a spoken turn, where "U" is a letter being spelled', () => {
    expect(norms('that is C U I, thank u')).toEqual(['that', 'is', 'c', 'u', 'i', ',', 'thank', 'u']);
  });

  it('closes a negation scope at "why", whose clause the negation does not deny', () => {
    const tokens = tokenize("I don't understand why I was charged twice");
    expect(tokens.find((t) => t.norm === 'understand')?.negated).toBe(true);
    expect(tokens.find((t) => t.norm === 'charged')?.negated).toBe(false);
  });

  it('closes a negation scope at a chat "tho", as at "though"', () => {
    const tokens = tokenize('not great tho nice crew', { written: true });
    expect(tokens.find((t) => t.norm === 'great')?.negated).toBe(true);
    expect(tokens.find((t) => t.norm === 'nice')?.negated).toBe(false);
  });

  describe('a stretched word', () => {
    const en = loadLexiconSets(DEFAULT_LEXICON_DIR).get('en')!;
    const read = (text: string) => tokenize(text, { written: true, wordRank: en.wordRank }).filter((t) => !t.punct).map((t) => t.norm);

    it.each([
      ['Sooo sorry', ['so', 'sorry']],
      ['pleaseeee help', ['please', 'help']],
      ['tooo late', ['too', 'late']], // two letters before one, of equally common words
      ['I LOOOVE it', ['i', 'love', 'it']],
      ['Faaaannntastic crew', ['fantastic', 'crew']], // two runs
      ['been waaaaaaiting', ['been', 'waiting']],
      ['booookkkkeeeeppper', ['bookkeeper']], // four runs, the most that are tried
      // the words the detectors weigh come first: a lexicon's "oof", "argh", "thx"; AFINN's "loser"
      ['Ooof, rough', ['oof', 'rough']],
      ['arghhh', ['argh']],
      ['thxxx', ['thx']],
      ['what a looooser', ['what', 'a', 'loser']],
      ['Errr', ['er']],
      // a contraction must be one: "wonn't" is no "won" + "not"
      ["I wonnn't pay", ['i', 'will', 'not', 'pay']],
      ["I dooon't know", ['i', 'do', 'not', 'know']],
      // a chat spelling is read after it is restored
      ['luvvv it', ['love', 'it']],
      ['OOOPS, my fault', ['oops', 'my', 'fault']],
      // in capitals, opening with the run: a stretched word when it reads as one of three letters or more
      ['UUUGH the internet is down', ['ugh', 'the', 'internet', 'is', 'down']],
      ['OOOPS', ['oops']],
    ])('reads %j as the word the writer stretched', (text, expected) => {
      expect(read(text)).toEqual(expected);
    });

    it.each([
      ['see www.example.com', 'www.example.com'], // no reading is a word
      ['mmm', 'mmm'], // one letter alone is a sound
      ['AAAS member', 'aaas'], // an acronym in capitals that opens with its run
      ['IIIT campus', 'iiit'],
      ["AAAS's report", 'aaas'], // with a possessive
      ["AAAS' members", 'aaas'],
      ['omggg', 'omggg'],
      ['bbboooookkkkeeeeppper', 'bbboooookkkkeeeeppper'], // five runs: not tried
    ])('leaves %j as written', (text, word) => {
      expect(read(text)).toContain(word);
    });

    it('keeps the written span of a stretched word, and reads a stretched negator as one', () => {
      const tokens = tokenize('Nooo, I neverrr liked it', { wordRank: en.wordRank });
      expect(tokens[0]).toMatchObject({ norm: 'no', start: 0, end: 4, negator: true });
      expect(tokens.find((t) => t.norm === 'never')?.negator).toBe(true);
      expect(tokens.find((t) => t.norm === 'liked')?.negated).toBe(true);
    });

    it('is read only with a ranking of words', () => {
      expect(norms('Sooo sorry')).toEqual(['sooo', 'sorry']);
    });
  });

  it.each(['constructor', 'toString', 'valueOf', 'prototype', 'hasOwnProperty'])('treats %j as a plain word', (word) => {
    expect(norms(word)).toEqual([word.toLowerCase()]);
  });

  it('counts surface words once', () => {
    expect(countWords(tokenize("I can't, really."))).toBe(3);
  });

  it.each([
    ['Can you confirm the order number', true],
    ['what happened?', true],
    ['I will check.', false],
    ['Is', false],
    // without a question mark, subject-auxiliary inversion marks the question
    ['what is the address', true],
    ['how do I reset it', true],
    ['is it still there', true],
    ['did the engineer come', true],
    ['who called you', true],
    ['Could you confirm your postcode please.', true],
    // a wh-clause or a clipped statement is none
    ["When it arrives. It's with the courier.", false],
    ['What you need is a reset.', false],
    ["Can't help you.", false],
    ['Will do.', false],
    ['Would be nice.', false],
    ['Have a lovely day.', false],
    // a negative question, a question after "okay, so", and imperatives (final read of 2026-12-08)
    ["Didn't the engineer come yesterday", true],
    ["Isn't it working at all now", true],
    ['Okay so can you tell me the postcode', true],
    ['Have your account number ready, please.', false],
    ['Do the reset first, then call back.', false],
    ['Do you have the number', true],
  ])('isQuestion(%j) is %s', (text, expected) => {
    expect(isQuestion(tokenize(text))).toBe(expected);
  });

  it('reads "\'cause" as "because", with either apostrophe, and a plain "cause" as itself', () => {
    const words = (text: string) => tokenize(text).filter((t) => !t.punct).map((t) => t.norm);
    expect(words("not today 'cause I'm out")).toEqual(['not', 'today', 'because', 'i', 'am', 'out']);
    expect(words('’Cause')).toEqual(['because']);
    expect(words("the cause, 'til")).toEqual(['the', 'cause', 'til']);
    // "because" closes the negation scope, as it does when spelled out
    expect(tokenize("not today 'cause I'm out").find((t) => t.norm === 'i')?.negated).toBe(false);
  });

  it('a lexicon phrase and a turn get the same words for any text without an @handle', () => {
    // @handles are dropped from turns only; everything else, apostrophes included, must agree
    const piece = fc.constantFrom("'", '’', '‘', 'cause', "'cause", ' ', 'x', "can't", '.', ',', '?', 'I', 'o', '-', 'é', '5', 'no', 'it');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')), (text) => {
        expect(tokenize(text).filter((t) => !t.punct).map((t) => t.norm)).toEqual(normalisePhrase(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('normalises phrases the same way as text', () => {
    expect(normalisePhrase("I can't, sorry")).toEqual(['i', 'can', 'not', 'sorry']);
  });

  it.each([
    "I can't, sorry",
    'It still hasnt arrived and I dont know why',
    'We’re gonna sort it, let’s check',
    "Y'all won't believe it: the engineer's van isn't here at ten o'clock",
    'SOMEONE PLEASE HELP, my card was declined twice',
    "The customers' parcels aren't lost; they're in the depot",
    'Why? Because I was told so... Really!',
    "I'm calling 'cause it's broken, ’cause nobody came",
  ])('a lexicon phrase and a turn get the same words: %j', (text) => {
    // tokenize and normalisePhrase take different paths to the same words (tokenize skips the
    // one-word list of a plain word); they must not drift apart
    expect(tokenize(text).filter((t) => !t.punct).map((t) => t.norm)).toEqual(normalisePhrase(text));
  });

  it('never throws, and every span lies inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        for (const t of tokenize(text)) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(t.end).toBeGreaterThan(t.start);
        }
      }),
      { numRuns: 500 },
    );
  });
});
