import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TripReportForm } from "@/components/meetings/trip-report-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { getMeeting } from "@/lib/meetings/queries";
import { z } from "@/lib/validation";
import { fileTripReportAction } from "../../../actions";

type Props = { params: Promise<{ id: string; attendanceId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tripReports");
  return { title: t("editTitle") };
}

/** Changing a filed trip report; the save checks the department's scope and keeps the old text. */
export default async function EditTripReportPage({ params }: Props) {
  const actor = await requirePermission("meetings.write");
  const { id, attendanceId } = await params;
  if (!z.uuid().safeParse(id).success || !z.uuid().safeParse(attendanceId).success) notFound();
  const [detail, t] = await Promise.all([getMeeting(actor, { id }), getTranslations("tripReports")]);
  const row = detail?.attendance.find((a) => a.id === attendanceId);
  if (!detail || !row || row.tripReport === null || row.tripReportFiledOn === null) notFound();
  return (
    <>
      <PageHeader title={t("editHeading", { name: row.personName })} description={detail.meeting.title} />
      <p className="mb-6 max-w-3xl text-slate-800">{t("editIntro")}</p>
      <TripReportForm
        action={fileTripReportAction}
        attendanceId={row.id}
        version={row.version}
        personName={row.personName}
        today={detail.today}
        initial={{ tripReport: row.tripReport, tripReportFiledOn: row.tripReportFiledOn }}
      />
      <p className="mt-6">
        <Link href={`/meetings/${id}#report-${row.id}`}>{t("back")}</Link>
      </p>
    </>
  );
}
