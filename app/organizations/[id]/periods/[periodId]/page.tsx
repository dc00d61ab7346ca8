import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { decisionWords } from "@/components/council-decisions/reference";
import { EditPeriodForm } from "@/components/organisations/forms";
import { PageHeader } from "@/components/ui/page-header";
import { listDecisionOptions } from "@/lib/council-decisions/queries";
import { loadPeriodForEdit } from "@/app/organizations/page-loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitles");
  return { title: t("periodEdit") };
}

export default async function EditPeriodPage({ params }: { params: Promise<{ id: string; periodId: string }> }) {
  const { id, periodId } = await params;
  const { actor, organisation, period } = await loadPeriodForEdit(id, periodId);
  const [t, decisions, words] = await Promise.all([
    getTranslations("organisations.period"),
    listDecisionOptions(actor, undefined),
    decisionWords(),
  ]);
  return (
    <>
      <PageHeader title={t("editTitle", { name: organisation.name })} />
      <EditPeriodForm period={period} decisions={words.options(decisions)} />
    </>
  );
}
