import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CouncilDecisionForm } from "@/components/council-decisions/decision-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitles");
  return { title: t("councilDecisionNew") };
}

export default async function NewCouncilDecisionPage() {
  await requirePermission("rules.write", "/council-decisions/new");
  const t = await getTranslations("councilDecisions");
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <CouncilDecisionForm />
    </>
  );
}
