import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { createAnalyzer, analyze } from '../../../src/analyze/analyze.js';
import { loadLexiconSets } from '../../../src/lexicon/load.js';
import { validateTranscript } from '../../../src/contract/validate.js';
import { SPEAKERS, type Transcript } from '../../../src/domain/types.js';
import { benchCall, benchChat } from '../../../bench/fixtures.js';
import { transcriptOf } from '../../support/analyzed.js';

const lexicons = loadLexiconSets();
const analyzer = createAnalyzer({ lexicons });

function sample(name: string): Transcript {
  const r = validateTranscript(JSON.parse(readFileSync(new URL(`../../../samples/${name}`, import.meta.url), 'utf8')));
  if (!r.ok) throw new Error(`${name} is invalid`);
  return r.transcript;
}

describe('analyze', () => {
  it('is deterministic: the same input gives the same output, byte for byte', () => {
    for (const t of [benchCall(), benchChat(), sample('call-escalation.json')]) {
      const first = JSON.stringify(analyzer(t));
      const again = JSON.stringify(createAnalyzer({ lexicons: loadLexiconSets() })(structuredClone(t)));
      expect(again).toBe(first);
    }
  });

  it('does not modify its input', () => {
    const t = benchCall();
    const copy = structuredClone(t);
    analyzer(t);
    expect(t).toEqual(copy);
  });

  it('stamps the analysis and lexicon versions', () => {
    const out = analyzer(sample('call-deescalation.json'));
    expect(out.analysisVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(out.lexiconVersion).toBe(lexicons.get('en')!.version);
  });

  it('gives a language without lexicons the timing indicators and N/A with the reason for the rest', () => {
    const out = analyzer(sample('call-spanish.json'));
    expect(out.lexiconVersion).toBe('none');
    expect(out.interruptions.na).toBeNull();
    expect(out.interruptions.agent.count).toBe(1);
    expect(out.conversation.agentTalkRatio).not.toBeNull();
    for (const section of [out.empathy, out.positiveLanguage, out.sentiment, out.activeListening, out.ownership, out.expectations, out.customerEffort]) {
      expect(section.na).toBe('no lexicons for language es-MX');
    }
  });

  it.each([
    ['a heart', '❤'],
    ['a hugging face', '🤗'],
    ['shared joy', 'So happy for you!'],
  ])('counts %s in a chat reply as warmth (an emotional reaction)', (_name, reply) => {
    const t = benchChat();
    const chat: Transcript = { ...t, turns: [{ speaker: 'customer', text: 'My dad died last week and I feel awful.' }, { speaker: 'agent', text: reply }] };
    const out = analyzer(chat);
    expect(out.empathy).toMatchObject({ opportunities: 1, shown: 1 });
    expect(out.evidence.some((f) => f.kind === 'empathy.shown' && f.category === 'emotional-reaction')).toBe(true);
  });

  it('finds what a person would on the samples', () => {
    const bad = analyzer(sample('call-escalation.json'));
    expect(bad.interruptions.agent.count).toBe(3);
    expect(bad.empathy.missed).toBeGreaterThanOrEqual(3);
    expect(bad.positiveLanguage.negative).toBeGreaterThan(bad.positiveLanguage.positive);
    expect(bad.evidence.some((f) => f.kind === 'language.negative' && f.evidence.quote === 'Calm down')).toBe(true);
    const good = analyzer(sample('call-deescalation.json'));
    expect(good.empathy).toMatchObject({ shown: 1, missed: 0, score: 100 });
    expect(good.interruptions.agent.count).toBe(0);
    expect(good.expectations.withTimeFrame).toBeGreaterThanOrEqual(1);
    expect(good.sentiment.customerShift).toBeGreaterThan(2);
    const none = analyzer(sample('call-no-opportunity.json'));
    expect(none.empathy).toMatchObject({ na: 'no empathy opportunity', score: null });
    const chat = analyzer(sample('chat-slow-responses.json'));
    expect(chat.interruptions.na).toBe('chat has no overlapping speech');
    expect(chat.conversation.agentResponseTimeMs?.mean).toBeGreaterThan(60_000);
  });

  it('never throws, whatever the text and the turn layout', () => {
    const turn = fc.record({
      speaker: fc.constantFrom(...SPEAKERS),
      text: fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom("I can't", 'no problem', '...', '', 'mm-hmm', '😀😀', 'constructor')),
      startMs: fc.option(fc.integer({ min: 0, max: 600_000 }), { nil: undefined }),
      duration: fc.option(fc.integer({ min: 0, max: 60_000 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(turn, { minLength: 1, maxLength: 40 }), fc.constantFrom('voice', 'chat', 'email'), fc.constantFrom('en', 'en-GB', 'fr'), (turns, channel, language) => {
        const t = transcriptOf([], { channel, language });
        t.turns = turns.map(({ speaker, text, startMs, duration }) =>
          startMs === undefined ? { speaker, text } : duration === undefined ? { speaker, text, startMs } : { speaker, text, startMs, endMs: startMs + duration },
        );
        const out = analyze(t, lexicons.get(language.slice(0, 2)));
        expect(JSON.parse(JSON.stringify(out)).interactionId).toBe('i-1');
        for (const f of out.evidence) {
          expect(f.evidence.span.start).toBeGreaterThanOrEqual(0);
          expect(f.evidence.span.end).toBeLessThanOrEqual(t.turns[f.evidence.turn].text.length);
        }
      }),
      { numRuns: 400 },
    );
  });
});
