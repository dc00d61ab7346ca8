import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReportView } from "@/components/council-report/report-view";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { reportBlocks } from "@/lib/council-report/blocks";
import { getDraft } from "@/lib/council-report/queries";
import { yearParam } from "@/lib/council-report/schemas";

type Props = { params: Promise<{ year: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("councilReport.preview");
  return { title: t("title", { year: (await params).year }) };
}

/** The draft as the report will read, print-friendly. */
export default async function PreviewPage({ params }: Props) {
  const actor = await requirePermission("councilReport.generate");
  const parsed = yearParam.safeParse((await params).year);
  if (!parsed.success) notFound();
  const [t, draft] = await Promise.all([getTranslations("councilReport.preview"), getDraft(actor, { year: parsed.data })]);
  return (
    <>
      <div className="print:hidden">
        <PageHeader title={t("title", { year: parsed.data })} description={t("print")} />
      </div>
      <ReportView blocks={reportBlocks(draft.model, { status: "draft" })} />
    </>
  );
}
