import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BodyForm } from "@/components/organisations/forms";
import { PageHeader } from "@/components/ui/page-header";
import { loadOrganisationForEdit } from "@/app/organizations/page-loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitles");
  return { title: t("bodyNew") };
}

export default async function NewBodyPage({ params }: { params: Promise<{ id: string }> }) {
  const { organisation } = await loadOrganisationForEdit((await params).id);
  const t = await getTranslations("organisations.body");
  return (
    <>
      <PageHeader title={t("addTitle", { name: organisation.name })} />
      <BodyForm organisationId={organisation.id} />
    </>
  );
}
