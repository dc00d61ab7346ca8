import "server-only";
import { sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { addDays, todayInPrague, type IsoDate } from "@/lib/dates";
import { statusOnSql } from "@/lib/organisations/status";
import { defineQuery } from "@/lib/queries";
import { z } from "@/lib/validation";
import { attendancePerYear, feesPerYear, levelsPerYear } from "./charts";
import { CITY_MEMBER_STATES, loadFigures, type MembershipFigures } from "./figures";
import { DEADLINE_HORIZON_DAYS, yearWindow } from "./window";

/** The dashboard's year from the URL: forgiving, the current year when absent or odd. */
export const dashboardParamsSchema = z.object({
  year: z.coerce.number().int().min(1990).max(2200).optional().catch(undefined),
});

export type Deadline = {
  id: string;
  name: string;
  nameCs: string | null;
  abbreviation: string | null;
  noticePeriodMonths: number;
  /** The last day on which notice can be given to leave at the end of `leaveAtEndOf`. */
  decideBy: IsoDate;
  leaveAtEndOf: number;
  daysLeft: number;
};

/**
 * Notice periods turned into decision dates: "N months before the end of the year" means notice
 * given by the day before 1 January minus N months (6 → 30 June). The next such date from today
 * is listed when it falls within the horizon, for memberships the city holds itself today.
 */
export async function withdrawalDeadlines(db: Queryable, today: IsoDate): Promise<Deadline[]> {
  const y = Number(today.slice(0, 4));
  const decideBy = (year: number) =>
    sql`(make_date(${year + 1}, 1, 1) - make_interval(months => o.notice_period_months::int) - interval '1 day')::date`;
  const result = await db.execute<Deadline>(sql`
    select id, name, "nameCs", abbreviation, "noticePeriodMonths", "decideBy"::text as "decideBy",
      "leaveAtEndOf", ("decideBy" - ${today}::date)::int as "daysLeft"
    from (
      select o.id, o.name, o.name_cs as "nameCs", o.abbreviation, o.notice_period_months::int as "noticePeriodMonths",
        case when ${decideBy(y)} >= ${today}::date then ${decideBy(y)} else ${decideBy(y + 1)} end as "decideBy",
        case when ${decideBy(y)} >= ${today}::date then ${y} else ${y + 1} end as "leaveAtEndOf"
      from organisations o
      where o.notice_period_months is not null
        and ${statusOnSql(sql`o.id`, today)} in (${sql.join(CITY_MEMBER_STATES.map((s) => sql`${s}`), sql`, `)})
    ) d
    where "decideBy" <= ${addDays(today, DEADLINE_HORIZON_DAYS)}::date
    order by "decideBy", name collate czech`);
  return result.rows.map((r) => ({
    ...r,
    noticePeriodMonths: Number(r.noticePeriodMonths),
    leaveAtEndOf: Number(r.leaveAtEndOf),
    daysLeft: Number(r.daysLeft),
  }));
}

export type ReviewCandidate = MembershipFigures & { reasons: ("weakTwoYears" | "noRecentAttendance")[] };

/**
 * The managers' dashboard for one year. A FIXED number of statements (figures, deadlines, three
 * chart series) whatever the number of organisations, meetings or attendance rows; the candidate
 * list is a filter over the already-aggregated rows. The page memoises it per data snapshot
 * (lib/dashboard/cached.ts).
 */
export async function loadDashboard(db: Queryable, input: { year?: number; today?: IsoDate }) {
  const today = input.today ?? todayInPrague();
  const year = input.year ?? Number(today.slice(0, 4));
  const w = yearWindow(year, today);
  const [rows, deadlines, fees, attendance, levels] = await Promise.all([
    loadFigures(db, w),
    withdrawalDeadlines(db, today),
    feesPerYear(db, w),
    attendancePerYear(db, w),
    levelsPerYear(db, w),
  ]);
  const candidates: ReviewCandidate[] = rows
    .map((r) => ({
      ...r,
      reasons: [
        ...(r.weakTwoYears ? (["weakTwoYears"] as const) : []),
        ...(r.noRecentAttendance ? (["noRecentAttendance"] as const) : []),
      ],
    }))
    .filter((r) => r.reasons.length > 0);
  return { window: w, today, rows, candidates, deadlines, charts: { fees, attendance, levels } };
}

/** Uncached, `today` injectable: what the integration tests compare with hand-computed figures. */
export const getDashboard = defineQuery({
  name: "dashboard.get",
  permission: "registry.read",
  run: (db, input: { year?: number; today?: IsoDate }) => loadDashboard(db, input),
});

export type Dashboard = Awaited<ReturnType<typeof loadDashboard>>;
