/**
 * `npm run eval:labels -- [--data DIR] [--out FILE] [--compare FILE]`: the sentiment label the
 * analyzer gives each text, for comparing two versions of the lexicons or the scorer.
 *
 * Three sets, each where its folder exists:
 * - `tweets`: the airline tweets of the main setting (customer turns, as `npm run eval` scores them);
 * - `agentSide`: texts an agent could have written, scored as agent turns: the Stanford requests
 *   (the politeness transcripts) and the EPITOME responses (the agent turn of the empathy
 *   transcripts: each pair of any mechanism file once, as the first file holding it writes it).
 *   A change meant for customers should move few of them;
 * - `seekerPosts`: the EPITOME seeker posts, people asking for support, as customer turns. The
 *   empathy detector takes a customer turn at or below -2 as an opportunity.
 * Labels use the harness's neutral band (|score| < 0.5).
 *
 * It prints the counts per set. `--out FILE` writes every label (JSON); `--compare FILE` reads
 * such a file from another version (copy this `eval/` folder into that checkout, whose loaders may
 * differ, and run it there with `--out` and `--data`) and prints how many labels changed, and for
 * the tweets how many became right or wrong against the gold, with the two-sided exact sign test
 * of that split (McNemar's exact test: only the tweets that changed tell the versions apart).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadAnalyzer } from './analyzer.js';
import { EMPATHY_FOLDER, loadEmpathy } from './datasets/empathy.js';
import { POLITENESS_FOLDER, loadPoliteness } from './datasets/politeness.js';
import { MIN_CONFIDENCE, SENTIMENT_FOLDER, labelOf, loadSentiment, type SentimentLabel } from './datasets/sentiment.js';
import { DEFAULT_DATA_DIR } from './harness.js';
import { signTestP } from './metrics.js';

/**
 * The empathy detector's threshold for an opportunity without a lexicon cue
 * (`EMPATHY_PARAMS.negativeSentiment`), written out rather than imported so that the script can be
 * copied into an older checkout and count against the same threshold.
 */
const OPPORTUNITY_SCORE = -2;

interface Labels {
  tweets?: { gold: SentimentLabel[]; predicted: SentimentLabel[] };
  agentSide?: SentimentLabel[];
  seekerPosts?: { predicted: SentimentLabel[]; opportunities: number };
}

const countOf = (labels: readonly SentimentLabel[]) =>
  `${labels.filter((l) => l === 'negative').length} negative, ${labels.filter((l) => l === 'neutral').length} neutral, ${labels.filter((l) => l === 'positive').length} positive`;

const changed = (a: readonly SentimentLabel[], b: readonly SentimentLabel[]) => a.filter((l, i) => l !== b[i]).length;

async function main(): Promise<void> {
  // strict: an unknown or misspelt option, or one without its value, stops the script with a message
  const { values: options } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string' }, compare: { type: 'string' } }, strict: true });
  for (const [name, value] of Object.entries(options)) {
    if (typeof value === 'string' && (value === '' || value.startsWith('--'))) throw new Error(`--${name} needs a value`);
  }
  const dataDir = options.data ? resolve(options.data) : DEFAULT_DATA_DIR;
  const { analyze, analysisVersion, lexiconVersion } = await loadAnalyzer();
  const labels: Labels = {};

  if (existsSync(join(dataDir, SENTIMENT_FOLDER))) {
    const tweets = loadSentiment(join(dataDir, SENTIMENT_FOLDER)).examples.filter((e) => e.confidence >= MIN_CONFIDENCE);
    labels.tweets = { gold: tweets.map((e) => e.gold), predicted: tweets.map((e) => labelOf(analyze(e.transcript).sentiment.customer.overall)) };
  }
  const agentSide: SentimentLabel[] = [];
  if (existsSync(join(dataDir, POLITENESS_FOLDER))) {
    for (const e of loadPoliteness(join(dataDir, POLITENESS_FOLDER)).examples) agentSide.push(labelOf(analyze(e.transcript).sentiment.turns[0] ?? null));
  }
  if (existsSync(join(dataDir, EMPATHY_FOLDER))) {
    const seeker: number[] = [];
    for (const e of loadEmpathy(join(dataDir, EMPATHY_FOLDER)).examples) {
      const [post, response] = analyze(e.transcript).sentiment.turns;
      seeker.push(post ?? 0);
      agentSide.push(labelOf(response ?? null));
    }
    labels.seekerPosts = { predicted: seeker.map((s) => labelOf(s)), opportunities: seeker.filter((s) => s <= OPPORTUNITY_SCORE).length };
  }
  if (agentSide.length > 0) labels.agentSide = agentSide;

  console.log(`analyzer ${analysisVersion}, lexicons ${lexiconVersion}, data ${dataDir}`);
  if (labels.tweets) console.log(`tweets (${labels.tweets.predicted.length}): ${countOf(labels.tweets.predicted)}`);
  if (labels.agentSide) console.log(`agent-side texts (${labels.agentSide.length}): ${countOf(labels.agentSide)}`);
  if (labels.seekerPosts) {
    console.log(`seeker posts (${labels.seekerPosts.predicted.length}): ${countOf(labels.seekerPosts.predicted)}; at or below ${OPPORTUNITY_SCORE}: ${labels.seekerPosts.opportunities}`);
  }

  const compareWith = options.compare;
  if (compareWith) {
    const before = JSON.parse(readFileSync(compareWith, 'utf8')) as Labels;
    console.log(`against ${compareWith}:`);
    // Texts are compared by position, so a set is compared only when both versions loaded as many.
    const comparable = (name: string, now: number | undefined, then: number | undefined): boolean => {
      if (now === undefined || then === undefined) return false;
      if (now !== then) console.log(`  ${name}: skipped, ${then} texts then against ${now} now`);
      return now === then;
    };
    if (labels.tweets && before.tweets && comparable('tweets', labels.tweets.predicted.length, before.tweets.predicted.length)) {
      const { gold, predicted } = labels.tweets;
      const was = before.tweets.predicted;
      const right = predicted.filter((p, i) => p !== was[i] && p === gold[i]).length;
      const wrong = predicted.filter((p, i) => p !== was[i] && was[i] === gold[i]).length;
      // the changed rows are the paired comparison's evidence; the sign test says how uneven a split chance would give
      console.log(`  tweets: ${changed(was, predicted)} changed label, ${right} became right, ${wrong} became wrong (two-sided sign test p = ${signTestP(right, wrong).toPrecision(2)})`);
    }
    if (labels.agentSide && before.agentSide && comparable('agent-side texts', labels.agentSide.length, before.agentSide.length)) {
      const into = labels.agentSide.filter((l, i) => l === 'negative' && before.agentSide![i] !== 'negative').length;
      console.log(`  agent-side texts: ${changed(before.agentSide, labels.agentSide)} changed label, ${into} into negative`);
    }
    if (labels.seekerPosts && before.seekerPosts && comparable('seeker posts', labels.seekerPosts.predicted.length, before.seekerPosts.predicted.length)) {
      console.log(`  seeker posts at or below ${OPPORTUNITY_SCORE}: ${before.seekerPosts.opportunities} -> ${labels.seekerPosts.opportunities}`);
    }
  }
  if (options.out) writeFileSync(options.out, JSON.stringify(labels));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
