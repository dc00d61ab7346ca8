import { sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { FILE_MESSAGES, type Column, type ExportColumnKey } from "@/lib/exports/columns";
import { yearOf, type ExportKind, type ExportParams } from "@/lib/exports/kind";
import type { CoverLine } from "@/lib/exports/xlsx";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/money";
import { formatCnbRate } from "@/lib/rates/format";
import { planOverview } from "./plan";
import { displayNameSql } from "@/lib/registry/display-name";

/**
 * The budget plan for the finance department (XLSX or CSV through the export engine, so it is
 * permission-checked, audited and streamed like every export): one line per planned fee with its
 * CZK at the plan's rate, then one total line per budget item with the year before's CZK and the
 * difference, then the grand total. The figures are the page's (lib/fees/plan.ts): the same views
 * `fee_plan_czk` and `fee_czk`, summed by Postgres.
 */
export const FEE_PLAN_EXPORT_COLUMNS = [
  { key: "planLine", type: "enum", enum: "planLine" },
  { key: "budgetItem", type: "text" },
  { key: "organisation", type: "text" },
  { key: "year", type: "integer" },
  { key: "amount", type: "money" },
  { key: "currency", type: "text" },
  { key: "planRate", type: "rate" },
  { key: "planRateAmount", type: "integer" },
  { key: "planRateSource", type: "enum", enum: "planRateSource" },
  { key: "planRateDate", type: "date" },
  { key: "planCzk", type: "money" },
  { key: "prevCzk", type: "money" },
  { key: "czkChange", type: "money" },
] as const satisfies readonly Column<ExportColumnKey>[];

/** The plan's year: the one asked for, else the year after the export's day. */
export const planYearOf = (p: ExportParams) => p.year ?? yearOf(p.date) + 1;

export const feePlanExport: ExportKind = {
  id: "feePlan",
  keyCount: 5,
  columns: FEE_PLAN_EXPORT_COLUMNS,
  // Sort keys: group (0 budget items, 1 fees without one, 2 the grand total), budget item, line
  // (0 fee, 1 the item's total), organisation, fee id ('' on totals; unique with the rest).
  select: (p) => {
    const year = planYearOf(p);
    return sql`with plan as (
        select f.id, coalesce(f.budget_item, '') as bi, ${displayNameSql(p.locale, "o")} as org, f.year, f.amount, f.currency,
          p.czk, p.source, p.rate, p.rate_amount, p.rate_date
        from fees f join organisations o on o.id = f.organisation_id join fee_plan_czk p on p.fee_id = f.id
        where f.year = ${year}::int and f.status <> 'waived'),
      prev as (
        select coalesce(f.budget_item, '') as bi, c.czk from fees f join fee_czk c on c.fee_id = f.id
        where f.year = ${year - 1}::int and f.status <> 'waived'),
      pc as (select bi, sum(czk) as czk from plan group by bi),
      pv as (select bi, sum(czk) as czk from prev group by bi)
      select 'fee' as "planLine", nullif(bi, '') as "budgetItem", org as "organisation", year as "year",
        amount::text as "amount", currency as "currency", rate::text as "planRate", rate_amount as "planRateAmount",
        source as "planRateSource", rate_date::text as "planRateDate", czk::text as "planCzk",
        null::text as "prevCzk", null::text as "czkChange",
        (case when bi = '' then 1 else 0 end) as _k0, bi collate "czech" as _k1, 0 as _k2, org collate "czech" as _k3, id::text as _k4
      from plan
      union all
      select 'item', nullif(coalesce(pc.bi, pv.bi), ''), null, ${year}::int, null, null, null, null, null, null,
        pc.czk::text, pv.czk::text, (coalesce(pc.czk, 0) - coalesce(pv.czk, 0))::text,
        (case when coalesce(pc.bi, pv.bi) = '' then 1 else 0 end), coalesce(pc.bi, pv.bi) collate "czech", 1, '' collate "czech", ''
      from pc full join pv on pv.bi = pc.bi
      union all
      select 'total', null, null, ${year}::int, null, null, null, null, null, null,
        (select sum(czk) from plan)::text, (select sum(czk) from prev)::text,
        (coalesce((select sum(czk) from plan), 0) - coalesce((select sum(czk) from prev), 0))::text,
        2, '' collate "czech", 2, '' collate "czech", ''`;
  },
  cover: async (db, p) => planCover(db, planYearOf(p), p.locale),
};

/** The cover's lines: the plan's year, the year it is compared with, and every rate with its source. */
export async function planCover(db: Queryable, year: number, locale: Locale): Promise<CoverLine[]> {
  const c = FILE_MESSAGES[locale].fees.planPage.cover;
  const plan = await planOverview(db, year, locale);
  const rates = plan.rates.map((r) => {
    if (r.planning) {
      const by = r.planning.setByName ? `, ${c.setBy} ${r.planning.setByName}` : "";
      const note = r.planning.note ? ` (${r.planning.note})` : "";
      return `${r.currency}: ${formatCnbRate(r.planning.rate, locale)} ${c.czkPer.replace("{units}", String(r.planning.units)).replace("{currency}", r.currency)} – ${c.planning}${by}${note}`;
    }
    if (r.cnb) {
      return `${r.currency}: ${formatCnbRate(r.cnb.rate, locale)} ${c.czkPer.replace("{units}", String(r.cnb.amount)).replace("{currency}", r.currency)} – ${c.cnb} ${formatDate(r.cnb.validOn, locale)}`;
    }
    return `${r.currency}: ${c.noRate}`;
  });
  return [
    [c.planYear, String(year)],
    [c.compared, c.comparedValue.replace("{prev}", String(plan.prevYear))],
    [c.rates, rates.length > 0 ? rates.join("; ") : c.noForeign],
    [c.source, c.sourceValue],
    [c.total, plan.total.czk === null ? "—" : formatMoney(plan.total.czk, "CZK", locale)],
    [c.rule, c.ruleValue],
  ];
}
