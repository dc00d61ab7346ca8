import { sql } from "drizzle-orm";
import { inList, type ExportKind } from "@/lib/exports/kind";
import { inRecordOn, organisationNameKey } from "@/lib/organisations/export";
import { personNameSql } from "@/lib/people/export-sql";
import { displayNameSql } from "@/lib/registry/display-name";

export const representationsExport: ExportKind = {
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
  select: ({ date, within, locale }) => sql`select ${displayNameSql(locale, "o")} as "organisation", ${displayNameSql(locale, "b")} as "body",
      ${personNameSql("p")} as "person", d.code as "department", r.role::text as "representationRole",
      r.valid_from::text as "validFrom", r.valid_to::text as "validTo",
      r.mandate_source as "mandateSource", r.note as "note",
      ${organisationNameKey(displayNameSql(locale, "o"))} as _k0, r.valid_from::text as _k1, r.id::text as _k2
    from representations r join organisations o on o.id = r.organisation_id
      left join bodies b on b.id = r.body_id
      left join people p on p.id = r.person_id
      left join departments d on d.id = coalesce(r.department_id, p.department_id)
    where r.valid_from <= ${date}::date and (r.valid_to is null or r.valid_to >= ${date}::date)
      ${within ? sql`and (b.id is null or b.active)${inList("r.organisation_id", within)}` : sql`and ${inRecordOn("r.organisation_id", date)}`}`,
};
