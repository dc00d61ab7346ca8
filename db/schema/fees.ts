import { sql } from "drizzle-orm";
import { boolean, check, date, index, numeric, pgTable, smallint, text, uuid } from "drizzle-orm/pg-core";
import { id, timestamps, version } from "./columns";
import { feeStatusEnum } from "./enums";
import { councilDecisions } from "./council-decisions";
import { organisations } from "./organisations";

/**
 * A membership fee the city pays. Money is `numeric`, read as a string, never a float:
 * `amount` in the invoiced `currency`, `amountCzk` what accounting actually paid.
 */
export const fees = pgTable(
  "fees",
  {
    id: id(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
    year: smallint().notNull(),
    amount: numeric({ precision: 14, scale: 2 }).notNull(),
    currency: text().notNull(),
    amountCzk: numeric({ precision: 14, scale: 2 }),
    dueOn: date({ mode: "string" }),
    invoicedOn: date({ mode: "string" }),
    paidOn: date({ mode: "string" }),
    invoiceNumber: text(),
    budgetItem: text(),
    status: feeStatusEnum().notNull().default("planned"),
    note: text(),
    /** The council decision behind a change of the fee (e.g. a new contribution scale). */
    decisionId: uuid().references(() => councilDecisions.id, { onDelete: "restrict" }),
    demo: boolean().notNull().default(false),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    index("fees_organisation_year_idx").on(t.organisationId, t.year),
    index("fees_year_status_idx").on(t.year, t.status),
    index("fees_due_on_idx").on(t.dueOn),
    index("fees_decision_idx").on(t.decisionId),
    check("fees_amount_check", sql`${t.amount} >= 0`),
    check("fees_amount_czk_check", sql`${t.amountCzk} is null or ${t.amountCzk} >= 0`),
    check("fees_currency_check", sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check("fees_year_check", sql`${t.year} between 1900 and 2200`),
    check("fees_paid_check", sql`${t.status} <> 'paid' or ${t.paidOn} is not null`),
    check("fees_paid_after_invoice_check", sql`${t.paidOn} is null or ${t.invoicedOn} is null or ${t.paidOn} >= ${t.invoicedOn}`),
  ],
);
