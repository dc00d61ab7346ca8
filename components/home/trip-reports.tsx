import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { listMissingTripReports } from "@/lib/meetings/queries";
import type { Actor } from "@/lib/permissions";

/**
 * Trip reports still missing 14 days after a meeting abroad: on the home page of the staff of
 * the travellers' department and of coordinators, each linked to the meeting where it is filed.
 */
export async function TripReports({ actor }: { actor: Actor }) {
  const [rows, t, locale] = await Promise.all([
    listMissingTripReports(actor, undefined),
    getTranslations("meetings.home"),
    getLocale() as Promise<Locale>,
  ]);
  return (
    <section aria-labelledby="trip-reports" className="rounded border border-slate-300 bg-white p-5 shadow-sm">
      <h2 id="trip-reports" className="mb-3 text-lg font-bold text-slate-900">{t("title")}</h2>
      {rows.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul aria-label={t("title")} className="list-disc space-y-2 pl-6">
          {rows.map((r) => (
            <li key={r.attendanceId}>
              <Link href={`/meetings/${r.meetingId}`} className="font-semibold text-blue-900 underline" lang="cs">{r.title}</Link>
              {" – "}
              {/* The place is typed in Czech ("Vídeň"): marked as such in the English UI. */}
              {t.rich("row", {
                name: r.personName,
                department: r.departmentCode ?? "—",
                date: formatDate(r.endsOn, locale),
                place: [r.city, r.country].filter(Boolean).join(", "),
                cs: (chunks) => <span lang="cs">{chunks}</span>,
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
