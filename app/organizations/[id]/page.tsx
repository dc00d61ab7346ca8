import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AssessmentsSection } from "@/components/assessments/organisation-section";
import { HistorySection } from "@/components/audit/history-section";
import { RecordedSection } from "@/components/audit/recorded-section";
import { OrganisationFees } from "@/components/fees/organisation-fees";
import { decisionWords } from "@/components/council-decisions/reference";
import { OrganisationNotice } from "@/components/notice/organisation-notice";
import { StatusBadge } from "@/components/organisations/status-badge";
import { OrganisationMeetingsLinks } from "@/components/meetings/organisation-meetings-links";
import { SeatTable } from "@/components/representation/seat-table";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { exportHrefForList } from "@/lib/exports/lists";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/guard";
import { getDecisionsByIds } from "@/lib/council-decisions/queries";
import { isIsoDate } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { getOrganisation } from "@/lib/organisations/queries";
import { can } from "@/lib/permissions";
import { displayName, fullLabel } from "@/lib/registry/display-name";
import { splitByDate } from "@/lib/representation/seats";
import { z } from "@/lib/validation";
import { ClampedText } from "@/components/ui/clamped-text";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ asOf?: string; recordedOn?: string }> };

async function load({ params, searchParams }: Props) {
  const actor = await requirePermission("registry.read");
  const { id } = await params;
  const { asOf, recordedOn } = await searchParams;
  if (!z.uuid().safeParse(id).success) notFound();
  const detail = await getOrganisation(actor, { id, asOf: asOf && isIsoDate(asOf) ? asOf : undefined });
  if (!detail) notFound();
  return { actor, detail, recordedOn };
}

export async function generateMetadata(props: Props) {
  const { detail } = await load(props);
  return { title: detail.organisation.name };
}

