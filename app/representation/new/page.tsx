import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RepresentationForm } from "@/components/representation/forms";
import { PageHeader } from "@/components/ui/page-header";
import { todayInPrague } from "@/lib/dates";
import { loadSeatForm } from "@/app/representation/page-loaders";
import { REPRESENTATION_ROLES } from "@/lib/representation/schemas";
import { z } from "@/lib/validation";
import { firstSearchParams } from "@/lib/url-state";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitles");
  return { title: t("seatNew") };
}

/** Defaults from the link that opened the form (a vacancy, an organisation, a person, a department). */
const prefill = z.object({
  organisationId: z.uuid().optional().catch(undefined),
  bodyId: z.uuid().optional().catch(undefined),
  personId: z.uuid().optional().catch(undefined),
  departmentId: z.uuid().optional().catch(undefined),
  role: z.enum(REPRESENTATION_ROLES).optional().catch(undefined),
});

export default async function NewRepresentationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const te = await getTranslations("enums");
  const { options } = await loadSeatForm((r) => te(`representationRole.${r}`));
  const raw = await firstSearchParams(searchParams);
  const initial = prefill.parse(raw);
  const t = await getTranslations("people.representationForm");
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <RepresentationForm options={options} initial={{ ...initial, validFrom: todayInPrague() }} />
    </>
  );
}
