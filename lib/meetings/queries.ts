import "server-only";
import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { attendance, bodies, dashboardMeetingTotals, departments, meetings, organisations, people, tripReportRevisions, users } from "@/db/schema";
import { addDays, todayInPrague, type IsoDate } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { uiLocale } from "@/lib/i18n/ui-locale";
import { defineQuery } from "@/lib/queries";
import { displayNameSql, fullLabelSql, shortNameSql } from "@/lib/registry/display-name";
import { isStorableText, z } from "@/lib/validation";
import { cursorParams, defineKeyset, keyPart } from "@/lib/lists/keyset";
import { MEETING_KINDS } from "@/lib/enums";
import { isDepartmentScoped } from "@/lib/permissions";
import { departmentScopeRanges } from "@/lib/representation/scope";
import type { ScopeRange } from "@/lib/representation/scope-ranges";
import { meetingHasEnded, TRIP_REPORT_DUE_DAYS, tripReportDueOn, tripReportState } from "./trip-reports";

export const MEETINGS_PAGE_SIZE = 25;

/** The list's filters as they live in the URL; anything unknown falls back to "no filter". */
export const meetingParamsSchema = z.object({
  organisation: z.uuid().optional().catch(undefined),
  body: z.uuid().optional().catch(undefined),
  year: z.coerce.number().int().min(1990).max(2100).optional().catch(undefined),
  /** Meetings that started on or before this day (a dashboard figure counts those held so far). */
  until: z.iso.date().optional().catch(undefined),
  kind: z.enum(MEETING_KINDS).optional().catch(undefined),
  department: z.uuid().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
  /** Keyset cursors (see `listMeetings`): the page after this row, or before it. */
  ...cursorParams,
});
export type MeetingParams = z.output<typeof meetingParamsSchema>;

/** The list's order (starts_on desc, title, id) and its keyset pages (lib/lists/keyset.ts). */
export const meetingsKeyset = defineKeyset(
  [
    { expr: meetings.startsOn, desc: true, type: "date" },
    { expr: meetings.title, type: "text" },
    { expr: meetings.id, type: "uuid" },
  ],
  [keyPart.date(), keyPart.text(), keyPart.uuid()],
);
const hasFilter = (p: MeetingParams) => Boolean(p.organisation || p.body || p.kind || p.year || p.until || p.department);

/** A meeting "of a department": one its people attend, or one logged by its staff. */
export const ofDepartment = (departmentId: string) => sql`(exists (select 1 from attendance a join people p on p.id = a.person_id
    where a.meeting_id = ${meetings.id} and p.department_id = ${departmentId}::uuid)
  or exists (select 1 from users u where u.id = ${meetings.createdById} and u.department_id = ${departmentId}::uuid))`;

/** The list's filters as SQL on `meetings`: THE definition the list and its export share. */
function meetingListWhere(params: MeetingParams): SQL | undefined {
  return and(
    params.organisation ? eq(meetings.organisationId, params.organisation) : undefined,
    params.body ? eq(meetings.bodyId, params.body) : undefined,
    params.kind ? eq(meetings.kind, params.kind) : undefined,
    params.year ? sql`extract(year from ${meetings.startsOn}) = ${params.year}` : undefined,
    params.until ? sql`${meetings.startsOn} <= ${params.until}::date` : undefined,
    params.department ? ofDepartment(params.department) : undefined,
  );
}

/** The ids of every meeting the list shows for these filters (all pages), as a subquery for exports. */
export function meetingListIds(params: MeetingParams): SQL {
  const where = meetingListWhere(params);
  return sql`select ${meetings.id} from ${meetings}${where ? sql` where ${where}` : sql``}`;
}

const attendeeCount = sql<number>`(select count(*)::int from attendance a where a.meeting_id = ${meetings.id})`;

function meetingColumns(locale: Locale) {
  return {
    id: meetings.id,
    title: meetings.title,
    kind: meetings.kind,
    startsOn: meetings.startsOn,
    endsOn: meetings.endsOn,
    online: meetings.online,
    city: meetings.city,
    country: meetings.country,
    organisationId: meetings.organisationId,
    organisationName: shortNameSql(locale, organisations),
    bodyName: sql<string | null>`${displayNameSql(locale, bodies)}`,
      attendees: attendeeCount,
  };
}

