import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CouncilDecisionForm } from "@/components/council-decisions/decision-form";
import { decisionWords } from "@/components/council-decisions/reference";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { getCouncilDecision } from "@/lib/council-decisions/queries";
import { z } from "@/lib/validation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitles");
  return { title: t("councilDecisionEdit") };
}

export default async function EditCouncilDecisionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("rules.write");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const [data, t, words] = await Promise.all([getCouncilDecision(actor, { id }), getTranslations("councilDecisions"), decisionWords()]);
  if (!data) notFound();
  return (
    <>
      <PageHeader title={t("editTitle", { reference: words.reference(data.decision) })} />
      <CouncilDecisionForm decision={data.decision} />
    </>
  );
}
