import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { decisionWords } from "@/components/council-decisions/reference";
import { EndMembershipForm } from "@/components/organisations/forms";
import { PageHeader } from "@/components/ui/page-header";
import { listDecisionOptions } from "@/lib/council-decisions/queries";
import { loadOrganisationForEdit } from "@/lib/organisations/page-loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitles");
  return { title: t("membershipEnd") };
}

export default async function EndMembershipPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, organisation } = await loadOrganisationForEdit((await params).id);
  const [t, decisions, words] = await Promise.all([
    getTranslations("organisations.end"),
    listDecisionOptions(actor, undefined),
    decisionWords(),
  ]);
  return (
    <>
      <PageHeader title={t("title", { name: organisation.name })} description={t("hint")} />
      <EndMembershipForm organisationId={organisation.id} decisions={words.options(decisions)} />
    </>
  );
}
