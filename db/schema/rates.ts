import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, numeric, pgTable, pgView, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Exchange rates of the Czech National Bank (ČNB): on `validOn`, `amount` units of `currency`
 * cost `rate` CZK (the fixing's "množství" and "kurz"; 100 for JPY, for instance). Exact
 * numerics, read as strings. Which rate holds on a given day is defined once, in SQL: the
 * function `rate_valid_on(currency, day)` (drizzle/0015_exchange_rates.sql).
 */
export const exchangeRates = pgTable(
  "exchange_rates",
  {
    validOn: date({ mode: "string" }).notNull(),
    currency: text().notNull(),
    amount: integer().notNull(),
    rate: numeric({ precision: 18, scale: 6 }).notNull(),
    source: text().notNull().default("CNB"),
    importedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.currency, t.validOn] }),
    index("exchange_rates_valid_on_idx").on(t.validOn),
    check("exchange_rates_currency_check", sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check("exchange_rates_amount_check", sql`${t.amount} > 0`),
    check("exchange_rates_rate_check", sql`${t.rate} > 0`),
  ],
);

export type ExchangeRate = typeof exchangeRates.$inferSelect;

/**
 * The automatic daily fetch (CNB_RATES_URL): one row per Prague day it ran, claimed before the
 * download, so however many instances run, ČNB is asked at most once a working day; `ok` null
 * while it runs, then the outcome and, on failure, why (the stored rates stay as they were).
 */
export const exchangeRateFetches = pgTable("exchange_rate_fetches", {
  day: date({ mode: "string" }).primaryKey(),
  attemptedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  ok: boolean(),
  message: text(),
});

/** How a fee's CZK figure was obtained (see the view `fee_czk`). */
export const FEE_CZK_KINDS = ["paid", "estimate", "waived", "unknown"] as const;
export type FeeCzkKind = (typeof FEE_CZK_KINDS)[number];

/**
 * THE CZK figure of every fee (drizzle/0015_exchange_rates.sql): paid → CZK paid; not paid → an
 * estimate at the ČNB rate valid on the due date; waived → 0. Defined in SQL, read by lists,
 * totals, the dashboard and exports alike.
 */
export const feeCzk = pgView("fee_czk", {
  feeId: uuid("fee_id").notNull(),
  kind: text().$type<FeeCzkKind>().notNull(),
  czk: numeric({ precision: 14, scale: 2 }),
  rate: numeric({ precision: 18, scale: 6 }),
  rateAmount: integer("rate_amount"),
  rateDate: date("rate_date", { mode: "string" }),
}).existing();
