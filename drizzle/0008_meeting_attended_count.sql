ALTER TABLE "meetings" ADD COLUMN "attended_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_attended_count_check" CHECK ("meetings"."attended_count" >= 0);--> statement-breakpoint
-- meetings.attended_count: attendance rows with status 'attended', kept exact by the database
-- whatever writes attendance (the app, a bulk load, a manual fix). Statement-level with
-- transition tables: one grouped UPDATE per statement, so a bulk insert of a million rows
-- updates each meeting once, not once per row.
CREATE FUNCTION meetings_count_attended() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    UPDATE meetings SET attended_count = 0 WHERE attended_count <> 0;
  ELSIF TG_OP = 'INSERT' THEN
    UPDATE meetings m SET attended_count = m.attended_count + d.n
    FROM (SELECT meeting_id, count(*)::int AS n FROM new_rows WHERE status = 'attended' GROUP BY meeting_id) d
    WHERE m.id = d.meeting_id;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE meetings m SET attended_count = m.attended_count - d.n
    FROM (SELECT meeting_id, count(*)::int AS n FROM old_rows WHERE status = 'attended' GROUP BY meeting_id) d
    WHERE m.id = d.meeting_id;
  ELSE
    UPDATE meetings m SET attended_count = m.attended_count + d.n
    FROM (
      SELECT meeting_id, sum(delta)::int AS n FROM (
        SELECT meeting_id, 1 AS delta FROM new_rows WHERE status = 'attended'
        UNION ALL
        SELECT meeting_id, -1 FROM old_rows WHERE status = 'attended'
      ) x GROUP BY meeting_id HAVING sum(delta) <> 0
    ) d
    WHERE m.id = d.meeting_id;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER attendance_count_inserted AFTER INSERT ON attendance
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION meetings_count_attended();
--> statement-breakpoint
CREATE TRIGGER attendance_count_updated AFTER UPDATE ON attendance
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION meetings_count_attended();
--> statement-breakpoint
CREATE TRIGGER attendance_count_deleted AFTER DELETE ON attendance
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION meetings_count_attended();
--> statement-breakpoint
CREATE TRIGGER attendance_count_truncated AFTER TRUNCATE ON attendance
  FOR EACH STATEMENT EXECUTE FUNCTION meetings_count_attended();
--> statement-breakpoint
UPDATE meetings m SET attended_count = a.n
FROM (SELECT meeting_id, count(*)::int AS n FROM attendance WHERE status = 'attended' GROUP BY meeting_id) a
WHERE m.id = a.meeting_id;
