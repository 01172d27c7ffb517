/**
 * The domain model of rapport: one place for the shapes every stage shares.
 *
 * Glossary
 * - interaction: one finished call, chat, email, sms or social thread between a customer and a
 *   contact centre. Identified by `interactionId`, which is also the idempotency key.
 * - transcript: the interaction as it arrives (the input contract in `schemas/`).
 * - turn: one uninterrupted contribution by one speaker. Voice turns carry `startMs`/`endMs`,
 *   offsets in milliseconds from the start of the interaction.
 * - token: a normalised word produced once per turn by the tokenizer; detectors never re-tokenize.
 * - lexicon: a versioned data file of phrases with categories, weights and negation behaviour
 *   (`lexicons/*.lex`), compiled once at start-up into a token trie.
 * - finding: one thing a detector noticed, with its evidence (turn index, character span, the
 *   lexicon entry or the timing that triggered it).
 * - indicator: the per-interaction record derived from all findings: counts, rates, 0-100 scores,
 *   or N/A with a reason.
 * - opportunity (empathy): a customer turn that expresses negative emotion or a problem; the agent
 *   either *shows* empathy in the next agent turn(s) or *misses* it.
 * - alert: a coaching message raised by a rule over indicators, for a coach to act on.
 */

export const SPEAKERS = ['agent', 'customer', 'bot', 'system'] as const;
export type Speaker = (typeof SPEAKERS)[number];

export const CHANNELS = ['voice', 'chat', 'email', 'sms', 'social'] as const;
export type Channel = (typeof CHANNELS)[number];

/** One turn of a transcript, as validated. */
export interface Turn {
  speaker: Speaker;
  text: string;
  /** Offset of the turn's first word from the start of the interaction, in milliseconds. */
  startMs?: number;
  /** Offset of the turn's last word's end from the start of the interaction, in milliseconds. */
  endMs?: number;
  /** Speech-to-text confidence, 0..1. */
  confidence?: number;
}

/** An interaction transcript that passed validation (see `src/contract/validate.ts`). */
export interface Transcript {
  interactionId: string;
  tenantId: string;
  channel: Channel;
  agentId: string;
  teamId?: string;
  customerId?: string;
  queue?: string;
  /** BCP-47 language tag; `en` when absent. */
  language: string;
  /** Start of the interaction, ISO 8601 UTC string (JSON) or epoch millis (Avro), normalised to ISO. */
  startedAt: string;
  endedAt?: string;
  turns: Turn[];
  metadata: Record<string, string>;
}

/** A contract violation, with the path of the offending field. */
export interface Problem {
  /** JSON-path-like location, e.g. `turns[4].endMs`; empty for the whole record. */
  path: string;
  /** What is wrong, in words a platform engineer can act on. */
  message: string;
}

/** Half-open character range `[start, end)` in a turn's original text. */
export interface Span {
  start: number;
  end: number;
}

/** One token of a turn, produced once by `src/text/tokenize.ts`. */
export interface Token {
  /** Normalised form: lower case, straight apostrophes, contractions expanded ("can't" -> "can", "not"). */
  norm: string;
  /** Span of the surface word in the turn's original text (both halves of a contraction share it). */
  start: number;
  end: number;
  /** Index of the sentence within the turn, from 0. */
  sentence: number;
  /** True when the token lies inside a negation scope (after a negator, up to punctuation or a clause break). */
  negated: boolean;
  /** True for negators themselves ("not", "never", "no"...). */
  negator: boolean;
  /** True for punctuation tokens ("?", "!", ","...). */
  punct: boolean;
}

/** A turn with its tokens. */
export interface TokenizedTurn {
  index: number;
  speaker: Speaker;
  text: string;
  startMs?: number;
  endMs?: number;
  tokens: Token[];
  /** Number of word tokens (punctuation excluded, contractions counted once). */
  wordCount: number;
  /** True when the turn contains a question mark or opens with subject-auxiliary inversion ("can you", "what is"). */
  isQuestion: boolean;
}

export interface TokenizedTranscript {
  transcript: Transcript;
  turns: TokenizedTurn[];
}

/** What a finding points at: the turn, the characters and the reason. */
export interface Evidence {
  turn: number;
  span: Span;
  /** The words in the span, copied from the turn text. */
  quote: string;
}

