import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FeeTable } from "@/components/fees/fee-table";
import { FeeTotalsTable } from "@/components/fees/totals-table";
import { PlanNextYearForm } from "@/components/fees/plan-form";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { StatusMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, pageFromSearchParam } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/guard";
import { exportHrefForList } from "@/lib/exports/lists";
import { feeListYear, getFeesOverview } from "@/lib/fees/queries";
import { can } from "@/lib/permissions";

type SearchParams = Promise<{ year?: string; page?: string; planned?: string }>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const t = await getTranslations("fees");
  return { title: t("overviewTitle", { year: feeListYear((await searchParams).year) }) };
}

export default async function FeesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("registry.read");
  const params = await searchParams;
  const year = feeListYear(params.year);
  const page = pageFromSearchParam(params.page);
  const [t, tx, tc, overview] = await Promise.all([
    getTranslations("fees"),
    getTranslations("audit.exports.fromList"),
    getTranslations("czk"),
    getFeesOverview(actor, { year, page }),
  ]);
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
              <ButtonLink href={exportHrefForList("fees", { year })} variant="secondary">{tx("action")}</ButtonLink>
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
          <Link href={`/fees?year=${year - 1}`} className="text-blue-900 underline">← {t("previousYear", { year: year - 1 })}</Link>
          <Link href={`/fees?year=${year + 1}`} className="text-blue-900 underline">{t("nextYear", { year: year + 1 })} →</Link>
        </nav>
        <p className="ml-auto text-slate-800">{t("count", { count: overview.total })}</p>
      </div>

      {overview.rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-400 bg-white p-4 text-slate-800">{t("noFees", { year })}</p>
      ) : (
        <>
          <FeeTable rows={overview.rows} caption={t("caption", { year })} editable={editable} showOrganisation />
          <Pagination page={page} pageCount={pageCount} href={(p) => `/fees?year=${year}&page=${p}`} />
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

      {editable ? (
        <section aria-labelledby="fee-plan" className="mt-8">
          <h2 id="fee-plan" className="mb-2 text-xl font-bold text-slate-900">{t("plan.title")}</h2>
          <PlanNextYearForm year={year} />
        </section>
      ) : null}
    </>
  );
}
