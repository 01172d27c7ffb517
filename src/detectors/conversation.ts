/**
 * Conversation characteristics (Amazon Contact Lens "conversation characteristics"): turns per
 * speaker, duration, talk time and talk ratio, non-talk time, talk speed, and for written channels
 * the agent's response time.
 *
 * Turn timings. A transcript is *timed* when every agent and customer turn has both `startMs` and
 * `endMs` (bot and system turns may lack them and are then left out of the timing metrics);
 * otherwise timings are treated as absent, because a partial timeline would give silences that
 * are not there.
 *
 * Duration: the largest `endMs` of any turn when timed, else `endedAt - startedAt` when both are
 * known, else null.
 *
 * Voice (channel `voice` and timed):
 * - talk time per speaker: the length of the union of the speaker's turn intervals, so a speaker's
 *   own overlapping turns (a diarization artefact) are not counted twice;
 * - agent talk ratio: agent / (agent + customer) talk time, 0..1, 3 decimals;
 * - non-talk time: the total of the gaps longer than `nonTalkMinMs` (strictly) in which nobody
 *   speaks: the union of every timed turn, bots and system included, is speech; the silence from
 *   the start of the interaction (offset 0) to the first turn counts too. One
 *   `conversation.non-talk` finding per gap, on the turn that ends it, weight = gap ms;
 * - words per minute per speaker: the speaker's words / talk minutes, 1 decimal; null when the
 *   speaker's talk time is 0.
 * Other channels have no talk time: those fields are null and `nonTalkInstances` is 0.
 *
 * Written channels (chat, email, sms, social) when every agent and customer turn has `startMs`
 * (chat platforms send message times as offsets): agent response time over every customer-to-agent
 * transition in turn order, bot and system turns skipped. The customer has been waiting since the
 * first customer turn the agent has not yet answered (its `endMs` when present, else its
 * `startMs`), so "hello? ... anyone there?" is one wait, measured from the first message; the
 * response is the next agent turn's `startMs` (a negative difference, from out-of-order data,
 * counts as 0). Mean (rounded to the ms), p90 (nearest rank), max and count; null when there is no
 * transition or no timings, and always null for voice. A response slower than `slowResponseMs`
 * (strictly) gives a `conversation.slow-response` finding on the agent turn, weight = ms.
 *
 * `na` is set only when the transcript has no agent or customer turn at all.
 */
import type { AnalyzedTurn, ConversationIndicators, Detector, DetectorInput, Evidence, Finding, Transcript } from '../domain/types.js';
import { round, turnEvidence } from './shared/evidence.js';

/** The parameters of the conversation detector; part of the analysis version. */
export const CONVERSATION_PARAMS = Object.freeze({
  /** A silence counts as non-talk when it is longer than this many ms (Contact Lens: more than 3 s). */
  nonTalkMinMs: 3_000,
  /** A written-channel agent response slower than this many ms gives a `conversation.slow-response` finding. */
  slowResponseMs: 60_000,
});

/** A turn with both timings, as the timing metrics read it. */
export interface TimedTurn {
  turn: AnalyzedTurn;
  startMs: number;
  endMs: number;
}

/**
 * True when the transcript has at least one agent or customer turn and every agent and customer
 * turn has both `startMs` and `endMs`: the condition for every timing metric.
 */
export function hasTurnTimings(turns: readonly AnalyzedTurn[]): boolean {
  let parties = 0;
  for (const turn of turns) {
    if (turn.speaker !== 'agent' && turn.speaker !== 'customer') continue;
    if (turn.startMs === undefined || turn.endMs === undefined) return false;
    parties++;
  }
  return parties > 0;
}

/**
 * The turns that have both timings (any speaker), in a new array sorted by `startMs`, then turn
 * index; the input is not touched.
 */
export function timedTurns(turns: readonly AnalyzedTurn[]): TimedTurn[] {
  const timed: TimedTurn[] = [];
  for (const turn of turns) {
    if (turn.startMs !== undefined && turn.endMs !== undefined) timed.push({ turn, startMs: turn.startMs, endMs: turn.endMs });
  }
  return timed.sort((a, b) => a.startMs - b.startMs || a.turn.index - b.turn.index);
}

/**
 * The interaction's duration in ms: the largest `endMs` when the turns are timed (`timed` from
 * `timedTurns`, or undefined when `hasTurnTimings` is false), else `endedAt - startedAt`, else null.
 */
export function durationMsOf(transcript: Transcript, timed: readonly TimedTurn[] | undefined): number | null {
  if (timed !== undefined) {
    let last = 0;
    for (const t of timed) if (t.endMs > last) last = t.endMs;
    return last;
  }
  if (transcript.endedAt === undefined) return null;
  const ms = Date.parse(transcript.endedAt) - Date.parse(transcript.startedAt);
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
}

/**
 * Evidence for `words` surface words (both halves of a contraction are one) at the start of a turn,
 * or at its end when `fromEnd`; the whole turn when it has no word.
 */
