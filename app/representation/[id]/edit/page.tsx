import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RepresentationForm } from "@/components/representation/forms";
import { PageHeader } from "@/components/ui/page-header";
import { loadSeatForm } from "@/app/representation/page-loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitles");
  return { title: t("seatEdit") };
}

export default async function EditRepresentationPage({ params }: { params: Promise<{ id: string }> }) {
  const te = await getTranslations("enums");
  const { options, seat } = await loadSeatForm((r) => te(`representationRole.${r}`), (await params).id);
  const t = await getTranslations("people.representationForm");
  const s = seat!;
  return (
    <>
      <PageHeader title={t("editTitle")} description={`${s.organisationName}${s.bodyName ? ` – ${s.bodyName}` : ""}`} />
      <RepresentationForm
        options={options}
        seat={{ id: s.id, version: s.version }}
        // A person's seat stores the person's department only as a record (see commands.ts):
        // the form's department field means "the whole department", so it starts empty.
        initial={{ ...s, departmentId: s.personId ? null : s.departmentId }}
      />
    </>
  );
}
