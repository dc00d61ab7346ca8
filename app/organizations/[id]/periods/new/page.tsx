import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { decisionWords } from "@/components/council-decisions/reference";
import { AddPeriodForm } from "@/components/organisations/forms";
import { PageHeader } from "@/components/ui/page-header";
import { listDecisionOptions } from "@/lib/council-decisions/queries";
import { loadOrganisationForEdit } from "@/app/organizations/page-loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitles");
  return { title: t("periodNew") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ change?: string }> };

export default async function NewPeriodPage({ params, searchParams }: Props) {
  const { actor, organisation } = await loadOrganisationForEdit((await params).id);
  const change = (await searchParams).change === "1";
  const [t, decisions, words] = await Promise.all([
    getTranslations("organisations.period"),
    listDecisionOptions(actor, undefined),
    decisionWords(),
  ]);
  return (
    <>
      <PageHeader
        title={t(change ? "changeTitle" : "addTitle", { name: organisation.name })}
        description={change ? t("changeHint") : undefined}
      />
      <AddPeriodForm organisationId={organisation.id} change={change} decisions={words.options(decisions)} />
    </>
  );
}
