import { eq, getTableColumns, sql } from "drizzle-orm";
import { feeCzk, fees, organisations } from "@/db/schema";
import type { Column, ExportColumnKey } from "@/lib/exports/columns";
import { inList, yearOf, type ExportKind } from "@/lib/exports/kind";
import { decisionReferenceSql } from "@/lib/council-decisions/sql";
import { recordedMomentSql, recordedRowsSql } from "@/lib/audit-log/recorded-sql";
import { inRecordOn, organisationNameKey, recordedOrganisationNameSql, recordedOrganisationsWith } from "@/lib/organisations/export";
import { feeStatusOnSql } from "./status";
import { displayNameSql } from "@/lib/registry/display-name";

/**
 * The fees export: one column per fee field a person reads, named by the schema's own columns
 * (a renamed or dropped column is a type error here). Fields left out on purpose are listed in
 * NOT_EXPORTED; a test checks that every column of the table is in one list or the other, so a
 * new fee field cannot silently miss the export.
 */
export const FEE_EXPORT_COLUMNS = [
  { key: "organisation", type: "text" },
  { key: "year", type: "integer" },
  { key: "amount", type: "money" },
  { key: "currency", type: "text" },
  { key: "amountCzk", type: "money" },
  // THE CZK figure (view fee_czk): paid, or estimated at the ČNB rate named with its date.
  { key: "czk", type: "money" },
  { key: "czkKind", type: "enum", enum: "feeCzkKind" },
  { key: "cnbRate", type: "rate" },
  { key: "cnbRateAmount", type: "integer" },
  { key: "cnbRateDate", type: "date" },
  { key: "dueOn", type: "date" },
  { key: "invoicedOn", type: "date" },
  { key: "paidOn", type: "date" },
  { key: "invoiceNumber", type: "text" },
  { key: "budgetItem", type: "text" },
  { key: "feeStatus", type: "enum", enum: "feeStatus" },
  { key: "note", type: "text" },
  { key: "councilDecision", type: "text" },
  { key: "demo", type: "boolean" },
] as const satisfies readonly Column<ExportColumnKey>[];

/** Fee fields the export leaves out: keys and bookkeeping, or shown under another column. */
export const FEE_FIELDS_NOT_EXPORTED = ["id", "organisationId", "status", "decisionId", "version", "createdAt", "updatedAt"] as const;

const f = getTableColumns(fees);

export const feesExport: ExportKind = {
  id: "fees",
  keyCount: 3,
  columns: FEE_EXPORT_COLUMNS,
  // The status is the one "status on a day" rule of fees (overdue is derived, never stored).
  // within: fee ids.
  // As recorded on a day (transaction time): the fee rows replayed from the audit trail. The CZK
  // figure and its ČNB rate are derived (view fee_czk, from today's rates), not recorded, so that
  // file leaves them empty; the CZK actually paid (amountCzk) is recorded and stays.
  select: ({ date, year, within, locale, ...p }) => p.recordedOn && !within ? sql`${recordedOrganisationsWith({ ...p, date, locale, recordedOn: p.recordedOn })},
    rf as (select r.id, r.row, r.predates, (r.row ->> 'organisationId')::uuid as organisation_id, (r.row ->> 'year')::int as year
      from (${recordedRowsSql("fee", recordedMomentSql({ ...p, recordedOn: p.recordedOn }))}) r)
    select ${recordedOrganisationNameSql(locale)} as "organisation", rf.year as "year",
      rf.row ->> 'amount' as "amount", rf.row ->> 'currency' as "currency", rf.row ->> 'amountCzk' as "amountCzk",
      null::text as "czk", null::text as "czkKind", null::text as "cnbRate", null::int as "cnbRateAmount", null::text as "cnbRateDate",
      rf.row ->> 'dueOn' as "dueOn", rf.row ->> 'invoicedOn' as "invoicedOn", rf.row ->> 'paidOn' as "paidOn",
      rf.row ->> 'invoiceNumber' as "invoiceNumber", rf.row ->> 'budgetItem' as "budgetItem",
      ${feeStatusOnSql(date, sql`(rf.row ->> 'status')`, sql`(rf.row ->> 'dueOn')::date`)} as "feeStatus",
      rf.row ->> 'note' as "note", ${decisionReferenceSql(sql`(rf.row ->> 'decisionId')::uuid`)} as "councilDecision",
      coalesce((rf.row ->> 'demo')::boolean, false) as "demo", rf.predates as _p,
      rf.year as _k0, ${organisationNameKey(recordedOrganisationNameSql(locale))} as _k1, rf.id as _k2
    from rf left join ro on ro.id = rf.organisation_id left join organisations o on o.id = rf.organisation_id
    where ${year === undefined ? sql`rf.year <= ${yearOf(date)}` : sql`rf.year = ${year}`} and ${inRecordOn("rf.organisation_id", date, sql.raw("rp"))}` : sql`select ${displayNameSql(locale, organisations)} as "organisation", ${f.year} as "year",
      ${f.amount}::text as "amount", ${f.currency} as "currency", ${f.amountCzk}::text as "amountCzk",
      ${feeCzk.czk}::text as "czk", ${feeCzk.kind} as "czkKind", ${feeCzk.rate}::text as "cnbRate",
      ${feeCzk.rateAmount} as "cnbRateAmount", ${feeCzk.rateDate}::text as "cnbRateDate",
      ${f.dueOn}::text as "dueOn", ${f.invoicedOn}::text as "invoicedOn", ${f.paidOn}::text as "paidOn",
      ${f.invoiceNumber} as "invoiceNumber", ${f.budgetItem} as "budgetItem",
      ${feeStatusOnSql(date)} as "feeStatus",
      ${f.note} as "note", ${decisionReferenceSql(sql`${f.decisionId}`)} as "councilDecision", ${f.demo} as "demo",
      ${f.year} as _k0, ${organisationNameKey(displayNameSql(locale, organisations))} as _k1, ${f.id}::text as _k2
    from ${fees} join ${organisations} on ${eq(organisations.id, f.organisationId)}
      join ${feeCzk} on ${eq(feeCzk.feeId, f.id)}
    where ${within ? sql`true${inList(f.id, within)}` : sql`${year === undefined ? sql`${f.year} <= ${yearOf(date)}` : sql`${f.year} = ${year}`} and ${inRecordOn(f.organisationId, date)}`}`,
};
