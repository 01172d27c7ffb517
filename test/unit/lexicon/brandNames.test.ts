import { describe, expect, it } from 'vitest';
import { BRAND_NAME_NORM, compileBrandNames, maskBrandNames, withBrandNames } from '../../../src/lexicon/brandNames.js';
import { loadLexiconSets } from '../../../src/lexicon/load.js';
import { createAnalyzer } from '../../../src/analyze/analyze.js';
import { LexiconError } from '../../../src/domain/errors.js';
import { tokenize } from '../../../src/text/tokenize.js';
import { transcriptOf } from '../../support/analyzed.js';

const NAMES = ['Spirit', 'Spirit Airlines', 'Good Energy', 'Best Buy', 'E.ON'];

/** The tokens' normal forms after the names are masked, a name shown as <name>. */
function left(text: string, names: readonly string[] = NAMES): string {
  return maskBrandNames(tokenize(text, { written: true }), compileBrandNames(names).index)
    .map((t) => (t.norm === BRAND_NAME_NORM ? '<name>' : t.norm))
    .join(' ');
}

describe('brand names', () => {
  it.each([
    ['Spirit lost my bag', '<name> lost my bag'],
    ['SPIRIT AIRLINES lost my bag', '<name> lost my bag'],
    ['spirit airlines lost my bag', '<name> lost my bag'],
    ["Spirit's fees are a joke", "<name> 's fees are a joke"],
    ['Thanks for calling Good Energy, how can I help?', 'thanks for calling <name> , how can i help ?'],
    ['Good, energy prices fell', 'good , energy prices fell'],
    ['good energy tariffs', '<name> tariffs'],
    ['Best Buy and E.ON', '<name> and <name>'],
    ['the best price', 'the best price'],
  ])('%s -> %s', (text, expected) => {
    expect(left(text)).toBe(expected);
  });

  it('leaves the very token array alone when no name occurs', () => {
    const tokens = tokenize('Nothing to see here');
    expect(maskBrandNames(tokens, compileBrandNames(NAMES).index)).toBe(tokens);
  });

  it('keeps the other tokens as they were, and spans the name with its own token', () => {
    const text = "I won't fly Spirit Airlines again";
    const rest = maskBrandNames(tokenize(text), compileBrandNames(NAMES).index);
    expect(rest.map((t) => text.slice(t.start, t.end))).toEqual(['I', "won't", "won't", 'fly', 'Spirit Airlines', 'again']);
    expect(rest.find((t) => t.norm === 'fly')?.negated).toBe(true);
    expect(rest[4]).toMatchObject({ norm: BRAND_NAME_NORM, punct: false, negator: false });
  });

  it('reports a name with no word in it, and skips repeats', () => {
    const compiled = compileBrandNames(['&', 'Spirit', 'spirit', ' SPIRIT ']);
    expect(compiled.problems).toEqual(["brand name '&' (RAPPORT_BRAND_NAMES, --brand-names) has no word in it"]);
    expect(compiled.index.get('spirit')).toEqual([['spirit']]);
  });

  it('names the list in the lexicon version, whatever its order or case', () => {
    const a = compileBrandNames(['Spirit', 'Best Buy']);
    const b = compileBrandNames(['best buy', 'SPIRIT']);
    expect(a.digest).toMatch(/^[0-9a-f]{8}$/);
    expect(b.digest).toBe(a.digest);
    expect(compileBrandNames(['Spirit']).digest).not.toBe(a.digest);
    const set = loadLexiconSets().get('en')!;
    expect(withBrandNames(set, a).version).toBe(`${set.version}+brands.${a.digest}`);
    expect(withBrandNames(set, compileBrandNames([]))).toBe(set);
  });

  it('fails loading with every name that has no word', () => {
    let error: unknown;
    try {
      loadLexiconSets(undefined, { brandNames: ['Spirit', '!!', '&'] });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(LexiconError);
    expect((error as LexiconError).problems).toEqual([
      "brand name '!!' (RAPPORT_BRAND_NAMES, --brand-names) has no word in it",
      "brand name '&' (RAPPORT_BRAND_NAMES, --brand-names) has no word in it",
    ]);
  });
});

describe('the analyzer with brand names', () => {
  const plain = createAnalyzer({ lexicons: loadLexiconSets() });
  const branded = createAnalyzer({ lexicons: loadLexiconSets(undefined, { brandNames: NAMES }) });

  it('does not read a name as a positive word', () => {
    const t = transcriptOf([
      ['customer', 'Spirit was late again.'],
      ['agent', "You're through to Good Energy, this is Sam."],
      ['customer', 'I bought it at Best Buy.'],
    ]);
    const before = plain(t);
    const after = branded(t);
    expect(before.sentiment.customer.overall!).toBeGreaterThan(0);
    expect(after.sentiment.customer.overall!).toBeLessThan(0);
    expect(before.sentiment.agent.overall!).toBeGreaterThan(0);
    expect(after.sentiment.agent.overall).toBe(0);
    expect(after.lexiconVersion).toMatch(/\+brands\.[0-9a-f]{8}$/);
  });

  it('still finds the language around a name', () => {
    const t = transcriptOf([['customer', 'My meter is broken.'], ['agent', "Thank you for calling Good Energy. I'm so sorry about that."]]);
    const categories = branded(t).evidence.filter((f) => f.speaker === 'agent').map((f) => f.category);
    expect(categories).toContain('gratitude');
    expect(categories).toContain('apology');
  });

  it('still ends a turn on a word where the name was said: no sentence broken off', () => {
    const t = transcriptOf([
      ['customer', "I've been a customer of Good Energy", 0, 2400],
      ['agent', "And we're glad to have you.", 2600, 4200],
    ]);
    expect(branded(t).interruptions).toEqual(plain(t).interruptions);
  });

  it('still counts the names as words said', () => {
    const t = transcriptOf([['agent', 'Best Buy, Spirit Airlines and E.ON.', 0, 3000], ['customer', 'Okay.', 3100, 3500]]);
    expect(branded(t).conversation).toEqual(plain(t).conversation);
  });
});
