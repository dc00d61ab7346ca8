import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { loadMeetingFormChoices } from "@/app/meetings/page-loaders";
import { getMeeting } from "@/lib/meetings/queries";
import { z } from "@/lib/validation";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  const t = await getTranslations("meetings");
  return { title: t("editTitle") };
}

/** The form is open to anyone who may write meetings; the save checks the department's scope. */
export default async function EditMeetingPage({ params }: Props) {
  const actor = await requirePermission("meetings.write");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const [detail, choices, t] = await Promise.all([getMeeting(actor, { id }), loadMeetingFormChoices(actor), getTranslations("meetings")]);
  if (!detail) notFound();
  const m = detail.meeting;
  return (
    <>
      <PageHeader title={t("editTitle")} description={m.title} />
      <MeetingForm
        choices={choices}
        hidden={{ id: m.id, version: m.version }}
        initial={{
          ...m,
          attendees: detail.attendance.map((a) => ({
            personId: a.personId,
            personLabel: a.personName + (a.departmentCode ? ` (${a.departmentCode})` : ""),
            role: a.role,
            mode: a.mode,
            status: a.status,
            travelCostCzk: a.travelCostCzk?.replace(".", ",") ?? null,
          })),
        }}
      />
    </>
  );
}
