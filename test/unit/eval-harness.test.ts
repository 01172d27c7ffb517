import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEmpathy } from '../../eval/datasets/empathy.js';
import { loadPoliteness } from '../../eval/datasets/politeness.js';
import { loadSentiment } from '../../eval/datasets/sentiment.js';
import { TASK_FOLDERS, runEval, summarize } from '../../eval/harness.js';
import { renderReport } from '../../eval/report.js';

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

  it('prints no WARNING for a dataset whose rows were all read', () => {
    expect(renderReport(report, { analyzerNote: '' })).not.toContain('WARNING');
  });
});

describe('eval loaders: rows that cannot be read are skipped, counted by reason, and warned about', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-eval-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (task: keyof typeof TASK_FOLDERS, file: string, lines: string[]) => {
    mkdirSync(join(dir, TASK_FOLDERS[task]), { recursive: true });
    writeFileSync(join(dir, TASK_FOLDERS[task], file), `${lines.join('\n')}\n`);
  };
  write('politeness', 'stack-exchange.annotated.csv', [
    'Community,Id,Request,Normalized Score',
    'Stack Overflow,1,Could you please help?,0.8',
    'Stack Overflow,2,Why is this broken?,',
    'Stack Overflow,3,Is it fixed?,   ',
    'Stack Overflow,4,What now?,n/a',
    'Stack Overflow,5, ,0.3',
  ]);
  write('sentiment', 'Tweets.csv', [
    'tweet_id,airline_sentiment,airline_sentiment_confidence,text',
    '1,negative,1,@united my bag is lost',
    '2,mixed,1,@united so-so flight',
    '3,positive,,@united great crew',
    '4,neutral,high,@united which gate?',
    '1,positive,1,@united same id again',
    '5,negative,0.9,@united my bag is lost',
  ]);
  const empathyHeader = 'sp_id,rp_id,seeker_post,response_post,level,rationales';
  // p1 is whole; p2's level is blank in one file, p3's unreadable in two; p4 is in the
  // emotional-reactions file alone, p5 in the other two files alone.
  write('empathy', 'emotional-reactions-reddit.csv', [empathyHeader, 'p1,r1,I feel low,So sorry to hear that,1,So sorry', 'p2,r2,Help,Try this,,', 'p3,r3,Help,Hang in there,0,', 'p4,r4,Help,Ok,0,']);
  write('empathy', 'interpretations-reddit.csv', [empathyHeader, 'p1,r1,I feel low,So sorry to hear that,0,', 'p2,r2,Help,Try this,0,', 'p3,r3,Help,Hang in there,high,', 'p5,r5,Help,Me too,2,Me too']);
  write('empathy', 'explorations-reddit.csv', [empathyHeader, 'p1,r1,I feel low,So sorry to hear that,2,', 'p2,r2,Help,Try this,0,', 'p3,r3,Help,Hang in there,3,', 'p5,r5,Help,Me too,0,']);

  it('politeness: reads the good row, skips blank and non-numeric scores and blank requests', () => {
    const { examples, stats } = loadPoliteness(join(dir, TASK_FOLDERS.politeness));
    expect(examples.map((e) => [e.text, e.gold])).toEqual([['Could you please help?', 0.8]]);
    expect(stats).toEqual({ unreadableScore: 3, blankRequest: 1 });
  });

  it('politeness: a blank score is skipped, not read as gold 0', () => {
    const { examples } = loadPoliteness(join(dir, TASK_FOLDERS.politeness));
    expect(examples.some((e) => e.gold === 0)).toBe(false);
    expect(examples.some((e) => e.text === 'Why is this broken?')).toBe(false);
  });

  it('sentiment: reads the good row, skips unknown labels and unreadable confidences, counts repeats', () => {
    const { examples, stats } = loadSentiment(join(dir, TASK_FOLDERS.sentiment));
    expect(examples.map((e) => [e.text, e.gold, e.confidence])).toEqual([['my bag is lost', 'negative', 1]]);
    expect(stats).toEqual({ unknownLabel: 1, unreadableConfidence: 2, duplicates: 2 });
  });

  it('empathy: reads the whole pair, skips pairs with an unreadable level, counts incomplete pairs', () => {
    const { examples, stats } = loadEmpathy(join(dir, TASK_FOLDERS.empathy));
    expect(examples.map((e) => [e.transcript.interactionId, e.levels])).toEqual([
      ['epitome:p1:r1', { emotionalReactions: 1, interpretations: 0, explorations: 2 }],
    ]);
    expect(stats.unreadableLevels).toEqual({ emotionalReactions: 1, interpretations: 1, explorations: 1 });
    expect(stats.incompletePairs).toBe(2);
    expect(stats.missingPairs).toEqual({ emotionalReactions: 1, interpretations: 1, explorations: 1 });
  });

  it('the report prints a WARNING per reason, and the repeated tweets as information', () => {
    const text = renderReport(runEval({ dataDir: dir }), { analyzerNote: '' });
    const warnings = text.split('\n').filter((line) => line.startsWith('WARNING'));
    expect(warnings).toEqual([
      'WARNING: 3 row(s) of the *.annotated.csv files have a blank or non-numeric Normalized Score and were skipped',
      'WARNING: 1 row(s) of the *.annotated.csv files have a blank Request and were skipped',
      'WARNING: 1 row(s) of the .csv files have an airline_sentiment other than negative, neutral, positive and were skipped',
      'WARNING: 2 row(s) of the .csv files have a blank or non-numeric airline_sentiment_confidence and were skipped',
      'WARNING: 3 row(s) of the EPITOME files have a level that is blank or not 0, 1 or 2 (emotional-reactions 1, interpretations 1, explorations 1) and were skipped with their pairs',
      'WARNING: 2 pair(s) are not in all three EPITOME files and were dropped (missing from emotional-reactions 1, interpretations 1, explorations 1)',
    ]);
    expect(text).toContain('(1 after de-duplication: 2 repeated tweets dropped)');
  });
});
