import { getTranslations } from "next-intl/server";
import type { NoticeRule } from "@/db/schema/notice-rules";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { NoticeDeadline } from "@/lib/notice/deadline";

type Rule = Pick<NoticeRule, "kind" | "months" | "financialYearEndMonth" | "financialYearEndDay" | "proRataDues" | "statuteArticle">;

/** The statute's rule in words: kind, period, pro-rata dues, article. */
export async function NoticeRuleText({ rule }: { rule: Rule }) {
  const t = await getTranslations("noticeRules");
  const parts = [
    t(`kind.${rule.kind}`, {
      months: rule.months ?? 0,
      day: rule.financialYearEndDay ?? 0,
      month: rule.financialYearEndMonth ?? 0,
    }),
    rule.proRataDues ? t("proRata") : null,
    rule.statuteArticle ? t("article", { article: rule.statuteArticle }) : null,
  ];
  return <>{parts.filter(Boolean).join("; ")}</>;
}

/** The next exit's dates in words: the last day to deliver notice and the council's last day before it. */
export async function NoticeDeadlineText({ deadline: d, daysLeft, locale }: { deadline: NoticeDeadline; daysLeft?: number; locale: Locale }) {
  const t = await getTranslations("noticeRules");
  const dates = { noticeBy: formatDate(d.noticeBy, locale), exitOn: formatDate(d.exitOn, locale), councilBy: formatDate(d.councilBy, locale) };
  return (
    <>
      {d.anyDay ? t("anyDay", dates) : t("deadline", { ...dates, days: daysLeft ?? -1 })}
    </>
  );
}
