import { sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";

/**
 * Totals are summed by Postgres over `numeric` and read as text: never a JS number, never a
 * float. Waived fees cost nothing and are left out. Amounts in different currencies are never
 * added together; CZK is the one figure summed across currencies: each fee's figure from the
 * view `fee_czk` (paid, or estimated at the ČNB rate of its due date, already rounded to the
 * haléř), so a total is exactly the sum of the figures its rows show.
 */

export type YearTotalRow = {
  /** "item": one budget item in one currency; "currency": all items in one currency; "all": CZK paid overall. */
  level: "item" | "currency" | "all";
  budgetItem: string | null;
  currency: string | null;
  amount: string | null;
  prevAmount: string | null;
  amountChange: string | null;
  /** CZK paid plus CZK estimated. */
  czk: string | null;
  czkPaid: string | null;
  czkEstimate: string | null;
  /** Fees in a foreign currency without any ČNB rate on or before their date: not in `czk`. */
  unknownCount: number;
  prevCzk: string | null;
  czkChange: string;
  count: number;
  prevCount: number;
};

type Raw = {
  g: number | string;
  budget_item: string;
  currency: string;
  amount: string | null;
  prev_amount: string | null;
  amount_change: string;
  czk: string | null;
  czk_paid: string | null;
  czk_estimate: string | null;
  unknown_n: number | string;
  prev_czk: string | null;
  czk_change: string;
  n: number | string;
  prev_n: number | string;
};

const LEVEL = { 0: "item", 2: "currency", 3: "all" } as const;

/** A year's totals by budget item and currency, by currency, and CZK overall, against the year before. */
export async function yearTotals(db: Queryable, year: number): Promise<YearTotalRow[]> {
  const result = await db.execute<Raw>(sql`
    with agg as (
      select year, grouping(bi, currency)::int as g, coalesce(bi, '') as bi, coalesce(currency, '') as currency,
        sum(amount) as amount, sum(czk) as czk, sum(czk) filter (where kind = 'paid') as czk_paid,
        sum(czk) filter (where kind = 'estimate') as czk_estimate, count(*) filter (where kind = 'unknown') as unknown_n,
        count(*)::int as n
      from (select f.year, coalesce(f.budget_item, '') as bi, f.currency, f.amount, c.czk, c.kind
            from fees f join fee_czk c on c.fee_id = f.id
            where f.year in (${year}, ${year - 1}) and f.status <> 'waived') f
      group by grouping sets ((year, bi, currency), (year, currency), (year))
    ),
    cur as (select * from agg where year = ${year}),
    prev as (select * from agg where year = ${year - 1})
    select * from (select coalesce(c.g, p.g) as g, coalesce(c.bi, p.bi) as budget_item, coalesce(c.currency, p.currency) as currency,
      c.amount::text as amount, p.amount::text as prev_amount,
      (coalesce(c.amount, 0) - coalesce(p.amount, 0))::text as amount_change,
      c.czk::text as czk, c.czk_paid::text as czk_paid, c.czk_estimate::text as czk_estimate,
      coalesce(c.unknown_n, 0) as unknown_n, p.czk::text as prev_czk,
      (coalesce(c.czk, 0) - coalesce(p.czk, 0))::text as czk_change,
      coalesce(c.n, 0) as n, coalesce(p.n, 0) as prev_n
    from cur c full join prev p on c.g = p.g and c.bi = p.bi and c.currency = p.currency) t
    order by g, budget_item collate czech, currency`);
  return result.rows.map((r) => {
    const level = LEVEL[Number(r.g) as keyof typeof LEVEL];
    const mixed = level === "all"; // the overall row adds up CZK only
    return {
      level,
      budgetItem: level === "item" ? r.budget_item || null : null,
      currency: mixed ? null : r.currency,
      amount: mixed ? null : r.amount,
      prevAmount: mixed ? null : r.prev_amount,
      amountChange: mixed ? null : r.amount_change,
      czk: r.czk,
      czkPaid: r.czk_paid,
      czkEstimate: r.czk_estimate,
      unknownCount: Number(r.unknown_n),
      prevCzk: r.prev_czk,
      czkChange: r.czk_change,
      count: Number(r.n),
      prevCount: Number(r.prev_n),
    };
  });
}

export type OrganisationYearTotal = {
  year: number;
  currency: string | null;
  amount: string | null;
  /** CZK paid plus estimated; `czkPaid` and `czkEstimate` the two parts. */
  czk: string | null;
  czkPaid: string | null;
  czkEstimate: string | null;
};

/** One organisation's totals per year: per currency, and in CZK for the year (currency null). */
export async function organisationYearTotals(db: Queryable, organisationId: string): Promise<OrganisationYearTotal[]> {
  const result = await db.execute<{
    year: number | string; g: number | string; currency: string | null; amount: string | null;
    czk: string | null; czk_paid: string | null; czk_estimate: string | null;
  }>(sql`
    select f.year, grouping(f.currency)::int as g, f.currency, sum(f.amount)::text as amount, sum(c.czk)::text as czk,
      (sum(c.czk) filter (where c.kind = 'paid'))::text as czk_paid,
      (sum(c.czk) filter (where c.kind = 'estimate'))::text as czk_estimate
    from fees f join fee_czk c on c.fee_id = f.id
    where f.organisation_id = ${organisationId}::uuid and f.status <> 'waived'
    group by grouping sets ((f.year, f.currency), (f.year))
    order by f.year desc, g, f.currency`);
  return result.rows.map((r) => {
    const perCurrency = Number(r.g) === 0;
    return {
      year: Number(r.year),
      currency: perCurrency ? r.currency : null,
      amount: perCurrency ? r.amount : null,
      czk: r.czk,
      czkPaid: r.czk_paid,
      czkEstimate: r.czk_estimate,
    };
  });
}
