import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Deadline, ReviewCandidate } from "@/lib/dashboard/queries";
import { MoreLink } from "@/components/ui/more-link";
import { deadlinesHref, portfolioViewHref, SHORT_LIST_CAP } from "@/lib/dashboard/short-lists";
import { DEADLINE_HORIZON_DAYS, type YearWindow } from "@/lib/dashboard/window";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { NoticeDeadlineText, NoticeRuleText } from "@/components/notice/notice-rule-text";
import { shortName } from "@/lib/registry/display-name";

export async function ReviewCandidates({ candidates, window: w, locale }: { candidates: readonly ReviewCandidate[]; window: YearWindow; locale: Locale }) {
  const t = await getTranslations("engagement.dashboard");
  return (
    <section aria-labelledby="candidates" className="rounded border border-slate-300 bg-white p-4">
      <h2 id="candidates" className="text-xl font-bold text-slate-900">{t("candidates")}</h2>
      <p className="mb-3 text-sm text-slate-800">{t("candidatesHint")}</p>
      {candidates.length === 0 ? (
        <p>{t("noCandidates")}</p>
      ) : (
        <>
        <ul className="space-y-2">
          {candidates.slice(0, SHORT_LIST_CAP).map((c) => (
            <li key={c.id}>
              <Link href={`/organizations/${c.id}/assessments/${w.year}`} className="font-semibold text-blue-900 underline">{shortName(c, locale)}</Link>
              <ul className="list-disc pl-6 text-sm text-slate-800">
                {c.reasons.map((r) => (
                  <li key={r}>
                    {r === "weakTwoYears"
                      ? t("reasonWeakTwoYears", { prev: w.year - 1, year: w.year })
                      : t("reasonNoRecentAttendance", { date: formatDate(w.statusOn, locale) })}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
        {candidates.length > SHORT_LIST_CAP ? (
          <MoreLink shown={SHORT_LIST_CAP} total={candidates.length} href={portfolioViewHref(w.year, "candidates")} list={t("candidates")} />
        ) : null}
        </>
      )}
    </section>
  );
}

/**
 * The notice deadlines ahead, soonest first: the first few, or all of them with `all` (the
 * dashboard's `?deadlines=all`, where "a dalších N" and the home page's list lead).
 */
export async function WithdrawalDeadlines({ deadlines, all, year, locale }: { deadlines: readonly Deadline[]; all: boolean; year: number; locale: Locale }) {
  const shown = all ? deadlines : deadlines.slice(0, SHORT_LIST_CAP);
  const [t, tn] = await Promise.all([getTranslations("engagement.dashboard"), getTranslations("noticeRules")]);
  return (
    <section aria-labelledby="deadlines" className="rounded border border-slate-300 bg-white p-4">
      <h2 id="deadlines" className="text-xl font-bold text-slate-900">{t("deadlines")}</h2>
      <p className="mb-3 text-sm text-slate-800">{tn("dashboardHint", { days: DEADLINE_HORIZON_DAYS })}</p>
      {deadlines.length === 0 ? (
        <p>{tn("noDeadlines", { days: DEADLINE_HORIZON_DAYS })}</p>
      ) : (
        <ul className="space-y-3">
          {shown.map((d) => (
            <li key={d.id} data-deadline={shortName(d, locale)}>
              <Link href={`/organizations/${d.id}#notice`} className="font-semibold text-blue-900 underline">{shortName(d, locale)}</Link>:{" "}
              <NoticeDeadlineText deadline={d} daysLeft={d.daysLeft} locale={locale} />
              <span className="block text-sm text-slate-800"><NoticeRuleText rule={d} /></span>
            </li>
          ))}
        </ul>
      )}
      {shown.length < deadlines.length ? (
        <MoreLink shown={shown.length} total={deadlines.length} href={deadlinesHref(year)} list={t("deadlines")} />
      ) : null}
    </section>
  );
}
