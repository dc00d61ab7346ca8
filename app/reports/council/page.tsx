import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { StatusMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/guard";
import { defaultReportYear, getFinalVersions } from "@/lib/council-report/queries";
import { yearParam } from "@/lib/council-report/schemas";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { can } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("councilReport");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The year's final versions (everyone downloads them), the way to the draft, and the open data. */
export default async function CouncilReportPage({ searchParams }: Props) {
  const actor = await requirePermission("councilReport.read");
  const search = await searchParams;
  const parsed = yearParam.safeParse(search.year);
  const year = parsed.success ? parsed.data : defaultReportYear();
  const [t, locale, finals] = await Promise.all([
    getTranslations("councilReport"),
    getLocale() as Promise<Locale>,
    getFinalVersions(actor, { year }),
  ]);
  const finalised = typeof search.finalised === "string" ? Number(search.finalised) : null;

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          can(actor.role, "councilReport.generate") ? (
            <Link href={`/reports/council/${year}/draft`} className={buttonClass("primary")}>
              {t("editDraft")}
            </Link>
          ) : null
        }
      />
      {finalised ? <StatusMessage message={t("finalisedBanner", { number: finalised })} /> : null}
      <form method="get" className="my-6 flex items-end gap-2">
        <div>
          <label htmlFor="year" className="mb-1 block font-semibold text-slate-900">{t("yearLabel")}</label>
          <input id="year" name="year" type="number" inputMode="numeric" min={1990} max={2200} defaultValue={year} className="w-28 rounded border border-slate-600 px-3 py-2" />
        </div>
        <button type="submit" className={buttonClass("secondary")}>{t("show")}</button>
      </form>

      <section aria-labelledby="finals" className="mb-8">
        <h2 id="finals" className="mb-3 text-xl font-bold text-slate-900">{t("finals", { year })}</h2>
        {finals.length === 0 ? (
          <p className="text-slate-800">{t("noFinal", { year })}</p>
        ) : (
          <Table caption={t("finals", { year })} captionHidden>
            <thead>
              <tr>
                <Th>{t("version")}</Th>
                <Th>{t("finalisedAt")}</Th>
                <Th>{t("finalisedBy")}</Th>
                <Th>{t("state")}</Th>
                <Th>{t("files")}</Th>
              </tr>
            </thead>
            <tbody>
              {finals.map((f) => (
                <tr key={f.id}>
                  <Td>{f.finalNumber}</Td>
                  <Td>{formatDateTime(f.finalisedAt, locale)}</Td>
                  <Td>{f.finalisedBy ?? "—"}</Td>
                  <Td>
                    {f.supersededBy === null ? (
                      <strong>{t("valid")}</strong>
                    ) : (
                      <span className="text-slate-700">{t("supersededBy", { number: f.supersededBy })}</span>
                    )}
                  </Td>
                  <Td>
                    <ul className="space-y-1">
                      {f.files.map((file) => (
                        <li key={file.format}>
                          <a className="font-semibold text-blue-800 underline" href={`/reports/council/files/${f.id}/${file.format}`}>
                            {t("download", { format: file.format.toUpperCase(), number: f.finalNumber })}
                          </a>
                          <br />
                          <span className="text-xs text-slate-800">SHA-256: </span>
                          <code className="break-all text-xs text-slate-800" data-sha256={file.format}>{file.sha256}</code>
                        </li>
                      ))}
                    </ul>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>

      <section aria-labelledby="open-data">
        <h2 id="open-data" className="mb-2 text-xl font-bold text-slate-900">{t("openData")}</h2>
        <p className="mb-3 max-w-3xl text-slate-800">{t("openDataDescription")}</p>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <a className="text-blue-800 underline" href={`/reports/council/open-data/${year}/data.csv`}>{t("openDataCsv", { year })}</a>
          </li>
          <li>
            <a className="text-blue-800 underline" href={`/reports/council/open-data/${year}/metadata.json`}>{t("openDataJson", { year })}</a>
          </li>
        </ul>
      </section>
    </>
  );
}
