import { sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import type { Level } from "./figures";
import { TREND_YEARS, type YearWindow } from "./window";

/** Organisations shown by name in the stacked fee chart; the rest are summed as "others". */
export const FEE_CHART_TOP = 6;

/**
 * One bar segment: CZK paid by one organisation (null: all the others) in a year, or, with
 * kind "estimate", the year's unpaid fees of every organisation estimated at the ČNB rate.
 */
/** The name columns, not a name: the dashboard is cached per data snapshot, not per UI language (lib/registry/display-name.ts names it). */
export type FeeBar = { organisationId: string | null; name: string | null; nameCs: string | null; abbreviation: string | null; year: number; kind: "paid" | "estimate"; czk: string };
export type AttendanceBar = { year: number; held: number; attended: number; attendances: number };
export type LevelBar = { year: number; level: Level; count: number };

const yearsFrom = (w: YearWindow) => w.year - TREND_YEARS + 1;

/**
 * Fees paid per year, stacked by organisation: the organisations paying most over the chart's
 * years by name, every other one summed in one "others" row (null id); on top, the year's
 * estimate of what is not paid yet (view `fee_czk`), so paid and estimated stay apart. All in SQL,
 * from the trigger-kept yearly totals (drizzle/0024_dashboard_totals.sql): one row per
 * organisation and year.
 */
export async function feesPerYear(db: Queryable, w: YearWindow): Promise<FeeBar[]> {
  const result = await db.execute<FeeBar>(sql`
    with t as (
      select organisation_id, year, paid, estimated, paid_count, estimate_count from dashboard_fee_totals
      where year between ${yearsFrom(w)} and ${w.year}
    ),
    s as (select organisation_id, year, paid from t where paid_count > 0),
    r as (
      select organisation_id, rank() over (order by sum(paid) desc, organisation_id) as rk
      from s group by organisation_id
    )
    select case when r.rk <= ${FEE_CHART_TOP} then s.organisation_id end as "organisationId",
      case when r.rk <= ${FEE_CHART_TOP} then o.name end as name,
      case when r.rk <= ${FEE_CHART_TOP} then o.name_cs end as "nameCs",
      case when r.rk <= ${FEE_CHART_TOP} then o.abbreviation end as abbreviation,
      s.year::int as year, 'paid' as kind, sum(s.paid)::text as czk
    from s join r on r.organisation_id = s.organisation_id join organisations o on o.id = s.organisation_id
    group by 1, 2, 3, 4, 5
    union all
    select null, null, null, null, year::int, 'estimate', sum(estimated)::text from t where estimate_count > 0 group by year
    order by 5, 6 desc, 1 nulls last`);
  return result.rows.map((r) => ({ ...r, year: Number(r.year) }));
}

/**
 * Meetings held and attended, and attendances, per year (up to today in the current year): the
 * trigger-kept yearly totals, less the meetings of the window's last year still to come (read
 * from the meetings themselves, through their trigger-kept count of attendances).
 */
export async function attendancePerYear(db: Queryable, w: YearWindow): Promise<AttendanceBar[]> {
  const lastYear = Number(w.end.slice(0, 4));
  const result = await db.execute<AttendanceBar>(sql`
    with later as (
      select ${lastYear}::int as year, count(*)::int as held,
        (count(*) filter (where attended_count > 0))::int as attended,
        coalesce(sum(attended_count), 0)::int as attendances
      from meetings where starts_on > ${w.end}::date and starts_on <= ${`${lastYear}-12-31`}::date
    ),
    y as (
      select year, sum(held)::int as held, sum(attended)::int as attended, sum(attendances)::int as attendances
      from dashboard_meeting_totals where year between ${yearsFrom(w)} and ${lastYear}
      group by year
    )
    select y.year::int as year, y.held - coalesce(l.held, 0) as held,
      y.attended - coalesce(l.attended, 0) as attended,
      y.attendances - coalesce(l.attendances, 0) as attendances
    from y left join later l on l.year = y.year
    where y.held - coalesce(l.held, 0) > 0
    order by 1`);
  return result.rows.map((r) => ({
    year: Number(r.year),
    held: Number(r.held),
    attended: Number(r.attended),
    attendances: Number(r.attendances),
  }));
}

/** How many memberships were assessed at each level, per year (approved assessments). */
export async function levelsPerYear(db: Queryable, w: YearWindow): Promise<LevelBar[]> {
  const result = await db.execute<LevelBar>(sql`
    select year::int as year, level::text as level, count(*)::int as count
    from engagement_assessments where review = 'approved' and year between ${yearsFrom(w)} and ${w.year}
    group by year, level order by year, level`);
  return result.rows.map((r) => ({ year: Number(r.year), level: r.level, count: Number(r.count) }));
}