/** The meeting lists' select, with the organisation and body names; `extra` adds columns (the list's keyset key). */
export function meetingSummary<X extends Record<string, SQL> = Record<never, SQL>>(db: Queryable, locale: Locale, extra?: X) {
  return db
    .select({ ...meetingColumns(locale), ...(extra as X) })
    .from(meetings)
    .innerJoin(organisations, eq(organisations.id, meetings.organisationId))
    .leftJoin(bodies, eq(bodies.id, meetings.bodyId));
}
export type MeetingSummary = Awaited<ReturnType<ReturnType<typeof meetingSummary<Record<never, SQL>>>["execute"]>>[number];

/**
 * One page of the list. Pages are reached by keyset (docs/ARCHITECTURE.md, "Lists"): the links
 * carry the last (or first) row's key, so page 500 reads 25 rows from the index like page 1
 * does; `page` alone (a typed or old link) still works, by OFFSET. The total is exact: counted
 * for a filtered list (bounded by its filter), and for the whole list read from the trigger-kept
 * yearly totals (drizzle/0024_dashboard_totals.sql), one row per organisation and year.
 */
export const listMeetings = defineQuery({
  name: "meetings.list",
  permission: "registry.read",
  run: async (db, params: MeetingParams) => {
    const page = params.page ?? 1;
    const where = meetingListWhere(params);
    const read = meetingsKeyset.page(params, page, MEETINGS_PAGE_SIZE);
    const locale = await uiLocale();
    const [found, [total]] = await Promise.all([
      meetingSummary(db, locale, { listKey: meetingsKeyset.keySql })
        .where(and(where, read.where))
        .orderBy(...read.orderBy)
        .limit(read.limit)
        .offset(read.offset),
      hasFilter(params)
        ? // "Attended" as the dashboard counts it: at least one attendance with status attended.
          // NOTE: the id is qualified by hand; Drizzle renders a lone table's column unqualified,
          // which inside the subquery would name the attendance's own id.
          db
            .select({
              n: count(),
              attended: sql<number>`(count(*) filter (where exists (select 1 from attendance x
                where x.meeting_id = "meetings"."id" and x.status = 'attended')))::int`,
            })
            .from(meetings)
            .where(where)
        : db
            .select({
              n: sql<number>`coalesce(sum(${dashboardMeetingTotals.held}), 0)::int`,
              attended: sql<number>`coalesce(sum(${dashboardMeetingTotals.attended}), 0)::int`,
            })
            .from(dashboardMeetingTotals),
    ]);
    const { rows, keys } = meetingsKeyset.finish(found, read, MEETINGS_PAGE_SIZE);
    return {
      page,
      pageSize: MEETINGS_PAGE_SIZE,
      total: Number(total?.n ?? 0),
      attended: Number(total?.attended ?? 0),
      rows,
      /** Cursors for the neighbouring pages' links. */
      keys,
    };
  },
});

/** What the filters and the form choose from: organisations with their bodies, departments. */
export const meetingChoices = defineQuery({
  name: "meetings.choices",
  permission: "registry.read",
  run: async (db, _: undefined) => {
    const locale = await uiLocale();
    const [orgs, bodyRows, depts] = await Promise.all([
      db
        .select({ id: organisations.id, label: fullLabelSql(locale, organisations), short: shortNameSql(locale, organisations) })
        .from(organisations)
        .orderBy(sql`${displayNameSql(locale, organisations)} collate czech`),
      db
        .select({ id: bodies.id, organisationId: bodies.organisationId, name: displayNameSql(locale, bodies) })
        .from(bodies)
        .orderBy(sql`${displayNameSql(locale, bodies)} collate czech`),
      db
        .select({ id: departments.id, code: departments.code, name: departments.name })
        .from(departments)
        .where(isNull(departments.abolishedOn))
        .orderBy(sql`${departments.code} collate czech`),
    ]);
    const names = new Map(orgs.map((o) => [o.id, o.short]));
    return {
      organisations: orgs.map((o) => ({ value: o.id, label: o.label })),
      bodies: bodyRows.map((b) => ({ value: b.id, organisationId: b.organisationId, label: `${names.get(b.organisationId) ?? ""} – ${b.name}` })),
      departments: depts.map((d) => ({ value: d.id, label: `${d.code} – ${d.name}` })),
    };
  },
});

