-- rapport schema: interactions, indicators (one row per interaction and analysis version),
-- evidence, coaching alerts and dead letters. Text of transcripts is not stored: only the evidence
-- quotes that explain each indicator.

CREATE SCHEMA IF NOT EXISTS rapport;

CREATE TABLE rapport.interactions (
  tenant_id        text        NOT NULL,
  interaction_id   text        NOT NULL,
  channel          text        NOT NULL,
  agent_id         text        NOT NULL,
  team_id          text,
  customer_id      text,
  queue            text,
  language         text        NOT NULL,
  started_at       timestamptz NOT NULL,
  ended_at         timestamptz,
  turn_count       int         NOT NULL,
  source_topic     text,
  source_partition int,
  source_offset    bigint,
  first_seen_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, interaction_id)
);
CREATE INDEX interactions_agent_started ON rapport.interactions (tenant_id, agent_id, started_at);

CREATE TABLE rapport.indicators (
  tenant_id        text        NOT NULL,
  interaction_id   text        NOT NULL,
  analysis_version text        NOT NULL,
  lexicon_version  text        NOT NULL,
  agent_id         text        NOT NULL,
  team_id          text,
  channel          text        NOT NULL,
  started_at       timestamptz NOT NULL,
  analyzed_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
  -- conversation characteristics (Contact Lens: talk time, non-talk time, talk speed)
  duration_ms                  bigint,
  agent_turns                  int NOT NULL,
  customer_turns               int NOT NULL,
  agent_talk_ms                bigint,
  customer_talk_ms             bigint,
  agent_talk_ratio             numeric,
  non_talk_ms                  bigint,
  non_talk_instances           int NOT NULL,
  agent_wpm                    numeric,
  customer_wpm                 numeric,
  agent_response_mean_ms       bigint,
  agent_response_max_ms        bigint,
  -- empathy: opportunities, shown, missed; score null when there was no opportunity
  empathy_na                   text,
  empathy_opportunities        int NOT NULL,
  empathy_shown                int NOT NULL,
  empathy_missed               int NOT NULL,
  empathy_score                numeric,
  empathy_phrases              int NOT NULL,
  -- positive language and politeness
  language_na                  text,
  positive_phrases             int NOT NULL,
  negative_phrases             int NOT NULL,
  politeness_markers           int NOT NULL,
  positive_language_score      numeric,
  -- interruptions (voice)
  interruptions_na             text,
  agent_interruptions          int NOT NULL,
  agent_interruption_ms        bigint NOT NULL,
  agent_interruptions_per_min  numeric,
  customer_interruptions       int NOT NULL,
  customer_interruption_ms     bigint NOT NULL,
  -- sentiment, -5..+5
  sentiment_na                 text,
  agent_sentiment              numeric,
  customer_sentiment           numeric,
  customer_sentiment_q1        numeric,
  customer_sentiment_q2        numeric,
  customer_sentiment_q3        numeric,
  customer_sentiment_q4        numeric,
  customer_sentiment_shift     numeric,
  -- active listening, ownership, expectations, customer effort
  clarifying_questions         int NOT NULL,
  paraphrases                  int NOT NULL,
  active_listening_score       numeric,
  ownership_statements         int NOT NULL,
  deflections                  int NOT NULL,
  ownership_score              numeric,
  expectation_statements       int NOT NULL,
  expectations_with_time_frame int NOT NULL,
  customer_effort_cues         numeric NOT NULL,
  customer_effort_score        numeric,
  -- the whole record (without evidence), for fields that have no column (per-turn sentiment...)
  details          jsonb       NOT NULL,
  PRIMARY KEY (tenant_id, interaction_id, analysis_version),
  FOREIGN KEY (tenant_id, interaction_id) REFERENCES rapport.interactions
);
CREATE INDEX indicators_agent_started ON rapport.indicators (tenant_id, agent_id, started_at);
CREATE INDEX indicators_team_started ON rapport.indicators (tenant_id, team_id, started_at);

CREATE TABLE rapport.evidence (
  tenant_id        text    NOT NULL,
  interaction_id   text    NOT NULL,
  analysis_version text    NOT NULL,
  ordinal          int     NOT NULL,
  detector         text    NOT NULL,
  kind             text    NOT NULL,
  category         text,
  entry            text,
  speaker          text    NOT NULL,
  turn             int     NOT NULL,
  span_start       int     NOT NULL,
  span_end         int     NOT NULL,
  quote            text    NOT NULL,
  weight           numeric NOT NULL,
  PRIMARY KEY (tenant_id, interaction_id, analysis_version, ordinal),
  FOREIGN KEY (tenant_id, interaction_id, analysis_version) REFERENCES rapport.indicators
);

CREATE TABLE rapport.alerts (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id       text        NOT NULL,
  dedup_key       text        NOT NULL,
  rule_id         text        NOT NULL,
  rule_kind       text        NOT NULL CHECK (rule_kind IN ('interaction', 'trend')),
  interaction_id  text        NOT NULL,
  agent_id        text        NOT NULL,
  team_id         text,
  skill           text        NOT NULL,
  severity        text        NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
  message         text        NOT NULL,
  evidence        jsonb       NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  delivered_at    timestamptz,
  acknowledged_at timestamptz,
  acknowledged_by text,
  UNIQUE (tenant_id, dedup_key)
);
CREATE INDEX alerts_agent_created ON rapport.alerts (tenant_id, agent_id, created_at);
CREATE INDEX alerts_undelivered ON rapport.alerts (id) WHERE delivered_at IS NULL;

CREATE TABLE rapport.dead_letters (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  received_at      timestamptz NOT NULL DEFAULT now(),
  source_topic     text        NOT NULL,
  source_partition int         NOT NULL,
  source_offset    bigint      NOT NULL,
  message_key      bytea,
  payload          bytea,
  reason_code      text        NOT NULL,
  reason           text        NOT NULL,
  tenant_id        text,
  UNIQUE (source_topic, source_partition, source_offset)
);

-- A coach's tool can LISTEN rapport_alerts; the payload carries ids, never message text.
CREATE FUNCTION rapport.notify_alert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('rapport_alerts', json_build_object(
    'id', NEW.id, 'tenantId', NEW.tenant_id, 'ruleId', NEW.rule_id, 'severity', NEW.severity,
    'agentId', NEW.agent_id, 'interactionId', NEW.interaction_id)::text);
  RETURN NEW;
END;
$$;
CREATE TRIGGER alerts_notify AFTER INSERT ON rapport.alerts FOR EACH ROW EXECUTE FUNCTION rapport.notify_alert();
