import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AnonymiseForm } from "@/components/people/forms";
import { PageHeader } from "@/components/ui/page-header";
import { loadPersonForEdit } from "@/lib/people/page-loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitles");
  return { title: t("personAnonymise") };
}

export default async function AnonymisePersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { person } = await loadPersonForEdit((await params).id);
  if (person.anonymisedAt) notFound();
  const t = await getTranslations("people.anonymiseForm");
  return (
    <>
      <PageHeader title={t("title", { name: `${person.firstName} ${person.lastName}` })} />
      <AnonymiseForm person={person} />
    </>
  );
}