/**
 * What the meeting form needs to know of its user: the department's scope as date ranges (null
 * when the role is not scoped: everything is offered), and the person the account is linked to
 * (offered as "Já"), unless anonymised.
 */
export const meetingFormContext = defineQuery({
  name: "meetings.formContext",
  permission: "meetings.write",
  run: async (db, _: undefined, actor) => {
    const scoped = isDepartmentScoped(actor.role, "meetings.write");
    const [ranges, [me]] = await Promise.all([
      scoped ? (actor.departmentId ? departmentScopeRanges(db, actor.departmentId) : Promise.resolve([])) : Promise.resolve(null),
      db
        .select({ id: people.id, title: people.title, firstName: people.firstName, lastName: people.lastName })
        .from(users)
        .innerJoin(people, eq(people.id, users.personId))
        .where(and(eq(users.id, actor.id), isNull(people.anonymisedAt))),
    ]);
    return {
      scope: ranges satisfies ScopeRange[] | null,
      me: me ? { id: me.id, name: [me.title, me.firstName, me.lastName].filter(Boolean).join(" ") } : null,
    };
  },
});

export const personName = sql<string>`case when ${people.anonymisedAt} is null
  then concat_ws(' ', ${people.title}, ${people.firstName}, ${people.lastName}) else 'Anonymizovaná osoba' end`;

/** Is a trip report due for this row: in person, abroad, not excused. */
export const reportDueSql = sql<boolean>`(${attendance.mode} = 'in_person' and not ${meetings.online}
  and coalesce(${meetings.country}, 'CZ') <> 'CZ' and ${attendance.status} <> 'excused')`;

export const getMeeting = defineQuery({
  name: "meetings.get",
  permission: "registry.read",
  run: async (db, { id }: { id: string }) => {
    const locale = await uiLocale();
    const [row] = await db
      .select({
        meeting: meetings,
        organisationName: fullLabelSql(locale, organisations),
        organisationAbbreviation: organisations.abbreviation,
        bodyName: sql<string | null>`${displayNameSql(locale, bodies)}`,
      })
      .from(meetings)
      .innerJoin(organisations, eq(organisations.id, meetings.organisationId))
      .leftJoin(bodies, eq(bodies.id, meetings.bodyId))
      .where(eq(meetings.id, id));
    if (!row) return null;
    const rows = await db
      .select({
        id: attendance.id,
        version: attendance.version,
        personId: attendance.personId,
        personName,
        departmentCode: departments.code,
        role: attendance.role,
        mode: attendance.mode,
        status: attendance.status,
        travelCostCzk: attendance.travelCostCzk,
        tripReport: attendance.tripReport,
        tripReportFiledOn: attendance.tripReportFiledOn,
        reportDue: reportDueSql,
      })
      .from(attendance)
      .innerJoin(meetings, eq(meetings.id, attendance.meetingId))
      .innerJoin(people, eq(people.id, attendance.personId))
      .leftJoin(departments, eq(departments.id, people.departmentId))
      .where(eq(attendance.meetingId, id))
      .orderBy(asc(attendance.createdAt), asc(attendance.id));
    // The sum in SQL: money never passes through a JS float.
    const [cost] = await db
      .select({ total: sql<string | null>`sum(${attendance.travelCostCzk})::text` })
      .from(attendance)
      .where(eq(attendance.meetingId, id));
    const revisions = rows.length
      ? await db
          .select()
          .from(tripReportRevisions)
          .where(inArray(tripReportRevisions.attendanceId, rows.map((r) => r.id)))
          .orderBy(desc(tripReportRevisions.replacedAt))
      : [];
    const today = todayInPrague();
    const withReports = rows.map((r) => ({
      ...r,
      reportState: tripReportState({ ...r, endsOn: row.meeting.endsOn }, today),
      reportDueOn: tripReportDueOn(row.meeting.endsOn),
      reportRevisions: revisions.filter((v) => v.attendanceId === r.id),
    }));
    return {
      ...row,
      today,
      ended: meetingHasEnded(row.meeting.endsOn, today),
      attendance: withReports,
      totalTravelCostCzk: cost?.total ?? null,
    };
  },
});

/**
 * The trip report to write right after saving a meeting: the user's own attendance when its
 * report is due (the meeting has ended, abroad, in person), else the first one due; null if none.
 */
