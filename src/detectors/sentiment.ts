/**
 * Sentiment (Contact Lens: sentiment per turn, per speaker overall and per quarter, -5..+5, and the
 * customer's shift from start to end). Per-turn scores come from `shared/turnSentiment.ts`.
 *
 * - overall: the mean of the speaker's turn scores, each weighted by its word count (a one-word
 *   "ok" does not weigh as much as a paragraph of complaint); turns without scored words count 0.
 * - quarters: by time (turn midpoint) when every agent and customer turn has timings, otherwise by
 *   turn position; null for a quarter in which the speaker said nothing.
 * - customerShift: the customer's last non-null quarter minus the first; null with fewer than two.
 */
import type { AnalyzedTurn, Detector, Finding, SentimentIndicators, SpeakerSentiment } from '../domain/types.js';
import { round } from './shared/evidence.js';
import { turnSentimentIn } from './shared/turnSentiment.js';

/** A turn this strongly scored becomes a finding (weaker ones are noise for a coach). */
export const STRONG_SENTIMENT = 2;

type Quarters = SpeakerSentiment['quarters'];

function summarise(turns: readonly AnalyzedTurn[], scores: readonly number[], quarterOf: (t: AnalyzedTurn) => number, speaker: 'agent' | 'customer'): SpeakerSentiment {
  let weighted = 0;
  let weights = 0;
  const qSum = [0, 0, 0, 0];
  const qWeight = [0, 0, 0, 0];
  for (const t of turns) {
    if (t.speaker !== speaker || t.wordCount === 0) continue;
    const s = scores[t.index];
    weighted += s * t.wordCount;
    weights += t.wordCount;
    const q = quarterOf(t);
    qSum[q] += s * t.wordCount;
    qWeight[q] += t.wordCount;
  }
  const quarters = qWeight.map((w, q) => (w === 0 ? null : round(qSum[q] / w))) as Quarters;
  return { overall: weights === 0 ? null : round(weighted / weights), quarters };
}

function na(reason: string): SentimentIndicators {
  const empty: SpeakerSentiment = { overall: null, quarters: [null, null, null, null] };
  return { na: reason, agent: empty, customer: { ...empty, quarters: [null, null, null, null] }, customerShift: null, turns: [] };
}

export const sentiment: Detector<'sentiment'> = {
  name: 'sentiment',
  detect({ transcript, turns, lexicons }) {
    if (!lexicons) return { findings: [], indicators: na(`no lexicons for language ${transcript.language}`) };
    if (!lexicons.language.startsWith('en')) return { findings: [], indicators: na(`no sentiment lexicon for language ${transcript.language}`) };
    if (!turns.some((t) => t.speaker === 'agent' || t.speaker === 'customer')) return { findings: [], indicators: na('no agent or customer turns') };

    const findings: Finding[] = [];
    const scores = turns.map((turn, k) => {
      const detail = turnSentimentIn(turns, k);
      if (Math.abs(detail.score) >= STRONG_SENTIMENT && detail.first !== undefined && detail.last !== undefined && (turn.speaker === 'agent' || turn.speaker === 'customer')) {
        const start = turn.tokens[detail.first].start;
        const end = turn.tokens[detail.last].end;
        findings.push({
          detector: 'sentiment',
          kind: detail.score > 0 ? 'sentiment.positive' : 'sentiment.negative',
          speaker: turn.speaker,
          evidence: { turn: turn.index, span: { start, end }, quote: turn.text.slice(start, end) },
          weight: detail.score,
        });
      }
      return detail.score;
    });

    const party = turns.filter((t) => t.speaker === 'agent' || t.speaker === 'customer');
    const timed = party.every((t) => t.startMs !== undefined && t.endMs !== undefined);
    let quarterOf: (t: AnalyzedTurn) => number;
    if (timed) {
      const end = Math.max(...party.map((t) => t.endMs!));
      const startAt = Math.min(...party.map((t) => t.startMs!));
      const span = Math.max(1, end - startAt);
      quarterOf = (t) => (t.startMs === undefined || t.endMs === undefined ? Math.min(3, Math.floor((4 * t.index) / turns.length)) : Math.min(3, Math.floor((4 * ((t.startMs + t.endMs) / 2 - startAt)) / span)));
    } else {
      quarterOf = (t) => Math.min(3, Math.floor((4 * t.index) / turns.length));
    }
    const agent = summarise(turns, scores, quarterOf, 'agent');
    const customer = summarise(turns, scores, quarterOf, 'customer');
    const present = customer.quarters.filter((q): q is number => q !== null);
    const customerShift = present.length >= 2 ? round(present[present.length - 1] - present[0]) : null;
    return { findings, indicators: { na: null, agent, customer, customerShift, turns: scores } };
  },
};
