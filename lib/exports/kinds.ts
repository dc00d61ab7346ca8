import { sql, type SQL } from "drizzle-orm";
import { addDays, type IsoDate } from "@/lib/dates";
import { statusOnSql } from "@/lib/organisations/status";
import type { Column } from "./columns";

/** The filters an export takes; every kind reads the ones that make sense for it. */
export type ExportParams = {
  /** The record as of this day (status on it, periods begun by it, fees up to its year, ...). */
  date: IsoDate;
  /** Only this year (fees, meetings, assessments). */
  year?: number;
  /** Audit log: events from this day to `to` (inclusive, Prague time). */
  from?: IsoDate;
  to?: IsoDate;
  /**
   * From a list page (lib/exports/lists.ts): a subquery of the ids the list shows for its
   * filters. It replaces the kind's own "as of"/year cut, since the list has none besides its
   * filters. Which ids it holds, each kind says below.
   */
  within?: SQL;
};

/**
 * One export kind: its columns and the SQL that yields them. The select list names every column
 * by its key and adds sort keys `_k0.._kN` (never null, the last one unique): the streaming
 * source orders by them, and on PGlite pages through them (keyset pagination).
 */
export type ExportKind = {
  id: ExportKindId;
  columns: readonly Column[];
  keyCount: number;
  select: (p: ExportParams) => SQL;
};

export const EXPORT_KIND_IDS = [
  "organisations",
  "periods",
  "fees",
  "representations",
  "meetings",
  "assessments",
  "audit",
] as const;
export type ExportKindId = (typeof EXPORT_KIND_IDS)[number];

/** The kinds the full "record as of a date" holds, one sheet each, in this order. */
export const RECORD_KIND_IDS = ["organisations", "periods", "fees", "representations", "meetings", "assessments"] as const;

const yearOf = (date: IsoDate) => Number(date.slice(0, 4));
const ORG_ID = sql.raw(`o.id`);
const PERSON = (alias: string) =>
  sql.raw(`case when ${alias}.anonymised_at is null then ${alias}.first_name || ' ' || ${alias}.last_name end`);
/** Czech names sort in Czech; the uuid makes the key unique. */
const NAME_KEY = sql.raw(`o.name collate "czech"`);

/**
 * Valid time: the record as of D holds the organisations the city had joined by D (a membership
 * period starting on or before D), whether still members or not. One the city joins only later
 * is not in the record as of D, and neither are its seats, fees, meetings or assessments: "as of
 * D" lists what was true on D. An organisation it left stays, as "Členství ukončeno".
 */
export const inRecordOn = (organisationColumn: string, date: IsoDate) =>
  sql`exists (select 1 from membership_periods rec where rec.organisation_id = ${sql.raw(organisationColumn)} and rec.valid_from <= ${date}::date)`;

/** `and <column> in (<the list's ids>)`, or nothing. */
const inList = (column: string, within: SQL | undefined) => (within ? sql` and ${sql.raw(column)} in (${within})` : sql``);

const organisationsKind: ExportKind = {
  id: "organisations",
  keyCount: 2,
  columns: [
    { key: "organisation", type: "text" },
    { key: "nameCs", type: "text" },
    { key: "abbreviation", type: "text" },
    { key: "kind", type: "enum", enum: "organisationKind" },
    { key: "scope", type: "enum", enum: "organisationScope" },
    { key: "status", type: "enum", enum: "membershipStatus" },
    { key: "memberSince", type: "date" },
    { key: "website", type: "text" },
    { key: "description", type: "text" },
    { key: "noticePeriodMonths", type: "integer" },
  ],
  // within: organisation ids.
  select: ({ date, within }) => sql`select o.name as "organisation", o.name_cs as "nameCs", o.abbreviation as "abbreviation",
      o.kind::text as "kind", o.scope::text as "scope", ${statusOnSql(ORG_ID, date)} as "status",
      (select min(mp.valid_from)::text from membership_periods mp
        where mp.organisation_id = o.id and mp.valid_from <= ${date}::date) as "memberSince",
      o.website as "website", o.description as "description", o.notice_period_months as "noticePeriodMonths",
      ${NAME_KEY} as _k0, o.id::text as _k1
    from organisations o where ${within ? sql`true${inList("o.id", within)}` : inRecordOn("o.id", date)}`,
};

