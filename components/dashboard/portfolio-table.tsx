import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { StatusBadge } from "@/components/organisations/status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { MembershipFigures } from "@/lib/dashboard/figures";
import { figureLinks } from "@/lib/dashboard/links";
import type { YearWindow } from "@/lib/dashboard/window";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/i18n/format";
import { displayName, shortName } from "@/lib/registry/display-name";


/**
 * A number that opens the records behind it; the row's organisation is in its accessible name.
 * NOTE: a plain anchor, not next/link: a page of the portfolio holds hundreds of these, and
 * Link would serialise a client component and prefetch a route for each.
 */
function Figure({ href, label, children }: { href: string; label: string; children: ReactNode }) {
  return (
    <a href={href}>
      {children}
      <span className="sr-only">{` (${label})`}</span>
    </a>
  );
}

/**
 * The portfolio: one row per membership. The columns a manager compares across rows stay
 * visible (so the table fits 1366 px); the rest is under "Podrobnosti" in the organisation's
 * own row. The charts' data tables sit under each chart.
 */
export async function PortfolioTable({ rows, window, locale }: { rows: readonly MembershipFigures[]; window: YearWindow; locale: Locale }) {
  const year = window.year;
  const [t, te, ts, tc] = await Promise.all([
    getTranslations("engagement.dashboard"),
    getTranslations("enums"),
    getTranslations("scorecard.dashboard"),
    getTranslations("czk"),
  ]);
  const money = (v: string) => formatMoney(v, "CZK", locale);
  const index = (v: string | null) => (v === null ? "—" : locale === "cs" ? v.replace(".", ",") : v);
  if (rows.length === 0) return <p className="rounded border border-dashed border-slate-400 bg-white p-4">{t("noRows")}</p>;
  return (
    <>
    <Table caption={t("portfolioCaption", { year })}>
      <thead>
        <tr>
          <Th>{t("organisation")}</Th>
          <Th>{t("level")}</Th>
          <Th className="text-right">{ts("indexA")}</Th>
          <Th className="text-right">{ts("indexB")}</Th>
          <Th className="text-right">{t("attended")}</Th>
          <Th className="text-right">{t("fees")}</Th>
          <Th className="text-right">{t("vacancies")}</Th>
          <Th>{t("recommendation")}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const name = shortName(r, locale);
          const evidence = `/organizations/${r.id}/assessments/${year}`;
          const ofEvidence = t("evidenceOf", { name });
          const links = figureLinks(r.id, window);
          return (
            <tr key={r.id} data-organisation={name}>
              <Th scope="row" className="border-b border-slate-200 bg-white font-normal">
                <a href={`/organizations/${r.id}`} className="font-semibold">{name}</a>
                {name !== displayName(r, locale) ? <span className="block text-xs text-slate-700">{displayName(r, locale)}</span> : null}
                <span className="mt-1 block"><StatusBadge status={r.status} /></span>
                <details className="mt-1 text-sm">
                  <summary className="cursor-pointer text-blue-900 underline">
                    {ts("details")}<span className="sr-only">{`: ${name}`}</span>
                  </summary>
                  <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3">
                    <dt>{t("attendanceRate")}</dt>
                    <dd className="tabular-nums">
                      <Figure href={`${evidence}#evidence`} label={ofEvidence}>{r.attendanceRate === null ? "—" : `${r.attendanceRate} %`}</Figure>
                    </dd>
                    <dt>{t("travel")}</dt>
                    <dd className="whitespace-nowrap tabular-nums">
                      <Figure href={`${evidence}#evidence`} label={ofEvidence}>{money(r.travel)}</Figure>
                    </dd>
                    <dt>{t("costPerAttended")}</dt>
                    <dd className="whitespace-nowrap tabular-nums">
                      <Figure href={`${evidence}#evidence`} label={ofEvidence}>{r.costPerAttended === null ? "—" : money(r.costPerAttended)}</Figure>
                    </dd>
                    <dt>{t("trend")}</dt>
                    <dd>
                      {r.trend.length ? (
                        <ol aria-label={t("trend")}>
                          {r.trend.map((p) => (
                            <li key={p.year} className="whitespace-nowrap">{`${p.year}: ${te(`engagementLevel.${p.level}`)}`}</li>
                          ))}
                        </ol>
                      ) : null}
                      <span className="block whitespace-nowrap font-semibold" data-direction={r.direction ?? "none"}>
                        {r.direction ? t(`direction.${r.direction}`) : r.trend.length === 1 ? t("noTrend") : "—"}
                      </span>
                    </dd>
                  </dl>
                </details>
              </Th>
              <Td>
                {r.level ? (
                  <Figure href={r.assessmentYear === year ? evidence : `/organizations/${r.id}/assessments/${r.assessmentYear}`} label={ofEvidence}>
                    {te(`engagementLevel.${r.level}`)}
                  </Figure>
                ) : (
                  <Figure href={evidence} label={ofEvidence}>{t("notAssessed")}</Figure>
                )}
                {r.level && r.assessmentYear !== year ? (
                  <span className="block text-xs text-slate-700">{t("levelFrom", { year: r.assessmentYear ?? "" })}</span>
                ) : null}
                {r.yearReview === "draft" || r.yearReview === "returned" ? (
                  <span className="mt-1 block">
                    <a href={evidence} className="rounded border border-amber-800 px-1 text-xs font-semibold text-amber-900" data-review={r.yearReview}>
                      {ts(r.yearReview)}
                    </a>
                  </span>
                ) : null}
              </Td>
              <Td className="text-right tabular-nums" data-index="A">{index(r.indexA)}</Td>
              <Td className="text-right tabular-nums" data-index="B">{index(r.indexB)}</Td>
              <Td className="whitespace-nowrap text-right tabular-nums">
                <Figure href={links.meetings} label={t("meetingsOf", { name })}>
                  {t("attendedOf", { attended: r.attended, held: r.held })}
                </Figure>
              </Td>
              <Td className="whitespace-nowrap text-right tabular-nums">
                <Figure href={links.fees} label={t("feesOf", { name })}>{money(r.feesPaid)}</Figure>
                {/* The linked figure is what was paid (its list adds up to it); the estimate at the ČNB rate is beside it. */}
                <span className="block whitespace-normal text-xs" data-testid="fees-split">
                  {!/^0(\.0+)?$/.test(r.feesEstimated) ? (
                    <span className="block font-semibold">{tc("estimatePart", { amount: money(r.feesEstimated) })}</span>
                  ) : null}
                  {r.feesUnknown > 0 ? <span className="block">{tc("unknownCount", { count: r.feesUnknown })}</span> : null}
                </span>
              </Td>
              <Td className="text-right tabular-nums">
                <Figure href={links.vacancies} label={t("vacanciesOf", { name })}>{r.vacancies}</Figure>
              </Td>
              <Td>{r.recommendation ? te(`recommendation.${r.recommendation}`) : "—"}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
    <p className="mt-2 max-w-3xl text-sm text-slate-800">{tc("rule")} {tc("source")}.</p>
    </>
  );
}