/** One thing a detector noticed. */
export interface Finding {
  /** Detector name, e.g. `empathy`. */
  detector: string;
  /** What kind of finding, e.g. `empathy.shown`, `language.negative`, `interruption`. */
  kind: string;
  /** Lexicon category or sub-kind, e.g. `apology`, `backchannel`. */
  category?: string;
  /** Lexicon entry that matched, as written in the file, with `file:line`, when lexical. */
  entry?: string;
  /** Who produced the evidence. */
  speaker: Speaker;
  evidence: Evidence;
  /** Signed weight of the finding (lexicon weight, sentiment score, overlap ms...). */
  weight: number;
}

/** A value that may not apply, with the reason. */
export type Maybe<T> = T | NotApplicable;
export interface NotApplicable {
  na: true;
  reason: string;
}

// ---------------------------------------------------------------------------------------------
// Lexicons

/** What a negation scope does to a matched phrase. */
export type NegationBehaviour =
  /** A negated match is dropped ("I don't understand" is not empathy). */
  | 'cancel'
  /** A negated match counts with the opposite sign ("not helpful"). */
  | 'flip'
  /** Negation does not matter (the phrase contains its own: "no problem", "not a problem"). */
  | 'ignore';

/** One entry of a lexicon file, after parsing. */
export interface LexiconEntry {
  /** The phrase as written in the file. */
  phrase: string;
  /** The lexicon's name (file stem), e.g. `empathy`. */
  lexicon: string;
  category: string;
  /** Signed weight; 1 unless the file says otherwise. */
  weight: number;
  negation: NegationBehaviour;
  /** Only match turns by this speaker; any speaker when absent. */
  speaker?: Speaker;
  /** Free tags from the options column, e.g. `scripted`. */
  tags: readonly string[];
  /** Where it was written, `lexicons/empathy.lex:12`. */
  source: string;
}

/** A lexicon entry found in a turn: token indices `first..last` inclusive. */
export interface LexiconMatch {
  entry: LexiconEntry;
  first: number;
  last: number;
  /**
   * True when the first token of the match lies in a negation scope, or the match is directly
   * followed by "not"/"never" ("I can not"); the entry's negation behaviour is not yet applied.
   */
  negated: boolean;
}

/** All lexicons of one language, compiled once at start-up into one token trie. */
export interface LexiconSet {
  language: string;
  /** Combined version, e.g. `en-2026.11.1`, stored with every indicator. */
  version: string;
  /** Lexicon names present, e.g. `empathy`, `negative`... */
  names: readonly string[];
  entries: readonly LexiconEntry[];
  /**
   * The turn's matches, with the speaker filter applied: within one lexicon the leftmost-longest
   * matches that do not overlap (matches of different lexicons may), ordered by lexicon, then by
   * start. Negation behaviour is left to the detector (see `LexiconMatch.negated`).
   */
  match(tokens: readonly Token[], speaker: Speaker): LexiconMatch[];
  /**
   * How common a word is, lower first; undefined for no word known. The lexicons' own words rank 0
   * (as the words the detectors weigh), then the language's dictionary, when it has one. The
   * tokenizer reads a stretched word ("sooo") by it.
   */
  wordRank(word: string): number | undefined;
  /**
   * The turn's tokens with the deployment's brand names (`RAPPORT_BRAND_NAMES`, see
   * `lexicon/brandNames.ts`) made tokens of no meaning: a name is not language. Absent when none are
   * configured.
   */
  maskBrandNames?(tokens: Token[]): Token[];
}

// ---------------------------------------------------------------------------------------------
// Analysis

/** A turn with its tokens and its lexicon matches, computed once and shared by every detector. */
export interface AnalyzedTurn extends TokenizedTurn {
  /** Lexicon matches, by lexicon name; empty when the language has no lexicons. */
  matches: ReadonlyMap<string, readonly LexiconMatch[]>;
  /** Emoticons in the text (":)", ";-("), which reach no token of their own; in text order. */
  emoticons: readonly Emoticon[];
}

