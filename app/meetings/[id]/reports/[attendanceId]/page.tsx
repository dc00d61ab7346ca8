import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TripReportForm } from "@/components/meetings/trip-report-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { getMeeting } from "@/lib/meetings/queries";
import { TRIP_REPORT_DUE_DAYS } from "@/lib/meetings/trip-reports";
import { z } from "@/lib/validation";
import { fileTripReportAction } from "../../../actions";

type Props = { params: Promise<{ id: string; attendanceId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [t, actor, { id, attendanceId }] = await Promise.all([getTranslations("tripReports"), requirePermission("meetings.write"), params]);
  if (!z.uuid().safeParse(id).success) return { title: t("editTitle") };
  // The page's own title: writing a report is not editing one.
  const row = (await getMeeting(actor, { id }))?.attendance.find((a) => a.id === attendanceId);
  return { title: row && row.tripReport === null ? t("newHeading", { name: row.personName }) : t("editTitle") };
}

/**
 * One person's trip report on a page of its own: writing it once the meeting has ended (where
 * "Uložit a zapsat zprávu z cesty" leads), or changing a filed one. The save checks the
 * department's scope and keeps the old text.
 */
export default async function EditTripReportPage({ params }: Props) {
  const actor = await requirePermission("meetings.write");
  const { id, attendanceId } = await params;
  if (!z.uuid().safeParse(id).success || !z.uuid().safeParse(attendanceId).success) notFound();
  const [detail, t] = await Promise.all([getMeeting(actor, { id }), getTranslations("tripReports")]);
  const row = detail?.attendance.find((a) => a.id === attendanceId);
  if (!detail || !row) notFound();
  const filed = row.tripReport !== null && row.tripReportFiledOn !== null;
  // Nothing to write before the meeting has ended, nor for a trip that needs no report.
  if (!filed && row.reportState !== "due" && row.reportState !== "missing") notFound();
  return (
    <>
      <PageHeader
        title={filed ? t("editHeading", { name: row.personName }) : t("newHeading", { name: row.personName })}
        description={detail.meeting.title}
      />
      <p className="mb-6 max-w-3xl text-slate-800">{filed ? t("editIntro") : t("newIntro", { days: TRIP_REPORT_DUE_DAYS })}</p>
      <TripReportForm
        action={fileTripReportAction}
        attendanceId={row.id}
        version={row.version}
        personName={row.personName}
        today={detail.today}
        initial={filed ? { tripReport: row.tripReport!, tripReportFiledOn: row.tripReportFiledOn! } : undefined}
      />
      <p className="mt-6">
        <Link href={`/meetings/${id}#report-${row.id}`}>{t("back")}</Link>
      </p>
    </>
  );
}
