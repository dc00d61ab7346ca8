import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { MeetingTable } from "@/components/meetings/meeting-table";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { listMyMeetings } from "@/lib/meetings/queries";
import { can } from "@/lib/permissions";

export async function generateMetadata() {
  const t = await getTranslations("meetings");
  return { title: t("mine") };
}

/** Staff's daily view: their department's upcoming and recent meetings and the reports it owes. */
export default async function MyMeetingsPage() {
  const actor = await requirePermission("registry.read", "/meetings/mine");
  const [data, t, locale] = await Promise.all([listMyMeetings(actor, undefined), getTranslations("meetings"), getLocale() as Promise<Locale>]);
  return (
    <>
      <PageHeader
        title={t("mine")}
        description={actor.departmentId ? t("mineDepartment") : t("mineOwn")}
        actions={can(actor.role, "meetings.write") ? <ButtonLink href="/meetings/new">{t("new")}</ButtonLink> : null}
      />
      <div className="space-y-8">
        <section aria-labelledby="mine-reports">
          <h2 id="mine-reports" className="mb-3 text-xl font-bold text-slate-900">{t("reportsMissing")}</h2>
          {data.reports.length === 0 ? (
            <p className="text-slate-800">{t("noReportsMissing")}</p>
          ) : (
            <ul className="list-disc space-y-1 pl-6">
              {data.reports.map((r) => (
                <li key={r.attendanceId}>
                  <Link href={`/meetings/${r.meetingId}`} className="text-blue-900 underline" lang="cs">{r.title}</Link>
                  {` – ${r.personName}, ${t("endedOn", { date: formatDate(r.endsOn, locale) })}`}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="mine-upcoming">
          <h2 id="mine-upcoming" className="mb-3 text-xl font-bold text-slate-900">{t("upcoming")}</h2>
          <MeetingTable caption={t("upcoming")} captionHidden rows={data.upcoming} />
        </section>
        <section aria-labelledby="mine-recent">
          <h2 id="mine-recent" className="mb-3 text-xl font-bold text-slate-900">{t("recent")}</h2>
          <MeetingTable caption={t("recent")} captionHidden rows={data.recent} />
        </section>
      </div>
    </>
  );
}
