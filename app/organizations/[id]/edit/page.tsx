import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrganisationForm } from "@/components/organisations/forms";
import { PageHeader } from "@/components/ui/page-header";
import { loadOrganisationForEdit } from "@/app/organizations/page-loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitles");
  return { title: t("organisationEdit") };
}

export default async function EditOrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  const { organisation } = await loadOrganisationForEdit((await params).id);
  const t = await getTranslations("organisations.form");
  return (
    <>
      <PageHeader title={t("editTitle", { name: organisation.name })} />
      <OrganisationForm organisation={organisation} />
    </>
  );
}
