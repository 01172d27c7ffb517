-- Every scalar of the Indicators record gets a typed column; rows stored before this migration are
-- filled from their `details` (which holds the whole record). Interactions get a word count, and an
-- alert need not name an interaction. `latest_indicators` becomes a plain filter (no DISTINCT ON),
-- so conditions on agent, team or time reach the indexes through it; the rollups gain columns.

ALTER TABLE rapport.interactions ADD COLUMN word_count int;

ALTER TABLE rapport.indicators
  ADD COLUMN conversation_na                text,
  ADD COLUMN other_turns                    int,
  ADD COLUMN agent_response_p90_ms          bigint,
  ADD COLUMN agent_response_count           int,
  ADD COLUMN empathy_scripted_phrases       int,
  ADD COLUMN customer_interruptions_per_min numeric,
  ADD COLUMN ignored_overlaps               int,
  ADD COLUMN agent_sentiment_q1             numeric,
  ADD COLUMN agent_sentiment_q2             numeric,
  ADD COLUMN agent_sentiment_q3             numeric,
  ADD COLUMN agent_sentiment_q4             numeric,
  ADD COLUMN active_listening_na            text,
  ADD COLUMN ownership_na                   text,
  ADD COLUMN expectations_na                text,
  ADD COLUMN customer_effort_na             text;

UPDATE rapport.indicators SET
  conversation_na                = details->'conversation'->>'na',
  other_turns                    = coalesce((details->'conversation'->'turns'->>'other')::int, 0),
  agent_response_p90_ms          = round((details->'conversation'->'agentResponseTimeMs'->>'p90')::numeric),
  agent_response_count           = (details->'conversation'->'agentResponseTimeMs'->>'count')::int,
  empathy_scripted_phrases       = coalesce((details->'empathy'->>'scriptedPhrases')::int, 0),
  customer_interruptions_per_min = (details->'interruptions'->'customer'->>'perMinute')::numeric,
  ignored_overlaps               = coalesce((details->'interruptions'->>'ignoredOverlaps')::int, 0),
  agent_sentiment_q1             = (details->'sentiment'->'agent'->'quarters'->>0)::numeric,
  agent_sentiment_q2             = (details->'sentiment'->'agent'->'quarters'->>1)::numeric,
  agent_sentiment_q3             = (details->'sentiment'->'agent'->'quarters'->>2)::numeric,
  agent_sentiment_q4             = (details->'sentiment'->'agent'->'quarters'->>3)::numeric,
  active_listening_na            = details->'activeListening'->>'na',
  ownership_na                   = details->'ownership'->>'na',
  expectations_na                = details->'expectations'->>'na',
  customer_effort_na             = details->'customerEffort'->>'na';

ALTER TABLE rapport.indicators
  ALTER COLUMN other_turns SET NOT NULL,
  ALTER COLUMN empathy_scripted_phrases SET NOT NULL,
  ALTER COLUMN ignored_overlaps SET NOT NULL;

-- Trend rules look up an agent's (a team's) most recent interactions, newest first.
DROP INDEX rapport.indicators_agent_started;
DROP INDEX rapport.indicators_team_started;
CREATE INDEX indicators_agent_recent ON rapport.indicators (tenant_id, agent_id, started_at DESC, interaction_id DESC);
CREATE INDEX indicators_team_recent ON rapport.indicators (tenant_id, team_id, started_at DESC, interaction_id DESC);

ALTER TABLE rapport.alerts ALTER COLUMN interaction_id DROP NOT NULL;
CREATE INDEX alerts_tenant_created ON rapport.alerts (tenant_id, created_at DESC);

-- The most recent analysis of each interaction: the row no later analysis supersedes. Same columns
-- as rapport.indicators (the ones added above are appended).
CREATE OR REPLACE VIEW rapport.latest_indicators WITH (security_invoker = true) AS
SELECT i.*
FROM rapport.indicators i
WHERE NOT EXISTS (
  SELECT 1 FROM rapport.indicators later
  WHERE later.tenant_id = i.tenant_id AND later.interaction_id = i.interaction_id
    AND (later.analyzed_at, later.analysis_version) > (i.analyzed_at, i.analysis_version)
);

