import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TASK_FOLDERS, runEval, summarize } from '../../eval/harness.js';

describe('eval harness: a dataset folder that cannot be read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-eval-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, TASK_FOLDERS.politeness));
  writeFileSync(join(dir, TASK_FOLDERS.politeness, 'wikipedia.annotated.csv'), 'Community,Id,Request\nWikipedia,1,Could you help?\n');
  mkdirSync(join(dir, TASK_FOLDERS.sentiment));
  writeFileSync(
    join(dir, TASK_FOLDERS.sentiment, 'Tweets.csv'),
    'tweet_id,airline_sentiment,airline_sentiment_confidence,text\n1,negative,1,"@united my bag is lost, terrible"\n2,positive,1,"@united thanks, great crew"\n',
  );
  const messages: string[] = [];
  const report = runEval({ dataDir: dir, log: (m) => messages.push(m) });

  it('is left out with its reason, and the other datasets still run', () => {
    expect(report.tasks).toEqual(['sentiment']);
    expect(report.failed).toEqual([{ task: 'politeness', reason: expect.stringContaining('lacks column(s) Normalized Score') }]);
    expect(messages.some((m) => m.startsWith('politeness: could not be evaluated'))).toBe(true);
    expect(Object.keys(summarize(report, 'baseline'))).toEqual(['sentiment']);
  });
});