function Section({ id, title, actions, children }: { id: string; title: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <h2 id={id} className="text-xl font-bold text-slate-900">{title}</h2>
        {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return <p className="rounded border border-dashed border-slate-400 bg-white p-4 text-slate-800">{children}</p>;
}

export default async function OrganisationPage(props: Props) {
  const { actor, detail, recordedOn } = await load(props);
  const { organisation: o, periods, bodies, representations, fees, meetings, assessments } = detail;
  const [t, te, tf, ts, tx, locale] = await Promise.all([
    getTranslations("organisations.detail"),
    getTranslations("enums"),
    getTranslations("fees"),
    getTranslations("people.seats"),
    getTranslations("audit.exports.fromList"),
    getLocale() as Promise<Locale>,
  ]);
  const [tfl, tcd, decisions, words] = await Promise.all([
    getTranslations("flow"),
    getTranslations("councilDecisions"),
    getDecisionsByIds(actor, periods.flatMap((p) => [p.startDecisionId, p.endDecisionId])),
    decisionWords(),
  ]);
  /** The register's decision, linked, beside what the period's own text fields say. */
  const cited = (id: string | null, which: "startedBy" | "endedBy") => {
    const d = id ? decisions.get(id) : undefined;
    return d ? (
      <span className="block">
        {tcd(which)}{" "}
        <Link href={`/council-decisions/${d.id}`} className="text-blue-900 underline">{words.reference(d)}</Link>
      </span>
    ) : null;
  };
  const date = (d: string | null) => (d ? formatDate(d, locale) : t("open"));
  const editable = can(actor.role, "registry.write");
  const mayExport = can(actor.role, "records.export");
  const base = `/organizations/${o.id}`;
  const hasOpenPeriod = periods.some((p) => p.validTo === null);
  const { current: currentSeats, past: pastSeats } = splitByDate(representations, detail.asOf);

  return (
    <>
      <PageHeader
        title={fullLabel(o, locale)}
        description={locale === "cs" && o.nameCs && o.nameCs !== o.name ? o.name : undefined}
        actions={editable ? <ButtonLink href={`${base}/edit`} variant="secondary">{t("edit")}</ButtonLink> : null}
      />

      <div className="flex flex-wrap items-end gap-4 rounded border border-slate-300 bg-white p-4">
        <p className="text-lg text-slate-900">
          <span className="font-semibold">{t("statusToday", { date: formatDate(detail.asOf, locale) })}:</span>{" "}
          <StatusBadge status={detail.status} />
        </p>
        <form method="get" className="ml-auto flex items-end gap-2">
          <div>
            <label htmlFor="asOf" className="mb-1 block font-semibold text-slate-900">{t("statusOnDate")}</label>
            <input id="asOf" name="asOf" type="date" defaultValue={detail.asOf} className="rounded border border-slate-600 px-3 py-2" />
          </div>
          <button type="submit" className={buttonClass("secondary")}>{t("show")}</button>
        </form>
      </div>

      <Section id="overview" title={t("overview")}>
        <dl className="grid gap-x-6 gap-y-2 rounded border border-slate-300 bg-white p-4 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("officialName")}</dt>
          <dd>{o.name}</dd>
          {o.nameCs ? (<><dt className="font-semibold">{t("nameCs")}</dt><dd lang="cs">{o.nameCs}</dd></>) : null}
          {o.abbreviation ? (<><dt className="font-semibold">{t("abbreviation")}</dt><dd>{o.abbreviation}</dd></>) : null}
          <dt className="font-semibold">{t("website")}</dt>
          <dd>
            {o.website ? (
              <a href={o.website} className="text-blue-900 underline" rel="noopener noreferrer" target="_blank">
                {o.website}
              </a>
            ) : "—"}
          </dd>
          <dt className="font-semibold">{t("kind")}</dt>
          <dd>{te(`organisationKind.${o.kind}`)}</dd>
          <dt className="font-semibold">{t("scope")}</dt>
          <dd>{te(`organisationScope.${o.scope}`)}</dd>
        </dl>
        {o.description ? <ClampedText lang="cs" text={o.description} className="mt-3 max-w-3xl text-slate-900" label={fullLabel(o, locale)} /> : null}
      </Section>
      <OrganisationNotice actor={actor} organisationId={o.id} locale={locale} />

      <Section
        id="timeline"
        title={t("timeline")}
        actions={
          editable || (mayExport && periods.length > 0) ? (
            <>
              {editable ? (
                <>
                  {periods.length === 0 ? (
                    <ButtonLink href={`${base}/periods/new`}>{tfl("addFirstPeriod")}</ButtonLink>
                  ) : (
                    <ButtonLink href={`${base}/periods/new`} variant="secondary">{t("addPeriod")}</ButtonLink>
                  )}
                  {hasOpenPeriod ? (
                    <ButtonLink href={`${base}/periods/new?change=1`} variant="secondary">{t("changeStatus")}</ButtonLink>
                  ) : null}
                </>
              ) : null}
              {mayExport && periods.length > 0 ? (
                <ButtonLink href={exportHrefForList("periods", { organisation: o.id })} variant="secondary">{tx("actionPeriods")}</ButtonLink>
              ) : null}
            </>
          ) : null
        }
      >
        {periods.length === 0 ? (
          <Empty>{t("noPeriods")}</Empty>
        ) : (
          <Table caption={t("timelineCaption")} captionHidden>
            <thead>
              <tr>
                <Th>{t("period")}</Th>
                <Th>{t("status")}</Th>
                <Th>{t("decision")}</Th>
                <Th>{t("note")}</Th>
                {editable ? <Th><span className="sr-only">{t("editPeriod")}</span></Th> : null}
              </tr>
            </thead>
            <tbody>
              {periods.map((p) => (
                <tr key={p.id} aria-current={p.validFrom <= detail.asOf && (p.validTo === null || p.validTo >= detail.asOf) ? "true" : undefined}>
                  <Td className="whitespace-nowrap">{formatDate(p.validFrom, locale)} – {date(p.validTo)}</Td>
                  <Td><StatusBadge status={p.status} /></Td>
                  <Td>
                    {cited(p.startDecisionId, "startedBy")}
                    {cited(p.endDecisionId, "endedBy")}
                    {[p.startDecision && `${p.startDecision}${p.startDecisionDate ? ` (${formatDate(p.startDecisionDate, locale)})` : ""}`,
                      p.endDecision && `${p.endDecision}${p.endDecisionDate ? ` (${formatDate(p.endDecisionDate, locale)})` : ""}`]
                      .filter(Boolean).join(" → ") || (p.startDecisionId || p.endDecisionId ? null : "—")}
                  </Td>
                  <Td>{p.note ? <span lang="cs">{p.note}</span> : "—"}</Td>
                  {editable ? (
                    <Td>
                      <Link href={`${base}/periods/${p.id}`} className="text-blue-900 underline">
                        {t("editPeriod")}<span className="sr-only"> {t("editPeriodOf", { from: formatDate(p.validFrom, locale), to: date(p.validTo) })}</span>
                      </Link>
                      {/* Ending is irreversible: on the open period's own row, away from "Přidat období",
                          and it leads to a check-your-answers page before anything is saved. */}
                      {p.validTo === null ? (
                        <Link href={`${base}/end`} className="ml-4 whitespace-nowrap font-semibold text-red-800 underline">
                          {t("endThisPeriod")}
                        </Link>
                      ) : null}
                    </Td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Section>

      <Section
        id="bodies"
        title={t("bodies")}
        actions={editable ? <ButtonLink href={`${base}/bodies/new`} variant="secondary">{t("addBody")}</ButtonLink> : null}
      >
        {bodies.length === 0 ? (
          <Empty>{t("noBodies")}</Empty>
        ) : (
          <ul className="grid gap-2 sm:grid-cols-2">
            {bodies.map((b) => (
              <li key={b.id} className="rounded border border-slate-300 bg-white p-3">
                <span className="font-semibold">{displayName(b, locale)}</span>
                {locale === "cs" && b.nameCs && b.nameCs !== b.name ? <span className="block text-sm text-slate-700">{b.name}</span> : null}
                <span className="block text-sm text-slate-700">
                  {te(`bodyKind.${b.kind}`)}{b.active ? "" : ` · ${t("inactive")}`}
                </span>
                {editable ? (
                  <Link href={`${base}/bodies/${b.id}`} className="text-sm text-blue-900 underline">
                    {t("editBody", { name: displayName(b, locale) })}
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section
        id="representatives"
        title={t("representatives")}
        actions={editable ? <ButtonLink href={`/representation/new?organisationId=${o.id}`} variant="secondary">{ts("add")}</ButtonLink> : null}
      >
        <h3 className="mb-2 text-lg font-semibold text-slate-900">{ts("current")}</h3>
        {currentSeats.length === 0 ? (
          <Empty>{ts("noCurrent")}</Empty>
        ) : (
          <SeatTable seats={currentSeats} caption={ts("current")} columns={["holder", "body"]} editable={editable} />
        )}
        <h3 className="mb-2 mt-6 text-lg font-semibold text-slate-900">{ts("past")}</h3>
        {pastSeats.length === 0 ? (
          <Empty>{ts("noPast")}</Empty>
        ) : (
          <SeatTable seats={pastSeats} caption={ts("past")} columns={["holder", "body"]} editable={editable} />
        )}
      </Section>

      <Section
        id="fees"
        title={t("fees")}
        actions={
          editable ? (
            <ButtonLink href={`/fees/new?organisationId=${o.id}&year=${Number(detail.asOf.slice(0, 4)) + 1}`} variant="secondary">
              {tf("organisationSection.addFor")}
            </ButtonLink>
          ) : null
        }
      >
        {fees.rows.length === 0 ? <Empty>{t("noFees")}</Empty> : <OrganisationFees organisationId={o.id} data={fees} editable={editable} />}
      </Section>

      <Section id="meetings" title={t("meetings")}>
        {meetings.length === 0 ? (
          <Empty>{t("noMeetings")}</Empty>
        ) : (
          <Table caption={t("meetings")} captionHidden>
            <thead>
              <tr><Th>{t("date")}</Th><Th>{t("meeting")}</Th><Th>{t("body")}</Th><Th>{t("place")}</Th></tr>
            </thead>
            <tbody>
              {meetings.map((m) => (
                <tr key={m.id}>
                  <Td className="whitespace-nowrap">
                    {formatDate(m.startsOn, locale)}{m.endsOn !== m.startsOn ? ` – ${formatDate(m.endsOn, locale)}` : ""}
                  </Td>
                  <Td><Link href={`/meetings/${m.id}`} className="font-semibold text-blue-900 underline" lang="cs">{m.title}</Link><span className="block text-sm text-slate-700">{te(`meetingKind.${m.kind}`)}</span></Td>
                  <Td>{m.bodyName ?? "—"}</Td>
                  <Td>{m.online ? t("online") : [m.city, m.country].filter(Boolean).join(", ") || "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <OrganisationMeetingsLinks organisationId={o.id} canWrite={can(actor.role, "meetings.write")} />
      </Section>

      <AssessmentsSection
        organisationId={o.id}
        assessments={assessments}
        canWrite={can(actor.role, "assessments.write")}
        exportHref={mayExport ? exportHrefForList("assessments", { organisation: o.id }) : undefined}
      />

      <RecordedSection actor={actor} organisationId={o.id} asOf={detail.asOf} recordedOn={recordedOn} />
      <HistorySection actor={actor} entity="organisation" entityId={o.id} />
    </>
  );
}
