import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { TripReportRevision } from "@/db/schema";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { TRIP_REPORT_DUE_DAYS, type TripReportState } from "@/lib/meetings/trip-reports";
import type { FormState } from "@/components/ui/use-action-form";
import { TripReportForm } from "./trip-report-form";
import { ClampedText } from "@/components/ui/clamped-text";

type Row = {
  id: string;
  version: number;
  personName: string;
  tripReport: string | null;
  tripReportFiledOn: string | null;
  reportState: TripReportState;
  reportDueOn: string;
  reportRevisions: TripReportRevision[];
};

/** The attendance table's cell: where this person's report stands, with its deadline. */
export async function ReportStateCell({
  state,
  filedOn,
  dueOn,
  anchor,
}: {
  state: TripReportState;
  filedOn: string | null;
  dueOn: string;
  anchor: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("tripReports"), getLocale() as Promise<Locale>]);
  switch (state) {
    case "filed":
      return (
        <a href={`#${anchor}`} className="whitespace-nowrap">
          {t("filedOn", { date: formatDate(filedOn ?? dueOn, locale) })}
        </a>
      );
    case "missing":
      return <strong className="text-red-800">{t("missing", { date: formatDate(dueOn, locale) })}</strong>;
    case "due":
      return <span className="whitespace-nowrap">{t("dueBy", { date: formatDate(dueOn, locale) })}</span>;
    case "notYet":
      return <span>{t("afterMeeting")}</span>;
    default:
      return <span>{t("notNeeded")}</span>;
  }
}

/**
 * The meeting's trip reports: each filed one as a GOV.UK summary list (readable by everyone who
 * may read the meeting, with "Změnit" for those who may write it, and its earlier wordings); a
 * form for each one that is due, once the meeting has ended. The 14-day rule is stated here,
 * where the flag shows.
 */
export async function TripReportsSection({
  meetingId,
  rows,
  writable,
  ended,
  today,
  action,
}: {
  meetingId: string;
  rows: Row[];
  writable: boolean;
  ended: boolean;
  today: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [t, locale] = await Promise.all([getTranslations("tripReports"), getLocale() as Promise<Locale>]);
  const needing = rows.filter((r) => r.reportState !== "notNeeded");
  if (needing.length === 0) return null;
  const filed = needing.filter((r) => r.reportState === "filed");
  const open = needing.filter((r) => r.reportState === "due" || r.reportState === "missing");
  return (
    <section aria-labelledby="meeting-reports" className="mb-8 space-y-6">
      <h2 id="meeting-reports" className="text-xl font-bold text-slate-900">{t("title")}</h2>
      <p className="max-w-3xl text-slate-800">
        {t("rule", { days: TRIP_REPORT_DUE_DAYS })} {ended ? null : t("notYetIntro")}
      </p>
      {filed.length > 0 ? (
        <dl className="max-w-4xl divide-y divide-slate-300 border-y border-slate-300 bg-white">
          {filed.map((r) => (
            <div key={r.id} id={`report-${r.id}`} className="grid gap-2 px-3 py-4 sm:grid-cols-[14rem_1fr_auto] sm:gap-4">
              <dt className="font-semibold text-slate-900">{t("reportOf", { name: r.personName })}</dt>
              <dd className="min-w-0">
                <ClampedText lang="cs" text={r.tripReport ?? ""} label={t("reportOf", { name: r.personName })} />
                <p className="mt-2 text-sm text-slate-700">{t("filedOn", { date: formatDate(r.tripReportFiledOn ?? today, locale) })}</p>
                {r.reportRevisions.length > 0 ? (
                  <details className="mt-2">
                    <summary className="cursor-pointer text-blue-800 underline">
                      {t("revisions", { count: r.reportRevisions.length })}
                    </summary>
                    <ol className="mt-2 space-y-3 border-l-4 border-slate-300 pl-3">
                      {r.reportRevisions.map((v) => (
                        <li key={v.id}>
                          <p className="text-sm text-slate-700">
                            {t("revisionMeta", {
                              filed: formatDate(v.tripReportFiledOn, locale),
                              replaced: formatDateTime(v.replacedAt, locale),
                            })}
                          </p>
                          <p lang="cs" className="whitespace-pre-line break-words">{v.tripReport}</p>
                        </li>
                      ))}
                    </ol>
                  </details>
                ) : null}
              </dd>
              <dd>
                {writable ? (
                  <Link href={`/meetings/${meetingId}/reports/${r.id}`}>
                    {t("change")}
                    <span className="sr-only"> {t("reportOf", { name: r.personName })}</span>
                  </Link>
                ) : null}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {writable
        ? open.map((r) => (
            <TripReportForm key={r.id} action={action} attendanceId={r.id} version={r.version} personName={r.personName} today={today} />
          ))
        : null}
    </section>
  );
}
