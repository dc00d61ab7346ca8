import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PlanningRateForm, RemovePlanningRateForm } from "@/components/fees/planning-rate-form";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/guard";
import { defaultPlanYear, getPlanOverview, type PlanItem, type PlanRateUsed } from "@/lib/fees/plan";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatDateTime, formatMoney } from "@/lib/i18n/format";
import { can } from "@/lib/permissions";
import { formatCnbRate } from "@/lib/rates/format";

type SearchParams = Promise<{ year?: string; edit?: string }>;

const planYear = (v: string | undefined) => (v && /^\d{4}$/.test(v) && Number(v) >= 1901 && Number(v) <= 2200 ? Number(v) : defaultPlanYear());

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const t = await getTranslations("fees.planPage");
  return { title: t("title", { year: planYear((await searchParams).year) }) };
}

/**
 * Next year's budget plan in CZK (docs/ARCHITECTURE.md, "Formats and languages"): the rates it
 * uses with their source, totals per budget item against the year before, and the planned fees.
 * Coordinators and admins set planning rates here; the finance department gets the XLSX.
 */
export default async function FeePlanPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("registry.read", "/fees/plan");
  const params = await searchParams;
  const year = planYear(params.year);
  const [t, tc, locale, plan] = await Promise.all([
    getTranslations("fees.planPage"),
    getTranslations("czk"),
    getLocale() as Promise<Locale>,
    getPlanOverview(actor, { year }),
  ]);
  const prev = plan.prevYear;
  const editable = can(actor.role, "registry.write");
  const money = (v: string | null) => (v === null ? "—" : formatMoney(v, "CZK", locale));
  const editing = editable && params.edit ? plan.rates.find((r) => r.currency === params.edit && r.planning) ?? null : null;

  const sourceText = (r: PlanRateUsed) =>
    r.planning
      ? r.planning.setByName
        ? t("sourcePlanningBy", { name: r.planning.setByName, date: formatDateTime(r.planning.updatedAt, locale) })
        : t("sourcePlanning")
      : r.cnb
        ? t("sourceCnb", { date: formatDate(r.cnb.validOn, locale) })
        : t("sourceNone");
  const usedRate = (r: PlanRateUsed) =>
    r.planning
      ? t("rateValue", { rate: formatCnbRate(r.planning.rate, locale), amount: r.planning.units, currency: r.currency })
      : r.cnb
        ? t("rateValue", { rate: formatCnbRate(r.cnb.rate, locale), amount: r.cnb.amount, currency: r.currency })
        : "—";
  const itemLabel = (i: Pick<PlanItem, "budgetItem">) => i.budgetItem ?? t("noItem");

  return (
    <>
      <PageHeader
        title={t("title", { year })}
        description={t("description", { year, prev })}
        actions={
          can(actor.role, "records.export") ? (
            // A plain link, not next/link: a download must never be prefetched (it is audited).
            <a href={`/exports/feePlan?format=xlsx&year=${year}`} className={buttonClass("secondary")} data-testid="plan-export">{t("export")}</a>
          ) : null
        }
      />

      <div className="mb-6 flex flex-wrap items-end gap-4 rounded border border-slate-300 bg-white p-4">
        <form method="get" className="flex items-end gap-2">
          <div>
            <label htmlFor="plan-year" className="mb-1 block font-semibold text-slate-900">{t("yearLabel")}</label>
            <input id="plan-year" name="year" type="number" min={1901} max={2200} defaultValue={year} className="w-28 rounded border border-slate-600 px-3 py-2" />
          </div>
          <button type="submit" className={buttonClass("secondary")}>{t("show")}</button>
        </form>
        <nav aria-label={t("yearNav")} className="flex flex-wrap gap-3">
          <Link href={`/fees/plan?year=${year - 1}`} className="text-blue-900 underline">← {year - 1}</Link>
          <Link href={`/fees/plan?year=${year + 1}`} className="text-blue-900 underline">{year + 1} →</Link>
          <Link href={`/fees?year=${year}`} className="text-blue-900 underline">{t("back")}</Link>
        </nav>
      </div>

      <section aria-labelledby="plan-rates" className="mb-8">
        <h2 id="plan-rates" className="mb-2 text-xl font-bold text-slate-900">{t("ratesTitle")}</h2>
        <p className="mb-3 max-w-3xl text-slate-800">
          {t("ratesNote", { year })} <Link href="/fees/rates" className="text-blue-900 underline">{tc("ratesLink")}</Link>
        </p>
        {plan.rates.length === 0 ? (
          <p className="mb-3 text-slate-800">{t("noForeign")}</p>
        ) : (
          <Table caption={t("ratesTitle")} captionHidden>
            <thead>
              <tr>
                <Th>{t("currency")}</Th>
                <Th className="text-right">{t("feeCount")}</Th>
                <Th>{t("used")}</Th>
                <Th>{t("source")}</Th>
                <Th>{t("cnbLatest")}</Th>
                {editable ? <Th>{t("actions")}</Th> : null}
              </tr>
            </thead>
            <tbody>
              {plan.rates.map((r) => (
                <tr key={r.currency} data-testid={`plan-rate-${r.currency}`}>
                  <Th scope="row" className="bg-white">{r.currency}</Th>
                  <Td className="text-right tabular-nums">{r.feeCount}</Td>
                  <Td className="tabular-nums" data-testid={`plan-rate-used-${r.currency}`}>{usedRate(r)}</Td>
                  <Td data-testid={`plan-rate-source-${r.currency}`}>
                    {sourceText(r)}
                    {r.planning?.note ? <span className="block text-xs text-slate-800">{r.planning.note}</span> : null}
                  </Td>
                  <Td className="tabular-nums">
                    {r.cnb ? `${t("rateValue", { rate: formatCnbRate(r.cnb.rate, locale), amount: r.cnb.amount, currency: r.currency })} (${formatDate(r.cnb.validOn, locale)})` : "—"}
                  </Td>
                  {editable ? (
                    <Td>
                      {r.planning ? (
                        <div className="flex flex-wrap items-center gap-3">
                          <Link href={`/fees/plan?year=${year}&edit=${r.currency}#plan-rate-form`} className="text-blue-900 underline" aria-label={t("editLabel", { currency: r.currency })}>
                            {t("edit")}
                          </Link>
                          <RemovePlanningRateForm id={r.planning.id} version={r.planning.version} currency={r.currency} />
                        </div>
                      ) : null}
                    </Td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </Table>
        )}

        {editable ? (
          <div className="mt-4 rounded border border-slate-300 bg-white p-4">
            <h3 id="plan-rate-form" className="mb-3 text-lg font-bold text-slate-900">
              {editing ? t("formEditTitle", { currency: editing.currency }) : t("formTitle")}
            </h3>
            <PlanningRateForm
              key={editing ? `${editing.currency}-${editing.planning!.version}` : "new"}
              year={year}
              currencies={[...new Set([...plan.rates.filter((r) => !r.planning).map((r) => r.currency), ...plan.settableCurrencies])].sort()}
              existing={editing?.planning ? { currency: editing.currency, units: editing.planning.units, rate: editing.planning.rate, note: editing.planning.note, version: editing.planning.version } : null}
              decimalComma={locale === "cs"}
            />
            {editing ? <p className="mt-3"><Link href={`/fees/plan?year=${year}#plan-rates`} className="text-blue-900 underline">{t("formCancel")}</Link></p> : null}
          </div>
        ) : null}
      </section>

      <section aria-labelledby="plan-items" className="mb-8">
        <h2 id="plan-items" className="mb-2 text-xl font-bold text-slate-900">{t("itemsTitle")}</h2>
        <p className="mb-3 max-w-3xl text-slate-800">{t("rule", { prev })} {tc("source")}.</p>
        <Table caption={t("itemsCaption", { year, prev })}>
          <thead>
            <tr>
              <Th>{t("budgetItem")}</Th>
              <Th>{t("amounts")}</Th>
              <Th className="text-right">{t("planCzk", { year })}</Th>
              <Th className="text-right">{t("prevCzk", { prev })}</Th>
              <Th className="text-right">{t("change")}</Th>
            </tr>
          </thead>
          <tbody>
            {plan.items.map((i) => (
              <tr key={i.budgetItem ?? ""} data-testid="plan-item">
                <Th scope="row" className="bg-white">{itemLabel(i)}</Th>
                <Td className="tabular-nums">
                  {i.amounts.length === 0 ? "—" : i.amounts.map((a) => <span key={a.currency} className="block whitespace-nowrap">{formatMoney(a.amount, a.currency, locale)}</span>)}
                </Td>
                <Td className="text-right tabular-nums">
                  <span className="whitespace-nowrap" data-testid="plan-item-czk">{money(i.czk)}</span>
                  {i.unknownCount > 0 ? <span className="block text-xs text-slate-800">{t("unknown", { count: i.unknownCount })}</span> : null}
                </Td>
                <Td className="whitespace-nowrap text-right tabular-nums">{money(i.prevCzk)}</Td>
                <Td className="whitespace-nowrap text-right tabular-nums">{money(i.change)}</Td>
              </tr>
            ))}
            <tr className="font-semibold">
              <Th scope="row" className="bg-white">{t("total")}</Th>
              <Td />
              <Td className="text-right tabular-nums">
                <span className="whitespace-nowrap" data-testid="plan-total-czk">{money(plan.total.czk)}</span>
                {plan.total.unknownCount > 0 ? <span className="block text-xs font-normal text-slate-800">{t("unknown", { count: plan.total.unknownCount })}</span> : null}
              </Td>
              <Td className="whitespace-nowrap text-right tabular-nums" data-testid="plan-prev-czk">{money(plan.total.prevCzk)}</Td>
              <Td className="whitespace-nowrap text-right tabular-nums" data-testid="plan-change-czk">{money(plan.total.change)}</Td>
            </tr>
          </tbody>
        </Table>
      </section>

      <section aria-labelledby="plan-fees" className="mb-8">
        <h2 id="plan-fees" className="mb-2 text-xl font-bold text-slate-900">{t("feesTitle", { year })}</h2>
        {plan.fees.length === 0 ? (
          <p className="rounded border border-dashed border-slate-400 bg-white p-4 text-slate-800">{t("noFees", { year, prev })}</p>
        ) : (
          <Table caption={t("feesCaption", { year })} captionHidden>
            <thead>
              <tr>
                <Th>{t("organisation")}</Th>
                <Th>{t("budgetItem")}</Th>
                <Th className="text-right">{t("amount")}</Th>
                <Th className="text-right">{t("czk")}</Th>
                <Th>{t("rate")}</Th>
              </tr>
            </thead>
            <tbody>
              {plan.fees.map((f) => (
                <tr key={f.id}>
                  <Td><Link href={`/organizations/${f.organisationId}#fees`} className="text-blue-900 underline">{f.organisationName}</Link></Td>
                  <Td>{f.budgetItem ?? "—"}</Td>
                  <Td className="whitespace-nowrap text-right tabular-nums">{formatMoney(f.amount, f.currency, locale)}</Td>
                  <Td className="whitespace-nowrap text-right tabular-nums">{money(f.czk)}</Td>
                  <Td className="text-xs">
                    {f.source === "czk"
                      ? "—"
                      : f.rate && f.rateAmount
                        ? `${t("rateValue", { rate: formatCnbRate(f.rate, locale), amount: f.rateAmount, currency: f.currency })} · ${f.source === "planning" ? t("sourcePlanning") : t("sourceCnb", { date: f.rateDate ? formatDate(f.rateDate, locale) : "—" })}`
                        : t("sourceNone")}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>
    </>
  );
}
