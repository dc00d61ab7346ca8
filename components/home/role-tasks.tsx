import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { HOME_CAP, listOpenItems } from "@/lib/home/queries";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { Actor } from "@/lib/permissions";
import { MoreLink } from "@/components/ui/more-link";
import { deadlinesHref, portfolioViewHref } from "@/lib/dashboard/short-lists";

/** Staff: the two things they come for, one click away. */
export async function StaffStart() {
  const t = await getTranslations("home.staff");
  return (
    <Card title={t("title")}>
      <p className="mb-3">{t("intro")}</p>
      <div className="flex flex-wrap gap-3">
        <ButtonLink href="/meetings/new">{t("newMeeting")}</ButtonLink>
        <ButtonLink href="/meetings/mine" variant="secondary">{t("myMeetings")}</ButtonLink>
      </div>
    </Card>
  );
}

/** Auditors: the export and the audit log. */
export async function AuditorStart() {
  const t = await getTranslations("home.auditor");
  return (
    <Card title={t("title")}>
      <ul className="space-y-3">
        <li>
          <Link href="/exports" className="font-semibold text-blue-900 underline">{t("exports")}</Link>
          <span className="block text-slate-800">{t("exportsHint")}</span>
        </li>
        <li>
          <Link href="/audit" className="font-semibold text-blue-900 underline">{t("audit")}</Link>
          <span className="block text-slate-800">{t("auditHint")}</span>
        </li>
      </ul>
    </Card>
  );
}

/** Managers: the dashboard, and this year's assessments still to write, linked one by one. */
export async function ManagerStart({ actor }: { actor: Actor }) {
  const [t, data] = await Promise.all([getTranslations("home.manager"), listOpenItems(actor, { kinds: ["assessment_missing"] })]);
  const year = Number(data.today.slice(0, 4));
  const missing = data.byKind.get("assessment_missing") ?? [];
  return (
    <section aria-labelledby="home-manager" className="min-w-0 rounded border border-slate-300 bg-white p-5 shadow-sm" data-testid="home-assessments">
      <h2 id="home-manager" className="mb-2 text-lg font-bold text-slate-900">{t("title")}</h2>
      <p className="mb-3">
        <ButtonLink href="/dashboard">{t("dashboard")}</ButtonLink>
      </p>
      <h3 className="font-semibold text-slate-900">
        {missing.length === 0 ? t("allAssessed", { year }) : t("missing", { year, count: missing.length })}
      </h3>
      {missing.length > 0 ? (
        <>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {missing.slice(0, HOME_CAP).map((i) => (
              <li key={i.recordId}>
                <Link href={`/organizations/${i.recordId}/assessments/${year}`} className="text-blue-900 underline">
                  {t("assess", { name: i.label.replace(new RegExp(` ${year}$`), ""), year })}
                </Link>
              </li>
            ))}
          </ul>
          <MoreLink shown={Math.min(HOME_CAP, missing.length)} total={missing.length} href={portfolioViewHref(year, "unassessed")} list={t("missing", { year, count: missing.length })} />
        </>
      ) : null}
    </section>
  );
}

/** Withdrawal notice deadlines ahead (coordinators and managers): the last day to give notice. */
export async function NoticeDeadlines({ actor }: { actor: Actor }) {
  const [t, locale, data] = await Promise.all([
    getTranslations("home.notices"),
    getLocale() as Promise<Locale>,
    listOpenItems(actor, { kinds: ["notice_deadline"] }),
  ]);
  const items = data.byKind.get("notice_deadline") ?? [];
  return (
    <Card title={t("title")}>
      {items.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <ul className="list-disc space-y-1 pl-6" data-testid="home-notices">
            {items.slice(0, HOME_CAP).map((i) => (
              <li key={i.recordId}>
                <Link href={i.href} className="text-blue-900 underline">{i.label}</Link>
                {i.deadline ? <span className="whitespace-nowrap"> – {t("by", { date: formatDate(i.deadline, locale) })}</span> : null}
              </li>
            ))}
          </ul>
          <MoreLink shown={Math.min(HOME_CAP, items.length)} total={items.length} href={deadlinesHref()} list={t("title")} />
        </>
      )}
    </Card>
  );
}