const periodsKind: ExportKind = {
  id: "periods",
  keyCount: 3,
  columns: [
    { key: "organisation", type: "text" },
    { key: "status", type: "enum", enum: "membershipStatus" },
    { key: "validFrom", type: "date" },
    { key: "validTo", type: "date" },
    { key: "startDecision", type: "text" },
    { key: "startDecisionDate", type: "date" },
    { key: "endDecision", type: "text" },
    { key: "endDecisionDate", type: "date" },
    { key: "note", type: "text" },
  ],
  // within: organisation ids (the organisation page lists all its periods, past and future).
  select: ({ date, within }) => sql`select o.name as "organisation", mp.status::text as "status",
      mp.valid_from::text as "validFrom", mp.valid_to::text as "validTo",
      mp.start_decision as "startDecision", mp.start_decision_date::text as "startDecisionDate",
      mp.end_decision as "endDecision", mp.end_decision_date::text as "endDecisionDate", mp.note as "note",
      ${NAME_KEY} as _k0, mp.valid_from::text as _k1, mp.id::text as _k2
    from membership_periods mp join organisations o on o.id = mp.organisation_id
    where ${within ? sql`true${inList("mp.organisation_id", within)}` : sql`mp.valid_from <= ${date}::date`}`,
};

const feesKind: ExportKind = {
  id: "fees",
  keyCount: 3,
  columns: [
    { key: "organisation", type: "text" },
    { key: "year", type: "integer" },
    { key: "amount", type: "money" },
    { key: "currency", type: "text" },
    { key: "amountCzk", type: "money" },
    { key: "dueOn", type: "date" },
    { key: "invoicedOn", type: "date" },
    { key: "paidOn", type: "date" },
    { key: "invoiceNumber", type: "text" },
    { key: "budgetItem", type: "text" },
    { key: "feeStatus", type: "enum", enum: "feeStatus" },
    { key: "note", type: "text" },
    { key: "demo", type: "boolean" },
  ],
  // Overdue is derived (never stored): unpaid, not waived, and past its due date on the day.
  // within: fee ids.
  select: ({ date, year, within }) => sql`select o.name as "organisation", f.year as "year",
      f.amount::text as "amount", f.currency as "currency", f.amount_czk::text as "amountCzk",
      f.due_on::text as "dueOn", f.invoiced_on::text as "invoicedOn", f.paid_on::text as "paidOn",
      f.invoice_number as "invoiceNumber", f.budget_item as "budgetItem",
      case when f.status in ('planned', 'invoiced') and f.due_on < ${date}::date then 'overdue'
        else f.status::text end as "feeStatus",
      f.note as "note", f.demo as "demo",
      f.year as _k0, ${NAME_KEY} as _k1, f.id::text as _k2
    from fees f join organisations o on o.id = f.organisation_id
    where ${within ? sql`true${inList("f.id", within)}` : sql`${year === undefined ? sql`f.year <= ${yearOf(date)}` : sql`f.year = ${year}`} and ${inRecordOn("f.organisation_id", date)}`}`,
};

const representationsKind: ExportKind = {
  id: "representations",
  keyCount: 3,
  columns: [
    { key: "organisation", type: "text" },
    { key: "body", type: "text" },
    { key: "person", type: "text" },
    { key: "department", type: "text" },
    { key: "representationRole", type: "enum", enum: "representationRole" },
    { key: "validFrom", type: "date" },
    { key: "validTo", type: "date" },
    { key: "mandateSource", type: "text" },
    { key: "note", type: "text" },
  ],
  // within: organisation ids; the matrix shows the seats of them and of their active bodies.
  select: ({ date, within }) => sql`select o.name as "organisation", coalesce(b.name_cs, b.name) as "body",
      ${PERSON("p")} as "person", d.code as "department", r.role::text as "representationRole",
      r.valid_from::text as "validFrom", r.valid_to::text as "validTo",
      r.mandate_source as "mandateSource", r.note as "note",
      ${NAME_KEY} as _k0, r.valid_from::text as _k1, r.id::text as _k2
    from representations r join organisations o on o.id = r.organisation_id
      left join bodies b on b.id = r.body_id
      left join people p on p.id = r.person_id
      left join departments d on d.id = coalesce(r.department_id, p.department_id)
    where r.valid_from <= ${date}::date and (r.valid_to is null or r.valid_to >= ${date}::date)
      ${within ? sql`and (b.id is null or b.active)${inList("r.organisation_id", within)}` : sql`and ${inRecordOn("r.organisation_id", date)}`}`,
};