export const reportToWrite = defineQuery({
  name: "meetings.reportToWrite",
  permission: "meetings.write",
  run: async (db, { meetingId }: { meetingId: string }, actor) => {
    const today = todayInPrague();
    const rows = await db
      .select({ id: attendance.id, mine: sql<boolean>`${people.id} = (select u.person_id from users u where u.id = ${actor.id}::uuid)` })
      .from(attendance)
      .innerJoin(meetings, eq(meetings.id, attendance.meetingId))
      .innerJoin(people, eq(people.id, attendance.personId))
      .where(and(eq(attendance.meetingId, meetingId), reportDueSql, isNull(attendance.tripReport), sql`${meetings.endsOn} < ${today}::date`))
      .orderBy(asc(attendance.createdAt), asc(attendance.id));
    return (rows.find((r) => r.mine === true) ?? rows[0])?.id ?? null;
  },
});

/** Missing trip reports: rows due a report whose meeting ended at least 14 days ago. */
async function missingReports(db: Queryable, departmentId: string | null, today: IsoDate) {
  const dueBy = addDays(today, -TRIP_REPORT_DUE_DAYS);
  return db
    .select({
      attendanceId: attendance.id,
      meetingId: meetings.id,
      title: meetings.title,
      endsOn: meetings.endsOn,
      city: meetings.city,
      country: meetings.country,
      personName,
      departmentCode: departments.code,
    })
    .from(attendance)
    .innerJoin(meetings, eq(meetings.id, attendance.meetingId))
    .innerJoin(people, eq(people.id, attendance.personId))
    .leftJoin(departments, eq(departments.id, people.departmentId))
    .where(
      and(
        reportDueSql,
        isNull(attendance.tripReport),
        sql`${meetings.endsOn} <= ${dueBy}::date`,
        departmentId ? eq(people.departmentId, departmentId) : undefined,
      ),
    )
    .orderBy(asc(meetings.endsOn), asc(meetings.id))
    .limit(50);
}

/** "My meetings": the department's (staff) or the user's own (others), upcoming and recent. */
export const listMyMeetings = defineQuery({
  name: "meetings.mine",
  permission: "registry.read",
  run: async (db, _: undefined, actor) => {
    const today = todayInPrague();
    const locale = await uiLocale();
    const mine: SQL = actor.departmentId
      ? ofDepartment(actor.departmentId)
      : sql`${meetings.createdById} = ${actor.id}::uuid`;
    const [upcoming, recent, reports] = await Promise.all([
      meetingSummary(db, locale).where(and(mine, sql`${meetings.endsOn} >= ${today}::date`)).orderBy(asc(meetings.startsOn)).limit(50),
      meetingSummary(db, locale)
        .where(and(mine, sql`${meetings.endsOn} < ${today}::date`, sql`${meetings.endsOn} >= ${addDays(today, -180)}::date`))
        .orderBy(desc(meetings.startsOn))
        .limit(50),
      actor.departmentId ? missingReports(db, actor.departmentId, today) : Promise.resolve([]),
    ]);
    return { today, upcoming, recent, reports };
  },
});

/** Search as you type among people (not anonymised), for the attendance combobox. */
export const searchPeople = defineQuery({
  name: "meetings.searchPeople",
  permission: "registry.read",
  run: async (db, { q }: { q: string }) => {
    const term = q.trim().slice(0, 100);
    if (term.length < 2 || !isStorableText(term)) return [];
    const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows = await db
      .select({
        id: people.id,
        title: people.title,
        firstName: people.firstName,
        lastName: people.lastName,
        departmentCode: departments.code,
      })
      .from(people)
      .leftJoin(departments, eq(departments.id, people.departmentId))
      .where(
        and(
          isNull(people.anonymisedAt),
          sql`fold(${people.firstName} || ' ' || ${people.lastName}) like fold(${pattern})`,
        ),
      )
      .orderBy(sql`${people.lastName} collate czech`, sql`${people.firstName} collate czech`, people.id)
      .limit(10);
    return rows.map((p) => ({
      id: p.id,
      label: [p.title, p.firstName, p.lastName].filter(Boolean).join(" ") + (p.departmentCode ? ` (${p.departmentCode})` : ""),
    }));
  },
});
