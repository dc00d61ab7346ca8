import { sql, type SQL } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { MEMBER_STATES, statusOnSql, type MembershipState } from "@/lib/organisations/status";
import { CRITERIA, indexA, indexB, type Criterion } from "@/lib/assessments/scorecard";
import { vacancyCountSql } from "@/lib/representation/vacancies";
import { TREND_YEARS, type YearWindow } from "./window";
import { ENGAGEMENT_LEVELS, RECOMMENDATIONS } from "@/lib/enums";

export type Level = (typeof ENGAGEMENT_LEVELS)[number];
export type Recommendation = (typeof RECOMMENDATIONS)[number];

/** Levels a membership can be "weak" at: the review rule's "limited or ad hoc". */
export const WEAK_LEVELS: readonly Level[] = ["limited", "ad_hoc"];

/**
 * States the city itself can act on. A membership held "via the state" is not the city's to give
 * notice on or to attend, so the deadline and no-attendance rules leave it out.
 */
export const CITY_MEMBER_STATES = MEMBER_STATES.filter((s) => s !== "via_state");

const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);

/**
 * Where the meeting and fee figures come from: the trigger-kept yearly totals (what the app reads:
 * one row per organisation whatever the data size) or the base tables, counted from scratch
 * (what the integration tests hold the totals against).
 */
export type FiguresSource = "totals" | "base";

/**
 * Meetings of the window held by organisations in `org`, each with its attendance. The window
 * is a whole year or its first part (the current year up to today).
 */
function meetingsFromBaseSql(w: YearWindow): SQL {
  // One pass over the window's meetings; each fetches its own attendance through the
  // (meeting_id, …) indexes. OFFSET 0 keeps the lateral subquery from being flattened into a
  // hash join that would read all of attendance (2 000 000 rows at scale) for one year's share.
  return sql`
      select m.organisation_id,
        count(distinct m.id)::int as held,
        (count(distinct m.id) filter (where a.status = 'attended'))::int as attended,
        (count(distinct a.person_id) filter (where a.status = 'attended'))::int as people,
        sum(a.travel_cost_czk) as travel
      from meetings m
      left join lateral (
        select x.person_id, x.status, x.travel_cost_czk from attendance x where x.meeting_id = m.id offset 0
      ) a on true
      where m.starts_on between ${w.start}::date and ${w.end}::date
        and m.organisation_id in (select id from org)
      group by m.organisation_id`;
}

function feesFromBaseSql(w: YearWindow): SQL {
  return sql`
      select f.organisation_id, sum(c.czk) filter (where c.kind = 'paid') as paid,
        sum(c.czk) filter (where c.kind = 'estimate') as estimated,
        (count(*) filter (where c.kind = 'unknown'))::int as unknown
      from fees f join fee_czk c on c.fee_id = f.id
      where f.year = ${w.year} and f.organisation_id in (select id from org)
      group by f.organisation_id`;
}

/**
 * The year's meeting figures from dashboard_meeting_totals (drizzle/0024_dashboard_totals.sql),
 * which hold WHOLE years. When the window ends before the year does (the current year), the
 * meetings still to come are taken off: their count and travel, and the people who attended only
 * those. That part is read from the base tables, and is empty or small (planned meetings rarely
 * have attendance). A year still to come has an empty window: nothing held.
 */
function meetingTotalsSql(w: YearWindow): SQL {
  if (w.end < w.start) {
    return sql`select null::uuid as organisation_id, 0 as held, 0 as attended, 0 as people, null::numeric as travel where false`;
  }
  const totals = sql`select t.organisation_id, t.held, t.attended, t.people, t.travel
      from dashboard_meeting_totals t where t.year = ${w.year} and t.organisation_id in (select id from org)`;
  if (w.end >= w.yearEnd) return totals;
  return sql`
      with t as (${totals}),
      later as (
        select m.id, m.organisation_id, m.attended_count,
          (select sum(x.travel_cost_czk) from attendance x where x.meeting_id = m.id) as travel
        from meetings m
        where m.starts_on > ${w.end}::date and m.starts_on <= ${w.yearEnd}::date
          and m.organisation_id in (select id from org)
      ),
      later_sum as (
        select organisation_id, count(*)::int as held, (count(*) filter (where attended_count > 0))::int as attended,
          coalesce(sum(travel), 0) as travel
        from later group by organisation_id
      ),
      -- People whose every attended meeting of the organisation this year is still to come.
      later_only as (
        select l.organisation_id, count(distinct x.person_id)::int as people
        from later l join attendance x on x.meeting_id = l.id and x.status = 'attended'
        where not exists (
          select 1 from attendance y join meetings n on n.id = y.meeting_id
          where y.person_id = x.person_id and y.status = 'attended' and n.organisation_id = l.organisation_id
            and n.starts_on between ${w.start}::date and ${w.end}::date)
        group by l.organisation_id
      )
      select t.organisation_id, t.held - coalesce(ls.held, 0) as held,
        t.attended - coalesce(ls.attended, 0) as attended,
        t.people - coalesce(lo.people, 0) as people,
        case when ls.organisation_id is null then t.travel else t.travel - ls.travel end as travel
      from t left join later_sum ls on ls.organisation_id = t.organisation_id
        left join later_only lo on lo.organisation_id = t.organisation_id`;
}

