import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AssessmentCoverage } from "@/components/dashboard/assessment-coverage";
import { ChartsSection } from "@/components/dashboard/charts-section";
import { PortfolioTable } from "@/components/dashboard/portfolio-table";
import { ReviewCandidates, WithdrawalDeadlines } from "@/components/dashboard/review-lists";
import { buttonClass } from "@/components/ui/button";
import { Pagination, pageFromSearchParam } from "@/components/ui/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { getDashboardCached } from "@/lib/dashboard/cached";
import { PORTFOLIO_VIEWS } from "@/lib/dashboard/short-lists";
import { dashboardParamsSchema } from "@/lib/dashboard/queries";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("engagement.dashboard");
  return { title: t("title") };
}

// What a reader takes in at once (and what keeps the page fast at 300 memberships); the rest is paged.
const PORTFOLIO_PAGE_SIZE = 25;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The managers' dashboard: is each membership worth what it costs? Readable by every role. */
export default async function DashboardPage({ searchParams }: Props) {
  const actor = await requirePermission("registry.read");
  const search = await searchParams;
  const params = dashboardParamsSchema.parse(search);
  const dashboard = await getDashboardCached(actor, { year: params.year });
  const [t, ts, locale] = await Promise.all([
    getTranslations("engagement.dashboard"),
    getTranslations("scorecard"),
    getLocale() as Promise<Locale>,
  ]);
  const w = dashboard.window;
  // The portfolio pages over the aggregated rows (one per membership), or over the subset a short
  // list's "a dalších N" names; the charts use them all.
  const shown = params.show ? dashboard.rows.filter(PORTFOLIO_VIEWS[params.show]) : dashboard.rows;
  const pageCount = Math.max(1, Math.ceil(shown.length / PORTFOLIO_PAGE_SIZE));
  const page = Math.min(pageFromSearchParam(search.page), pageCount);
  const rows = shown.slice((page - 1) * PORTFOLIO_PAGE_SIZE, page * PORTFOLIO_PAGE_SIZE);
  const pageHref = (p: number) => `/dashboard?year=${w.year}${params.show ? `&show=${params.show}` : ""}&page=${p}`;

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { year: w.year, date: formatDate(w.end < w.start ? w.start : w.end, locale) })}
      />
      <form method="get" className="mb-6 flex items-end gap-2">
        <div>
          <label htmlFor="year" className="mb-1 block font-semibold text-slate-900">{t("yearLabel")}</label>
          <input
            id="year"
            name="year"
            type="number"
            inputMode="numeric"
            min={1990}
            max={2200}
            defaultValue={w.year}
            className="w-28 rounded border border-slate-600 px-3 py-2"
          />
        </div>
        <button type="submit" className={buttonClass("secondary")}>{t("show")}</button>
      </form>

      <AssessmentCoverage rows={dashboard.rows} year={w.year} t={ts} locale={locale} />

      <section aria-labelledby="portfolio">
        <h2 id="portfolio" className="mb-3 text-xl font-bold text-slate-900">{t("portfolio")}</h2>
        {params.show ? (
          <p className="mb-3 rounded border-l-4 border-blue-800 bg-white p-3 text-slate-900" data-testid="portfolio-view">
            {t("viewShowing", { view: t(`view.${params.show}`, { year: w.year }), count: shown.length })}{" "}
            <Link href={`/dashboard?year=${w.year}#portfolio`} className="font-semibold text-blue-900 underline">{t("viewAll")}</Link>
          </p>
        ) : null}
        {params.show && shown.length === 0 ? null : <PortfolioTable rows={rows} window={w} locale={locale} />}
        <Pagination page={page} pageCount={pageCount} href={pageHref} />
      </section>

      <div className="mt-8 grid gap-4 lg:grid-cols-2">
        <ReviewCandidates candidates={dashboard.candidates} window={w} locale={locale} />
        <WithdrawalDeadlines deadlines={dashboard.deadlines} all={params.deadlines === "all"} year={w.year} locale={locale} />
      </div>

      <ChartsSection dashboard={dashboard} locale={locale} />
    </>
  );
}