/** An emoticon in a turn's text. */
export interface Emoticon {
  /** Index of the last token that starts before it (the first token when none does). */
  token: number;
  /** Character span in the turn's text. */
  start: number;
  end: number;
  /** wink-sentiment's score, never 0: positive for a smile, negative for a frown. */
  score: number;
}

/** What every detector receives. */
export interface DetectorInput {
  transcript: Transcript;
  turns: readonly AnalyzedTurn[];
  /** The lexicons for the transcript's language, or undefined when none exist (lexical detectors report N/A). */
  lexicons: LexiconSet | undefined;
}

/** What every detector returns: its findings with evidence and its section of the indicators. */
export interface DetectorOutput<S> {
  findings: Finding[];
  indicators: S;
}

/** A detector: a pure, synchronous function. No I/O, no clock, no randomness. */
export interface Detector<K extends keyof IndicatorSections> {
  name: K;
  detect(input: DetectorInput): DetectorOutput<IndicatorSections[K]>;
}

// ---------------------------------------------------------------------------------------------
// Indicators: one record per interaction and analysis version.
// Every section has `na`: null when it applies, or the reason it does not (no opportunity, chat has
// no overlap, no lexicon for the language...). Numbers that cannot be computed are null.

export interface ConversationIndicators {
  na: string | null;
  /** endMs of the last turn (voice) or endedAt - startedAt; null when unknown. */
  durationMs: number | null;
  turns: { agent: number; customer: number; other: number };
  /** Sum of each speaker's turn durations, ms (voice only; null otherwise). */
  talkTimeMs: { agent: number | null; customer: number | null };
  /** Agent talk time / (agent + customer talk time), 0..1. Contact Lens: talk time percentage. */
  agentTalkRatio: number | null;
  /** Total silence longer than 3 s when nobody speaks, ms. Contact Lens: non-talk time. */
  nonTalkTimeMs: number | null;
  nonTalkInstances: number;
  /** Words per minute of speaking time. Contact Lens: talk speed. */
  wordsPerMinute: { agent: number | null; customer: number | null };
  /** Chat: time from a customer turn to the next agent turn, ms. Null when not measurable. */
  agentResponseTimeMs: { mean: number; p90: number; max: number; count: number } | null;
}

export interface EmpathyIndicators {
  na: string | null;
  /** Customer turns with negative emotion or a problem statement. */
  opportunities: number;
  shown: number;
  missed: number;
  /** 0-100: weighted share of opportunities shown; null when there was no opportunity. */
  score: number | null;
  /** Agent empathy phrases anywhere in the interaction (after negation). */
  phrases: number;
  /** Of which generic or repeated apologies, which count half. */
  scriptedPhrases: number;
}

export interface LanguageIndicators {
  na: string | null;
  /** Agent positive phrasing ("I can", "happy to", "no problem"). */
  positive: number;
  /** Agent negative phrasing ("I can't", "unfortunately", "calm down"). */
  negative: number;
  /** Agent politeness markers ("please", "thank you"). */
  politeness: number;
  /** 0-100: 50 is neutral, higher is more positive and polite. Null when the agent said nothing. */
  score: number | null;
}

export interface InterrupterStats {
  count: number;
  /** Of `count`, the interruptions the other party gave way to (`InterruptionInstance.cutOff`). */
  cutOffs: number;
  /** Of `count`, the interruptions that broke off the other's sentence (`InterruptionInstance.brokenOff`). */
  brokenOff: number;
  overlapMs: number;
  /** Interruptions per minute of interaction. */
  perMinute: number | null;
}

export interface InterruptionInstance {
  interrupter: Speaker;
  /** Index of the interrupting turn. */
  turn: number;
  /** Index of the interrupted turn. */
  interruptedTurn: number;
  /** When the interrupting turn began, ms from the start. */
  beginMs: number;
  /** Overlap with the interrupted turn, ms. */
  durationMs: number;
  /**
   * The interrupted party gave way: their turn ended before the interrupting one did, and they did
   * not speak again until it ended (Ferguson's 1977 simple interruption: the floor was taken). False
   * when they talked on through it.
   */
  cutOff: boolean;
  /**
   * The interrupted turn was broken off: it ended mid-sentence (on "the", "of", a word fragment...)
   * before the interrupting turn did, which started at most 500 ms after its end. Such an instance
   * counts however brief the overlap, and also when the interrupting turn started on the other's
   * last word or in the pause after it, where a finished turn would have been a hand-over
   * (`durationMs` is then what overlap there was, often 0).
   */
  brokenOff: boolean;
}

