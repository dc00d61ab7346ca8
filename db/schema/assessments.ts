import { sql } from "drizzle-orm";
import { check, date, index, pgEnum, pgTable, smallint, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { id, timestamps, version } from "./columns";
import { engagementLevelEnum, recommendationEnum } from "./enums";
import { councilDecisions } from "./council-decisions";
import { organisations } from "./organisations";
import { users } from "./users";
import { ASSESSMENT_REVIEWS, DIMENSION_MAX, DIMENSION_MIN, REFORM_PROGRESS } from "./enum-values";

export { DIMENSION_MAX, DIMENSION_MIN };

/** Moderation: a draft until a second manager approves it or returns it with a comment. */
export const assessmentReviewEnum = pgEnum("assessment_review", ASSESSMENT_REVIEWS);
/** How far the organisation has come on what the city asked it to change. */
export const reformProgressEnum = pgEnum("reform_progress", REFORM_PROGRESS);


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
    /** The council decision that followed a "withdraw" recommendation (the resolution to leave). */
    decisionId: uuid().references(() => councilDecisions.id, { onDelete: "restrict" }),
    authorId: uuid().references(() => users.id, { onDelete: "restrict" }),
    assessedOn: date({ mode: "string" }).notNull(),
    // Index A, "přínos pro cíle města"
    aCapitals: smallint(),
    aCooperation: smallint(),
    aPromotion: smallint(),
    justificationA: text(),
    // Index B, "výkonnost organizace"
    bTransparency: smallint(),
    bCost: smallint(),
    bResults: smallint(),
    bPartnership: smallint(),
    justificationB: text(),
    review: assessmentReviewEnum().notNull().default("draft"),
    reviewerId: uuid().references(() => users.id, { onDelete: "restrict" }),
    reviewedAt: timestamp({ withTimezone: true }),
    reviewComment: text(),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    unique("engagement_assessments_organisation_year_key").on(t.organisationId, t.year),
    index("engagement_assessments_year_idx").on(t.year, t.level),
    index("engagement_assessments_author_idx").on(t.authorId),
    index("engagement_assessments_decision_idx").on(t.decisionId),
    index("engagement_assessments_review_idx").on(t.year, t.review),
    check("engagement_assessments_year_check", sql`${t.year} between 1900 and 2200`),
    check(
      "engagement_assessments_dimensions_check",
      sql`coalesce(${t.activity}, 0) between ${sql.raw(String(DIMENSION_MIN))} and ${sql.raw(String(DIMENSION_MAX))}
      and coalesce(${t.continuity}, 0) between ${sql.raw(String(DIMENSION_MIN))} and ${sql.raw(String(DIMENSION_MAX))}
      and coalesce(${t.benefit}, 0) between ${sql.raw(String(DIMENSION_MIN))} and ${sql.raw(String(DIMENSION_MAX))}`,
    ),
    check(
      "engagement_assessments_scores_check",
      sql`coalesce(${t.aCapitals}, 1) between 1 and 4 and coalesce(${t.aCooperation}, 1) between 1 and 4
      and coalesce(${t.aPromotion}, 1) between 1 and 4 and coalesce(${t.bTransparency}, 1) between 1 and 4
      and coalesce(${t.bCost}, 1) between 1 and 4 and coalesce(${t.bResults}, 1) between 1 and 4
      and coalesce(${t.bPartnership}, 1) between 1 and 4`,
    ),
  ],
);

export type EngagementAssessment = typeof engagementAssessments.$inferSelect;

/** What the city asked the organisation to change, tracked in the year's assessment. */
export const reformAsks = pgTable(
  "reform_asks",
  {
    id: id(),
    assessmentId: uuid()
      .notNull()
      .references(() => engagementAssessments.id, { onDelete: "restrict" }),
    position: smallint().notNull(),
    text: text().notNull(),
    progress: reformProgressEnum().notNull().default("none"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("reform_asks_assessment_position_key").on(t.assessmentId, t.position)],
);

export type ReformAsk = typeof reformAsks.$inferSelect;
