import type { getTranslations } from "next-intl/server";
import type { MembershipFigures } from "@/lib/dashboard/figures";
import type { Locale } from "@/lib/i18n/config";
import { shortName } from "@/lib/registry/display-name";

type T = Awaited<ReturnType<typeof getTranslations<"scorecard">>>;

/**
 * Which memberships still lack the year's assessment, and which are drafts awaiting a second
 * manager: each organisation a link to its assessment page, so the count is never a dead end.
 */
export function AssessmentCoverage({ rows, year, t, locale }: { rows: readonly MembershipFigures[]; year: number; t: T; locale: Locale }) {
  const missing = rows.filter((r) => r.yearReview === null);
  const drafts = rows.filter((r) => r.yearReview === "draft" || r.yearReview === "returned");
  const link = (r: MembershipFigures) => (
    <li key={r.id}>
      <a href={`/organizations/${r.id}/assessments/${year}`} className="text-blue-900 underline">{shortName(r, locale)}</a>
      {r.yearReview === "returned" ? ` (${t("dashboard.returned")})` : null}
    </li>
  );
  return (
    <section aria-labelledby="coverage" className="mb-6 rounded border-l-4 border-blue-800 bg-white p-4" data-testid="coverage">
      <h2 id="coverage" className="font-bold text-slate-900">
        {missing.length === 0 ? t("missingNone", { year }) : t("missing", { year, count: missing.length })}
      </h2>
      {missing.length > 0 ? (
        <ul aria-label={t("dashboard.missingLinks")} className="mt-1 flex flex-wrap gap-x-4 gap-y-1">{missing.map(link)}</ul>
      ) : null}
      {drafts.length > 0 ? (
        <>
          <p className="mt-3 font-semibold text-slate-900">{t("drafts", { count: drafts.length })}</p>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">{drafts.map(link)}</ul>
        </>
      ) : null}
    </section>
  );
}