export interface InterruptionIndicators {
  na: string | null;
  agent: InterrupterStats;
  customer: InterrupterStats;
  instances: InterruptionInstance[];
  /** Overlaps ignored because they were backchannels or at the very end of the other's turn. */
  ignoredOverlaps: number;
}

export interface SpeakerSentiment {
  /** -5..+5, mean over the speaker's scored turns; null when the speaker said nothing. */
  overall: number | null;
  /** -5..+5 per quarter of the interaction (by time for voice, by turn order otherwise). */
  quarters: [number | null, number | null, number | null, number | null];
}

export interface SentimentIndicators {
  na: string | null;
  agent: SpeakerSentiment;
  customer: SpeakerSentiment;
  /** Customer's last quarter minus first quarter with data; null when fewer than two quarters. */
  customerShift: number | null;
  /** Per-turn score -5..+5, in turn order. */
  turns: number[];
}

export interface ActiveListeningIndicators {
  na: string | null;
  clarifyingQuestions: number;
  /** Agent turns that repeat content words from the preceding customer turn. */
  paraphrases: number;
  /** 0-100; null when there was no customer content to listen to. */
  score: number | null;
}

export interface OwnershipIndicators {
  na: string | null;
  statements: number;
  /** Deflecting phrases ("not my department", "you'll have to call"). */
  deflections: number;
  score: number | null;
}

export interface ExpectationIndicators {
  na: string | null;
  /** Agent statements that set a next step or a time frame. */
  statements: number;
  /** Of which with an explicit time frame ("within 24 hours"). */
  withTimeFrame: number;
}

export interface CustomerEffortIndicators {
  na: string | null;
  /** Customer effort cues ("again", "third time", "already told you", "transferred"). */
  cues: number;
  /** 0-100, higher means more effort for the customer; null when the customer said nothing. */
  score: number | null;
}

/** The sections, keyed by detector name. */
export interface IndicatorSections {
  conversation: ConversationIndicators;
  empathy: EmpathyIndicators;
  /** Positive and negative phrasing and politeness (named for the skill; `language` is the BCP-47 tag). */
  positiveLanguage: LanguageIndicators;
  interruptions: InterruptionIndicators;
  sentiment: SentimentIndicators;
  activeListening: ActiveListeningIndicators;
  ownership: OwnershipIndicators;
  expectations: ExpectationIndicators;
  customerEffort: CustomerEffortIndicators;
}

/** One record per interaction and analysis version: what `analyze` returns. */
export interface Indicators extends IndicatorSections {
  interactionId: string;
  tenantId: string;
  agentId: string;
  teamId: string | null;
  channel: Channel;
  language: string;
  startedAt: string;
  /** Version of the analysis code (detectors and their parameters). */
  analysisVersion: string;
  /** Version of the lexicons used, or `none` when the language has no lexicons. */
  lexiconVersion: string;
  /** All findings, in detector order then turn order. */
  evidence: Finding[];
}

// ---------------------------------------------------------------------------------------------
// Coaching alerts

/** One piece of evidence of an alert: a turn and its words, or (trend alerts) one interaction's value. */
export interface AlertEvidence {
  interactionId: string;
  turn?: number;
  speaker?: Speaker;
  /** Finding kind, e.g. `empathy.missed`. */
  kind?: string;
  category?: string;
  quote?: string;
  /** Trend alerts: the metric's value in that interaction. */
  value?: number | null;
}

/** A coaching alert raised by a rule (see `rules/README.md`). */
export interface Alert {
  ruleId: string;
  ruleKind: 'interaction' | 'trend';
  /** Deduplication key: `rule:interaction` or `rule:agent:day` for trends. Stored unique per tenant. */
  dedupKey: string;
  tenantId: string;
  agentId: string;
  teamId: string | null;
  /** The interaction (per-interaction rules) or the newest interaction of the window (trend rules). */
  interactionId: string;
  skill: string;
  severity: 'info' | 'warning' | 'critical';
  message: string;
  evidence: AlertEvidence[];
}
