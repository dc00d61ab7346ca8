import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { engagementAssessments, fees, organisations, users } from "@/db/schema";
import { todayInPrague, type IsoDate } from "@/lib/dates";
import { loadFigures } from "@/lib/dashboard/figures";
import { yearWindow } from "@/lib/dashboard/window";
import { defineQuery } from "@/lib/queries";

/** Meetings listed beside the form; the figures above them count all, in SQL. */
export const EVIDENCE_MEETINGS_LIMIT = 100;

const authorName = sql<string | null>`${users.name}`;

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
        .select({ row: engagementAssessments, authorName })
        .from(engagementAssessments)
        .leftJoin(users, eq(users.id, engagementAssessments.authorId))
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

    const assessments = history.map((h) => ({ ...h.row, authorName: h.authorName }));
    return {
      organisation,
      window: w,
      assessment: assessments.find((a) => a.year === year) ?? null,
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

/** An organisation's assessments, newest first (the organisation page's history section). */
export const listAssessments = defineQuery({
  name: "assessments.list",
  permission: "registry.read",
  run: async (db, { organisationId }: { organisationId: string }) => {
    const rows = await db
      .select({ row: engagementAssessments, authorName })
      .from(engagementAssessments)
      .leftJoin(users, eq(users.id, engagementAssessments.authorId))
      .where(eq(engagementAssessments.organisationId, organisationId))
      .orderBy(desc(engagementAssessments.year));
    return rows.map((r) => ({ ...r.row, authorName: r.authorName }));
  },
});
