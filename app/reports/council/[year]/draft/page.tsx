import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DraftForm } from "@/components/council-report/draft-form";
import { buttonClass } from "@/components/ui/button";
import { StatusMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { getDraft } from "@/lib/council-report/queries";
import { yearParam } from "@/lib/council-report/schemas";

type Props = {
  params: Promise<{ year: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("councilReport.draft");
  return { title: t("title", { year: (await params).year }) };
}

/** The coordinator's texts beside what the registry generates; then preview and finalise. */
export default async function DraftPage({ params, searchParams }: Props) {
  const actor = await requirePermission("councilReport.generate");
  const parsed = yearParam.safeParse((await params).year);
  if (!parsed.success) notFound();
  const year = parsed.data;
  const [t, tr, draft, search] = await Promise.all([
    getTranslations("councilReport.draft"),
    getTranslations("councilReport"),
    getDraft(actor, { year }),
    searchParams,
  ]);
  const organisations = draft.model.organisations.map((o) => ({
    id: o.organisationId,
    heading: o.heading,
    annualText: o.annualText,
    generated: [
      o.history,
      o.meetingsSentence,
      o.fee,
      ...(o.assessment ? [`${o.assessment.judgement} ${o.assessment.recommendation}`] : []),
    ],
  }));

  return (
    <>
      <PageHeader title={t("title", { year })} description={t("description")} />
      {search.saved ? <StatusMessage message={tr("savedBanner")} /> : null}
      <p className="my-4">
        <Link href={`/reports/council?year=${year}`} className="text-blue-800 underline">{t("back")}</Link>
      </p>
      {draft.id ? (
        <div className="mb-6 flex flex-wrap gap-2">
          <Link href={`/reports/council/${year}/draft/preview`} className={buttonClass("secondary")}>{t("preview")}</Link>
          <a href={`/reports/council/${year}/draft/docx`} className={buttonClass("secondary")}>{t("downloadDraft", { format: "DOCX" })}</a>
          <a href={`/reports/council/${year}/draft/pdf`} className={buttonClass("secondary")}>{t("downloadDraft", { format: "PDF" })}</a>
          <Link href={`/reports/council/${year}/finalise`} className={buttonClass("primary")}>{t("finalise")}</Link>
        </div>
      ) : (
        <p className="mb-6 rounded border-l-4 border-blue-800 bg-blue-50 p-3 text-slate-900">{t("notSaved")}</p>
      )}
      <DraftForm id={draft.id} version={draft.version} year={year} introduction={draft.introduction} organisations={organisations} />
    </>
  );
}
