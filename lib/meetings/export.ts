import { sql } from "drizzle-orm";
import { inList, type ExportKind } from "@/lib/exports/kind";
import { inRecordOn } from "@/lib/organisations/export";
import { personNameSql } from "@/lib/people/export-sql";
import { displayNameSql } from "@/lib/registry/display-name";

/** Meetings with one row per attendee; a meeting nobody is recorded at still has its row. */
export const meetingsExport: ExportKind = {
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
    { key: "tripReport", type: "text" },
  ],
  // within: meeting ids (the list has no date cut: planned meetings too).
  select: ({ date, year, within, locale }) => sql`select m.starts_on::text as "startsOn", m.ends_on::text as "endsOn",
      ${displayNameSql(locale, "o")} as "organisation", ${displayNameSql(locale, "b")} as "body", m.kind::text as "meetingKind",
      m.title as "title",
      case when m.online then 'online' else concat_ws(', ', m.city, m.country) end as "place",
      ${personNameSql("p")} as "person", d.code as "department",
      a.role::text as "attendanceRole", a.mode::text as "attendanceMode", a.status::text as "attendanceStatus",
      a.travel_cost_czk::text as "travelCostCzk", a.trip_report_filed_on::text as "tripReportFiledOn",
      a.trip_report as "tripReport",
      m.starts_on::text as _k0, m.id::text as _k1, coalesce(a.id::text, '') as _k2
    from meetings m join organisations o on o.id = m.organisation_id
      left join bodies b on b.id = m.body_id
      left join attendance a on a.meeting_id = m.id
      left join people p on p.id = a.person_id
      left join departments d on d.id = p.department_id
    where ${within ? sql`true${inList("m.id", within)}` : sql`m.starts_on <= ${date}::date and ${inRecordOn("m.organisation_id", date)}
      ${year === undefined ? sql`` : sql`and m.starts_on >= ${`${year}-01-01`}::date and m.starts_on <= ${`${year}-12-31`}::date`}`}`,
};
