import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/guard";
import { listTripReportsDue } from "@/lib/home/queries";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { TRIP_REPORT_DUE_DAYS } from "@/lib/meetings/trip-reports";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings.home");
  return { title: t("title") };
}

/** Every trip report owed now, with its deadline: the whole list the home page counts. */
export default async function TripReportsDuePage() {
  const actor = await requirePermission("meetings.write", "/meetings/reports");
  const [data, t, locale] = await Promise.all([
    listTripReportsDue(actor, { limit: 1000 }),
    getTranslations("meetings.home"),
    getLocale() as Promise<Locale>,
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("rule", { days: TRIP_REPORT_DUE_DAYS })} />
      {data.total === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <p className="mb-3">{t("summary", { total: data.total, overdue: data.overdue })}</p>
          <Table caption={t("title")} captionHidden>
            <thead>
              <tr>
                <Th>{t("meeting")}</Th>
                <Th>{t("person")}</Th>
                <Th>{t("deadline")}</Th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((r) => (
                <tr key={r.attendanceId}>
                  <Td>
                    <Link href={`/meetings/${r.meetingId}#meeting-reports`} className="text-blue-900 underline">{r.title}</Link>
                  </Td>
                  <Td>{t("who", { name: r.personName, department: r.departmentCode ?? "—" })}</Td>
                  <Td className="whitespace-nowrap">
                    {r.overdue ? (
                      <strong className="text-red-800">{t("overdueSince", { date: formatDate(r.dueOn, locale) })}</strong>
                    ) : (
                      t("dueBy", { date: formatDate(r.dueOn, locale) })
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
    </>
  );
}
