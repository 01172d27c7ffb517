/**
 * Interruptions, from turn timings (voice only).
 *
 * Only agent and customer turns take part (bots and system messages are ignored). Turns are read in
 * a sorted copy (by `startMs`, then turn index), so out-of-order input is fine and never mutated.
 * For each turn B, the turn A of the other party that B started inside is the one in progress at
 * B's start (A.startMs < B.startMs < A.endMs); when several of the other party's turns are in
 * progress, the one that runs longest (largest `endMs`, then the earliest), because the other party
 * is speaking until then. Each turn B counts at most once, against that A. Then, in this order:
 *
 * 1. end of turn: A has less than `endOfTurnToleranceMs` left after B's start: a natural handover
 *    (B started on A's last word); ignored, counted in `ignoredOverlaps`;
 * 2. too brief: the overlap, min(A.endMs, B.endMs) - B.startMs, is shorter than `minOverlapMs`
 *    and A is not cut off: not an interruption and not counted anywhere (crosstalk and
 *    word-boundary jitter). A is cut off when it ends before B does and A's speaker starts no
 *    other turn before B ends: B started while A still had at least `endOfTurnToleranceMs` to go
 *    (rule 1), A stopped, and B held the floor. This approximates the simple interruption of
 *    Ferguson (1977, "Simultaneous speech, interruptions and dominance"), where the first speaker
 *    gives way; timings cannot show whether A's sentence was complete, so for a cut-off the
 *    effective minimum is the 300 ms tolerance, and `minOverlapMs` applies to overlaps that A
 *    survives;
 * 3. backchannel: B has no words, or is at most `maxBackchannelWords` words and `maxBackchannelMs`
 *    long and every word of it is covered by `backchannels` lexicon matches ("mm-hmm", "yeah
 *    right", "I see"; a weight-0 exclusion covers nothing); ignored, counted in `ignoredOverlaps`,
 *    no finding (noise). Without a `backchannels` lexicon for the language, B is a backchannel
 *    when it has at most `unlexicalBackchannelWords` words (and the same duration limit), so
 *    interruptions are still measured for every language;
 * 4. otherwise B is an interruption by B's speaker, lasting the overlap.
 *
 * Rule 1 is checked first so that handovers are reported as ignored overlaps: a turn that starts
 * on the other's last word is not an interruption even when the other then stops.
 *
 * Per interrupter: count, total overlap ms and rate per minute of interaction (count / duration
 * minutes, 2 decimals; null when the duration is 0), and how many of the interruptions were
 * cut-offs: the other party gave way (A ended before B and did not speak again until B ended, the
 * test of rule 2), against talking on through the overlap. A coach reads a cut-off as the floor
 * taken; an overlap the customer talked through is an attempt. Each instance says which
 * (`cutOff`). One `interruption` finding per instance (speaker = interrupter, evidence = the
 * interrupting turn's first words, weight = overlap ms).
 * N/A for written channels (no overlapping speech) and for voice without turn timings.
 */
import type { AnalyzedTurn, Detector, DetectorInput, Finding, InterruptionIndicators, InterruptionInstance } from '../domain/types.js';
import { durationMsOf, hasTurnTimings, openingEvidence, timedTurns, type TimedTurn } from './conversation.js';
import { effectiveWeight, matchesOf, round } from './shared/evidence.js';

/** The parameters of the interruption rules; part of the analysis version. */
export const INTERRUPTION_PARAMS = Object.freeze({
  /** An overlap shorter than this many ms is not an interruption. */
  minOverlapMs: 500,
  /** B starting when the interrupted turn has less than this many ms left is a turn handover, not an interruption. */
  endOfTurnToleranceMs: 300,
  /** A backchannel has at most this many words... */
  maxBackchannelWords: 4,
  /** ...and lasts at most this many ms. */
  maxBackchannelMs: 1_500,
  /** Without a backchannel lexicon for the language, an overlapping turn of at most this many words is a backchannel. */
  unlexicalBackchannelWords: 1,
  /** A finding quotes at most this many words from the start of the interrupting turn. */
  evidenceWords: 5,
});

const LEXICON = 'backchannels';

function notApplicable(reason: string): InterruptionIndicators {
  return {
    na: reason,
    agent: { count: 0, cutOffs: 0, overlapMs: 0, perMinute: null },
    customer: { count: 0, cutOffs: 0, overlapMs: 0, perMinute: null },
    instances: [],
    ignoredOverlaps: 0,
  };
}

