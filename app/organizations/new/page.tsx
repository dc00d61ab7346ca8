import { getTranslations } from "next-intl/server";
import { OrganisationForm } from "@/components/organisations/forms";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";

export async function generateMetadata() {
  return { title: (await getTranslations("organisations.form"))("createTitle") };
}

export default async function NewOrganisationPage() {
  await requirePermission("registry.write", "/organizations/new");
  const t = await getTranslations("organisations.form");
  return (
    <>
      <PageHeader title={t("createTitle")} />
      <OrganisationForm />
    </>
  );
}
