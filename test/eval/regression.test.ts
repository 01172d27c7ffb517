/**
 * Accuracy regression: runs the evaluation harness in-process on the development data and fails when
 * a headline figure drops below its floor in `eval/floors.json`. Skipped, with a warning, on machines
 * without the data folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAnalyzer } from '../../eval/analyzer.js';
import { DEFAULT_DATA_DIR, runEval, summarize, type Summary } from '../../eval/harness.js';

const floors = JSON.parse(readFileSync(fileURLToPath(new URL('../../eval/floors.json', import.meta.url)), 'utf8')) as Record<string, Record<string, number>>;
const hasData = existsSync(DEFAULT_DATA_DIR);
if (!hasData) console.warn(`rapport eval regression: ${DEFAULT_DATA_DIR} does not exist; accuracy floors not checked`);

describe.skipIf(!hasData)('accuracy on the development data stays above the floors in eval/floors.json', () => {
  let summary: Summary;

  beforeAll(async () => {
    const analyzer = await loadAnalyzer();
    summary = summarize(runEval({ dataDir: DEFAULT_DATA_DIR, analyze: analyzer.analyze }));
  }, 180_000);

  const cases = Object.entries(floors).flatMap(([task, figures]) => Object.entries(figures).map(([figure, floor]) => ({ task, figure, floor })));
  it.each(cases)('$task $figure >= $floor', ({ task, figure, floor }) => {
    const value = (summary as Record<string, Record<string, number | null> | undefined>)[task]?.[figure];
    expect(value, `${task} ${figure}: the ${task} dataset folder was not evaluated`).not.toBeUndefined();
    expect(value ?? Number.NaN).toBeGreaterThanOrEqual(floor);
  });
});
