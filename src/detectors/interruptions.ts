/**
 * Interruptions, from turn timings (voice only).
 *
 * Only agent and customer turns take part (bots and system messages are ignored). Turns are read in
 * a sorted copy (by `startMs`, then turn index), so out-of-order input is fine and never mutated.
 * For each turn B, the turn A of the other party that B started inside is the one in progress at
 * B's start (A.startMs < B.startMs < A.endMs); when several of the other party's turns are in
 * progress, the one that runs longest (largest `endMs`, then the earliest), because the other party
 * is speaking until then. When none is, A is the other party's turn that ended last before B
 * started, which matters only when A was broken off (below). Only turns that started strictly
 * before B are candidates, so a turn of no duration ending at B's very start is never A. Each turn
 * B counts at most once, against that A. Then, in this order:
 *
 * 1. end of turn: B started when A had less than `endOfTurnToleranceMs` left, or after A ended: a
 *    natural handover (B started on A's last word, or in the silence after it); ignored, and
 *    counted in `ignoredOverlaps` when they overlapped. Unless B broke A off;
 * 2. too brief: the overlap, min(A.endMs, B.endMs) - B.startMs, is shorter than `minOverlapMs`
 *    and A was neither cut off nor broken off: not an interruption and not counted anywhere
 *    (crosstalk and word-boundary jitter). A is cut off when it ends before B does and A's speaker
 *    starts no other turn from B's start until B ends: A stopped, and B held the floor. This
 *    approximates the simple interruption of Ferguson (1977, "Simultaneous speech, interruptions
 *    and dominance"), where the first speaker gives way. Past rule 1, B started while A still had
 *    at least `endOfTurnToleranceMs` to go, so for a cut-off the effective minimum overlap is that
 *    tolerance, and `minOverlapMs` applies to overlaps that A survives; a broken-off A can also be
 *    cut off with no overlap at all, B having started in the pause after it;
 * 3. backchannel: B has no words, or is at most `maxBackchannelWords` words and every word of it
 *    is covered by `backchannels` lexicon matches ("mm-hmm", "yeah right", "I see"; a weight-0
 *    exclusion covers nothing), word fragments aside ("y- yeah": a false start needs no covering,
 *    so a turn of fragments alone is one). A backchannel is known by what it says and that it
 *    claims no turn (Yngve 1970; Schegloff 1982), so a slow "mm-hmm ... yeah" with a pause inside
 *    is one however long it lasts, while A talks on; one longer than `maxBackchannelMs` that A
 *    gave way to (A was cut off or broke off) took the floor, and is no backchannel. Backchannels
 *    are ignored, counted in `ignoredOverlaps` when they overlapped, no finding (noise), and
 *    break nothing off. Without a `backchannels` lexicon for the language, where the words cannot
 *    tell, B is a backchannel when it has at most `unlexicalBackchannelWords` words and lasts at
 *    most `maxBackchannelMs`, so interruptions are still measured for every language;
 * 4. otherwise B is an interruption by B's speaker, lasting the overlap (0 when B started in the
 *    silence after a broken-off A).
 *
 * Rule 1 is checked first so that handovers are reported as ignored overlaps: a turn that starts
 * on the other's last word is not an interruption even when the other then stops, unless the
 * other's sentence was not over.
 *
 * Broken off (the instance's `brokenOff`, counted per interrupter): A ended before B did, at most
 * `unfinishedPauseMs` before B started, and A's turn ends unfinished, or trailing with B started
 * before A's end (below). Turns hand over where what the speaker says could be complete, a
 * transition-relevance place (Sacks, Schegloff & Jefferson 1974); a speaker who stops on "the" or
 * "of" has not reached one, so their turn was still in progress when B started, however briefly
 * they overlapped or paused, and whether or not they took up their sentence again over B. A turn
 * is broken off at most once: a second turn of B's party in the same pause does not break it off
 * again (a backchannel there breaks nothing, so a later turn still can). How a turn ends
 * (`readEnd`):
 * - unfinished when, after its last word, the text goes on with a dash or hyphen (a cut-off mark or
 *   a word fragment: "I was go-", "I paid the -"); or its last word is the second half of a
 *   contraction other than "n't" ("I'm", "it's": `CLITIC_EXPANSIONS`), except "have" after a modal
 *   ("I should've"); or its last word is covered by a match of the `unfinished` lexicon (articles,
 *   "of", "because", subject pronouns; a weight-0 exclusion such as "so do I" or "can he" covers
 *   nothing). The contraction rule needs no lexicon;
 * - trailing when that match is tagged `trail-off` ("and", "but", "um"): such a word may end a turn
 *   its speaker gave up, so it breaks A off only when B started before A's end, not in the pause;
 * - finished otherwise, and when an ellipsis follows the last word ("and...", the speaker trailed
 *   off), when a "?" does (a question: "What is it made of?"), or when the last word is a single
 *   capital letter other than "I" in text that has lower-case letters (spelled: "with an A").
 * A "." or "!" after the last word changes nothing: speech-to-text engines close every segment with
 * one, even one cut short.
 *
 * Per interrupter: count, total overlap ms and rate per minute of interaction (count / duration
 * minutes, 2 decimals; null when the duration is 0), how many of the interruptions were cut-offs
 * (the other party gave way: A ended before B and did not speak again until B ended, the test of
 * rule 2), against talking on through the overlap, and how many broke off the other's sentence. A
 * coach reads a cut-off as the floor taken, and a sentence broken off as not letting the other
 * finish; an overlap the customer talked through is an attempt. Each instance says which (`cutOff`,
 * `brokenOff`). One `interruption` finding per instance (speaker = interrupter, evidence = the
 * interrupting turn's first words, weight = overlap ms), and after it, for a sentence broken off,
 * one `interruption.broken-off` finding (speaker = the interrupted party, evidence = the last words
 * of their turn and its cut-off mark, category = what showed it unfinished: `cut-off-mark`,
 * `contraction` or the `unfinished` lexicon's category with its entry; weight 0).
 * N/A for written channels (no overlapping speech) and for voice without turn timings.
 */
