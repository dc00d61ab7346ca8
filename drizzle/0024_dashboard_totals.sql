-- The dashboard's per-organisation-and-year figures, kept by the database in the writing
-- transaction (docs/ARCHITECTURE.md, "Derived figures"), so that a view after a write reads one
-- row per organisation instead of a year's meetings and attendance.
--
-- How they stay exact: statement-level triggers (transition tables) on meetings, attendance,
-- fees and exchange_rates collect the (organisation, year) keys a statement touched and RECOUNT
-- those keys from the base tables (one grouped statement per trigger), rather than adding
-- deltas: distinct people and rate-dependent estimates are not additive. Before recounting, a
-- transaction takes an advisory lock per key (held to commit, in key order); in READ COMMITTED
-- the recount then runs on a snapshot that includes every transaction that recounted the key
-- before, so the last one to commit always leaves the figures of the committed data.
--
-- The figures are for the WHOLE calendar year; the dashboard subtracts the (usually empty) part
-- of the current year still to come (lib/dashboard/figures.ts).
CREATE TABLE "dashboard_meeting_totals" (
	"organisation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"held" integer NOT NULL,
	"attended" integer NOT NULL,
	"attendances" integer NOT NULL,
	"people" integer NOT NULL,
	"travel" numeric NOT NULL,
	CONSTRAINT "dashboard_meeting_totals_pk" PRIMARY KEY("organisation_id","year")
);
--> statement-breakpoint
CREATE INDEX "dashboard_meeting_totals_year_idx" ON "dashboard_meeting_totals" USING btree ("year");
--> statement-breakpoint
CREATE TABLE "dashboard_fee_totals" (
	"organisation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"paid" numeric NOT NULL,
	"estimated" numeric NOT NULL,
	"unknown" integer NOT NULL,
	"paid_count" integer NOT NULL,
	"estimate_count" integer NOT NULL,
	CONSTRAINT "dashboard_fee_totals_pk" PRIMARY KEY("organisation_id","year")
);
--> statement-breakpoint
CREATE INDEX "dashboard_fee_totals_year_idx" ON "dashboard_fee_totals" USING btree ("year");
--> statement-breakpoint
-- Serialises recounts of the same keys until commit (see above). Key order: no deadlock between
-- two statements that lock overlapping sets.
CREATE FUNCTION dashboard_lock_keys(p_kind text, p_org uuid[], p_year integer[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(p_kind || ':' || s.o::text || ':' || s.y::text, 0))
  FROM (SELECT DISTINCT u.o, u.y FROM unnest(p_org, p_year) AS u(o, y) ORDER BY 1, 2) s;
END $$;
--> statement-breakpoint
-- Recounts the meeting figures of the given keys from meetings and attendance: held (meetings),
-- attended (meetings with an attended attendance), attendances (attended rows), people (distinct
-- attended people), travel (costs of all attendance).
CREATE FUNCTION dashboard_recount_meetings(p_org uuid[], p_year integer[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(array_length(p_org, 1), 0) = 0 THEN RETURN; END IF;
  PERFORM dashboard_lock_keys('dashboard-meetings', p_org, p_year);
  DELETE FROM dashboard_meeting_totals t
  USING (SELECT DISTINCT o, y FROM unnest(p_org, p_year) AS u(o, y)) k
  WHERE t.organisation_id = k.o AND t.year = k.y;
  INSERT INTO dashboard_meeting_totals (organisation_id, year, held, attended, attendances, people, travel)
  SELECT k.o, k.y, count(DISTINCT m.id)::int,
    (count(DISTINCT m.id) FILTER (WHERE a.status = 'attended'))::int,
    (count(*) FILTER (WHERE a.status = 'attended'))::int,
    (count(DISTINCT a.person_id) FILTER (WHERE a.status = 'attended'))::int,
    coalesce(sum(a.travel_cost_czk), 0)
  FROM (SELECT DISTINCT o, y FROM unnest(p_org, p_year) AS u(o, y)) k
  JOIN meetings m ON m.organisation_id = k.o
    AND m.starts_on >= make_date(k.y, 1, 1) AND m.starts_on < make_date(k.y + 1, 1, 1)
  LEFT JOIN attendance a ON a.meeting_id = m.id
  GROUP BY k.o, k.y;
END $$;
--> statement-breakpoint
-- Recounts the fee figures of the given keys through the view fee_czk (the one CZK definition).
CREATE FUNCTION dashboard_recount_fees(p_org uuid[], p_year integer[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(array_length(p_org, 1), 0) = 0 THEN RETURN; END IF;
  PERFORM dashboard_lock_keys('dashboard-fees', p_org, p_year);
  DELETE FROM dashboard_fee_totals t
  USING (SELECT DISTINCT o, y FROM unnest(p_org, p_year) AS u(o, y)) k
  WHERE t.organisation_id = k.o AND t.year = k.y;
  INSERT INTO dashboard_fee_totals (organisation_id, year, paid, estimated, unknown, paid_count, estimate_count)
  SELECT f.organisation_id, f.year,
    coalesce(sum(c.czk) FILTER (WHERE c.kind = 'paid'), 0),
    coalesce(sum(c.czk) FILTER (WHERE c.kind = 'estimate'), 0),
    (count(*) FILTER (WHERE c.kind = 'unknown'))::int,
    (count(*) FILTER (WHERE c.kind = 'paid'))::int,
    (count(*) FILTER (WHERE c.kind = 'estimate'))::int
  FROM (SELECT DISTINCT o, y FROM unnest(p_org, p_year) AS u(o, y)) k
  JOIN fees f ON f.organisation_id = k.o AND f.year = k.y
  JOIN fee_czk c ON c.fee_id = f.id
  GROUP BY f.organisation_id, f.year;
END $$;
--> statement-breakpoint
-- Every key from scratch: the backfill below, and after a TRUNCATE.
CREATE FUNCTION dashboard_recount_all() RETURNS void LANGUAGE plpgsql AS $$
DECLARE o uuid[]; y integer[];
BEGIN
  SELECT array_agg(k.organisation_id), array_agg(k.year) INTO o, y FROM (
    SELECT organisation_id, extract(year FROM starts_on)::int AS year FROM meetings
    UNION SELECT organisation_id, year FROM dashboard_meeting_totals
  ) k;
  PERFORM dashboard_recount_meetings(o, y);
  SELECT array_agg(k.organisation_id), array_agg(k.year) INTO o, y FROM (
    SELECT organisation_id, year FROM fees UNION SELECT organisation_id, year FROM dashboard_fee_totals
  ) k;
  PERFORM dashboard_recount_fees(o, y);
END $$;
--> statement-breakpoint
CREATE FUNCTION dashboard_meetings_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE o uuid[]; y integer[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(k.organisation_id), array_agg(k.year) INTO o, y FROM (
      SELECT DISTINCT organisation_id, extract(year FROM starts_on)::int AS year FROM new_rows) k;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(k.organisation_id), array_agg(k.year) INTO o, y FROM (
      SELECT DISTINCT organisation_id, extract(year FROM starts_on)::int AS year FROM old_rows) k;
  ELSE
    -- Only rows that moved to another organisation or day: the trigger-kept attended_count
    -- rewrites meetings on every attendance statement, and that is counted by attendance's trigger.
    SELECT array_agg(k.organisation_id), array_agg(k.year) INTO o, y FROM (
      SELECT DISTINCT x.organisation_id, x.year FROM old_rows d JOIN new_rows n ON n.id = d.id
      CROSS JOIN LATERAL (VALUES (d.organisation_id, extract(year FROM d.starts_on)::int),
                                 (n.organisation_id, extract(year FROM n.starts_on)::int)) x(organisation_id, year)
      WHERE d.organisation_id <> n.organisation_id OR d.starts_on <> n.starts_on) k;
  END IF;
  PERFORM dashboard_recount_meetings(o, y);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION dashboard_attendance_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE o uuid[]; y integer[];
BEGIN
  -- A meeting deleted with its attendance (ON DELETE CASCADE) is no longer found here; the
  -- meetings trigger, which fires after the cascade, recounts its key.
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(k.organisation_id), array_agg(k.year) INTO o, y FROM (
      SELECT DISTINCT m.organisation_id, extract(year FROM m.starts_on)::int AS year
      FROM meetings m WHERE m.id IN (SELECT meeting_id FROM new_rows)) k;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(k.organisation_id), array_agg(k.year) INTO o, y FROM (
      SELECT DISTINCT m.organisation_id, extract(year FROM m.starts_on)::int AS year
      FROM meetings m WHERE m.id IN (SELECT meeting_id FROM old_rows)) k;
  ELSE
    SELECT array_agg(k.organisation_id), array_agg(k.year) INTO o, y FROM (
      SELECT DISTINCT m.organisation_id, extract(year FROM m.starts_on)::int AS year
      FROM meetings m WHERE m.id IN (SELECT meeting_id FROM old_rows UNION SELECT meeting_id FROM new_rows)) k;
  END IF;
  PERFORM dashboard_recount_meetings(o, y);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION dashboard_fees_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE o uuid[]; y integer[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(k.organisation_id), array_agg(k.year) INTO o, y FROM (
      SELECT DISTINCT organisation_id, year::int AS year FROM new_rows) k;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(k.organisation_id), array_agg(k.year) INTO o, y FROM (
      SELECT DISTINCT organisation_id, year::int AS year FROM old_rows) k;
  ELSE
    SELECT array_agg(k.organisation_id), array_agg(k.year) INTO o, y FROM (
      SELECT organisation_id, year::int AS year FROM old_rows
      UNION SELECT organisation_id, year::int FROM new_rows) k;
  END IF;
  PERFORM dashboard_recount_fees(o, y);
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A rate changes the estimate of every fee not yet paid in that currency whose day (due date, or
-- paid date without CZK paid) falls on or after the rate's day: those fees' keys are recounted.
CREATE FUNCTION dashboard_rates_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE o uuid[]; y integer[]; cur text[]; since date[];
BEGIN
  -- Each transition table exists only for its events.
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(r.currency), array_agg(r.d) INTO cur, since
    FROM (SELECT currency, min(valid_on) AS d FROM new_rows GROUP BY currency) r;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(r.currency), array_agg(r.d) INTO cur, since
    FROM (SELECT currency, min(valid_on) AS d FROM old_rows GROUP BY currency) r;
  ELSE
    SELECT array_agg(r.currency), array_agg(r.d) INTO cur, since FROM (
      SELECT currency, min(valid_on) AS d FROM (
        SELECT currency, valid_on FROM old_rows UNION ALL SELECT currency, valid_on FROM new_rows
      ) x GROUP BY currency) r;
  END IF;
  SELECT array_agg(k.organisation_id), array_agg(k.year) INTO o, y FROM (
    SELECT DISTINCT f.organisation_id, f.year::int AS year
    FROM fees f JOIN unnest(cur, since) AS c(currency, since) ON c.currency = f.currency
    WHERE f.status <> 'waived'
      AND CASE WHEN f.status = 'paid' THEN f.paid_on ELSE coalesce(f.due_on, make_date(f.year, 12, 31)) END >= c.since) k;
  PERFORM dashboard_recount_fees(o, y);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION dashboard_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dashboard_recount_all();
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER meetings_dashboard_inserted AFTER INSERT ON meetings
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_meetings_changed();
--> statement-breakpoint
CREATE TRIGGER meetings_dashboard_updated AFTER UPDATE ON meetings
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_meetings_changed();
--> statement-breakpoint
CREATE TRIGGER meetings_dashboard_deleted AFTER DELETE ON meetings
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_meetings_changed();
--> statement-breakpoint
CREATE TRIGGER attendance_dashboard_inserted AFTER INSERT ON attendance
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_attendance_changed();
--> statement-breakpoint
CREATE TRIGGER attendance_dashboard_updated AFTER UPDATE ON attendance
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_attendance_changed();
--> statement-breakpoint
CREATE TRIGGER attendance_dashboard_deleted AFTER DELETE ON attendance
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_attendance_changed();
--> statement-breakpoint
CREATE TRIGGER fees_dashboard_inserted AFTER INSERT ON fees
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_fees_changed();
--> statement-breakpoint
CREATE TRIGGER fees_dashboard_updated AFTER UPDATE ON fees
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_fees_changed();
--> statement-breakpoint
CREATE TRIGGER fees_dashboard_deleted AFTER DELETE ON fees
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_fees_changed();
--> statement-breakpoint
CREATE TRIGGER exchange_rates_dashboard_inserted AFTER INSERT ON exchange_rates
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_rates_changed();
--> statement-breakpoint
CREATE TRIGGER exchange_rates_dashboard_updated AFTER UPDATE ON exchange_rates
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_rates_changed();
--> statement-breakpoint
CREATE TRIGGER exchange_rates_dashboard_deleted AFTER DELETE ON exchange_rates
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_rates_changed();
--> statement-breakpoint
CREATE TRIGGER meetings_dashboard_truncated AFTER TRUNCATE ON meetings
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_truncated();
--> statement-breakpoint
CREATE TRIGGER attendance_dashboard_truncated AFTER TRUNCATE ON attendance
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_truncated();
--> statement-breakpoint
CREATE TRIGGER fees_dashboard_truncated AFTER TRUNCATE ON fees
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_truncated();
--> statement-breakpoint
CREATE TRIGGER exchange_rates_dashboard_truncated AFTER TRUNCATE ON exchange_rates
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_truncated();
--> statement-breakpoint
SELECT dashboard_recount_all();
