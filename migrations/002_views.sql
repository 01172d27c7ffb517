-- Views for analysts. They run with the caller's rights (security_invoker), so row-level security
-- applies through them.

-- The most recent analysis of each interaction.
CREATE VIEW rapport.latest_indicators WITH (security_invoker = true) AS
SELECT DISTINCT ON (tenant_id, interaction_id) *
FROM rapport.indicators
ORDER BY tenant_id, interaction_id, analyzed_at DESC, analysis_version DESC;

CREATE VIEW rapport.agent_daily WITH (security_invoker = true) AS
SELECT tenant_id, agent_id, team_id, (started_at AT TIME ZONE 'UTC')::date AS day,
       count(*)                                  AS interactions,
       sum(empathy_opportunities)                AS empathy_opportunities,
       sum(empathy_shown)                        AS empathy_shown,
       sum(empathy_missed)                       AS empathy_missed,
       round(avg(empathy_score), 1)              AS avg_empathy_score,
       round(avg(positive_language_score), 1)    AS avg_positive_language_score,
       sum(agent_interruptions)                  AS agent_interruptions,
       round(avg(customer_sentiment), 2)         AS avg_customer_sentiment,
       round(avg(customer_sentiment_shift), 2)   AS avg_customer_sentiment_shift,
       round(avg(agent_talk_ratio), 3)           AS avg_agent_talk_ratio,
       round(avg(active_listening_score), 1)     AS avg_active_listening_score,
       round(avg(ownership_score), 1)            AS avg_ownership_score,
       round(avg(customer_effort_score), 1)      AS avg_customer_effort_score
FROM rapport.latest_indicators
GROUP BY tenant_id, agent_id, team_id, day;

CREATE VIEW rapport.team_daily WITH (security_invoker = true) AS
SELECT tenant_id, team_id, (started_at AT TIME ZONE 'UTC')::date AS day,
       count(*)                                  AS interactions,
       count(DISTINCT agent_id)                  AS agents,
       sum(empathy_opportunities)                AS empathy_opportunities,
       sum(empathy_missed)                       AS empathy_missed,
       round(avg(empathy_score), 1)              AS avg_empathy_score,
       round(avg(positive_language_score), 1)    AS avg_positive_language_score,
       sum(agent_interruptions)                  AS agent_interruptions,
       round(avg(customer_sentiment_shift), 2)   AS avg_customer_sentiment_shift,
       round(avg(customer_effort_score), 1)      AS avg_customer_effort_score
FROM rapport.latest_indicators
GROUP BY tenant_id, team_id, day;

-- Each agent's baseline: averages over their last 20 interactions.
CREATE VIEW rapport.agent_baseline WITH (security_invoker = true) AS
SELECT tenant_id, agent_id,
       count(*)                                  AS interactions,
       max(started_at)                           AS last_interaction_at,
       round(avg(empathy_score), 1)              AS empathy_score,
       round(avg(positive_language_score), 1)    AS positive_language_score,
       round(avg(agent_interruptions_per_min), 2) AS agent_interruptions_per_min,
       round(avg(customer_sentiment_shift), 2)   AS customer_sentiment_shift,
       round(avg(active_listening_score), 1)     AS active_listening_score,
       round(avg(ownership_score), 1)            AS ownership_score,
       round(avg(customer_effort_score), 1)      AS customer_effort_score
FROM (
  SELECT *, row_number() OVER (PARTITION BY tenant_id, agent_id ORDER BY started_at DESC) AS recency
  FROM rapport.latest_indicators
) recent
WHERE recency <= 20
GROUP BY tenant_id, agent_id;
