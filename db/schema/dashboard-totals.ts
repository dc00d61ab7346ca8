import { index, integer, numeric, pgTable, primaryKey, uuid } from "drizzle-orm/pg-core";

/**
 * The dashboard's figures per organisation and calendar year, derived and never written by the
 * app: statement-level triggers on meetings, attendance, fees and exchange_rates recount the keys
 * a statement touched, in the writing transaction (drizzle/0024_dashboard_totals.sql,
 * docs/ARCHITECTURE.md "Derived figures"). No foreign key: a key with nothing left is deleted by
 * its recount.
 */
export const dashboardMeetingTotals = pgTable(
  "dashboard_meeting_totals",
  {
    organisationId: uuid().notNull(),
    year: integer().notNull(),
    /** Meetings that start in the year. */
    held: integer().notNull(),
    /** Of those, meetings with at least one attendance "attended". */
    attended: integer().notNull(),
    /** Attendance rows "attended". */
    attendances: integer().notNull(),
    /** Distinct people with an attendance "attended". */
    people: integer().notNull(),
    /** Travel costs of all attendance, CZK. */
    travel: numeric({ mode: "string" }).notNull(),
  },
  (t) => [
    primaryKey({ name: "dashboard_meeting_totals_pk", columns: [t.organisationId, t.year] }),
    index("dashboard_meeting_totals_year_idx").on(t.year),
  ],
);

export const dashboardFeeTotals = pgTable(
  "dashboard_fee_totals",
  {
    organisationId: uuid().notNull(),
    year: integer().notNull(),
    /** CZK paid (view fee_czk, kind "paid"). */
    paid: numeric({ mode: "string" }).notNull(),
    /** Not paid yet, estimated at the ČNB rate (kind "estimate"). */
    estimated: numeric({ mode: "string" }).notNull(),
    /** Fees without a rate (kind "unknown"). */
    unknown: integer().notNull(),
    /** How many fees are of kind "paid" and "estimate" (a sum of 0 is not the same as none). */
    paidCount: integer().notNull(),
    estimateCount: integer().notNull(),
  },
  (t) => [
    primaryKey({ name: "dashboard_fee_totals_pk", columns: [t.organisationId, t.year] }),
    index("dashboard_fee_totals_year_idx").on(t.year),
  ],
);
