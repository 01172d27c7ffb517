/**
 * `npm run bench:analysis`: throughput of the full analysis on one core, beside a bare tokenization
 * pass over the same text in the same run (so machine noise affects both alike).
 * Last line on stdout: {"transcripts_per_s", "words_per_s", "tokenize_only_words_per_s", "ratio_to_tokenize"}.
 */
import { cpus } from 'node:os';
import { WordTokenizer } from 'natural/lib/natural/tokenizers/index.js';
import { loadLexiconSets } from '../src/lexicon/load.js';
import { createAnalyzer } from '../src/analyze/analyze.js';
import { benchCall, benchChat, wordCount } from './fixtures.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

/** Run `fn` repeatedly for about `seconds` after a warm-up; return iterations per second. */
function measure(fn: () => void, seconds: number): number {
  const warmUntil = performance.now() + 1000;
  while (performance.now() < warmUntil) fn();
  let iterations = 0;
  const start = performance.now();
  const until = start + seconds * 1000;
  while (performance.now() < until) {
    for (let i = 0; i < 20; i++) fn();
    iterations += 20;
  }
  return iterations / ((performance.now() - start) / 1000);
}

const analyze = createAnalyzer({ lexicons: loadLexiconSets() });
const call = benchCall();
const chat = benchChat();
const callWords = wordCount(call);
const texts = call.turns.map((t) => t.text);
const wordTokenizer = new WordTokenizer();

let sink = 0;
const tokenizePerSecond = measure(() => {
  for (const text of texts) sink += wordTokenizer.tokenize(text).length;
}, SECONDS);
const callPerSecond = measure(() => {
  sink += analyze(call).evidence.length;
}, SECONDS);
const chatPerSecond = measure(() => {
  sink += analyze(chat).evidence.length;
}, Math.max(1, SECONDS / 2));

const result = {
  transcripts_per_s: Math.round(callPerSecond),
  words_per_s: Math.round(callPerSecond * callWords),
  tokenize_only_words_per_s: Math.round(tokenizePerSecond * callWords),
  ratio_to_tokenize: Number((tokenizePerSecond / callPerSecond).toFixed(2)),
};
console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores), node ${process.version}, one core`);
console.log(`call: ${call.turns.length} turns, ${callWords} words; chat: ${chat.turns.length} turns, ${wordCount(chat)} words`);
console.log(`full analysis, call: ${result.transcripts_per_s} transcripts/s (${result.words_per_s} words/s)`);
console.log(`full analysis, chat: ${Math.round(chatPerSecond)} transcripts/s`);
console.log(`natural WordTokenizer only, same call text: ${result.tokenize_only_words_per_s} words/s`);
console.log(`analysis costs ${result.ratio_to_tokenize}x a bare tokenization pass${sink < 0 ? '' : ''}`);
console.log(JSON.stringify(result));
