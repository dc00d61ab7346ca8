-- Periods of one organisation never overlap. The write path checks this under a row lock to name
-- the colliding period; this constraint is the guarantee. Skipped (with a notice) on an engine
-- without btree_gist, where the row lock alone holds the rule.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'btree_gist') THEN
    ALTER TABLE membership_periods
      ADD CONSTRAINT membership_periods_no_overlap
      EXCLUDE USING gist (
        organisation_id WITH =,
        daterange(valid_from, valid_to, '[]') WITH &&
      );
  ELSE
    RAISE NOTICE 'btree_gist missing: membership_periods_no_overlap not created';
  END IF;
END $$;
--> statement-breakpoint
-- The audit log is append-only in the database itself: whatever the application does, an audit
-- event can be added but never altered or removed.
CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update_delete
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
