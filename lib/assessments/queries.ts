import "server-only";
import { aliasedTable, and, asc, desc, eq, sql } from "drizzle-orm";
import { engagementAssessments, fees, organisations, reformAsks, users } from "@/db/schema";
import { todayInPrague, type IsoDate } from "@/lib/dates";
import { loadFigures } from "@/lib/dashboard/figures";
import { yearWindow } from "@/lib/dashboard/window";
import { defineQuery } from "@/lib/queries";

/** Meetings listed beside the form; the figures above them count all, in SQL. */
export const EVIDENCE_MEETINGS_LIMIT = 100;

const authorName = sql<string | null>`${users.name}`;
const reviewer = aliasedTable(users, "reviewer");

/**
 * One organisation's assessment for one year (if written), its history across the years, and
 * the year's evidence: the same figures the dashboard shows, plus the meetings and fees behind
 * them. Everyone who reads the registry may read this; writing is checked by the mutations.
 */
export const getAssessmentPage = defineQuery({
  name: "assessments.page",
  permission: "registry.read",
  run: async (db, { organisationId, year, today }: { organisationId: string; year: number; today?: IsoDate }) => {
    const [organisation] = await db
      .select({
        id: organisations.id,
        name: organisations.name,
        nameCs: organisations.nameCs,
        abbreviation: organisations.abbreviation,
      })
      .from(organisations)
      .where(eq(organisations.id, organisationId));
    if (!organisation) return null;
    const w = yearWindow(year, today ?? todayInPrague());

    const [history, [figures], meetingRows, feeRows] = await Promise.all([
      db
        .select({ row: engagementAssessments, authorName, reviewerName: sql<string | null>`${reviewer.name}` })
        .from(engagementAssessments)
        .leftJoin(users, eq(users.id, engagementAssessments.authorId))
        .leftJoin(reviewer, eq(reviewer.id, engagementAssessments.reviewerId))
        .where(eq(engagementAssessments.organisationId, organisationId))
        .orderBy(desc(engagementAssessments.year)),
      loadFigures(db, w, { organisationId }),
      db.execute<{
        id: string;
        title: string;
        startsOn: string;
        online: boolean;
        attended: number;
        registered: number;
        travel: string | null;
      }>(sql`
        select m.id, m.title, m.starts_on::text as "startsOn", m.online,
          (count(a.id) filter (where a.status = 'attended'))::int as attended,
          count(a.id)::int as registered,
          sum(a.travel_cost_czk)::text as travel
        from meetings m left join attendance a on a.meeting_id = m.id
        where m.organisation_id = ${organisationId}::uuid
          and m.starts_on between ${w.start}::date and ${w.end}::date
        group by m.id order by m.starts_on desc limit ${EVIDENCE_MEETINGS_LIMIT}`),
      db
        .select()
        .from(fees)
        .where(and(eq(fees.organisationId, organisationId), eq(fees.year, year)))
        .orderBy(asc(fees.dueOn)),
    ]);

    const assessments = history.map((h) => ({ ...h.row, authorName: h.authorName, reviewerName: h.reviewerName }));
    const current = assessments.find((a) => a.year === year) ?? null;
    const [asks, reports] = await Promise.all([
      current
        ? db
            .select({ text: reformAsks.text, progress: reformAsks.progress })
            .from(reformAsks)
            .where(eq(reformAsks.assessmentId, current.id))
            .orderBy(asc(reformAsks.position))
        : Promise.resolve([]),
      // The trip reports of the year's meetings, with their text: what the delegates brought back.
      db.execute<{ id: string; meetingId: string; meeting: string; startsOn: string; person: string | null; filedOn: string | null; report: string }>(sql`
        select a.id, m.id as "meetingId", m.title as meeting, m.starts_on::text as "startsOn",
          case when p.anonymised_at is null then trim(p.first_name || ' ' || p.last_name) end as person,
          a.trip_report_filed_on::text as "filedOn", a.trip_report as report
        from attendance a join meetings m on m.id = a.meeting_id join people p on p.id = a.person_id
        where m.organisation_id = ${organisationId}::uuid and a.trip_report is not null
          and m.starts_on between ${w.start}::date and ${w.end}::date
        order by m.starts_on desc limit ${EVIDENCE_MEETINGS_LIMIT}`),
    ]);
    return {
      organisation,
      window: w,
      assessment: current,
      asks,
      lastYear: assessments.find((a) => a.year === year - 1) ?? null,
      tripReports: reports.rows,
      history: assessments,
      figures: figures ?? null,
      meetings: meetingRows.rows.map((m) => ({
        ...m,
        attended: Number(m.attended),
        registered: Number(m.registered),
        online: m.online === true || (m.online as unknown) === "t",
      })),
      fees: feeRows,
    };
  },
});

export type AssessmentPage = NonNullable<Awaited<ReturnType<typeof getAssessmentPage>>>;
