/**
 * Inflections of lexicon words, generated once at compile time with compromise. compromise is far
 * too slow for the per-message path (about 10,000 words per second); here it runs once per
 * `inflect` entry when lexicons are compiled, and never again.
 */
import nlp from 'compromise';

const cache = new Map<string, readonly string[]>();

/** The word itself plus its verb conjugations and noun plural, lower case, without duplicates. */
export function inflections(word: string): readonly string[] {
  const cached = cache.get(word);
  if (cached) return cached;
  const forms = new Set<string>([word]);
  const doc = nlp(word);
  for (const conjugation of doc.verbs().conjugate() as Array<Record<string, string>>) {
    for (const form of Object.values(conjugation)) {
      if (typeof form === 'string' && form.length > 0 && !form.includes(' ')) forms.add(form.toLowerCase());
    }
  }
  const plural = nlp(word).nouns().toPlural().text();
  if (plural && !plural.includes(' ')) forms.add(plural.toLowerCase());
  const result = [...forms];
  cache.set(word, result);
  return result;
}
