import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EndRepresentationForm } from "@/components/representation/forms";
import { PageHeader } from "@/components/ui/page-header";
import { todayInPrague } from "@/lib/dates";
import { loadSeatForm } from "@/app/representation/page-loaders";
import { holderLabel } from "@/lib/representation/seats";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitles");
  return { title: t("seatEnd") };
}

export default async function EndRepresentationPage({ params }: { params: Promise<{ id: string }> }) {
  const te = await getTranslations("enums");
  const { seat } = await loadSeatForm((r) => te(`representationRole.${r}`), (await params).id);
  const t = await getTranslations("people.representationForm");
  const s = seat!;
  return (
    <>
      <PageHeader
        title={t("endTitle", { holder: holderLabel(s) })}
        description={`${s.organisationName}${s.bodyName ? ` – ${s.bodyName}` : ""} · ${te(`representationRole.${s.role}`)}`}
      />
      <EndRepresentationForm seat={{ id: s.id, version: s.version }} defaultDay={s.validTo ?? todayInPrague()} />
    </>
  );
}
