import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnalyzeFn } from '../../eval/analyzer.js';
import { evaluateEmpathy, loadEmpathy, type EmpathyExample } from '../../eval/datasets/empathy.js';
import { loadPoliteness } from '../../eval/datasets/politeness.js';
import { loadSentiment } from '../../eval/datasets/sentiment.js';
import { TASK_FOLDERS, runEval, summarize } from '../../eval/harness.js';
import { renderReport } from '../../eval/report.js';
import { numericField } from '../../eval/csv.js';
import type { Finding, Indicators } from '../../src/domain/types.js';

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
    'Stack Overflow,6,Hex?,0x1',
  ]);
  write('sentiment', 'Tweets.csv', [
    'tweet_id,airline_sentiment,airline_sentiment_confidence,text',
    '1,negative,1,@united my bag is lost',
    '2,mixed,1,@united so-so flight',
    '3,positive,,@united great crew',
    '4,neutral,high,@united which gate?',
    '1,positive,1,@united same id again',
    '5,negative,0.9,@united my bag is lost',
    // an unreadable row must not hide a readable repeat of it
    '6,mixed,1,@united late again',
    '6,negative,0.8,@united late again',
  ]);
  const empathyHeader = 'sp_id,rp_id,seeker_post,response_post,level,rationales';
  // p1 is whole; p2's level is blank in one file, p3's unreadable in two; p4 is in the
  // emotional-reactions file alone, p5 in the other two files alone.
  write('empathy', 'emotional-reactions-reddit.csv', [empathyHeader, 'p1,r1,I feel low,So sorry to hear that,1,So sorry', 'p2,r2,Help,Try this,,', 'p3,r3,Help,Hang in there,0,', 'p4,r4,Help,Ok,0,']);
  write('empathy', 'interpretations-reddit.csv', [empathyHeader, 'p1,r1,I feel low,So sorry to hear that,0,', 'p2,r2,Help,Try this,0,', 'p3,r3,Help,Hang in there,high,', 'p5,r5,Help,Me too,2,Me too']);
  write('empathy', 'explorations-reddit.csv', [empathyHeader, 'p1,r1,I feel low,So sorry to hear that,2,', 'p2,r2,Help,Try this,0,', 'p3,r3,Help,Hang in there,3,', 'p5,r5,Help,Me too,0,']);

  it('politeness: reads the good row, skips blank and non-numeric scores (a blank one is not gold 0) and blank requests', () => {
    const { examples, stats } = loadPoliteness(join(dir, TASK_FOLDERS.politeness));
    expect(examples.map((e) => [e.text, e.gold])).toEqual([['Could you please help?', 0.8]]);
    expect(stats).toEqual({ unreadableScore: 4, blankRequest: 1 });
  });

  it('sentiment: reads the good row, skips unknown labels and unreadable confidences, counts repeats', () => {
    const { examples, stats } = loadSentiment(join(dir, TASK_FOLDERS.sentiment));
    expect(examples.map((e) => [e.text, e.gold, e.confidence])).toEqual([
      ['my bag is lost', 'negative', 1],
      ['late again', 'negative', 0.8],
    ]);
    expect(stats).toEqual({ unknownLabel: 2, unreadableConfidence: 2, duplicates: 2 });
  });

  it("empathy: reads each file's pairs alone, skips and counts the rows with an unreadable level, counts pairs not in all three files", () => {
    const { examples, stats } = loadEmpathy(join(dir, TASK_FOLDERS.empathy));
    const levels = (e: EmpathyExample) => Object.fromEntries(Object.entries(e.readings).map(([label, r]) => [label, r.level]));
    expect(examples.map((e) => [e.pair, levels(e)])).toEqual([
      ['p1:r1', { emotionalReactions: 1, interpretations: 0, explorations: 2, combined: 1 }],
      ['p2:r2', { interpretations: 0, explorations: 0 }],
      ['p3:r3', { emotionalReactions: 0 }],
      ['p4:r4', { emotionalReactions: 0 }],
      ['p5:r5', { interpretations: 2, explorations: 0 }],
    ]);
    expect(stats.unreadableLevels).toEqual({ emotionalReactions: 1, interpretations: 1, explorations: 1 });
    expect([stats.inAllFiles, stats.notInAllFiles]).toEqual([3, 2]);
    expect(stats.missingPairs).toEqual({ emotionalReactions: 1, interpretations: 1, explorations: 1 });
  });

  it('the report prints a WARNING per reason, and the repeated tweets as information', () => {
    const text = renderReport(runEval({ dataDir: dir }), { analyzerNote: '' });
    const warnings = text.split('\n').filter((line) => line.startsWith('WARNING'));
    expect(warnings).toEqual([
      'WARNING: 4 row(s) of the *.annotated.csv files have a blank or non-numeric Normalized Score and were skipped',
      'WARNING: 1 row(s) of the *.annotated.csv files have a blank Request and were skipped',
      'WARNING: 2 row(s) of the .csv files have an airline_sentiment other than negative, neutral, positive and were skipped',
      'WARNING: 2 row(s) of the .csv files have a blank or non-numeric airline_sentiment_confidence and were skipped',
      'WARNING: 3 row(s) of the EPITOME files have a level that is blank or not 0, 1 or 2 (emotional-reactions 1, interpretations 1, explorations 1) and were skipped',
    ]);
    expect(text).toContain('(2 after de-duplication: 2 repeated tweets dropped)');
    expect(text).toContain('3 in all three files, 2 in one or two only (missing from emotional-reactions 1, interpretations 1, explorations 1: the halves are drawn per file)');
  });
});

