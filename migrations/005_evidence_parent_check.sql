-- Evidence rows are checked against their indicators row once per statement, not once per row.
--
-- A batch of 500 transcripts writes about 60,000 evidence rows in one statement. The foreign key
-- checked each of them with its own lookup of the parent row (a row-level trigger): 35-40% of the
-- evidence insert, the largest write of a batch (measured with alternating runs of the same insert
-- with and without it). The statement-level trigger below checks all the statement's new rows in
-- one query (one lookup per parent, not per row) and fails it with the foreign key's error code (23503) if any has no indicators row.
--
-- The foreign key also guarded updates and deletes. Those are no longer possible for the roles that
-- use the database: the writer only inserts (it loses UPDATE on every table but `alerts`, where it
-- marks alerts delivered; `INSERT ... ON CONFLICT DO NOTHING` needs no UPDATE), and the analyst
-- only reads, besides acknowledging alerts. Only the owner, running migrations, can update or
-- delete indicators or evidence.

ALTER TABLE rapport.evidence DROP CONSTRAINT evidence_tenant_id_interaction_id_analysis_version_fkey;

CREATE FUNCTION rapport.evidence_has_parent() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  orphan record;
BEGIN
  -- Each parent once (a statement's rows belong to a few hundred), then one primary-key probe per
  -- parent: the LATERAL subquery with LIMIT runs per parent whatever the table statistics say, so
  -- the check never scans the whole indicators table.
  SELECT n.tenant_id, n.interaction_id, n.analysis_version INTO orphan
  FROM (SELECT DISTINCT tenant_id, interaction_id, analysis_version FROM new_evidence) n
  LEFT JOIN LATERAL (
    SELECT 1 AS found FROM rapport.indicators i
    WHERE i.tenant_id = n.tenant_id AND i.interaction_id = n.interaction_id AND i.analysis_version = n.analysis_version
    LIMIT 1
  ) parent ON true
  WHERE parent.found IS NULL
  LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'evidence for an interaction analysis that has no indicators row'
      USING ERRCODE = 'foreign_key_violation', TABLE = 'evidence', SCHEMA = 'rapport',
            DETAIL = format('tenant %s, interaction %s, analysis version %s', orphan.tenant_id, orphan.interaction_id, orphan.analysis_version);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER evidence_has_parent
  AFTER INSERT ON rapport.evidence
  REFERENCING NEW TABLE AS new_evidence
  FOR EACH STATEMENT EXECUTE FUNCTION rapport.evidence_has_parent();

COMMENT ON TABLE rapport.evidence IS
  'One row per finding. (tenant_id, interaction_id, analysis_version) references rapport.indicators; the trigger evidence_has_parent checks it for every insert.';

REVOKE UPDATE ON rapport.interactions, rapport.indicators, rapport.evidence, rapport.dead_letters FROM rapport_writer;
