import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FinaliseForm } from "@/components/council-report/finalise-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { getDraft, getFinalVersions } from "@/lib/council-report/queries";
import { yearParam } from "@/lib/council-report/schemas";

type Props = { params: Promise<{ year: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("councilReport.finalise");
  return { title: t("title", { year: (await params).year }) };
}

/** Check your answers before the irreversible step. */
export default async function FinalisePage({ params }: Props) {
  const actor = await requirePermission("councilReport.generate");
  const parsed = yearParam.safeParse((await params).year);
  if (!parsed.success) notFound();
  const year = parsed.data;
  const [t, draft, finals] = await Promise.all([
    getTranslations("councilReport.finalise"),
    getDraft(actor, { year }),
    getFinalVersions(actor, { year }),
  ]);
  if (!draft.id || draft.version === null) redirect(`/reports/council/${year}/draft`);
  const withText = draft.model.organisations.filter((o) => o.annualText !== "").map((o) => o.heading);
  const edit = `/reports/council/${year}/draft`;
  const rows: [string, string, boolean][] = [
    [t("year"), String(year), false],
    [t("number"), String((finals[0]?.finalNumber ?? 0) + 1), false],
    [t("organisations"), String(draft.model.organisations.length), false],
    [t("withText"), withText.join(", ") || t("none"), true],
    [t("introduction"), draft.introduction.slice(0, 300) + (draft.introduction.length > 300 ? "…" : ""), true],
  ];
  return (
    <>
      <PageHeader title={t("title", { year })} />
      <h2 className="mb-3 text-xl font-bold text-slate-900">{t("check")}</h2>
      <dl className="mb-6 max-w-3xl divide-y divide-slate-300 border-y border-slate-300">
        {rows.map(([label, value, editable]) => (
          <div key={label} className="grid gap-2 py-3 sm:grid-cols-[12rem_1fr_auto]">
            <dt className="font-semibold text-slate-900">{label}</dt>
            <dd className="whitespace-pre-line text-slate-800">{value}</dd>
            <dd>
              {editable ? (
                <Link href={edit} className="text-blue-800 underline">
                  {t("change")}
                  <span className="sr-only"> {label}</span>
                </Link>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mb-4 max-w-3xl rounded border-l-4 border-amber-700 bg-amber-50 p-3 font-semibold text-slate-900">{t("warning")}</p>
      <FinaliseForm id={draft.id} version={draft.version} />
    </>
  );
}
