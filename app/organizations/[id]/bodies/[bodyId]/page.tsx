import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BodyForm } from "@/components/organisations/forms";
import { PageHeader } from "@/components/ui/page-header";
import { uiLocale } from "@/lib/i18n/ui-locale";
import { loadBodyForEdit } from "@/app/organizations/page-loaders";
import { displayName, fullLabel } from "@/lib/registry/display-name";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitles");
  return { title: t("bodyEdit") };
}

export default async function EditBodyPage({ params }: { params: Promise<{ id: string; bodyId: string }> }) {
  const { id, bodyId } = await params;
  const { organisation, body } = await loadBodyForEdit(id, bodyId);
  const [t, locale] = await Promise.all([getTranslations("organisations.body"), uiLocale()]);
  return (
    <>
      <PageHeader title={t("editTitle", { name: displayName(body, locale) })} description={fullLabel(organisation, locale)} />
      <BodyForm organisationId={organisation.id} body={body} />
    </>
  );
}
