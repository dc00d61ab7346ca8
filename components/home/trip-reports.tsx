import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { listTripReportsDue } from "@/lib/home/queries";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { TRIP_REPORT_DUE_DAYS } from "@/lib/meetings/trip-reports";
import type { Actor } from "@/lib/permissions";
import { MoreLink } from "@/components/ui/more-link";

/**
 * Trip reports owed now, each with its deadline (the meeting's last day + 14 days), the passed
 * ones marked: staff see their department's, coordinators everyone's. The same rule as the
 * meeting page (lib/meetings/trip-reports.ts), so the two never disagree.
 */
export async function TripReports({ actor }: { actor: Actor }) {
  const [data, t, locale] = await Promise.all([
    listTripReportsDue(actor, {}),
    getTranslations("meetings.home"),
    getLocale() as Promise<Locale>,
  ]);
  return (
    <section aria-labelledby="trip-reports" className="min-w-0 rounded border border-slate-300 bg-white p-5 shadow-sm" data-testid="home-trip-reports">
      <h2 id="trip-reports" className="mb-2 text-lg font-bold text-slate-900">{t("title")}</h2>
      <p className="mb-3 text-slate-800">{t("rule", { days: TRIP_REPORT_DUE_DAYS })}</p>
      {data.total === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <p className="mb-2">{t("summary", { total: data.total, overdue: data.overdue })}</p>
          <ul aria-label={t("title")} className="list-disc space-y-2 pl-6">
            {data.rows.map((r) => (
              <li key={r.attendanceId}>
                <Link href={`/meetings/${r.meetingId}#meeting-reports`} className="font-semibold text-blue-900 underline" lang="cs">{r.title}</Link>
                {" – "}
                {t("who", { name: r.personName, department: r.departmentCode ?? "—" })}{" "}
                {r.overdue ? (
                  <strong className="text-red-800">{t("overdueSince", { date: formatDate(r.dueOn, locale) })}</strong>
                ) : (
                  <span className="whitespace-nowrap">{t("dueBy", { date: formatDate(r.dueOn, locale) })}</span>
                )}
              </li>
            ))}
          </ul>
          <MoreLink shown={data.rows.length} total={data.total} href="/meetings/reports" list={t("title")} />
        </>
      )}
    </section>
  );
}