/** Meetings with one row per attendee; a meeting nobody is recorded at still has its row. */
const meetingsKind: ExportKind = {
  id: "meetings",
  keyCount: 3,
  columns: [
    { key: "startsOn", type: "date" },
    { key: "endsOn", type: "date" },
    { key: "organisation", type: "text" },
    { key: "body", type: "text" },
    { key: "meetingKind", type: "enum", enum: "meetingKind" },
    { key: "title", type: "text" },
    { key: "place", type: "text" },
    { key: "person", type: "text" },
    { key: "department", type: "text" },
    { key: "attendanceRole", type: "enum", enum: "attendanceRole" },
    { key: "attendanceMode", type: "enum", enum: "attendanceMode" },
    { key: "attendanceStatus", type: "enum", enum: "attendanceStatus" },
    { key: "travelCostCzk", type: "money" },
    { key: "tripReportFiledOn", type: "date" },
  ],
  // within: meeting ids (the list has no date cut: planned meetings too).
  select: ({ date, year, within }) => sql`select m.starts_on::text as "startsOn", m.ends_on::text as "endsOn",
      o.name as "organisation", coalesce(b.name_cs, b.name) as "body", m.kind::text as "meetingKind",
      m.title as "title",
      case when m.online then 'online' else concat_ws(', ', m.city, m.country) end as "place",
      ${PERSON("p")} as "person", d.code as "department",
      a.role::text as "attendanceRole", a.mode::text as "attendanceMode", a.status::text as "attendanceStatus",
      a.travel_cost_czk::text as "travelCostCzk", a.trip_report_filed_on::text as "tripReportFiledOn",
      m.starts_on::text as _k0, m.id::text as _k1, coalesce(a.id::text, '') as _k2
    from meetings m join organisations o on o.id = m.organisation_id
      left join bodies b on b.id = m.body_id
      left join attendance a on a.meeting_id = m.id
      left join people p on p.id = a.person_id
      left join departments d on d.id = p.department_id
    where ${within ? sql`true${inList("m.id", within)}` : sql`m.starts_on <= ${date}::date and ${inRecordOn("m.organisation_id", date)}
      ${year === undefined ? sql`` : sql`and m.starts_on >= ${`${year}-01-01`}::date and m.starts_on <= ${`${year}-12-31`}::date`}`}`,
};

const assessmentsKind: ExportKind = {
  id: "assessments",
  keyCount: 3,
  columns: [
    { key: "organisation", type: "text" },
    { key: "year", type: "integer" },
    { key: "level", type: "enum", enum: "engagementLevel" },
    { key: "activity", type: "integer" },
    { key: "continuity", type: "integer" },
    { key: "benefit", type: "integer" },
    { key: "recommendation", type: "enum", enum: "recommendation" },
    { key: "rationale", type: "text" },
    { key: "assessedOn", type: "date" },
    { key: "author", type: "text" },
  ],
  // within: organisation ids (the organisation page lists all its assessments).
  select: ({ date, year, within }) => sql`select o.name as "organisation", ea.year as "year", ea.level::text as "level",
      ea.activity as "activity", ea.continuity as "continuity", ea.benefit as "benefit",
      ea.recommendation::text as "recommendation", ea.rationale as "rationale",
      ea.assessed_on::text as "assessedOn", u.name as "author",
      ea.year as _k0, ${NAME_KEY} as _k1, ea.id::text as _k2
    from engagement_assessments ea join organisations o on o.id = ea.organisation_id
      left join users u on u.id = ea.author_id
    where ${within ? sql`true${inList("ea.organisation_id", within)}` : sql`${year === undefined ? sql`ea.year <= ${yearOf(date)}` : sql`ea.year = ${year}`} and ${inRecordOn("ea.organisation_id", date)}`}`,
};

/** The audit log itself; moments in Prague time, before/after as their JSON text. */
const auditKind: ExportKind = {
  id: "audit",
  keyCount: 1,
  columns: [
    { key: "at", type: "datetime" },
    { key: "actor", type: "text" },
    { key: "entity", type: "text" },
    { key: "entityId", type: "text" },
    { key: "action", type: "text" },
    { key: "before", type: "text" },
    { key: "after", type: "text" },
    { key: "note", type: "text" },
  ],
  select: ({ date, from, to }) => {
    const until = addDays(to ?? date, 1);
    return sql`select to_char(e.at at time zone 'Europe/Prague', 'YYYY-MM-DD HH24:MI:SS') as "at",
        e.actor_label as "actor", e.entity as "entity", e.entity_id as "entityId", e.action as "action",
        audit_reveal(e.before, e.entity, e.entity_id)::text as "before",
        audit_reveal(e.after, e.entity, e.entity_id)::text as "after", e.note as "note",
        e.id as _k0
      from audit_events e
      where e.at < (${until}::date::timestamp at time zone 'Europe/Prague')
        ${from ? sql`and e.at >= (${from}::date::timestamp at time zone 'Europe/Prague')` : sql``}`;
  },
};

export const EXPORT_KINDS: Record<ExportKindId, ExportKind> = {
  organisations: organisationsKind,
  periods: periodsKind,
  fees: feesKind,
  representations: representationsKind,
  meetings: meetingsKind,
  assessments: assessmentsKind,
  audit: auditKind,
};

export function isExportKind(value: string): value is ExportKindId {
  return (EXPORT_KIND_IDS as readonly string[]).includes(value);
}