describe('eval, EPITOME: each mechanism is scored on the pairs of its own file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-eval-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, TASK_FOLDERS.empathy));
  const write = (file: string, rows: string[]) =>
    writeFileSync(join(dir, TASK_FOLDERS.empathy, file), `${['sp_id,rp_id,seeker_post,response_post,level,rationales', ...rows].join('\n')}\n`);
  // a, b and c are in all three files; d only in emotional reactions, e in interpretations and
  // explorations, f only in interpretations, g only in explorations. c's response has a double space
  // in the interpretations and explorations files; b's has more words in the explorations file.
  // a repeats in emotional reactions (the first row is kept).
  write('emotional-reactions-reddit.csv', [
    'a,1,I feel low,So sorry you feel that way,2,So sorry',
    'b,1,I feel low,Have you tried walking?,0,',
    'c,1,I feel low,"Sorry, I understand",1,Sorry',
    'd,1,I feel low,So sorry,1,So sorry',
    'a,1,I feel low,So sorry you feel that way,0,',
  ]);
  write('interpretations-reddit.csv', [
    'a,1,I feel low,So sorry you feel that way,0,',
    'b,1,I feel low,Have you tried walking?,0,',
    'c,1,I feel low,"Sorry,  I understand",2,I understand',
    'e,1,I feel low,I understand that,1,I understand',
    'f,1,I feel low,That sounds hard,2,sounds hard',
  ]);
  write('explorations-reddit.csv', [
    'a,1,I feel low,So sorry you feel that way,0,',
    'b,1,I feel low,Have you tried walking? Or running?,2,Have you tried walking?',
    'c,1,I feel low,"Sorry,  I understand",0,',
    'e,1,I feel low,I understand that,0,',
    'g,1,I feel low,What happened?,1,What happened?',
  ]);

  /** A stand-in analyzer: an agent empathy finding per cue word of the response ("sorry", "understand", "?"). */
  const analyzed: string[] = [];
  const analyze: AnalyzeFn = (transcript) => {
    const response = transcript.turns[1].text;
    analyzed.push(`${transcript.interactionId} ${response}`);
    const evidence: Finding[] = [];
    for (const [cue, category] of [[/sorry/i, 'emotional-reaction'], [/understand/, 'interpretation'], [/\?/, 'exploration']] as const) {
      const m = cue.exec(response);
      if (!m) continue;
      const span = { start: m.index, end: m.index + m[0].length };
      evidence.push({ detector: 'empathy', kind: 'empathy.shown', category, speaker: 'agent', evidence: { turn: 1, span, quote: m[0] }, weight: 1 });
    }
    return { evidence } as unknown as Indicators;
  };
  const loaded = loadEmpathy(join(dir, TASK_FOLDERS.empathy));
  const result = evaluateEmpathy(loaded, analyze);

  it('counts the pairs and gold positives of each file, and ER or IP on the pairs of both the ER and IP files', () => {
    expect(result.n).toEqual({ emotionalReactions: 4, interpretations: 5, explorations: 5, combined: 3 });
    expect(result.positives).toEqual({ emotionalReactions: 3, interpretations: 3, explorations: 2, combined: 2 });
    expect(loaded.stats.duplicates).toEqual({ emotionalReactions: 1, interpretations: 0, explorations: 0 });
    expect([loaded.stats.inAllFiles, loaded.stats.notInAllFiles]).toEqual([3, 4]);
    expect(loaded.stats.missingPairs).toEqual({ emotionalReactions: 3, interpretations: 2, explorations: 2 });
  });

  it('scores each mechanism on its own pairs: pairs of one file alone count for that mechanism', () => {
    // interpretations: c and e found, f missed; explorations: b and g found, a question in no other pair
    expect(result.analyzer?.interpretations).toMatchObject({ precision: 1, recall: 2 / 3 });
    expect(result.analyzer?.explorations).toMatchObject({ precision: 1, recall: 1 });
    expect(result.analyzer?.emotionalReactions).toMatchObject({ precision: 1, recall: 1 });
    expect(result.baseline.explorations).toMatchObject({ precision: 1, recall: 1 });
    expect(summarize({ dataDir: dir, tasks: ['empathy'], failed: [], elapsedMs: {}, empathy: result }).empathy).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it("reads each file's pairs with that file's text, and ER or IP with the emotional-reactions text", () => {
    const c = loaded.examples.find((e) => e.pair === 'c:1')!;
    expect(c.readings.emotionalReactions?.response).toBe('Sorry, I understand');
    expect(c.readings.interpretations?.response).toBe('Sorry,  I understand');
    expect(c.readings.interpretations?.rationales).toEqual([{ start: 8, end: 20, text: 'I understand' }]);
    expect(c.readings.combined?.response).toBe('Sorry, I understand');
    expect(c.readings.combined?.rationales.map((r) => [r.start, r.text])).toEqual([[0, 'Sorry'], [7, 'I understand']]);
    expect([loaded.stats.differingText, loaded.stats.differingBeyondWhitespace]).toEqual([2, 1]);
  });

  it('runs the analyzer once per distinct transcript: once per pair, twice for a pair whose files differ in text', () => {
    expect(analyzed.filter((a) => a.startsWith('epitome:c:1 '))).toEqual(['epitome:c:1 Sorry, I understand', 'epitome:c:1 Sorry,  I understand']);
    expect(analyzed).toHaveLength(9);
    expect(new Set(analyzed).size).toBe(9);
  });

  it('counts the rationales of the rows scored in each file', () => {
    // a, c, d (emotional reactions; a's first row); c, e, f (interpretations); b, g (explorations): one each
    expect([loaded.stats.unlocatedRationales, loaded.stats.rationales]).toEqual([0, 8]);
  });

  it('reports the per-file counts in the heading, and a note for the pairs whose text differs between files', () => {
    const text = renderReport({ dataDir: dir, tasks: ['empathy'], failed: [], elapsedMs: {}, empathy: result }, { analyzerNote: '' });
    expect(text).toContain(
      "Empathy: EPITOME Reddit, each mechanism on its own file's pairs: ER 4, IP 5, EX 5 pairs (repeats dropped: ER 1, IP 0, EX 0); 3 in all three files, 4 in one or two only",
    );
    expect(text).toContain('ER or IP on the 3 in both ER and IP; positives (level >= 1): ER 3, IP 3, EX 2, ER or IP 2; 0 of 8 rationales not found in the response');
    expect(text.split('\n').filter((line) => line.startsWith('WARNING'))).toEqual([]);
    expect(text.split('\n').filter((line) => line.startsWith('note:'))).toEqual([
      "note: 2 pair(s) have a seeker_post or response_post that is not the same in every EPITOME file holding them (1 beyond whitespace); each file's pairs are scored on its own text, ER or IP on the emotional-reactions text",
    ]);
  });
});

describe('eval: reading numbers and repeated EPITOME rows', () => {
  it.each([
    ['0.8', 0.8],
    [' -0.43 ', -0.43],
    ['1', 1],
    ['.5', 0.5],
    ['2e-3', 0.002],
    ['', undefined],
    ['   ', undefined],
    ['0x1', undefined],
    ['0b1', undefined],
    ['Infinity', undefined],
    ['n/a', undefined],
  ])('numericField(%j) is %j', (field, value) => {
    expect(numericField(field)).toBe(value);
  });

  it('keeps the first row of a pair with a readable level, not an unreadable one before it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-eval-'));
    try {
      const header = 'sp_id,rp_id,seeker_post,response_post,level,rationales';
      const folder = join(dir, TASK_FOLDERS.empathy);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'emotional-reactions-reddit.csv'), `${header}\nq1,r1,Help,So sorry,,\nq1,r1,Help,So sorry,1,So sorry\n`);
      writeFileSync(join(folder, 'interpretations-reddit.csv'), `${header}\nq1,r1,Help,So sorry,0,\n`);
      writeFileSync(join(folder, 'explorations-reddit.csv'), `${header}\nq1,r1,Help,So sorry,0,\n`);
      const { examples, stats } = loadEmpathy(folder);
      expect(examples[0].readings.emotionalReactions?.level).toBe(1);
      expect(stats.unreadableLevels.emotionalReactions).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
