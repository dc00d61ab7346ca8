import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { FeeTable } from "@/components/fees/fee-table";
import { FeeTotalsTable } from "@/components/fees/totals-table";
import { PlanNextYearForm } from "@/components/fees/plan-form";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { StatusMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, pageFromSearchParam } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/guard";
import { exportHrefForList } from "@/lib/exports/lists";
import { feeCursorSchema, feeFilterSchema, feeListYear, getFeesOverview } from "@/lib/fees/queries";
import { pageLinkParams } from "@/lib/lists/keyset";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/i18n/format";
import { can } from "@/lib/permissions";

type SearchParams = Promise<{
  year?: string;
  page?: string;
  planned?: string;
  organisation?: string;
  status?: string;
  after?: string;
  before?: string;
}>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const t = await getTranslations("fees");
  return { title: t("overviewTitle", { year: feeListYear((await searchParams).year) }) };
}

export default async function FeesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("registry.read");
  const params = await searchParams;
  const year = feeListYear(params.year);
  const page = pageFromSearchParam(params.page);
  const filter = feeFilterSchema.parse(params);
  const cursor = feeCursorSchema.parse(params);
  const [t, tx, tc, tf, te, overview, locale] = await Promise.all([
    getTranslations("fees"),
    getTranslations("audit.exports.fromList"),
    getTranslations("czk"),
    getTranslations("figureLists"),
    getTranslations("enums"),
    getFeesOverview(actor, { year, page, ...cursor, ...filter }),
    getLocale() as Promise<Locale>,
  ]);
  const filterQuery = (y: number) => {
    const q = new URLSearchParams({ year: String(y) });
    if (filter.organisation) q.set("organisation", filter.organisation);
    if (filter.status) q.set("status", filter.status);
    return q.toString();
  };
  const filtered = Boolean(filter.organisation || filter.status);
  const filteredName = filter.organisation ? overview.rows[0]?.organisationName ?? "" : null;
  const editable = can(actor.role, "registry.write");
  const planned = params.planned && /^\d{1,5}$/.test(params.planned) ? Number(params.planned) : null;
  const pageCount = Math.max(1, Math.ceil(overview.total / overview.pageSize));

  return (
    <>
      <PageHeader
        title={t("overviewTitle", { year })}
        description={t("overviewDescription")}
        actions={
          <>
            {can(actor.role, "records.export") ? (
              <ButtonLink href={exportHrefForList("fees", { year: String(year), ...filter })} variant="secondary">{tx("action")}</ButtonLink>
            ) : null}
            {editable ? <ButtonLink href={`/fees/new?year=${year}`}>{t("add")}</ButtonLink> : null}
          </>
        }
      />
      {planned !== null ? <div className="mb-4"><StatusMessage message={t("plan.done", { year, count: planned })} /></div> : null}

      <div className="mb-6 flex flex-wrap items-end gap-4 rounded border border-slate-300 bg-white p-4">
        <form method="get" className="flex items-end gap-2">
          <div>
            <label htmlFor="fees-year" className="mb-1 block font-semibold text-slate-900">{t("year")}</label>
            <input
              id="fees-year"
              name="year"
              type="number"
              min={1901}
              max={2200}
              defaultValue={year}
              className="w-28 rounded border border-slate-600 px-3 py-2"
            />
          </div>
          <button type="submit" className={buttonClass("secondary")}>{t("show")}</button>
        </form>
        <nav aria-label={t("yearNav")} className="flex gap-3">
          <Link href={`/fees?${filterQuery(year - 1)}`} className="text-blue-900 underline">← {t("previousYear", { year: year - 1 })}</Link>
          <Link href={`/fees?${filterQuery(year + 1)}`} className="text-blue-900 underline">{t("nextYear", { year: year + 1 })} →</Link>
        </nav>
        <p className="ml-auto text-slate-800">{t("count", { count: overview.total })}</p>
      </div>

      {filtered ? (
        <div className="mb-6 rounded border-l-4 border-blue-800 bg-white p-4" data-testid="list-total">
          <p className="font-semibold text-slate-900">
            {tf("feesFiltered", {
              organisation: filteredName ?? "",
              hasOrganisation: filteredName ? "yes" : "no",
              status: filter.status ? te(`feeStatus.${filter.status}`) : "",
              hasStatus: filter.status ? "yes" : "no",
            })}
          </p>
          <p className="text-slate-900">
            {tf("paidTotal")}: <strong data-testid="list-total-value">{formatMoney(overview.paidCzk, "CZK", locale)}</strong>
          </p>
          <Link href={`/fees?year=${year}`} className="text-blue-900 underline">{tf("clearFilter")}</Link>
        </div>
      ) : null}

      {overview.rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-400 bg-white p-4 text-slate-800">{t("noFees", { year })}</p>
      ) : (
        <>
          <FeeTable rows={overview.rows} caption={t("caption", { year })} editable={editable} showOrganisation />
          <Pagination
            page={page}
            pageCount={pageCount}
            href={(p) => {
              const q = new URLSearchParams(filterQuery(year));
              for (const [k, v] of Object.entries(pageLinkParams(p, page, overview.keys))) if (v !== undefined) q.set(k, String(v));
              return `/fees?${q.toString()}`;
            }}
          />
        </>
      )}

      <section aria-labelledby="fee-totals" className="mt-8">
        <h2 id="fee-totals" className="mb-2 text-xl font-bold text-slate-900">{t("totalsTitle", { year, prev: year - 1 })}</h2>
        <p className="mb-3 max-w-3xl text-slate-800">{t("totalsNote")}</p>
        <p className="mb-3 max-w-3xl text-slate-800">
          {tc("rule")} {tc("source")}: <Link href="/fees/rates" className="text-blue-900 underline">{tc("ratesLink")}</Link>
        </p>
        <FeeTotalsTable year={year} totals={overview.totals} />
      </section>

      <section aria-labelledby="fee-plan" className="mt-8">
        <h2 id="fee-plan" className="mb-2 text-xl font-bold text-slate-900">{t("plan.title")}</h2>
        <p className="mb-3">
          <Link href={`/fees/plan?year=${year + 1}`} className="font-semibold text-blue-900 underline">{t("planLink")} ({year + 1})</Link>
        </p>
        {editable ? <PlanNextYearForm year={year} /> : null}
      </section>
    </>
  );
}