import type { AnalyzedTurn, Detector, DetectorInput, Finding, InterruptionIndicators, InterruptionInstance } from '../domain/types.js';
import { closingEvidence, durationMsOf, hasTurnTimings, openingEvidence, timedTurns, type TimedTurn } from './conversation.js';
import { effectiveWeight, matchesOf, round } from './shared/evidence.js';
import { CLITIC_EXPANSIONS, lastWordIndex } from '../text/tokenize.js';

/** The parameters of the interruption rules; part of the analysis version. */
export const INTERRUPTION_PARAMS = Object.freeze({
  /** An overlap shorter than this many ms is not an interruption. */
  minOverlapMs: 500,
  /** B starting when the interrupted turn has less than this many ms left is a turn handover, not an interruption. */
  endOfTurnToleranceMs: 300,
  /**
   * B starting at most this many ms after a turn that ended unfinished broke that turn off. Gaps
   * between turns are about 200 ms in conversation (Stivers et al. 2009, across ten languages), and
   * a pause of half a second inside a sentence is still a hesitation, not the end of a turn.
   */
  unfinishedPauseMs: 500,
  /** A backchannel has at most this many words. */
  maxBackchannelWords: 4,
  /**
   * A backchannel that the other party gave way to (they stopped, or broke off) lasts at most this
   * many ms, and so does every backchannel without a backchannel lexicon for the language.
   */
  maxBackchannelMs: 1_500,
  /** Without a backchannel lexicon for the language, an overlapping turn of at most this many words can be a backchannel. */
  unlexicalBackchannelWords: 1,
  /** A finding quotes at most this many words from the start of the interrupting turn. */
  evidenceWords: 5,
});

const LEXICON = 'backchannels';
const UNFINISHED_LEXICON = 'unfinished';

function notApplicable(reason: string): InterruptionIndicators {
  return {
    na: reason,
    agent: { count: 0, cutOffs: 0, brokenOff: 0, overlapMs: 0, perMinute: null },
    customer: { count: 0, cutOffs: 0, brokenOff: 0, overlapMs: 0, perMinute: null },
    instances: [],
    ignoredOverlaps: 0,
  };
}

/**
 * True when a turn spoken over the other party is a backchannel (see rule 3 above); `gaveWay`: the
 * other party stopped or broke off during it.
 */
function isBackchannel(b: TimedTurn, lexical: boolean, gaveWay: boolean): boolean {
  const { turn } = b;
  if (turn.wordCount === 0) return true;
  const long = b.endMs - b.startMs > INTERRUPTION_PARAMS.maxBackchannelMs;
  if (!lexical) return turn.wordCount <= INTERRUPTION_PARAMS.unlexicalBackchannelWords && !long;
  // A long run of backchannel words that the other gave way to took the floor from them ("okay
  // okay okay" until they stop: a request to stop, Stivers 2004 on multiple sayings).
  if (long && gaveWay) return false;
  if (turn.wordCount > INTERRUPTION_PARAMS.maxBackchannelWords) return false;
  let covered = 0;
  for (const match of matchesOf(turn, LEXICON)) {
    const weight = effectiveWeight(match);
    if (weight !== undefined && weight > 0) covered += match.last - match.first + 1;
  }
  let wordTokens = 0;
  for (const token of turn.tokens) if (!token.punct && !isFragment(turn.text, token.end)) wordTokens++;
  return covered >= wordTokens;
}

