import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FeeForm } from "@/components/fees/fee-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { listFeeOrganisations } from "@/lib/fees/queries";
import { todayInPrague } from "@/lib/dates";
import { z } from "@/lib/validation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitles");
  return { title: t("feeNew") };
}

type Props = { searchParams: Promise<{ organisationId?: string; year?: string }> };

/** A new fee: for the organisation in the URL (from its page), or chosen from the list. */
export default async function NewFeePage({ searchParams }: Props) {
  const actor = await requirePermission("registry.write");
  const { organisationId, year } = await searchParams;
  if (organisationId !== undefined && !z.uuid().safeParse(organisationId).success) notFound();
  const [t, organisations] = await Promise.all([getTranslations("fees.form"), listFeeOrganisations(actor, undefined)]);
  const fixed = organisationId ? organisations.find((o) => o.id === organisationId) : undefined;
  if (organisationId && !fixed) notFound();
  // Fees are planned for the coming year's budget: without a year in the URL the form offers the next one.
  const initialYear = year && /^\d{4}$/.test(year) ? Number(year) : Number(todayInPrague().slice(0, 4)) + 1;
  return (
    <>
      <PageHeader title={fixed ? t("newTitleFor", { name: fixed.name }) : t("newTitle")} />
      <FeeForm
        organisationId={fixed?.id}
        organisations={fixed ? undefined : organisations.map((o) => ({ value: o.id, label: o.name }))}
        year={initialYear}
      />
    </>
  );
}
