import { sql } from "drizzle-orm";
import { boolean, check, date, index, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { id, timestamps, version } from "./columns";
import { councilDecisions } from "./council-decisions";
import { bodyKindEnum, membershipStatusEnum, organisationKindEnum, organisationScopeEnum } from "./enums";

export const organisations = pgTable(
  "organisations",
  {
    id: id(),
    /** Official name, usually English or the organisation's own language. */
    name: text().notNull(),
    nameCs: text(),
    abbreviation: text(),
    website: text(),
    description: text(),
    kind: organisationKindEnum().notNull(),
    scope: organisationScopeEnum().notNull(),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    unique("organisations_name_key").on(t.name),
    index("organisations_kind_idx").on(t.kind),
    index("organisations_scope_idx").on(t.scope),
  ],
);

/** A forum, working group, committee or board inside an organisation (e.g. EUROCITIES forums). */
export const bodies = pgTable(
  "bodies",
  {
    id: id(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
    name: text().notNull(),
    nameCs: text(),
    kind: bodyKindEnum().notNull(),
    description: text(),
    active: boolean().notNull().default(true),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    index("bodies_organisation_idx").on(t.organisationId),
    unique("bodies_organisation_name_key").on(t.organisationId, t.name),
    // Target of composite foreign keys: a seat or a meeting in a body must name the body's own
    // organisation, so "a body of another organisation" is impossible in the database itself.
    unique("bodies_id_organisation_key").on(t.id, t.organisationId),
  ],
);

/**
 * One period of one status. Periods of one organisation never overlap: an exclusion constraint
 * (drizzle/0002_constraints.sql) backs the check the write path makes under a row lock.
 * `validTo` is inclusive; null means open-ended.
 */
export const membershipPeriods = pgTable(
  "membership_periods",
  {
    id: id(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
    status: membershipStatusEnum().notNull(),
    validFrom: date({ mode: "string" }).notNull(),
    validTo: date({ mode: "string" }),
    /** The decision that started the period, e.g. a city-council resolution number. */
    startDecision: text(),
    startDecisionDate: date({ mode: "string" }),
    endDecision: text(),
    endDecisionDate: date({ mode: "string" }),
    /** The council decision (register of resolutions) that started the period. */
    startDecisionId: uuid().references(() => councilDecisions.id, { onDelete: "restrict" }),
    /** The council decision that ended it: a withdrawal or a change of status. */
    endDecisionId: uuid().references(() => councilDecisions.id, { onDelete: "restrict" }),
    note: text(),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    index("membership_periods_organisation_idx").on(t.organisationId, t.validFrom),
    index("membership_periods_status_idx").on(t.status),
    index("membership_periods_start_decision_idx").on(t.startDecisionId),
    index("membership_periods_end_decision_idx").on(t.endDecisionId),
    check("membership_periods_range_check", sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);
