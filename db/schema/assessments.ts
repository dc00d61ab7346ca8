import { sql } from "drizzle-orm";
import { check, date, index, pgTable, smallint, text, unique, uuid } from "drizzle-orm/pg-core";
import { id, timestamps, version } from "./columns";
import { engagementLevelEnum, recommendationEnum } from "./enums";
import { organisations } from "./organisations";
import { users } from "./users";
import { DIMENSION_MAX, DIMENSION_MIN } from "./enum-values";

export { DIMENSION_MAX, DIMENSION_MIN };

/** The yearly engagement assessment of one membership; earlier years stay as history. */
export const engagementAssessments = pgTable(
  "engagement_assessments",
  {
    id: id(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
    year: smallint().notNull(),
    level: engagementLevelEnum().notNull(),
    activity: smallint(),
    continuity: smallint(),
    benefit: smallint(),
    recommendation: recommendationEnum(),
    rationale: text(),
    authorId: uuid().references(() => users.id, { onDelete: "restrict" }),
    assessedOn: date({ mode: "string" }).notNull(),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    unique("engagement_assessments_organisation_year_key").on(t.organisationId, t.year),
    index("engagement_assessments_year_idx").on(t.year, t.level),
    index("engagement_assessments_author_idx").on(t.authorId),
    check("engagement_assessments_year_check", sql`${t.year} between 1900 and 2200`),
    check(
      "engagement_assessments_dimensions_check",
      sql`coalesce(${t.activity}, 0) between ${sql.raw(String(DIMENSION_MIN))} and ${sql.raw(String(DIMENSION_MAX))}
      and coalesce(${t.continuity}, 0) between ${sql.raw(String(DIMENSION_MIN))} and ${sql.raw(String(DIMENSION_MAX))}
      and coalesce(${t.benefit}, 0) between ${sql.raw(String(DIMENSION_MIN))} and ${sql.raw(String(DIMENSION_MAX))}`,
    ),
  ],
);