/** The year's fee figures from dashboard_fee_totals: fees have a year, not a day, so no window. */
function feeTotalsSql(w: YearWindow): SQL {
  return sql`
      select t.organisation_id, t.paid, t.estimated, t.unknown
      from dashboard_fee_totals t where t.year = ${w.year} and t.organisation_id in (select id from org)`;
}

/**
 * The figures behind one membership in one year, for every organisation at once (the
 * dashboard) or one (the assessment's evidence). ONE grouped statement whatever the data size:
 * meetings and attendance are aggregated per organisation in the database, money summed as
 * `numeric` and returned as text, ratios rounded in SQL.
 *
 * Definitions (the same on the dashboard and beside the assessment form):
 * - held: meetings of the organisation (any of its bodies) that started within the window;
 * - attended: held meetings at which at least one attendance has status "attended";
 * - attendance rate: attended / held, in whole percent (null when nothing was held);
 * - people: distinct people who attended a held meeting;
 * - travel: travel costs of all attendance at held meetings;
 * - fees paid / estimated: the year's fees in CZK from the view `fee_czk`: paid ones at what was
 *   paid, unpaid ones estimated at the ČNB rate of their due date (waived 0, no rate: left out
 *   and counted in `feesUnknown`);
 * - cost per attended meeting: (fees paid + fees estimated + travel) / attended, to the haléř;
 * - seats filled: representations (the organisation's or its bodies') valid on `statusOn`;
 * - vacancies: seats expected and empty on `statusOn`, as lib/representation/vacancies.ts
 *   defines them (the matrix and the home page count the same);
 * - assessments: only APPROVED ones count (level, trend, review rule, indices); a draft or a
 *   returned assessment of the year is reported beside them (`yearReview`), never counted;
 * - review: limited or ad hoc in this year and the year before while a fee (not waived) falls
 *   in either year; or, for a membership the city holds itself, no attendance in the 12 months
 *   up to `statusOn`.
 */
export function figuresSql(w: YearWindow, only?: { organisationId: string }, source: FiguresSource = "totals"): SQL {
  const scope = only
    ? sql`o.id = ${only.organisationId}::uuid`
    : sql`exists (select 1 from membership_periods mp where mp.organisation_id = o.id
        and mp.valid_from <= ${w.yearEnd}::date and (mp.valid_to is null or mp.valid_to >= ${w.start}::date))`;
  const weak = list(WEAK_LEVELS);
  return sql`
    with org as (
      select o.id, o.name, o.name_cs, o.abbreviation from organisations o where ${scope}
    ),
    meet as (${source === "totals" ? meetingTotalsSql(w) : meetingsFromBaseSql(w)}),
    fee as (${source === "totals" ? feeTotalsSql(w) : feesFromBaseSql(w)})
    select org.id, org.name, org.name_cs as "nameCs", org.abbreviation,
      ${statusOnSql(sql`org.id`, w.statusOn)} as status,
      coalesce(meet.held, 0) as held,
      coalesce(meet.attended, 0) as attended,
      case when meet.held > 0 then round(100.0 * meet.attended / meet.held)::int end as "attendanceRate",
      coalesce(meet.people, 0) as people,
      coalesce(fee.paid, 0)::text as "feesPaid",
      coalesce(fee.estimated, 0)::text as "feesEstimated",
      (coalesce(fee.paid, 0) + coalesce(fee.estimated, 0))::text as "feesTotal",
      coalesce(fee.unknown, 0) as "feesUnknown",
      coalesce(meet.travel, 0)::text as travel,
      case when meet.attended > 0
        then round((coalesce(fee.paid, 0) + coalesce(fee.estimated, 0) + coalesce(meet.travel, 0)) / meet.attended, 2)::text end as "costPerAttended",
      (coalesce(fee.paid, 0) + coalesce(fee.estimated, 0) + coalesce(meet.travel, 0))::text as "totalCost",
      (select count(*)::int from representations r where r.organisation_id = org.id
        and r.valid_from <= ${w.statusOn}::date and (r.valid_to is null or r.valid_to >= ${w.statusOn}::date)) as seats,
      ${vacancyCountSql(sql`org.id`, w.statusOn)} as vacancies,
      cur.id as "assessmentId", cur.year as "assessmentYear", cur.level::text as level,
      cur.recommendation::text as recommendation,
      cur.a_capitals as "aCapitals", cur.a_cooperation as "aCooperation", cur.a_promotion as "aPromotion",
      cur.b_transparency as "bTransparency", cur.b_cost as "bCost", cur.b_results as "bResults",
      cur.b_partnership as "bPartnership",
      yr.review::text as "yearReview",
      (select coalesce(json_agg(json_build_object('year', ea.year, 'level', ea.level) order by ea.year), '[]'::json)::text
        from engagement_assessments ea where ea.organisation_id = org.id and ea.review = 'approved'
          and ea.year between ${w.year - TREND_YEARS + 1} and ${w.year}) as trend,
      (exists (select 1 from engagement_assessments ea where ea.organisation_id = org.id and ea.review = 'approved'
          and ea.year = ${w.year} and ea.level::text in (${weak}))
        and exists (select 1 from engagement_assessments ea where ea.organisation_id = org.id and ea.review = 'approved'
          and ea.year = ${w.year - 1} and ea.level::text in (${weak}))
        and exists (select 1 from fees f where f.organisation_id = org.id
          and f.year in (${w.year - 1}, ${w.year}) and f.status <> 'waived')) as "weakTwoYears",
      (${statusOnSql(sql`org.id`, w.statusOn)} in (${list(CITY_MEMBER_STATES)})
        and not exists (select 1 from meetings m
          where m.organisation_id = org.id and m.attended_count > 0
            and m.starts_on > (${w.statusOn}::date - interval '12 months')::date
            and m.starts_on <= ${w.statusOn}::date)) as "noRecentAttendance"
    from org
    left join meet on meet.organisation_id = org.id
    left join fee on fee.organisation_id = org.id
    left join lateral (
      select ea.id, ea.year, ea.level, ea.recommendation, ea.a_capitals, ea.a_cooperation, ea.a_promotion,
        ea.b_transparency, ea.b_cost, ea.b_results, ea.b_partnership
      from engagement_assessments ea
      where ea.organisation_id = org.id and ea.year <= ${w.year} and ea.review = 'approved'
      order by ea.year desc limit 1
    ) cur on true
    left join engagement_assessments yr on yr.organisation_id = org.id and yr.year = ${w.year}
    order by org.name collate czech`;
}

