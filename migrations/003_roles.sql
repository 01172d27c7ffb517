-- Least-privilege roles (NOLOGIN groups: grant them to login users) and row-level security by
-- tenant. The pipeline writes as rapport_writer; analysts read as rapport_analyst and see only the
-- tenant named by the `rapport.tenant_id` setting of their session or role:
--   CREATE ROLE alice LOGIN IN ROLE rapport_analyst; ALTER ROLE alice SET rapport.tenant_id = 'acme';
-- Roles are cluster-wide while migrations lock one database: two databases migrating at once may
-- race to create them, so a duplicate is not an error.
DO $$
BEGIN
  BEGIN CREATE ROLE rapport_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
  BEGIN CREATE ROLE rapport_analyst NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
END
$$;

GRANT USAGE ON SCHEMA rapport TO rapport_writer, rapport_analyst;
GRANT SELECT, INSERT, UPDATE ON rapport.interactions, rapport.indicators, rapport.evidence, rapport.alerts, rapport.dead_letters TO rapport_writer;
GRANT SELECT ON rapport.latest_indicators TO rapport_writer;
GRANT SELECT ON ALL TABLES IN SCHEMA rapport TO rapport_analyst;
-- Coaches acknowledge alerts: the analyst role may set only these two columns.
GRANT UPDATE (acknowledged_at, acknowledged_by) ON rapport.alerts TO rapport_analyst;

ALTER TABLE rapport.interactions ENABLE ROW LEVEL SECURITY;
ALTER TABLE rapport.indicators   ENABLE ROW LEVEL SECURITY;
ALTER TABLE rapport.evidence     ENABLE ROW LEVEL SECURITY;
ALTER TABLE rapport.alerts       ENABLE ROW LEVEL SECURITY;
ALTER TABLE rapport.dead_letters ENABLE ROW LEVEL SECURITY;

CREATE POLICY writer_all ON rapport.interactions TO rapport_writer USING (true) WITH CHECK (true);
CREATE POLICY writer_all ON rapport.indicators   TO rapport_writer USING (true) WITH CHECK (true);
CREATE POLICY writer_all ON rapport.evidence     TO rapport_writer USING (true) WITH CHECK (true);
CREATE POLICY writer_all ON rapport.alerts       TO rapport_writer USING (true) WITH CHECK (true);
CREATE POLICY writer_all ON rapport.dead_letters TO rapport_writer USING (true) WITH CHECK (true);

CREATE POLICY analyst_tenant ON rapport.interactions TO rapport_analyst USING (tenant_id = current_setting('rapport.tenant_id', true));
CREATE POLICY analyst_tenant ON rapport.indicators   TO rapport_analyst USING (tenant_id = current_setting('rapport.tenant_id', true));
CREATE POLICY analyst_tenant ON rapport.evidence     TO rapport_analyst USING (tenant_id = current_setting('rapport.tenant_id', true));
CREATE POLICY analyst_tenant ON rapport.alerts       TO rapport_analyst USING (tenant_id = current_setting('rapport.tenant_id', true));
CREATE POLICY analyst_tenant ON rapport.dead_letters TO rapport_analyst USING (tenant_id = current_setting('rapport.tenant_id', true));
