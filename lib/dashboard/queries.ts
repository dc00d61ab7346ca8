import "server-only";
import type { Queryable } from "@/db/client";
import { addDays, todayInPrague, type IsoDate } from "@/lib/dates";
import { defineQuery } from "@/lib/queries";
import { z } from "@/lib/validation";
import type { NoticeRule } from "@/db/schema/notice-rules";
import { env } from "@/lib/env";
import { nextNoticeDeadline, type NoticeDeadline } from "@/lib/notice/deadline";
import { daysBetween, noticeRulesOfMembers } from "@/lib/notice/queries";
import { attendancePerYear, feesPerYear, levelsPerYear } from "./charts";
import { loadFigures, type MembershipFigures } from "./figures";
import { PORTFOLIO_VIEWS, PORTFOLIO_VIEW_NAMES } from "./short-lists";
import { DEADLINE_HORIZON_DAYS, yearWindow } from "./window";

/** The dashboard's year from the URL: forgiving, the current year when absent or odd. */
export const dashboardParamsSchema = z.object({
  year: z.coerce.number().int().min(1990).max(2200).optional().catch(undefined),
  /** Only the portfolio's memberships a short list names (lib/dashboard/short-lists.ts). */
  show: z.enum(PORTFOLIO_VIEW_NAMES).optional().catch(undefined),
  /** Every notice deadline ahead, not only the first few. */
  deadlines: z.literal("all").optional().catch(undefined),
});

export type Deadline = NoticeDeadline & {
  id: string;
  name: string;
  nameCs: string | null;
  abbreviation: string | null;
  kind: NoticeRule["kind"];
  months: number | null;
  financialYearEndMonth: number | null;
  financialYearEndDay: number | null;
  proRataDues: boolean;
  statuteArticle: string | null;
  /** Days from today to `noticeBy`. */
  daysLeft: number;
};

/**
 * The statutes' notice rules of the memberships the city holds itself today, turned into the
 * last day to deliver notice for the next possible exit and the council's last day before it
 * (lib/notice/deadline.ts). Listed when that day falls within the horizon; a rule that allows
 * notice on any day has no approaching deadline and is left to the organisation's page.
 */
export async function withdrawalDeadlines(db: Queryable, today: IsoDate, leadDays = env().COUNCIL_LEAD_DAYS): Promise<Deadline[]> {
  const rules = await noticeRulesOfMembers(db, today);
  const horizon = addDays(today, DEADLINE_HORIZON_DAYS);
  return rules
    .map((r) => ({ ...r, ...nextNoticeDeadline(r, today, leadDays) }))
    .filter((d) => !d.anyDay && d.noticeBy <= horizon)
    .map((d) => ({ ...d, daysLeft: daysBetween(today, d.noticeBy) }))
    .sort((a, b) => a.noticeBy.localeCompare(b.noticeBy));
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
    .filter(PORTFOLIO_VIEWS.candidates);
  return { window: w, today, rows, candidates, deadlines, charts: { fees, attendance, levels } };
}

/** Uncached, `today` injectable: what the integration tests compare with hand-computed figures. */
export const getDashboard = defineQuery({
  name: "dashboard.get",
  permission: "registry.read",
  run: (db, input: { year?: number; today?: IsoDate }) => loadDashboard(db, input),
});

export type Dashboard = Awaited<ReturnType<typeof loadDashboard>>;
