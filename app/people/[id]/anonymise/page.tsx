import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AnonymiseForm } from "@/components/people/forms";
import { PageHeader } from "@/components/ui/page-header";
import { answersFrom } from "@/lib/check-answers";
import { ANONYMISE_FIELDS } from "@/lib/people/anonymise";
import { loadPersonForEdit } from "@/lib/people/page-loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitles");
  return { title: t("personAnonymise") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AnonymisePersonPage({ params, searchParams }: Props) {
  const { person } = await loadPersonForEdit((await params).id);
  if (person.anonymisedAt) notFound();
  const t = await getTranslations("people.anonymiseForm");
  return (
    <>
      <PageHeader title={t("title", { name: `${person.firstName} ${person.lastName}` })} />
      <AnonymiseForm person={person} initial={answersFrom(await searchParams, ANONYMISE_FIELDS)} />
    </>
  );
}
