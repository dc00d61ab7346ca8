import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EndMembershipForm } from "@/components/organisations/forms";
import { PageHeader } from "@/components/ui/page-header";
import { answersFrom } from "@/lib/check-answers";
import { loadOrganisationForEdit } from "@/lib/organisations/page-loaders";
import { END_MEMBERSHIP_FIELDS } from "@/lib/organisations/end-membership";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitles");
  return { title: t("membershipEnd") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Step one of ending a membership; "Změnit" on the summary comes back here with the answers. */
export default async function EndMembershipPage({ params, searchParams }: Props) {
  const { organisation } = await loadOrganisationForEdit((await params).id);
  const t = await getTranslations("organisations.end");
  return (
    <>
      <PageHeader title={t("title", { name: organisation.name })} description={t("hint")} />
      <EndMembershipForm organisationId={organisation.id} initial={answersFrom(await searchParams, END_MEMBERSHIP_FIELDS)} />
    </>
  );
}
