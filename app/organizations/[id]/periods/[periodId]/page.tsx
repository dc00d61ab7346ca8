import { getTranslations } from "next-intl/server";
import { EditPeriodForm } from "@/components/organisations/forms";
import { PageHeader } from "@/components/ui/page-header";
import { loadPeriodForEdit } from "@/lib/organisations/page-loaders";

export default async function EditPeriodPage({ params }: { params: Promise<{ id: string; periodId: string }> }) {
  const { id, periodId } = await params;
  const { organisation, period } = await loadPeriodForEdit(id, periodId);
  const t = await getTranslations("organisations.period");
  return (
    <>
      <PageHeader title={t("editTitle", { name: organisation.name })} />
      <EditPeriodForm period={period} />
    </>
  );
}
