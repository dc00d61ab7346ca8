import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BodyForm } from "@/components/organisations/forms";
import { PageHeader } from "@/components/ui/page-header";
import { loadBodyForEdit } from "@/lib/organisations/page-loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitles");
  return { title: t("bodyEdit") };
}

export default async function EditBodyPage({ params }: { params: Promise<{ id: string; bodyId: string }> }) {
  const { id, bodyId } = await params;
  const { organisation, body } = await loadBodyForEdit(id, bodyId);
  const t = await getTranslations("organisations.body");
  return (
    <>
      <PageHeader title={t("editTitle", { name: body.nameCs ?? body.name })} description={organisation.name} />
      <BodyForm organisationId={organisation.id} body={body} />
    </>
  );
}
