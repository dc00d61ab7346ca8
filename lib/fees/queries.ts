import "server-only";
import { and, asc, count, desc, eq, inArray, isNotNull, lte, sql, type SQL } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { feeCzk, fees, organisations } from "@/db/schema";
import { feeStatusEnum } from "@/db/schema/enums";
import { addDays, todayInPrague, type IsoDate } from "@/lib/dates";
import { defineQuery } from "@/lib/queries";
import { z } from "@/lib/validation";
import { cursorParams, defineKeyset, keyPart, type Cursor } from "@/lib/lists/keyset";
import { effectiveRateSql, feeStatusOnSql, OPEN_STATUSES } from "./status";
import { organisationYearTotals, yearTotals } from "./totals";
import type { Locale } from "@/lib/i18n/config";
import { uiLocale } from "@/lib/i18n/ui-locale";
import { displayNameSql, fullLabelSql } from "@/lib/registry/display-name";

export const OVERVIEW_PAGE_SIZE = 50;
export const ORGANISATION_FEES_SHOWN = 20;
/** How far ahead the home page warns of a due date. */
export const DUE_SOON_DAYS = 30;

const organisationLabel = (locale: Locale) => fullLabelSql(locale, organisations);

/** The columns every fee list shows; amounts stay numeric strings. */
function feeColumns(today: IsoDate, locale: Locale) {
  return {
    id: fees.id,
    organisationId: fees.organisationId,
    organisationName: organisationLabel(locale),
    year: fees.year,
    amount: fees.amount,
    currency: fees.currency,
    amountCzk: fees.amountCzk,
    effectiveRate: effectiveRateSql,
    /** THE CZK figure (view fee_czk): paid, estimated ("odhad") at the ČNB rate, or 0 when waived. */
    czk: feeCzk.czk,
    czkKind: feeCzk.kind,
    /** The ČNB rate behind it: of the paid date (paid) or the due date (estimate); null for CZK. */
    cnbRate: feeCzk.rate,
    cnbRateAmount: feeCzk.rateAmount,
    cnbRateDate: feeCzk.rateDate,
    dueOn: fees.dueOn,
    invoicedOn: fees.invoicedOn,
    paidOn: fees.paidOn,
    invoiceNumber: fees.invoiceNumber,
    budgetItem: fees.budgetItem,
    status: fees.status,
    displayStatus: feeStatusOnSql(today),
    note: fees.note,
    demo: fees.demo,
  };
}

export type FeeListRow = Awaited<ReturnType<typeof selectFees<Record<never, SQL>>>>[number];

/** The fee lists' select, joined for the label and the CZK; `extra` adds columns (a list's keyset key). */
function selectFees<X extends Record<string, SQL> = Record<never, SQL>>(db: Queryable, today: IsoDate, locale: Locale, extra?: X) {
  return db
    .select({ ...feeColumns(today, locale), ...(extra as X) })
    .from(fees)
    .innerJoin(organisations, eq(organisations.id, fees.organisationId))
    .innerJoin(feeCzk, eq(feeCzk.feeId, fees.id));
}

/** The overview's year from the URL: anything outside the registry's range falls back to this year. */
export function feeListYear(value: string | undefined): number {
  const n = value && /^\d{4}$/.test(value) ? Number(value) : NaN;
  return n >= 1901 && n <= 2200 ? n : Number(todayInPrague().slice(0, 4));
}

/** The overview's optional narrowing, as it lives in the URL (a dashboard figure links with it). */
export const feeFilterSchema = z.object({
  organisation: z.uuid().optional().catch(undefined),
  status: z.enum(feeStatusEnum.enumValues).optional().catch(undefined),
});
export type FeeFilter = z.output<typeof feeFilterSchema>;

/** The overview's filter: THE definition the list and its export share. */
const feesOfYear = (year: number, filter: FeeFilter = {}) =>
  and(
    eq(fees.year, year),
    filter.organisation ? eq(fees.organisationId, filter.organisation) : undefined,
    filter.status ? eq(fees.status, filter.status) : undefined,
  );

/** The ids of every fee the overview lists for the year (all pages), as a subquery for exports. */
export function feeListIds(year: number, filter: FeeFilter = {}): SQL {
  return sql`select ${fees.id} from ${fees} where ${feesOfYear(year, filter)}`;
}

/**
 * The overview's order (organisation by its label in Czech order, due date with the undated last,
 * created, id) and its keyset pages (lib/lists/keyset.ts). The label depends on the language, so
 * the key is made per locale.
 */
export function feesKeyset(locale: Locale) {
  return defineKeyset(
    [
      { expr: sql`${organisationLabel(locale)} collate czech`, type: "text" },
      { expr: sql`coalesce(${fees.dueOn}, 'infinity'::date)`, type: "date" },
      { expr: fees.createdAt, type: "timestamptz" },
      { expr: fees.id, type: "uuid" },
    ],
    [keyPart.text(1000), keyPart.dateOrInfinity(), keyPart.timestamp(), keyPart.uuid()],
  );
}

