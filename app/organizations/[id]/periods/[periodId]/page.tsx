import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EditPeriodForm } from "@/components/organisations/forms";
import { PageHeader } from "@/components/ui/page-header";
import { loadPeriodForEdit } from "@/lib/organisations/page-loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitles");
  return { title: t("periodEdit") };
}

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
