import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EndMembershipForm } from "@/components/organisations/forms";
import { PageHeader } from "@/components/ui/page-header";
import { loadOrganisationForEdit } from "@/lib/organisations/page-loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitles");
  return { title: t("membershipEnd") };
}

export default async function EndMembershipPage({ params }: { params: Promise<{ id: string }> }) {
  const { organisation } = await loadOrganisationForEdit((await params).id);
  const t = await getTranslations("organisations.end");
  return (
    <>
      <PageHeader title={t("title", { name: organisation.name })} description={t("hint")} />
      <EndMembershipForm organisationId={organisation.id} />
    </>
  );
}
