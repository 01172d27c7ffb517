/**
 * How an indicators record maps to the typed columns of `rapport.indicators`. One list, used to
 * write rows (jsonb_to_recordset) and checked against the migrated table by a test.
 */
import type { Indicators } from '../domain/types.js';

export type SqlType = 'int' | 'numeric' | 'text' | 'bigint';

export interface Column {
  name: string;
  type: SqlType;
  read(i: Indicators): number | string | null;
}

const c = (name: string, type: SqlType, read: Column['read']): Column => ({ name, type, read });

export const INDICATOR_COLUMNS: readonly Column[] = [
  c('duration_ms', 'bigint', (i) => i.conversation.durationMs),
  c('agent_turns', 'int', (i) => i.conversation.turns.agent),
  c('customer_turns', 'int', (i) => i.conversation.turns.customer),
  c('agent_talk_ms', 'bigint', (i) => i.conversation.talkTimeMs.agent),
  c('customer_talk_ms', 'bigint', (i) => i.conversation.talkTimeMs.customer),
  c('agent_talk_ratio', 'numeric', (i) => i.conversation.agentTalkRatio),
  c('non_talk_ms', 'bigint', (i) => i.conversation.nonTalkTimeMs),
  c('non_talk_instances', 'int', (i) => i.conversation.nonTalkInstances),
  c('agent_wpm', 'numeric', (i) => i.conversation.wordsPerMinute.agent),
  c('customer_wpm', 'numeric', (i) => i.conversation.wordsPerMinute.customer),
  c('agent_response_mean_ms', 'bigint', (i) => (i.conversation.agentResponseTimeMs ? Math.round(i.conversation.agentResponseTimeMs.mean) : null)),
  c('agent_response_max_ms', 'bigint', (i) => i.conversation.agentResponseTimeMs?.max ?? null),
  c('empathy_na', 'text', (i) => i.empathy.na),
  c('empathy_opportunities', 'int', (i) => i.empathy.opportunities),
  c('empathy_shown', 'int', (i) => i.empathy.shown),
  c('empathy_missed', 'int', (i) => i.empathy.missed),
  c('empathy_score', 'numeric', (i) => i.empathy.score),
  c('empathy_phrases', 'int', (i) => i.empathy.phrases),
  c('language_na', 'text', (i) => i.positiveLanguage.na),
  c('positive_phrases', 'int', (i) => i.positiveLanguage.positive),
  c('negative_phrases', 'int', (i) => i.positiveLanguage.negative),
  c('politeness_markers', 'int', (i) => i.positiveLanguage.politeness),
  c('positive_language_score', 'numeric', (i) => i.positiveLanguage.score),
  c('interruptions_na', 'text', (i) => i.interruptions.na),
  c('agent_interruptions', 'int', (i) => i.interruptions.agent.count),
  c('agent_interruption_ms', 'bigint', (i) => i.interruptions.agent.overlapMs),
  c('agent_interruptions_per_min', 'numeric', (i) => i.interruptions.agent.perMinute),
  c('customer_interruptions', 'int', (i) => i.interruptions.customer.count),
  c('customer_interruption_ms', 'bigint', (i) => i.interruptions.customer.overlapMs),
  c('sentiment_na', 'text', (i) => i.sentiment.na),
  c('agent_sentiment', 'numeric', (i) => i.sentiment.agent.overall),
  c('customer_sentiment', 'numeric', (i) => i.sentiment.customer.overall),
  c('customer_sentiment_q1', 'numeric', (i) => i.sentiment.customer.quarters[0]),
  c('customer_sentiment_q2', 'numeric', (i) => i.sentiment.customer.quarters[1]),
  c('customer_sentiment_q3', 'numeric', (i) => i.sentiment.customer.quarters[2]),
  c('customer_sentiment_q4', 'numeric', (i) => i.sentiment.customer.quarters[3]),
  c('customer_sentiment_shift', 'numeric', (i) => i.sentiment.customerShift),
  c('clarifying_questions', 'int', (i) => i.activeListening.clarifyingQuestions),
  c('paraphrases', 'int', (i) => i.activeListening.paraphrases),
  c('active_listening_score', 'numeric', (i) => i.activeListening.score),
  c('ownership_statements', 'int', (i) => i.ownership.statements),
  c('deflections', 'int', (i) => i.ownership.deflections),
  c('ownership_score', 'numeric', (i) => i.ownership.score),
  c('expectation_statements', 'int', (i) => i.expectations.statements),
  c('expectations_with_time_frame', 'int', (i) => i.expectations.withTimeFrame),
  c('customer_effort_cues', 'numeric', (i) => i.customerEffort.cues),
  c('customer_effort_score', 'numeric', (i) => i.customerEffort.score),
];
