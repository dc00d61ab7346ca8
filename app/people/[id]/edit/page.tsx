import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PersonForm } from "@/components/people/forms";
import { PageHeader } from "@/components/ui/page-header";
import { loadPersonForEdit } from "@/app/people/page-loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitles");
  return { title: t("personEdit") };
}

export default async function EditPersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { person, departmentOptions } = await loadPersonForEdit((await params).id);
  const t = await getTranslations("people.form");
  return (
    <>
      <PageHeader title={t("editTitle", { name: `${person.firstName} ${person.lastName}` })} />
      <PersonForm person={person} departmentOptions={departmentOptions} />
    </>
  );
}
