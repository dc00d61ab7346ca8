import { sql } from "drizzle-orm";
import { inList, yearOf, type ExportKind } from "@/lib/exports/kind";
import { inRecordOn, organisationNameKey } from "@/lib/organisations/export";
import { displayNameSql } from "@/lib/registry/display-name";

export const assessmentsExport: ExportKind = {
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
  select: ({ date, year, within, locale }) => sql`select ${displayNameSql(locale, "o")} as "organisation", ea.year as "year", ea.level::text as "level",
      ea.activity as "activity", ea.continuity as "continuity", ea.benefit as "benefit",
      ea.recommendation::text as "recommendation", ea.rationale as "rationale",
      ea.assessed_on::text as "assessedOn", u.name as "author",
      ea.year as _k0, ${organisationNameKey(displayNameSql(locale, "o"))} as _k1, ea.id::text as _k2
    from engagement_assessments ea join organisations o on o.id = ea.organisation_id
      left join users u on u.id = ea.author_id
    where ${within ? sql`true${inList("ea.organisation_id", within)}` : sql`${year === undefined ? sql`ea.year <= ${yearOf(date)}` : sql`ea.year = ${year}`} and ${inRecordOn("ea.organisation_id", date)}`}`,
};
