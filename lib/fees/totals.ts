import { sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";

/**
 * Totals are summed by Postgres over `numeric` and read as text: never a JS number, never a
 * float. Waived fees cost nothing and are left out. Amounts in different currencies are never
 * added together; CZK paid (from accounting) is the one figure summed across currencies.
 */

export type YearTotalRow = {
  /** "item": one budget item in one currency; "currency": all items in one currency; "all": CZK paid overall. */
  level: "item" | "currency" | "all";
  budgetItem: string | null;
  currency: string | null;
  amount: string | null;
  prevAmount: string | null;
  amountChange: string | null;
  czk: string | null;
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
        sum(amount) as amount, sum(amount_czk) as czk, count(*)::int as n
      from (select year, coalesce(budget_item, '') as bi, currency, amount, amount_czk
            from fees where year in (${year}, ${year - 1}) and status <> 'waived') f
      group by grouping sets ((year, bi, currency), (year, currency), (year))
    ),
    cur as (select * from agg where year = ${year}),
    prev as (select * from agg where year = ${year - 1})
    select * from (select coalesce(c.g, p.g) as g, coalesce(c.bi, p.bi) as budget_item, coalesce(c.currency, p.currency) as currency,
      c.amount::text as amount, p.amount::text as prev_amount,
      (coalesce(c.amount, 0) - coalesce(p.amount, 0))::text as amount_change,
      c.czk::text as czk, p.czk::text as prev_czk,
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
      prevCzk: r.prev_czk,
      czkChange: r.czk_change,
      count: Number(r.n),
      prevCount: Number(r.prev_n),
    };
  });
}

export type OrganisationYearTotal = { year: number; currency: string | null; amount: string | null; czk: string | null };

/** One organisation's totals per year: per currency, and CZK paid for the year (currency null). */
export async function organisationYearTotals(db: Queryable, organisationId: string): Promise<OrganisationYearTotal[]> {
  const result = await db.execute<{ year: number | string; g: number | string; currency: string | null; amount: string | null; czk: string | null }>(sql`
    select year, grouping(currency)::int as g, currency, sum(amount)::text as amount, sum(amount_czk)::text as czk
    from fees where organisation_id = ${organisationId}::uuid and status <> 'waived'
    group by grouping sets ((year, currency), (year))
    order by year desc, g, currency`);
  return result.rows.map((r) => {
    const perCurrency = Number(r.g) === 0;
    return {
      year: Number(r.year),
      currency: perCurrency ? r.currency : null,
      amount: perCurrency ? r.amount : null,
      czk: r.czk,
    };
  });
}
