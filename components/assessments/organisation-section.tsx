import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import type { engagementAssessments } from "@/db/schema";
import { todayInPrague } from "@/lib/dates";
import { ClampedText } from "@/components/ui/clamped-text";

type Assessment = typeof engagementAssessments.$inferSelect;

/**
 * The organisation page's "Hodnocení zapojení": every year's assessment as history (each year
 * opens with its evidence), and for managers and admins the way to write this or next year's.
 */
export async function AssessmentsSection({
  organisationId,
  assessments,
  canWrite,
  exportHref,
}: {
  organisationId: string;
  assessments: readonly Assessment[];
  canWrite: boolean;
  /** The export of these assessments, for those who may export. */
  exportHref?: string;
}) {
  const [t, te, tx] = await Promise.all([
    getTranslations("engagement.assessment"),
    getTranslations("enums"),
    getTranslations("audit.exports.fromList"),
  ]);
  const base = `/organizations/${organisationId}/assessments`;
  const year = Number(todayInPrague().slice(0, 4));
  const missing = canWrite ? [year, year + 1].filter((y) => !assessments.some((a) => a.year === y)) : [];
  const dim = (v: number | null) => (v === null ? "–" : String(v));

  return (
    <section aria-labelledby="assessments" className="mt-8">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <h2 id="assessments" className="text-xl font-bold text-slate-900">{t("history")}</h2>
        {missing.length || exportHref ? (
          <div className="flex flex-wrap gap-2">
            {missing.map((y) => (
              <ButtonLink key={y} href={`${base}/${y}`} variant="secondary">{t("writeFor", { year: y })}</ButtonLink>
            ))}
            {exportHref && assessments.length > 0 ? (
              <ButtonLink href={exportHref} variant="secondary">{tx("actionAssessments")}</ButtonLink>
            ) : null}
          </div>
        ) : null}
      </div>
      {assessments.length === 0 ? (
        <p className="rounded border border-dashed border-slate-400 bg-white p-4 text-slate-800">{t("noHistory")}</p>
      ) : (
        <Table caption={t("historyCaption")} captionHidden>
          <thead>
            <tr>
              <Th>{t("year")}</Th>
              <Th>{t("level")}</Th>
              <Th>{t("dimensions")}</Th>
              <Th>{t("recommendation")}</Th>
              <Th>{t("rationale")}</Th>
            </tr>
          </thead>
          <tbody>
            {assessments.map((a) => (
              <tr key={a.id}>
                <Td>
                  <Link href={`${base}/${a.year}`} className="text-blue-900 underline">{t("openYear", { year: a.year })}</Link>
                </Td>
                <Td>{te(`engagementLevel.${a.level}`)}</Td>
                <Td className="whitespace-nowrap tabular-nums">{[a.activity, a.continuity, a.benefit].map(dim).join(" / ")}</Td>
                <Td>{a.recommendation ? te(`recommendation.${a.recommendation}`) : "—"}</Td>
                <Td className="max-w-md">{a.rationale ? <ClampedText lang="cs" text={a.rationale} label={t("rationale")} /> : "—"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
