/**
 * `npm run eval:ceiling -- [--data DIR]`: how far could ANY weighting of our politeness evidence go?
 *
 * A diagnostic, not a detector: it fits linear weights of the positive-language findings (one
 * feature per `kind:category`, counted per request) to the politeness gold of the very rows it then
 * scores (in-sample least squares, a small ridge for stability). Nothing fitted here is written
 * anywhere or used by the product.
 *
 * It is evidence, not a strict bound: least squares minimises squared error, not rank correlation,
 * and the lexicons weight single entries rather than whole categories. But weights fitted to the
 * answers themselves landing where principled weights already are says that re-weighting these
 * strategies will not move the figure far; a large gap needs evidence of another kind.
 *
 * Beside it, two reference points on the same requests (`references.ts`), to say what the targets
 * mean on this data: one annotator against the mean of the other four (human agreement; also per
 * community group, as `npm run eval` groups them, with ratings normalised within the group), and a
 * bag-of-n-grams ridge regression trained on the rows, 5-fold cross-validated (what learning from
 * the corpus's own words gives).
 *
 * Prints a table of the fitted weights and, on its last stdout line, one JSON object:
 * `{"features": N, "requests": N, "spearman": N, "binary_accuracy": N, "one_annotator": {...},
 * "trained_ngrams": {...}}` (binary accuracy on the top versus bottom quartile, polite predicted
 * above the median score of that set, since a fitted score has no neutral point of its own; the
 * main eval uses the product's neutral 50).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadAnalyzer } from './analyzer.js';
import { POLITENESS_FOLDER, communityGroups, loadPoliteness } from './datasets/politeness.js';
import { DEFAULT_DATA_DIR } from './harness.js';
import { leastSquares, quantile, spearman } from './metrics.js';
import { parseCsvRecords } from './csv.js';
import { annotatorAgreement, crossValidatedRidge, rankScores, type RankScores, type RatedItem } from './references.js';

async function main(): Promise<void> {
  const dataArg = process.argv.indexOf('--data');
  const dataValue = dataArg > 0 ? process.argv[dataArg + 1] : undefined;
  if (dataArg > 0 && !dataValue) throw new Error('--data needs a folder');
  const dataDir = dataValue ? resolve(dataValue) : DEFAULT_DATA_DIR;
  const { analyze, lexiconVersion } = await loadAnalyzer();
  const { examples } = loadPoliteness(join(dataDir, POLITENESS_FOLDER));
  const found = examples.map((e) =>
    analyze(e.transcript)
      .evidence.filter((f) => f.detector === 'positiveLanguage')
      .map((f) => `${f.kind}:${f.category ?? ''}`),
  );
  const features = [...new Set(found.flat())].sort();
  const rows = found.map((keys) => [1, ...features.map((k) => keys.filter((x) => x === k).length)]);
  const gold = examples.map((e) => e.gold);
  const weights = leastSquares(rows, gold);
  const fitted = rows.map((row) => row.reduce((sum, v, i) => sum + v * weights[i], 0));

  const binary = examples.map((e, i) => ({ label: e.binary, score: fitted[i] })).filter((x) => x.label !== 'neutral');
  const median = quantile(binary.map((x) => x.score), 0.5);
  const right = binary.filter((x) => (x.score > median ? 'polite' : 'impolite') === x.label).length;

  const lines = [`Politeness ceiling (in-sample fit; lexicons ${lexiconVersion}); ${examples.length} requests`, 'feature                                         weight  requests'];
  features.forEach((k, i) => {
    const requests = found.filter((keys) => keys.includes(k)).length;
    lines.push(`${k.padEnd(46)} ${weights[i + 1].toFixed(3).padStart(7)}  ${String(requests).padStart(8)}`);
  });
  const rounded = (s: RankScores): RankScores => ({ spearman: Number(s.spearman.toFixed(3)), binary_accuracy: Number(s.binary_accuracy.toFixed(3)) });
  const ratings = loadRatings(join(dataDir, POLITENESS_FOLDER));
  const oneAnnotator = rounded(annotatorAgreement(ratings));
  const groups = communityGroups(ratings);
  const oneAnnotatorByCommunity = groups.size > 1 ? [...groups].map(([group, members]) => [group, rounded(annotatorAgreement(members.map((i) => ratings[i])))] as const) : [];
  const trained = rounded(rankScores(crossValidatedRidge(examples.map((e) => e.text), gold), gold));
  lines.push(
    '',
    'Reference points on the same requests (Spearman / binary accuracy):',
    `  one annotator against the mean of the other four   ${oneAnnotator.spearman.toFixed(3)} / ${oneAnnotator.binary_accuracy.toFixed(3)}`,
    `  n-gram ridge trained on the rows, 5-fold CV         ${trained.spearman.toFixed(3)} / ${trained.binary_accuracy.toFixed(3)}`,
    ...oneAnnotatorByCommunity.flatMap(([group, s]) => [
      `  one annotator, ${group} only (${groups.get(group)?.length} requests)`,
      `${' '.repeat(53)}${s.spearman.toFixed(3)} / ${s.binary_accuracy.toFixed(3)}`,
    ]),
  );
  process.stdout.write(`${lines.join('\n')}\n`);
  const result = {
    features: features.length,
    requests: examples.length,
    spearman: Number(spearman(fitted, gold).toFixed(3)),
    binary_accuracy: Number((right / binary.length).toFixed(3)),
    one_annotator: oneAnnotator,
    trained_ngrams: trained,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** Each request's five raw ratings, who gave them and its community, from every `*.annotated.csv` in the folder. */
function loadRatings(dir: string): Array<RatedItem & { community: string }> {
  const slots = [1, 2, 3, 4, 5];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.annotated.csv'))
    .sort()
    .flatMap((file) => {
      const columns = ['Community', ...slots.flatMap((k) => [`Score${k}`, `TurkId${k}`])];
      return parseCsvRecords(readFileSync(join(dir, file), 'utf8'), join(dir, file), columns).map((r) => ({
        scores: slots.map((k) => Number(r[`Score${k}`])),
        raters: slots.map((k) => r[`TurkId${k}`]),
        community: r.Community || '(none)',
      }));
    });
}

main().catch((err: unknown) => {
  process.stderr.write(`rapport eval:ceiling: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