/** A hyphen or dash right after a word, then a space or the end: the word is a fragment. */
const CUT_MARK_AT = /^[-\u2010-\u2015](\s|$)/u;

/**
 * Whether the word ending at `end` of `text` is a fragment: a hyphen or dash right after it, then
 * a space or the end ("y- yeah", "b- b- yeah"). A false start carries no content of its own, so a
 * backchannel stammered into is still one. Speech-to-text engines write no fragments.
 */
function isFragment(text: string, end: number): boolean {
  return CUT_MARK_AT.test(text.slice(end, end + 2));
}

/** A dash or hyphen right after the last word: a cut-off mark or a word fragment ("go-", "to -", "the—"). */
const CUT_MARK = /^\s*[-\u2010-\u2015]/u;
/** An ellipsis after the last word: the speaker trailed off, of their own accord. */
const TRAILING_OFF = /^\s*(\.\.|\u2026)/u;

/** A question mark after the last word: a question, complete ("Can he?", "What is it made of?"). */
const QUESTION = /^\s*[?\uFF1F]/u;

/** A lower-case letter: text written in capitals throughout cannot show a spelled letter. */
const LOWER_CASE = /\p{Ll}/u;

/**
 * How a turn ends (see "Broken off" above): `unfinished` where its sentence cannot be over,
 * `trailing` on a word that may also trail off and yield the turn (an entry tagged `trail-off`),
 * otherwise `finished`.
 */
export type TurnEnd = 'finished' | 'unfinished' | 'trailing';

/** Modals after which a contracted "have" ends a sentence ("I should've."). */
const MODALS: ReadonlySet<string> = new Set(['should', 'would', 'could', 'might', 'must', 'may']);

/** A single capital letter other than "I": a letter being spelled ("with an A"), not the article. */
const SPELLED_LETTER = /^[A-HJ-Z]$/u;

/** How a turn ends, and what showed it. */
interface EndReading {
  end: TurnEnd;
  /** What made it unfinished or trailing: `cut-off-mark`, `contraction`, or the lexicon entry's category. */
  category?: string;
  /** The lexicon entry, as findings quote it (`phrase (file:line)`). */
  entry?: string;
  /** Characters after the last word's end that belong to the evidence (a cut-off mark). */
  markLength?: number;
}

const FINISHED: EndReading = { end: 'finished' };

/** How a turn ends (see "Broken off" above), and what showed it. */
function readEnd(turn: AnalyzedTurn, lexical: boolean): EndReading {
  const tokens = turn.tokens;
  const last = lastWordIndex(tokens);
  if (last < 0) return FINISHED;
  const tail = turn.text.slice(tokens[last].end);
  const mark = CUT_MARK.exec(tail);
  if (mark) return { end: 'unfinished', category: 'cut-off-mark', markLength: mark[0].length };
  if (TRAILING_OFF.test(tail) || QUESTION.test(tail)) return FINISHED;
  const word = tokens[last];
  const previous = last > 0 ? tokens[last - 1] : undefined;
  if (previous !== undefined && previous.start === word.start && CLITIC_EXPANSIONS.has(word.norm)) {
    return word.norm === 'have' && MODALS.has(previous.norm) ? FINISHED : { end: 'unfinished', category: 'contraction' };
  }
  if (!lexical) return FINISHED;
  if (SPELLED_LETTER.test(turn.text.slice(word.start, word.end)) && LOWER_CASE.test(turn.text)) return FINISHED;
  for (const match of matchesOf(turn, UNFINISHED_LEXICON)) {
    if (match.last !== last) continue;
    const weight = effectiveWeight(match);
    if (weight === undefined || weight <= 0) return FINISHED;
    return {
      end: match.entry.tags.includes('trail-off') ? 'trailing' : 'unfinished',
      category: match.entry.category,
      entry: `${match.entry.phrase} (${match.entry.source})`,
    };
  }
  return FINISHED;
}

/**
 * The evidence of a sentence broken off: the interrupted turn's last words (and its cut-off mark),
 * spoken by the interrupted party, with what showed the sentence unfinished.
 */