type RawFigures = {
  id: string;
  name: string;
  nameCs: string | null;
  abbreviation: string | null;
  status: MembershipState;
  held: number;
  attended: number;
  attendanceRate: number | null;
  people: number;
  feesPaid: string;
  /** Not yet paid, in CZK at the ČNB rate of the due date: an estimate ("odhad"). */
  feesEstimated: string;
  /** Paid plus estimated. */
  feesTotal: string;
  feesUnknown: number;
  travel: string;
  costPerAttended: string | null;
  totalCost: string;
  seats: number;
  vacancies: number;
  assessmentId: string | null;
  assessmentYear: number | null;
  level: Level | null;
  recommendation: Recommendation | null;
  aCapitals: number | null;
  aCooperation: number | null;
  aPromotion: number | null;
  bTransparency: number | null;
  bCost: number | null;
  bResults: number | null;
  bPartnership: number | null;
  /** The review state of THIS year's assessment, if one was written (approved, draft, returned). */
  yearReview: "draft" | "approved" | "returned" | null;
  trend: string;
  weakTwoYears: boolean;
  noRecentAttendance: boolean;
};

export type MembershipFigures = Omit<RawFigures, "trend"> & {
  /** Assessed levels over the trend years, oldest first (years without one are absent). */
  trend: { year: number; level: Level }[];
  /** Comparing the last two assessed levels: up, down, same; null with fewer than two. */
  direction: "up" | "down" | "same" | null;
  /** The scorecard indices of the approved assessment shown (null when not all criteria are scored). */
  indexA: string | null;
  indexB: string | null;
};

/** Essential above active above limited above ad hoc; "not assessed" is not on the scale. */
export const LEVEL_SCORE: Record<Level, number | null> = {
  essential: 4,
  active: 3,
  limited: 2,
  ad_hoc: 1,
  not_assessed: null,
};

/** Drivers differ in what they return for int and boolean; the SQL casts, this normalises. */
const int = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const bool = (v: unknown) => v === true || v === "t" || v === "true";

export async function loadFigures(
  db: Queryable,
  w: YearWindow,
  only?: { organisationId: string },
  source: FiguresSource = "totals",
) {
  const result = await db.execute<RawFigures>(figuresSql(w, only, source));
  return result.rows.map((r): MembershipFigures => {
    const trend = (JSON.parse(r.trend) as { year: number; level: Level }[]).map((t) => ({
      year: Number(t.year),
      level: t.level,
    }));
    const scored = trend.map((t) => LEVEL_SCORE[t.level]).filter((s): s is number => s !== null);
    const [prev, last] = scored.slice(-2);
    const scores = Object.fromEntries(CRITERIA.map((c) => [c, int(r[c])])) as Record<Criterion, number | null>;
    const direction =
      prev === undefined || last === undefined ? null : last > prev ? "up" : last < prev ? "down" : "same";
    return {
      ...r,
      held: int(r.held) ?? 0,
      attended: int(r.attended) ?? 0,
      attendanceRate: int(r.attendanceRate),
      people: int(r.people) ?? 0,
      feesUnknown: int(r.feesUnknown) ?? 0,
      seats: int(r.seats) ?? 0,
      vacancies: int(r.vacancies) ?? 0,
      assessmentYear: int(r.assessmentYear),
      weakTwoYears: bool(r.weakTwoYears),
      noRecentAttendance: bool(r.noRecentAttendance),
      trend,
      direction,
      ...scores,
      indexA: indexA(scores),
      indexB: indexB(scores),
    };
  });
}
