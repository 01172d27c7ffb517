// Type declarations for the submodules we import directly (their packages only type the root).

declare module 'natural/lib/natural/tokenizers/index.js' {
  export class RegexpTokenizer {
    constructor(options: { pattern: RegExp; gaps?: boolean; discardEmpty?: boolean });
    tokenize(text: string): string[] | null;
  }
  export class WordTokenizer {
    tokenize(text: string): string[];
  }
}

declare module 'natural/lib/natural/util/stopwords.js' {
  /** natural's English stop words (170: articles, pronouns, auxiliaries, common adverbs). */
  export const words: readonly string[];
}

declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  /** natural's Porter stemmer for English ("declined", "declining" -> "declin"). */
  const stemmer: { stem(word: string): string };
  export default stemmer;
}

declare module 'wink-sentiment' {
  interface WinkToken { value: string; tag: string; score?: number; negation?: boolean }
  function sentiment(phrase: string): { score: number; normalizedScore: number; tokenizedPhrase: WinkToken[] };
  export default sentiment;
}

declare module 'wink-sentiment/src/afinn-en-165.js' {
  const afinn: Record<string, number>;
  export default afinn;
}
declare module 'wink-sentiment/src/afinn-en-165-2grams.js' {
  const grams: Record<string, Record<string, number>>;
  export default grams;
}
declare module 'wink-sentiment/src/negations.js' {
  const negations: Record<string, boolean | number>;
  export default negations;
}
declare module 'wink-sentiment/src/emojis.js' {
  const emojis: Record<string, number>;
  export default emojis;
}
declare module 'wink-sentiment/src/emoticons.js' {
  const emoticons: Record<string, number>;
  export default emoticons;
}

declare module 'lz4js' {
  export function compress(src: Uint8Array, maxSize?: number): Uint8Array;
  export function decompress(src: Uint8Array, maxSize?: number): Uint8Array;
}

declare module 'kafkajs-snappy' {
  import type { CompressionCodec } from 'kafkajs';
  /** A codec factory, registered as is: `CompressionCodecs[CompressionTypes.Snappy] = SnappyCodec`. */
  function SnappyCodec(): CompressionCodec;
  export default SnappyCodec;
}
