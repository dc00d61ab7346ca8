import { sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import type { PlanRateSource } from "@/db/schema";
import { todayInPrague } from "@/lib/dates";
import { defineQuery } from "@/lib/queries";
import type { Locale } from "@/lib/i18n/config";
import { uiLocale } from "@/lib/i18n/ui-locale";
import { displayNameSql } from "@/lib/registry/display-name";

/**
 * Next year's budget plan: the fees of a year in their currency and in CZK at the plan's rates,
 * totals per budget item, and the difference against the year before.
 *
 * Every CZK figure comes from SQL: a plan fee's from the view `fee_plan_czk` (planning rate of
 * its year and currency, else the latest ČNB fixing), the year before's from `fee_czk` (paid, or
 * estimated at the ČNB rate of the due date). Each fee's figure is rounded to the haléř once, at
 * the end of its computation, half-up (drizzle/0020_planning_rates.sql); totals are sums of those
 * figures done by Postgres over `numeric` and read as text, never a JS number. Waived fees cost
 * nothing and are left out, as in the fee totals (lib/fees/totals.ts).
 */

/** The plan's year when none is asked for: the one after today's. */
export const defaultPlanYear = () => Number(todayInPrague().slice(0, 4)) + 1;

export type PlanRateUsed = {
  currency: string;
  /** What the plan uses for this currency: a planning rate, the latest ČNB fixing, or nothing. */
  source: "planning" | "cnb" | "none";
  /** Non-waived fees of the plan in this currency. */
  feeCount: number;
  planning: {
    id: string;
    version: number;
    units: number;
    rate: string;
    note: string | null;
    setByName: string | null;
    updatedAt: Date;
  } | null;
  /** The latest ČNB fixing stored (shown beside a planning rate for comparison). */
  cnb: { rate: string; amount: number; validOn: string } | null;
};

export type PlanItem = {
  /** null: fees without a budget item. */
  budgetItem: string | null;
  /** The plan's amounts per currency (never added across currencies). */
  amounts: { currency: string; amount: string }[];
  count: number;
  /** CZK at the plan's rates; fees without any rate are not in it (`unknownCount`). */
  czk: string | null;
  unknownCount: number;
  /** The year before: CZK paid plus estimated (fee_czk). */
  prevCzk: string | null;
  prevCount: number;
  /** czk − prevCzk (a missing side counts 0). */
  change: string;
};

export type PlanFee = {
  id: string;
  organisationId: string;
  organisationName: string;
  budgetItem: string | null;
  amount: string;
  currency: string;
  status: string;
  czk: string | null;
  source: PlanRateSource;
  rate: string | null;
  rateAmount: number | null;
  rateDate: string | null;
};

export type PlanOverview = {
  year: number;
  prevYear: number;
  rates: PlanRateUsed[];
  items: PlanItem[];
  total: Omit<PlanItem, "budgetItem" | "amounts">;
  fees: PlanFee[];
  /** Currencies with a ČNB rate but no planning rate yet: what the "set a rate" form offers. */
  settableCurrencies: string[];
};

type Num = number | string;

/** The non-waived fees of the plan's year with their plan figure. */
const planFees = (year: number, locale: Locale) => sql`
  select f.id, f.organisation_id, ${displayNameSql(locale, "o")} as organisation_name, f.budget_item,
    coalesce(f.budget_item, '') as bi, f.amount, f.currency, f.status, p.czk, p.source, p.rate, p.rate_amount, p.rate_date
  from fees f join organisations o on o.id = f.organisation_id join fee_plan_czk p on p.fee_id = f.id
  where f.year = ${year} and f.status <> 'waived'`;

/** The year before's non-waived fees with their CZK figure (paid or estimated). */
const prevFees = (year: number) => sql`
  select coalesce(f.budget_item, '') as bi, c.czk, c.kind
  from fees f join fee_czk c on c.fee_id = f.id
  where f.year = ${year} and f.status <> 'waived'`;

export async function planOverview(db: Queryable, year: number, locale: Locale): Promise<PlanOverview> {
  const prevYear = year - 1;
  const [items, amounts, totals, rates, fees, settable] = await Promise.all([
    db.execute<{ bi: string; czk: string | null; n: Num; unknown_n: Num; prev_czk: string | null; prev_n: Num; change: string }>(sql`
      with plan as (${planFees(year, locale)}), prev as (${prevFees(prevYear)}),
      pc as (select bi, sum(czk) as czk, count(*) as n, count(*) filter (where source = 'unknown') as unknown_n from plan group by bi),
      pv as (select bi, sum(czk) as czk, count(*) as n from prev group by bi)
      select coalesce(pc.bi, pv.bi) as bi, pc.czk::text as czk, coalesce(pc.n, 0) as n, coalesce(pc.unknown_n, 0) as unknown_n,
        pv.czk::text as prev_czk, coalesce(pv.n, 0) as prev_n, (coalesce(pc.czk, 0) - coalesce(pv.czk, 0))::text as change
      from pc full join pv on pv.bi = pc.bi
      order by (coalesce(pc.bi, pv.bi) = ''), coalesce(pc.bi, pv.bi) collate czech`),
    db.execute<{ bi: string; currency: string; amount: string }>(sql`
      select bi, currency, sum(amount)::text as amount from (${planFees(year, locale)}) plan group by bi, currency order by currency`),
    db.execute<{ czk: string | null; n: Num; unknown_n: Num; prev_czk: string | null; prev_n: Num; change: string }>(sql`
      with pc as (select sum(czk) as czk, count(*) as n, count(*) filter (where source = 'unknown') as unknown_n from (${planFees(year, locale)}) plan),
      pv as (select sum(czk) as czk, count(*) as n from (${prevFees(prevYear)}) prev)
      select pc.czk::text as czk, pc.n, pc.unknown_n, pv.czk::text as prev_czk, pv.n as prev_n,
        (coalesce(pc.czk, 0) - coalesce(pv.czk, 0))::text as change
      from pc, pv`),
    db.execute<{
      currency: string; n: Num; id: string | null; version: Num | null; units: Num | null; rate: string | null; note: string | null;
      set_by: string | null; updated_at: string | Date | null; cnb_rate: string | null; cnb_amount: Num | null; cnb_date: string | null;
    }>(sql`
      with cur as (
        select currency from fees where year = ${year} and status <> 'waived' and currency <> 'CZK'
        union select currency from planning_rates where year = ${year})
      select c.currency,
        (select count(*) from fees f where f.year = ${year} and f.status <> 'waived' and f.currency = c.currency) as n,
        p.id, p.version, p.units, p.rate::text as rate, p.note, u.name as set_by, p.updated_at,
        r.rate::text as cnb_rate, r.amount as cnb_amount, r.rate_date::text as cnb_date
      from cur c
      left join planning_rates p on p.year = ${year} and p.currency = c.currency
      left join users u on u.id = p.set_by_id
      left join lateral rate_valid_on(c.currency, 'infinity'::date) r on true
      order by c.currency`),
    db.execute<{
      id: string; organisation_id: string; organisation_name: string; budget_item: string | null; amount: string; currency: string;
      status: string; czk: string | null; source: PlanRateSource; rate: string | null; rate_amount: Num | null; rate_date: string | null;
    }>(sql`
      select id, organisation_id, organisation_name, budget_item, amount::text as amount, currency, status::text as status,
        czk::text as czk, source, rate::text as rate, rate_amount, rate_date::text as rate_date
      from (${planFees(year, locale)}) plan order by (bi = ''), bi collate czech, organisation_name collate czech, id`),
    db.execute<{ currency: string }>(sql`
      select distinct currency from exchange_rates
      where currency not in (select currency from planning_rates where year = ${year})
      order by currency`),
  ]);

  const amountsOf = new Map<string, { currency: string; amount: string }[]>();
  for (const a of amounts.rows) {
    const list = amountsOf.get(a.bi) ?? [];
    list.push({ currency: a.currency, amount: a.amount });
    amountsOf.set(a.bi, list);
  }
  const t = totals.rows[0]!;
  return {
    year,
    prevYear,
    rates: rates.rows.map((r) => ({
      currency: r.currency,
      source: r.id ? "planning" : r.cnb_rate ? "cnb" : "none",
      feeCount: Number(r.n),
      planning: r.id
        ? {
            id: r.id,
            version: Number(r.version),
            units: Number(r.units),
            rate: r.rate!,
            note: r.note,
            setByName: r.set_by,
            updatedAt: new Date(r.updated_at!),
          }
        : null,
      cnb: r.cnb_rate && r.cnb_date ? { rate: r.cnb_rate, amount: Number(r.cnb_amount), validOn: r.cnb_date } : null,
    })),
    items: items.rows.map((r) => ({
      budgetItem: r.bi || null,
      amounts: amountsOf.get(r.bi) ?? [],
      count: Number(r.n),
      czk: r.czk,
      unknownCount: Number(r.unknown_n),
      prevCzk: r.prev_czk,
      prevCount: Number(r.prev_n),
      change: r.change,
    })),
    total: {
      count: Number(t.n),
      czk: t.czk,
      unknownCount: Number(t.unknown_n),
      prevCzk: t.prev_czk,
      prevCount: Number(t.prev_n),
      change: t.change,
    },
    fees: fees.rows.map((r) => ({
      id: r.id,
      organisationId: r.organisation_id,
      organisationName: r.organisation_name,
      budgetItem: r.budget_item,
      amount: r.amount,
      currency: r.currency,
      status: r.status,
      czk: r.czk,
      source: r.source,
      rate: r.rate,
      rateAmount: r.rate_amount === null ? null : Number(r.rate_amount),
      rateDate: r.rate_date,
    })),
    settableCurrencies: settable.rows.map((r) => r.currency),
  };
}

export const getPlanOverview = defineQuery({
  name: "fees.plan",
  permission: "registry.read",
  run: async (db, { year }: { year: number }) => planOverview(db, year, await uiLocale()),
});