function brokenOffFinding(a: AnalyzedTurn, reading: EndReading): Finding {
  const closing = closingEvidence(a, INTERRUPTION_PARAMS.evidenceWords);
  const end = closing.span.end + (reading.markLength ?? 0);
  return {
    detector: 'interruptions',
    kind: 'interruption.broken-off',
    ...(reading.category === undefined ? {} : { category: reading.category }),
    ...(reading.entry === undefined ? {} : { entry: reading.entry }),
    speaker: a.speaker,
    evidence: { ...closing, span: { start: closing.span.start, end }, quote: a.text.slice(closing.span.start, end) },
    weight: 0,
  };
}

/**
 * Whether B broke off a turn that ends so, B having started `left` ms before its end (negative:
 * after it). A trailing word may have yielded the turn: only B starting before it was over breaks it off.
 */
const breaksOff = (end: TurnEnd, left: number): boolean => end === 'unfinished' || (end === 'trailing' && left > 0);

const isParty = (turn: AnalyzedTurn): boolean => turn.speaker === 'agent' || turn.speaker === 'customer';

/**
 * Whether `speaker` starts a turn from parties[index]'s start until `untilMs` (sorted by start): a
 * turn starting in the same millisecond counts, whichever the sort put first.
 */
function resumesBefore(parties: readonly TimedTurn[], index: number, speaker: string, untilMs: number): boolean {
  const from = parties[index].startMs;
  for (let i = index - 1; i >= 0 && parties[i].startMs === from; i--) {
    if (parties[i].turn.speaker === speaker) return true;
  }
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
    const unfinishedLexical = lexicons !== undefined && lexicons.names.includes(UNFINISHED_LEXICON);
    // the turns broken off so far: a second turn in the same pause does not break one off again
    const brokenOffTurns = new Set<number>();
    const parties = timed.filter((t) => isParty(t.turn));

    const findings: Finding[] = [];
    const instances: InterruptionInstance[] = [];
    const stats = { agent: { count: 0, cutOffs: 0, brokenOff: 0, overlapMs: 0 }, customer: { count: 0, cutOffs: 0, brokenOff: 0, overlapMs: 0 } };
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
      if (a === undefined) continue;
      const left = a.endMs - b.startMs;
      if (-left > INTERRUPTION_PARAMS.unfinishedPauseMs) continue;
      // A ended mid-sentence before B did: B broke A's sentence off (once per turn of A)
      const reading = a.endMs < b.endMs && !brokenOffTurns.has(a.turn.index) ? readEnd(a.turn, unfinishedLexical) : FINISHED;
      const brokenOff = breaksOff(reading.end, left);
      if (left <= 0 && !brokenOff) continue;
      if (left < INTERRUPTION_PARAMS.endOfTurnToleranceMs && !brokenOff) {
        ignoredOverlaps++;
        continue;
      }
      // A stopped while B went on, and did not start again before B finished: A was cut off,
      // however briefly they overlapped.
      const cutOff = a.endMs < b.endMs && !resumesBefore(parties, index, a.turn.speaker, b.endMs);
      const overlapMs = Math.max(0, Math.min(a.endMs, b.endMs) - b.startMs);
      if (overlapMs < INTERRUPTION_PARAMS.minOverlapMs && !cutOff && !brokenOff) continue;
      // A gave way during B: A was still speaking when B began, and was cut off or broke off.
      if (isBackchannel(b, lexical, left > 0 && (cutOff || brokenOff))) {
        if (left > 0) ignoredOverlaps++;
        continue;
      }
      if (brokenOff) brokenOffTurns.add(a.turn.index);
      stats[interrupter].count++;
      if (cutOff) stats[interrupter].cutOffs++;
      if (brokenOff) stats[interrupter].brokenOff++;
      stats[interrupter].overlapMs += overlapMs;
      instances.push({ interrupter, turn: b.turn.index, interruptedTurn: a.turn.index, beginMs: b.startMs, durationMs: overlapMs, cutOff, brokenOff });
      findings.push({
        detector: 'interruptions',
        kind: 'interruption',
        category: interrupter === 'agent' ? 'agent-interrupts-customer' : 'customer-interrupts-agent',
        speaker: interrupter,
        evidence: openingEvidence(b.turn, INTERRUPTION_PARAMS.evidenceWords),
        weight: overlapMs,
      });
      if (brokenOff) findings.push(brokenOffFinding(a.turn, reading));
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