CREATE OR REPLACE VIEW rapport.agent_daily WITH (security_invoker = true) AS
SELECT tenant_id, agent_id, team_id, (started_at AT TIME ZONE 'UTC')::date AS day,
       count(*)                                    AS interactions,
       sum(empathy_opportunities)                  AS empathy_opportunities,
       sum(empathy_shown)                          AS empathy_shown,
       sum(empathy_missed)                         AS empathy_missed,
       round(avg(empathy_score), 1)                AS avg_empathy_score,
       round(avg(positive_language_score), 1)      AS avg_positive_language_score,
       sum(agent_interruptions)                    AS agent_interruptions,
       round(avg(customer_sentiment), 2)           AS avg_customer_sentiment,
       round(avg(customer_sentiment_shift), 2)     AS avg_customer_sentiment_shift,
       round(avg(agent_talk_ratio), 3)             AS avg_agent_talk_ratio,
       round(avg(active_listening_score), 1)       AS avg_active_listening_score,
       round(avg(ownership_score), 1)              AS avg_ownership_score,
       round(avg(customer_effort_score), 1)        AS avg_customer_effort_score,
       sum(customer_interruptions)                 AS customer_interruptions,
       round(avg(agent_interruptions_per_min), 2)  AS avg_agent_interruptions_per_min,
       sum(negative_phrases)                       AS negative_phrases,
       sum(politeness_markers)                     AS politeness_markers,
       sum(deflections)                            AS deflections,
       sum(expectation_statements)                 AS expectation_statements,
       sum(customer_effort_cues)                   AS customer_effort_cues,
       round(avg(duration_ms))                     AS avg_duration_ms,
       round(avg(agent_response_mean_ms))          AS avg_agent_response_ms
FROM rapport.latest_indicators
GROUP BY tenant_id, agent_id, team_id, day;

CREATE OR REPLACE VIEW rapport.team_daily WITH (security_invoker = true) AS
SELECT tenant_id, team_id, (started_at AT TIME ZONE 'UTC')::date AS day,
       count(*)                                    AS interactions,
       count(DISTINCT agent_id)                    AS agents,
       sum(empathy_opportunities)                  AS empathy_opportunities,
       sum(empathy_missed)                         AS empathy_missed,
       round(avg(empathy_score), 1)                AS avg_empathy_score,
       round(avg(positive_language_score), 1)      AS avg_positive_language_score,
       sum(agent_interruptions)                    AS agent_interruptions,
       round(avg(customer_sentiment_shift), 2)     AS avg_customer_sentiment_shift,
       round(avg(customer_effort_score), 1)        AS avg_customer_effort_score,
       sum(empathy_shown)                          AS empathy_shown,
       sum(customer_interruptions)                 AS customer_interruptions,
       round(avg(customer_sentiment), 2)           AS avg_customer_sentiment,
       round(avg(agent_talk_ratio), 3)             AS avg_agent_talk_ratio,
       round(avg(active_listening_score), 1)       AS avg_active_listening_score,
       round(avg(ownership_score), 1)              AS avg_ownership_score,
       round(avg(duration_ms))                     AS avg_duration_ms,
       round(avg(agent_response_mean_ms))          AS avg_agent_response_ms
FROM rapport.latest_indicators
GROUP BY tenant_id, team_id, day;

-- Each agent's baseline: averages over their last 20 interactions (by start time), whatever their age.
CREATE OR REPLACE VIEW rapport.agent_baseline WITH (security_invoker = true) AS
SELECT tenant_id, agent_id,
       count(*)                                    AS interactions,
       max(started_at)                             AS last_interaction_at,
       round(avg(empathy_score), 1)                AS empathy_score,
       round(avg(positive_language_score), 1)      AS positive_language_score,
       round(avg(agent_interruptions_per_min), 2)  AS agent_interruptions_per_min,
       round(avg(customer_sentiment_shift), 2)     AS customer_sentiment_shift,
       round(avg(active_listening_score), 1)       AS active_listening_score,
       round(avg(ownership_score), 1)              AS ownership_score,
       round(avg(customer_effort_score), 1)        AS customer_effort_score,
       min(started_at)                             AS first_interaction_at,
       round(avg(customer_sentiment), 2)           AS customer_sentiment,
       round(avg(agent_talk_ratio), 3)             AS agent_talk_ratio,
       round(avg(empathy_missed), 2)               AS empathy_missed,
       round(avg(agent_response_mean_ms))          AS agent_response_ms
FROM (
  SELECT *, row_number() OVER (PARTITION BY tenant_id, agent_id ORDER BY started_at DESC, interaction_id DESC) AS recency
  FROM rapport.latest_indicators
) recent
WHERE recency <= 20
GROUP BY tenant_id, agent_id;

-- A consumer connecting as a rapport_writer login checks at start-up that nothing is pending.
GRANT SELECT ON rapport.migrations TO rapport_writer;
