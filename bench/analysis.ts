/**
 * `npm run bench:analysis`: throughput of the full analysis on one core, beside a bare tokenization
 * pass over the same text in the same run (so machine noise affects both alike).
 * BENCH_SECONDS (default 5): the three measured functions (tokenization, the call, the chat) share
 * 2 x BENCH_SECONDS of measuring, after a 1 s warm-up that they share too.
 * BENCH_FROM (default `src`): `dist` measures the compiled analysis (`npm run build` first), which
 * is what the service runs; through tsx, every named closure the code makes also calls esbuild's
 * `__name` helper, which the compiled code does not.
 * Last line on stdout: {"transcripts_per_s", "words_per_s", "tokenize_only_words_per_s", "ratio_to_tokenize"}.
 */
import { cpus } from 'node:os';
import { WordTokenizer } from 'natural/lib/natural/tokenizers/index.js';
import { benchCall, benchChat, wordCount } from './fixtures.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
if (!(SECONDS > 0)) throw new Error(`BENCH_SECONDS must be a number of seconds above 0, not '${process.env.BENCH_SECONDS}'`);
const FROM = process.env.BENCH_FROM ?? 'src';
if (FROM !== 'src' && FROM !== 'dist') throw new Error(`BENCH_FROM must be src or dist, not '${FROM}'`);

/** Length of one turn of a function in `measureInterleaved`, ms. */
const SLICE_MS = 50;

/**
 * Run the functions in turns of SLICE_MS each for about `seconds` in all, after a warm-up of 1 s
 * in turns as well, and return each one's iterations per second. Taking turns, rather than one
 * after the other, lets them see the same machine: on a shared VM the speed of the same code drifts
 * between runs (550 to 1,040 transcripts/s on the development machines), and a ratio of two
 * phases measured at different times carries that drift. One caveat: garbage that one function
 * leaves can be collected during another's turn, so the split of GC time between them is rough.
 */
function measureInterleaved(fns: readonly (() => void)[], seconds: number): number[] {
  const iterations = fns.map(() => 0);
  const elapsed = fns.map(() => 0);
  const run = (until: number, collect: boolean) => {
    while (performance.now() < until) {
      fns.forEach((fn, k) => {
        const start = performance.now();
        let n = 0;
        while (performance.now() - start < SLICE_MS) {
          for (let i = 0; i < 5; i++) fn();
          n += 5;
        }
        if (collect) {
          iterations[k] += n;
          elapsed[k] += performance.now() - start;
        }
      });
    }
  };
  run(performance.now() + 1000, false);
  run(performance.now() + seconds * 1000, true);
  return iterations.map((n, k) => n / (elapsed[k] / 1000));
}

// The module paths are built at run time so that tsc does not look for dist/ when type-checking.
const { loadLexiconSets } = (await import(`../${FROM}/lexicon/load.js`)) as typeof import('../src/lexicon/load.js');
const { createAnalyzer } = (await import(`../${FROM}/analyze/analyze.js`)) as typeof import('../src/analyze/analyze.js');
const loadStart = performance.now();
const lexicons = loadLexiconSets();
// Start-up cost: the lexicons and, with the English ones, the dictionary of word ranks.
const loadMs = performance.now() - loadStart;
const analyze = createAnalyzer({ lexicons });
const call = benchCall();
const chat = benchChat();
const callWords = wordCount(call);
const texts = call.turns.map((t) => t.text);
const wordTokenizer = new WordTokenizer();

let sink = 0;
const [tokenizePerSecond, callPerSecond, chatPerSecond] = measureInterleaved(
  [
    () => {
      for (const text of texts) sink += wordTokenizer.tokenize(text).length;
    },
    () => {
      sink += analyze(call).evidence.length;
    },
    () => {
      sink += analyze(chat).evidence.length;
    },
  ],
  SECONDS * 2,
);

const result = {
  transcripts_per_s: Math.round(callPerSecond),
  words_per_s: Math.round(callPerSecond * callWords),
  tokenize_only_words_per_s: Math.round(tokenizePerSecond * callWords),
  ratio_to_tokenize: Number((tokenizePerSecond / callPerSecond).toFixed(2)),
  lexicon_load_ms: Math.round(loadMs),
};
console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores), node ${process.version}, one core, analysis from ${FROM}/`);
console.log(`lexicons loaded (start-up) in ${result.lexicon_load_ms} ms`);
console.log(`call: ${call.turns.length} turns, ${callWords} words; chat: ${chat.turns.length} turns, ${wordCount(chat)} words`);
console.log(`full analysis, call: ${result.transcripts_per_s} transcripts/s (${result.words_per_s} words/s)`);
console.log(`full analysis, chat: ${Math.round(chatPerSecond)} transcripts/s`);
console.log(`natural WordTokenizer only, same call text: ${result.tokenize_only_words_per_s} words/s`);
console.log(`analysis costs ${result.ratio_to_tokenize}x a bare tokenization pass${sink < 0 ? '' : ''}`);
console.log(JSON.stringify(result));
