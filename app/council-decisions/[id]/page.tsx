import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { HistorySection } from "@/components/audit/history-section";
import { decisionWords } from "@/components/council-decisions/reference";
import { StatusBadge } from "@/components/organisations/status-badge";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/guard";
import { getCouncilDecision } from "@/lib/council-decisions/queries";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { formatMoney } from "@/lib/money";
import { can } from "@/lib/permissions";
import { z } from "@/lib/validation";

type Props = { params: Promise<{ id: string }> };

async function load({ params }: Props) {
  const actor = await requirePermission("registry.read");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const data = await getCouncilDecision(actor, { id });
  if (!data) notFound();
  return { actor, data };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { data } = await load(props);
  const words = await decisionWords();
  return { title: words.reference(data.decision) };
}

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-6">
      <h3 id={id} className="mb-2 text-lg font-semibold text-slate-900">{title}</h3>
      {children}
    </section>
  );
}

/** One decision and what it changed: the periods it started or ended, the fees and withdrawals citing it. */
export default async function CouncilDecisionPage(props: Props) {
  const { actor, data } = await load(props);
  const { decision: d, periods, fees, assessments } = data;
  const [t, td, te, words, locale] = await Promise.all([
    getTranslations("councilDecisions"),
    getTranslations("organisations.detail"),
    getTranslations("enums"),
    decisionWords(),
    getLocale() as Promise<Locale>,
  ]);
  const nothing = periods.length + fees.length + assessments.length === 0;
  const orgLink = (id: string, name: string, hash = "") => (
    <Link href={`/organizations/${id}${hash}`} className="font-semibold text-blue-900 underline">{name}</Link>
  );
  return (
    <>
      <PageHeader
        title={words.reference(d)}
        description={d.title}
        actions={can(actor.role, "rules.write") ? <ButtonLink href={`/council-decisions/${d.id}/edit`} variant="secondary">{t("edit")}</ButtonLink> : null}
      />
      {d.url ? (
        <p>
          <a href={d.url} className="text-blue-900 underline break-all" rel="noopener noreferrer" target="_blank">
            {t("archiveOf", { number: d.number })}
          </a>
        </p>
      ) : null}

      <section aria-labelledby="what-changed" className="mt-8">
        <h2 id="what-changed" className="text-xl font-bold text-slate-900">{t("whatChanged")}</h2>
        {nothing ? (
          <p className="mt-3 rounded border border-dashed border-slate-400 bg-white p-4 text-slate-800">{t("noCitations")}</p>
        ) : null}
        {periods.length > 0 ? (
          <Part id="cited-periods" title={t("periods")}>
            <Table caption={t("periodsCaption")} captionHidden>
              <thead>
                <tr><Th>{t("organisation")}</Th><Th>{t("period")}</Th><Th>{t("status")}</Th><Th>{t("role")}</Th></tr>
              </thead>
              <tbody>
                {periods.map((p) => (
                  <tr key={p.id}>
                    <Td>{orgLink(p.organisationId, p.organisation, "#timeline")}</Td>
                    <Td className="whitespace-nowrap">
                      {formatDate(p.validFrom, locale)} – {p.validTo ? formatDate(p.validTo, locale) : td("open")}
                    </Td>
                    <Td><StatusBadge status={p.status} /></Td>
                    <Td>{[p.starts ? t("started") : null, p.ends ? t("ended") : null].filter(Boolean).join(", ")}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </Part>
        ) : null}
        {fees.length > 0 ? (
          <Part id="cited-fees" title={t("fees")}>
            <Table caption={t("feesCaption")} captionHidden>
              <thead>
                <tr><Th>{t("organisation")}</Th><Th>{t("year")}</Th><Th className="text-right">{t("amount")}</Th><Th>{t("status")}</Th></tr>
              </thead>
              <tbody>
                {fees.map((f) => (
                  <tr key={f.id}>
                    <Td>{orgLink(f.organisationId, f.organisation, "#fees")}</Td>
                    <Td>{f.year}</Td>
                    <Td className="whitespace-nowrap text-right tabular-nums">{formatMoney(f.amount, f.currency, locale)}</Td>
                    <Td>{te(`feeStatus.${f.status}`)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </Part>
        ) : null}
        {assessments.length > 0 ? (
          <Part id="cited-assessments" title={t("assessments")}>
            <Table caption={t("assessmentsCaption")} captionHidden>
              <thead>
                <tr><Th>{t("organisation")}</Th><Th>{t("year")}</Th><Th>{t("recommendation")}</Th></tr>
              </thead>
              <tbody>
                {assessments.map((a) => (
                  <tr key={a.id}>
                    <Td>{orgLink(a.organisationId, a.organisation)}</Td>
                    <Td>
                      <Link href={`/organizations/${a.organisationId}/assessments/${a.year}`} className="text-blue-900 underline">{a.year}</Link>
                    </Td>
                    <Td>{a.recommendation ? te(`recommendation.${a.recommendation}`) : "—"}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </Part>
        ) : null}
      </section>
      <HistorySection actor={actor} entity="council_decision" entityId={d.id} />
    </>
  );
}
