import type { getTranslations } from "next-intl/server";
import { MoreLink } from "@/components/ui/more-link";
import type { MembershipFigures } from "@/lib/dashboard/figures";
import { PORTFOLIO_VIEWS, portfolioViewHref, SHORT_LIST_CAP, type PortfolioView } from "@/lib/dashboard/short-lists";
import type { Locale } from "@/lib/i18n/config";
import { shortName } from "@/lib/registry/display-name";

type T = Awaited<ReturnType<typeof getTranslations<"scorecard">>>;

/**
 * Which memberships still lack the year's assessment, and which are drafts awaiting a second
 * manager: each organisation a link to its assessment page, so the count is never a dead end.
 * Each list names its first few; "a dalších N" opens the portfolio filtered to all of them.
 */
export function AssessmentCoverage({ rows, year, t, locale }: { rows: readonly MembershipFigures[]; year: number; t: T; locale: Locale }) {
  const missing = rows.filter(PORTFOLIO_VIEWS.unassessed);
  const drafts = rows.filter(PORTFOLIO_VIEWS.drafts);
  const list = (items: MembershipFigures[], view: PortfolioView, label: string) => (
    <>
      <ul aria-label={label} className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {items.slice(0, SHORT_LIST_CAP).map((r) => (
          <li key={r.id}>
            <a href={`/organizations/${r.id}/assessments/${year}`} className="text-blue-900 underline">{shortName(r, locale)}</a>
            {r.yearReview === "returned" ? ` (${t("dashboard.returned")})` : null}
          </li>
        ))}
      </ul>
      {items.length > SHORT_LIST_CAP ? (
        <MoreLink shown={SHORT_LIST_CAP} total={items.length} href={portfolioViewHref(year, view)} list={label} />
      ) : null}
    </>
  );
  return (
    <section aria-labelledby="coverage" className="mb-6 rounded border-l-4 border-blue-800 bg-white p-4" data-testid="coverage">
      <h2 id="coverage" className="font-bold text-slate-900">
        {missing.length === 0 ? t("missingNone", { year }) : t("missing", { year, count: missing.length })}
      </h2>
      {missing.length > 0 ? list(missing, "unassessed", t("dashboard.missingLinks")) : null}
      {drafts.length > 0 ? (
        <>
          <p className="mt-3 font-semibold text-slate-900">{t("drafts", { count: drafts.length })}</p>
          {list(drafts, "drafts", t("drafts", { count: drafts.length }))}
        </>
      ) : null}
    </section>
  );
}