function edgeEvidence(turn: AnalyzedTurn, words: number, fromEnd: boolean): Evidence {
  const { tokens } = turn;
  const step = fromEnd ? -1 : 1;
  let first = -1;
  let last = -1;
  let counted = 0;
  let surface = -1;
  for (let i = fromEnd ? tokens.length - 1 : 0; i >= 0 && i < tokens.length; i += step) {
    const token = tokens[i];
    if (token.punct) continue;
    if (token.start !== surface) {
      if (counted === words) break;
      counted++;
      surface = token.start;
    }
    if (fromEnd) {
      if (last < 0) last = i;
      first = i;
    } else {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return turnEvidence(turn);
  const start = tokens[first].start;
  const end = tokens[last].end;
  return { turn: turn.index, span: { start, end }, quote: turn.text.slice(start, end) };
}

/** Evidence for the opening words of a turn (at most `words` surface words); the whole turn when it has none. */
export const openingEvidence = (turn: AnalyzedTurn, words: number): Evidence => edgeEvidence(turn, words, false);

/** Evidence for the closing words of a turn (at most `words` surface words); the whole turn when it has none. */
export const closingEvidence = (turn: AnalyzedTurn, words: number): Evidence => edgeEvidence(turn, words, true);

interface VoiceMetrics {
  talkTimeMs: { agent: number; customer: number };
  nonTalkTimeMs: number;
  nonTalkInstances: number;
}

/** One sweep over the timed turns in start order: per-speaker talk unions and the silences of the whole union. */
function voiceMetrics(timed: readonly TimedTurn[], findings: Finding[]): VoiceMetrics {
  const talk = { agent: 0, customer: 0 };
  const open = { agent: { start: 0, end: -1 }, customer: { start: 0, end: -1 } };
  let speechEnd = 0;
  let nonTalkTimeMs = 0;
  let nonTalkInstances = 0;
  for (const t of timed) {
    const gap = t.startMs - speechEnd;
    if (gap > CONVERSATION_PARAMS.nonTalkMinMs) {
      nonTalkTimeMs += gap;
      nonTalkInstances++;
      findings.push({
        detector: 'conversation',
        kind: 'conversation.non-talk',
        speaker: t.turn.speaker,
        evidence: turnEvidence(t.turn),
        weight: gap,
      });
    }
    if (t.endMs > speechEnd) speechEnd = t.endMs;
    const speaker = t.turn.speaker;
    if (speaker !== 'agent' && speaker !== 'customer') continue;
    const span = open[speaker];
    if (t.startMs > span.end) {
      if (span.end >= 0) talk[speaker] += span.end - span.start;
      span.start = t.startMs;
      span.end = t.endMs;
    } else if (t.endMs > span.end) {
      span.end = t.endMs;
    }
  }
  for (const speaker of ['agent', 'customer'] as const) {
    const span = open[speaker];
    if (span.end >= 0) talk[speaker] += span.end - span.start;
  }
  return { talkTimeMs: talk, nonTalkTimeMs, nonTalkInstances };
}

/** Agent response times over customer-to-agent transitions, or null when a party turn has no `startMs`. */
function responseTimes(turns: readonly AnalyzedTurn[], findings: Finding[]): ConversationIndicators['agentResponseTimeMs'] {
  const times: number[] = [];
  let waitingSince: number | undefined;
  for (const turn of turns) {
    if (turn.speaker !== 'agent' && turn.speaker !== 'customer') continue;
    if (turn.startMs === undefined) return null;
    if (turn.speaker === 'customer') {
      waitingSince ??= turn.endMs ?? turn.startMs;
      continue;
    }
    if (waitingSince === undefined) continue;
    const ms = Math.max(0, turn.startMs - waitingSince);
    waitingSince = undefined;
    times.push(ms);
    if (ms > CONVERSATION_PARAMS.slowResponseMs) {
      findings.push({
        detector: 'conversation',
        kind: 'conversation.slow-response',
        speaker: 'agent',
        evidence: turnEvidence(turn),
        weight: ms,
      });
    }
  }
  if (times.length === 0) return null;
  let sum = 0;
  for (const ms of times) sum += ms;
  const sorted = times.slice().sort((a, b) => a - b);
  return {
    mean: round(sum / times.length, 0),
    p90: sorted[Math.ceil(0.9 * sorted.length) - 1],
    max: sorted[sorted.length - 1],
    count: times.length,
  };
}

export const conversation: Detector<'conversation'> = {
  name: 'conversation',
  detect(input: DetectorInput) {
    const { transcript, turns } = input;
    const counts = { agent: 0, customer: 0, other: 0 };
    const words = { agent: 0, customer: 0 };
    for (const turn of turns) {
      if (turn.speaker === 'agent' || turn.speaker === 'customer') {
        counts[turn.speaker]++;
        words[turn.speaker] += turn.wordCount;
      } else counts.other++;
    }
    const timed = hasTurnTimings(turns) ? timedTurns(turns) : undefined;
    const findings: Finding[] = [];
    const indicators: ConversationIndicators = {
      na: counts.agent + counts.customer === 0 ? 'no agent or customer turns' : null,
      durationMs: durationMsOf(transcript, timed),
      turns: counts,
      talkTimeMs: { agent: null, customer: null },
      agentTalkRatio: null,
      nonTalkTimeMs: null,
      nonTalkInstances: 0,
      wordsPerMinute: { agent: null, customer: null },
      agentResponseTimeMs: null,
    };
    if (transcript.channel !== 'voice') {
      if (indicators.na === null) indicators.agentResponseTimeMs = responseTimes(turns, findings);
      return { findings, indicators };
    }
    if (timed === undefined) return { findings, indicators };
    const voice = voiceMetrics(timed, findings);
    const { agent, customer } = voice.talkTimeMs;
    indicators.talkTimeMs = { agent, customer };
    indicators.agentTalkRatio = agent + customer > 0 ? round(agent / (agent + customer), 3) : null;
    indicators.nonTalkTimeMs = voice.nonTalkTimeMs;
    indicators.nonTalkInstances = voice.nonTalkInstances;
    indicators.wordsPerMinute = {
      agent: agent > 0 ? round(words.agent / (agent / 60_000), 1) : null,
      customer: customer > 0 ? round(words.customer / (customer / 60_000), 1) : null,
    };
    return { findings, indicators };
  },
};
