import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { decisionWords } from "@/components/council-decisions/reference";
import { FeeForm } from "@/components/fees/fee-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { listDecisionOptions } from "@/lib/council-decisions/queries";
import { getFeeForEdit } from "@/lib/fees/queries";
import { z } from "@/lib/validation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitles");
  return { title: t("feeEdit") };
}

export default async function EditFeePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("registry.write");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const found = await getFeeForEdit(actor, { id });
  if (!found) notFound();
  const [t, decisions, words] = await Promise.all([getTranslations("fees.form"), listDecisionOptions(actor, undefined), decisionWords()]);
  return (
    <>
      <PageHeader title={t("editTitle", { name: found.organisationName, year: found.fee.year })} />
      <FeeForm fee={found.fee} decisions={words.options(decisions)} />
    </>
  );
}
