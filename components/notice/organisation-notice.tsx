import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { todayInPrague } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { getNoticeRule } from "@/lib/notice/queries";
import { can, type Actor } from "@/lib/permissions";
import { NoticeDeadlineText, NoticeRuleText } from "./notice-rule-text";
import { daysBetween } from "@/lib/notice/queries";

/** The organisation page's "withdrawal under the statutes": the rule and the next exit's dates, always shown. */
export async function OrganisationNotice({ actor, organisationId, locale }: { actor: Actor; organisationId: string; locale: Locale }) {
  const today = todayInPrague();
  const [notice, t] = await Promise.all([getNoticeRule(actor, { organisationId, today }), getTranslations("noticeRules")]);
  return (
    <section id="notice" aria-labelledby="notice-title" className="mt-8 rounded border border-slate-300 bg-white p-4" data-testid="notice">
      <h2 id="notice-title" className="text-xl font-bold text-slate-900">{t("title")}</h2>
      {notice ? (
        <>
          <p className="mt-2 text-slate-900"><NoticeRuleText rule={notice.rule} /></p>
          <p className="mt-2 font-semibold text-slate-900">
            <NoticeDeadlineText deadline={notice.deadline} daysLeft={daysBetween(today, notice.deadline.noticeBy)} locale={locale} />
          </p>
          <p className="mt-1 text-sm text-slate-800">{t("leadDays", { days: env().COUNCIL_LEAD_DAYS })}</p>
        </>
      ) : (
        <p className="mt-2">{t("none")}</p>
      )}
      {can(actor.role, "rules.write") ? (
        <Link href={`/organizations/${organisationId}/notice`} className="mt-3 inline-block text-blue-900 underline">
          {notice ? t("edit") : t("add")}
        </Link>
      ) : null}
    </section>
  );
}
