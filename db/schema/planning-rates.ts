import { sql } from "drizzle-orm";
import { check, date, integer, numeric, pgTable, pgView, text, unique, uuid } from "drizzle-orm/pg-core";
import { id, timestamps, version } from "./columns";
import { users } from "./users";

/**
 * A planning rate ("plánovací kurz") for one currency in one budget year, e.g. the ministry's
 * budget rate: `units` of `currency` cost `rate` CZK. Without one, the plan of that year uses the
 * latest ČNB fixing. Set by coordinators and admins (lib/fees/plan-commands.ts), audited.
 */
export const planningRates = pgTable(
  "planning_rates",
  {
    id: id(),
    year: integer().notNull(),
    currency: text().notNull(),
    units: integer().notNull().default(1),
    rate: numeric({ precision: 18, scale: 6 }).notNull(),
    note: text(),
    setById: uuid().references(() => users.id, { onDelete: "set null" }),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    unique("planning_rates_year_currency_key").on(t.year, t.currency),
    check("planning_rates_year_check", sql`${t.year} between 1900 and 2200`),
    check("planning_rates_currency_check", sql`${t.currency} ~ '^[A-Z]{3}$' and ${t.currency} <> 'CZK'`),
    check("planning_rates_units_check", sql`${t.units} > 0`),
    check("planning_rates_rate_check", sql`${t.rate} > 0`),
  ],
);

export type PlanningRate = typeof planningRates.$inferSelect;

/** Where a fee's plan figure takes its rate from (see the view `fee_plan_czk`). */
export const PLAN_RATE_SOURCES = ["czk", "planning", "cnb", "unknown"] as const;
export type PlanRateSource = (typeof PLAN_RATE_SOURCES)[number];

/**
 * THE CZK figure of a fee in its year's budget plan (drizzle/0020_planning_rates.sql): at the
 * planning rate of its year and currency, else at the latest ČNB fixing; rounded to the haléř
 * once, half-up.
 */
export const feePlanCzk = pgView("fee_plan_czk", {
  feeId: uuid("fee_id").notNull(),
  source: text().$type<PlanRateSource>().notNull(),
  czk: numeric({ precision: 14, scale: 2 }),
  rate: numeric({ precision: 18, scale: 6 }),
  rateAmount: integer("rate_amount"),
  rateDate: date("rate_date", { mode: "string" }),
  planningRateId: uuid("planning_rate_id"),
}).existing();