/** The overview's cursors as they live in the URL. */
export const feeCursorSchema = z.object(cursorParams);

/**
 * The fees overview for one year: every fee (paged by keyset, docs/ARCHITECTURE.md "Lists"; a
 * bare `page` by OFFSET), totals and the change against the year before. The count is exact: it
 * is bounded by one year's fees (one or a few per member organisation).
 */
export const getFeesOverview = defineQuery({
  name: "fees.overview",
  permission: "registry.read",
  run: async (
    db,
    {
      year,
      page = 1,
      today = todayInPrague(),
      after,
      before,
      ...filter
    }: { year: number; page?: number; today?: IsoDate } & Cursor & FeeFilter,
  ) => {
    const where = feesOfYear(year, filter);
    const locale = await uiLocale();
    const keyset = feesKeyset(locale);
    const read = keyset.page({ after, before }, page, OVERVIEW_PAGE_SIZE);
    const [found, [total], totals] = await Promise.all([
      selectFees(db, today, locale, { listKey: keyset.keySql })
        .where(and(where, read.where))
        .orderBy(...read.orderBy)
        .limit(read.limit)
        .offset(read.offset),
      // The listed fees' own sum (all pages): what a dashboard figure linking here must equal.
      db
        .select({ n: count(), paidCzk: sql<string>`coalesce(sum(${fees.amountCzk}) filter (where ${fees.status} = 'paid'), 0)::text` })
        .from(fees)
        .where(where),
      yearTotals(db, year),
    ]);
    const { rows, keys } = keyset.finish(found, read, OVERVIEW_PAGE_SIZE);
    return {
      year,
      filter,
      page,
      pageSize: OVERVIEW_PAGE_SIZE,
      total: total?.n ?? 0,
      paidCzk: total?.paidCzk ?? "0",
      rows,
      keys,
      totals,
      today,
    };
  },
});

/** Unpaid fees already overdue or due within DUE_SOON_DAYS, soonest first (the home page). */
export const getFeeDeadlines = defineQuery({
  name: "fees.deadlines",
  permission: "registry.read",
  run: async (db, { today = todayInPrague(), limit = 20 }: { today?: IsoDate; limit?: number }) => {
    const horizon = addDays(today, DUE_SOON_DAYS);
    const where = and(inArray(fees.status, [...OPEN_STATUSES]), isNotNull(fees.dueOn), lte(fees.dueOn, horizon));
    const locale = await uiLocale();
    const [rows, [counts]] = await Promise.all([
      selectFees(db, today, locale).where(where).orderBy(asc(fees.dueOn), sql`${organisationLabel(locale)} collate czech`).limit(limit),
      db
        .select({
          overdue: sql<number>`count(*) filter (where ${feeStatusOnSql(today)} = 'overdue')`.mapWith(Number),
          dueSoon: sql<number>`count(*) filter (where ${feeStatusOnSql(today)} <> 'overdue')`.mapWith(Number),
        })
        .from(fees)
        .where(where),
    ]);
    return { today, horizon, rows, overdue: counts?.overdue ?? 0, dueSoon: counts?.dueSoon ?? 0 };
  },
});

/** The bare row with its version, for the edit form (editors only). */
export const getFeeForEdit = defineQuery({
  name: "fees.getForEdit",
  permission: "registry.write",
  run: async (db, { id }: { id: string }) => {
    const [row] = await db
      .select({ fee: fees, organisationName: organisationLabel(await uiLocale()) })
      .from(fees)
      .innerJoin(organisations, eq(organisations.id, fees.organisationId))
      .where(eq(fees.id, id));
    return row ?? null;
  },
});

/** Organisations to choose from in the new-fee form. */
export const listFeeOrganisations = defineQuery({
  name: "fees.organisations",
  permission: "registry.write",
  run: async (db, _input: void) => {
    const locale = await uiLocale();
    return db
      .select({ id: organisations.id, name: organisationLabel(locale) })
      .from(organisations)
      .orderBy(sql`${displayNameSql(locale, organisations)} collate czech`);
  },
});

/**
 * One organisation's fees by year with the year's totals, for its page. Called inside the
 * organisation query (lib/organisations/queries.ts), which has checked the permission.
 */
/**
 * The organisation page's fees: the latest ORGANISATION_FEES_SHOWN, how many there are in all,
 * and the totals per year (one row per year and currency), each year linking to its full list.
 */
export async function organisationFees(db: Queryable, organisationId: string, today: IsoDate = todayInPrague()) {
  const [rows, [all], totals] = await Promise.all([
    selectFees(db, today, await uiLocale())
      .where(eq(fees.organisationId, organisationId))
      .orderBy(desc(fees.year), asc(fees.dueOn), asc(fees.createdAt))
      .limit(ORGANISATION_FEES_SHOWN),
    db.select({ n: count() }).from(fees).where(eq(fees.organisationId, organisationId)),
    organisationYearTotals(db, organisationId),
  ]);
  return { rows, count: all?.n ?? 0, totals };
}

export type OrganisationFees = Awaited<ReturnType<typeof organisationFees>>;
