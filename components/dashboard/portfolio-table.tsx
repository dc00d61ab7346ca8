import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { StatusBadge } from "@/components/organisations/status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { MembershipFigures } from "@/lib/dashboard/figures";
import { figureLinks } from "@/lib/dashboard/links";
import type { YearWindow } from "@/lib/dashboard/window";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/i18n/format";

export const displayName = (r: { name: string; nameCs: string | null; abbreviation: string | null }) =>
  r.abbreviation ?? r.nameCs ?? r.name;

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
 * The portfolio: one row per membership in the year. It is also the text alternative of the
 * charts (the scatter plots exactly these rows).
 */
export async function PortfolioTable({ rows, window, locale }: { rows: readonly MembershipFigures[]; window: YearWindow; locale: Locale }) {
  const year = window.year;
  const [t, te] = await Promise.all([getTranslations("engagement.dashboard"), getTranslations("enums")]);
  const money = (v: string) => formatMoney(v, "CZK", locale);
  if (rows.length === 0) return <p className="rounded border border-dashed border-slate-400 bg-white p-4">{t("noRows")}</p>;
  return (
    <Table caption={t("portfolioCaption", { year })}>
      <thead>
        <tr>
          <Th>{t("organisation")}</Th>
          <Th>{t("status")}</Th>
          <Th>{t("level")}</Th>
          <Th>{t("trend")}</Th>
          <Th className="text-right">{t("attended")}</Th>
          <Th className="text-right">{t("attendanceRate")}</Th>
          <Th className="text-right">{t("fees")}</Th>
          <Th className="text-right">{t("travel")}</Th>
          <Th className="text-right">{t("costPerAttended")}</Th>
          <Th className="text-right">{t("vacancies")}</Th>
          <Th>{t("recommendation")}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const name = displayName(r);
          const evidence = `/organizations/${r.id}/assessments/${year}`;
          const ofEvidence = t("evidenceOf", { name });
          const links = figureLinks(r.id, window);
          return (
            <tr key={r.id}>
              <Th scope="row" className="border-b border-slate-200 bg-white font-normal">
                <a href={`/organizations/${r.id}`} className="font-semibold">{name}</a>
                {r.abbreviation || r.nameCs ? <span className="block text-xs text-slate-700">{r.name}</span> : null}
              </Th>
              <Td><StatusBadge status={r.status} /></Td>
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
              </Td>
              <Td>
                {r.trend.length ? (
                  <ol className="text-xs" aria-label={t("trend")}>
                    {r.trend.map((p) => (
                      <li key={p.year} className="whitespace-nowrap">{`${p.year}: ${te(`engagementLevel.${p.level}`)}`}</li>
                    ))}
                  </ol>
                ) : null}
                <span className="block whitespace-nowrap text-sm font-semibold" data-direction={r.direction ?? "none"}>
                  {r.direction ? t(`direction.${r.direction}`) : r.trend.length === 1 ? t("noTrend") : "—"}
                </span>
              </Td>
              <Td className="whitespace-nowrap text-right tabular-nums">
                <Figure href={links.meetings} label={t("meetingsOf", { name })}>
                  {t("attendedOf", { attended: r.attended, held: r.held })}
                </Figure>
              </Td>
              <Td className="text-right tabular-nums">
                <Figure href={`${evidence}#evidence`} label={ofEvidence}>
                  {r.attendanceRate === null ? "—" : `${r.attendanceRate} %`}
                </Figure>
              </Td>
              <Td className="whitespace-nowrap text-right tabular-nums">
                <Figure href={links.fees} label={t("feesOf", { name })}>{money(r.feesPaid)}</Figure>
              </Td>
              <Td className="whitespace-nowrap text-right tabular-nums">
                <Figure href={`${evidence}#evidence`} label={ofEvidence}>{money(r.travel)}</Figure>
              </Td>
              <Td className="whitespace-nowrap text-right tabular-nums">
                <Figure href={`${evidence}#evidence`} label={ofEvidence}>{r.costPerAttended === null ? "—" : money(r.costPerAttended)}</Figure>
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
  );
}
