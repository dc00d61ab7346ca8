import { getTranslations } from "next-intl/server";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { loadMeetingFormChoices } from "@/app/meetings/page-loaders";

export async function generateMetadata() {
  const t = await getTranslations("meetings");
  return { title: t("newTitle") };
}

export default async function NewMeetingPage() {
  const actor = await requirePermission("meetings.write", "/meetings/new");
  const [choices, t] = await Promise.all([loadMeetingFormChoices(actor), getTranslations("meetings")]);
  return (
    <>
      <PageHeader title={t("newTitle")} description={actor.role === "staff" ? t("staffScopeNote") : undefined} />
      <MeetingForm choices={choices} />
    </>
  );
}
