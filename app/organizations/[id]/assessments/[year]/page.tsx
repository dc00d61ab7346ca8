import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AssessmentForm } from "@/components/assessments/assessment-form";
import { decisionWords } from "@/components/council-decisions/reference";
import { Evidence } from "@/components/assessments/evidence";
import { ReviewForm } from "@/components/assessments/review-form";
import { ReviewStatus, ScorecardSummary } from "@/components/assessments/scorecard-summary";
import { StatusMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { getAssessmentPage } from "@/lib/assessments/queries";
import { MIN_YEAR, maxAssessmentYear } from "@/lib/assessments/schemas";
import { listDecisionOptions } from "@/lib/council-decisions/queries";
import { requirePermission } from "@/lib/auth/guard";
import { todayInPrague } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { can } from "@/lib/permissions";
import { z } from "@/lib/validation";
import { displayName, shortName } from "@/lib/registry/display-name";

type Props = { params: Promise<{ id: string; year: string }>; searchParams: Promise<{ saved?: string; reviewed?: string }> };

async function load({ params }: Props) {
  const actor = await requirePermission("registry.read");
  const { id, year: rawYear } = await params;
  const today = todayInPrague();
  const year = Number(rawYear);
  if (!z.uuid().safeParse(id).success || !/^\d{4}$/.test(rawYear) || year < MIN_YEAR || year > maxAssessmentYear(today)) {
    notFound();
  }
  const page = await getAssessmentPage(actor, { organisationId: id, year, today });
  if (!page) notFound();
  return { actor, page, year, today };
}

export async function generateMetadata(props: Props) {
  const { page, year } = await load(props);
  const t = await getTranslations("engagement.assessment");
  return { title: t("title", { year, name: page.organisation.abbreviation ?? page.organisation.name }) };
}

/** One membership's assessment for one year, with the year's evidence beside the form. */
export default async function AssessmentYearPage(props: Props) {
  const { actor, page, year, today } = await load(props);
  const { saved, reviewed } = await props.searchParams;
  const writable = can(actor.role, "assessments.write");
  const [t, te, tr, locale, decisions, words] = await Promise.all([
    getTranslations("engagement.assessment"),
    getTranslations("enums"),
    getTranslations("scorecard.review"),
    getLocale() as Promise<Locale>,
    listDecisionOptions(actor, undefined),
    decisionWords(),
  ]);
  const o = page.organisation;
  const a = page.assessment;
  const cited = a?.decisionId ? decisions.find((d) => d.id === a.decisionId) : undefined;
  const reviewable = a !== null && a.review === "draft" && can(actor.role, "assessments.approve");
  const base = `/organizations/${o.id}`;
  const dims = a ? [a.activity, a.continuity, a.benefit].map((v) => (v === null ? "–" : String(v))).join(" / ") : "";

  return (
    <>
      <PageHeader
        title={t("title", { year, name: shortName(o, locale) })}
        description={o.abbreviation ? displayName(o, locale) : undefined}
      />
      <nav aria-label={t("history")} className="mb-6 flex flex-wrap gap-4">
        <Link href={base} className="text-blue-900 underline">{t("backToOrganisation")}</Link>
        <Link href={`/dashboard?year=${year}`} className="text-blue-900 underline">{t("backToDashboard")}</Link>
        {year > MIN_YEAR ? (
          <Link href={`${base}/assessments/${year - 1}`} className="text-blue-900 underline">{t("previousYear", { year: year - 1 })}</Link>
        ) : null}
        {year < maxAssessmentYear(today) ? (
          <Link href={`${base}/assessments/${year + 1}`} className="text-blue-900 underline">{t("nextYear", { year: year + 1 })}</Link>
        ) : null}
      </nav>
      {saved ? <div className="mb-6"><StatusMessage message={t("saved")} /></div> : null}
      {reviewed === "approve" || reviewed === "return" ? (
        <div className="mb-6"><StatusMessage message={tr(reviewed === "approve" ? "approved_banner" : "returned_banner")} /></div>
      ) : null}

      <div className="grid grid-cols-1 gap-8 *:min-w-0 lg:grid-cols-2">
        <section aria-labelledby="assessment" className="space-y-4">
          <h2 id="assessment" className="text-xl font-bold text-slate-900">{t("current")}</h2>
          {a ? (
            <dl className="grid gap-x-6 gap-y-2 rounded border border-slate-300 bg-white p-4 sm:grid-cols-[max-content_1fr]">
              <dt className="font-semibold">{t("level")}</dt>
              <dd>{te(`engagementLevel.${a.level}`)}</dd>
              <dt className="font-semibold">{t("dimensions")}</dt>
              <dd>{dims}</dd>
              <dt className="font-semibold">{t("recommendation")}</dt>
              <dd>{a.recommendation ? te(`recommendation.${a.recommendation}`) : "—"}</dd>
              <dt className="font-semibold">{t("rationale")}</dt>
              <dd lang={a.rationale ? "cs" : undefined} className="whitespace-pre-line">{a.rationale ?? "—"}</dd>
              {cited ? (
                <>
                  <dt className="font-semibold">{t("decisionId")}</dt>
                  <dd>
                    <Link href={`/council-decisions/${cited.id}`} className="text-blue-900 underline">{words.reference(cited)}</Link>
                  </dd>
                </>
              ) : null}
              <dt className="font-semibold">{t("author")}</dt>
              <dd>{a.authorName ?? t("unknownAuthor")}, {formatDate(a.assessedOn, locale)}</dd>
            </dl>
          ) : null}
          {a ? <ReviewStatus assessment={a} locale={locale} /> : null}
          {a ? <ScorecardSummary assessment={a} asks={page.asks} /> : null}
          {reviewable ? (
            <section aria-labelledby="review" className="rounded border border-slate-300 bg-white p-4">
              <h3 id="review" className="mb-2 text-lg font-bold text-slate-900">{tr("title")}</h3>
              {a.authorId === actor.id ? <p>{tr("ownDraft")}</p> : <ReviewForm id={a.id} version={a.version} />}
            </section>
          ) : null}
          {a ? null : (
            <p className="rounded border border-dashed border-slate-400 bg-white p-4 text-slate-800">{t("none")}</p>
          )}
          {writable ? (
            <>
              <h3 className="text-lg font-bold text-slate-900">{a ? t("editTitle") : t("writeTitle")}</h3>
              <AssessmentForm organisationId={o.id} year={year} today={today} assessment={a} asks={page.asks} decisions={words.options(decisions)} />
            </>
          ) : (
            <p className="text-slate-800">{t("readOnly")}</p>
          )}
        </section>
        <Evidence page={page} locale={locale} />
      </div>
    </>
  );
}