/** True when a turn spoken over the other party is a backchannel (see rule 3 above). */
function isBackchannel(b: TimedTurn, lexical: boolean): boolean {
  const { turn } = b;
  if (turn.wordCount === 0) return true;
  if (b.endMs - b.startMs > INTERRUPTION_PARAMS.maxBackchannelMs) return false;
  if (!lexical) return turn.wordCount <= INTERRUPTION_PARAMS.unlexicalBackchannelWords;
  if (turn.wordCount > INTERRUPTION_PARAMS.maxBackchannelWords) return false;
  let covered = 0;
  for (const match of matchesOf(turn, LEXICON)) {
    const weight = effectiveWeight(match);
    if (weight !== undefined && weight > 0) covered += match.last - match.first + 1;
  }
  let wordTokens = 0;
  for (const token of turn.tokens) if (!token.punct) wordTokens++;
  return covered >= wordTokens;
}

const isParty = (turn: AnalyzedTurn): boolean => turn.speaker === 'agent' || turn.speaker === 'customer';

/** Whether `speaker` starts a turn after parties[index] starts and before `untilMs` (sorted by start). */
function resumesBefore(parties: readonly TimedTurn[], index: number, speaker: string, untilMs: number): boolean {
  for (let i = index + 1; i < parties.length && parties[i].startMs < untilMs; i++) {
    if (parties[i].turn.speaker === speaker) return true;
  }
  return false;
}

export const interruptions: Detector<'interruptions'> = {
  name: 'interruptions',
  detect(input: DetectorInput) {
    const { transcript, turns, lexicons } = input;
    if (transcript.channel !== 'voice') {
      return { findings: [], indicators: notApplicable(`${transcript.channel} has no overlapping speech`) };
    }
    if (!turns.some(isParty)) return { findings: [], indicators: notApplicable('no agent or customer turns') };
    if (!hasTurnTimings(turns)) {
      return { findings: [], indicators: notApplicable('no turn timings: interruptions need voice turns with startMs/endMs') };
    }
    const timed = timedTurns(turns);
    const durationMs = durationMsOf(transcript, timed) ?? 0;
    const lexical = lexicons !== undefined && lexicons.names.includes(LEXICON);
    const parties = timed.filter((t) => isParty(t.turn));

    const findings: Finding[] = [];
    const instances: InterruptionInstance[] = [];
    const stats = { agent: { count: 0, cutOffs: 0, overlapMs: 0 }, customer: { count: 0, cutOffs: 0, overlapMs: 0 } };
    let ignoredOverlaps = 0;
    // The longest-running turn of each party among those that started strictly before the current one.
    let agentTurn: TimedTurn | undefined;
    let customerTurn: TimedTurn | undefined;
    let folded = 0;
    for (const [index, b] of parties.entries()) {
      while (folded < parties.length && parties[folded].startMs < b.startMs) {
        const t = parties[folded++];
        if (t.turn.speaker === 'agent') {
          if (agentTurn === undefined || t.endMs > agentTurn.endMs) agentTurn = t;
        } else if (customerTurn === undefined || t.endMs > customerTurn.endMs) customerTurn = t;
      }
      const interrupter = b.turn.speaker as 'agent' | 'customer';
      const a = interrupter === 'agent' ? customerTurn : agentTurn;
      if (a === undefined || a.endMs <= b.startMs) continue;
      if (a.endMs - b.startMs < INTERRUPTION_PARAMS.endOfTurnToleranceMs) {
        ignoredOverlaps++;
        continue;
      }
      const overlapMs = Math.min(a.endMs, b.endMs) - b.startMs;
      // A stopped while B went on, and did not start again before B finished: A was cut off,
      // however briefly they overlapped.
      const cutOff = a.endMs < b.endMs && !resumesBefore(parties, index, a.turn.speaker, b.endMs);
      if (overlapMs < INTERRUPTION_PARAMS.minOverlapMs && !cutOff) continue;
      if (isBackchannel(b, lexical)) {
        ignoredOverlaps++;
        continue;
      }
      stats[interrupter].count++;
      if (cutOff) stats[interrupter].cutOffs++;
      stats[interrupter].overlapMs += overlapMs;
      instances.push({ interrupter, turn: b.turn.index, interruptedTurn: a.turn.index, beginMs: b.startMs, durationMs: overlapMs, cutOff });
      findings.push({
        detector: 'interruptions',
        kind: 'interruption',
        category: interrupter === 'agent' ? 'agent-interrupts-customer' : 'customer-interrupts-agent',
        speaker: interrupter,
        evidence: openingEvidence(b.turn, INTERRUPTION_PARAMS.evidenceWords),
        weight: overlapMs,
      });
    }
    const perMinute = (count: number) => (durationMs > 0 ? round(count / (durationMs / 60_000), 2) : null);
    return {
      findings,
      indicators: {
        na: null,
        agent: { ...stats.agent, perMinute: perMinute(stats.agent.count) },
        customer: { ...stats.customer, perMinute: perMinute(stats.customer.count) },
        instances,
        ignoredOverlaps,
      },
    };
  },
};
