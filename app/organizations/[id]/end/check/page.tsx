import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { EndMembershipConfirm } from "@/components/organisations/forms";
import { StatusBadge } from "@/components/organisations/status-badge";
import { PageHeader } from "@/components/ui/page-header";
import { SummaryList } from "@/components/ui/summary-list";
import { requirePermission } from "@/lib/auth/guard";
import { answersFrom } from "@/lib/check-answers";
import { addDays } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { END_MEMBERSHIP_FIELDS, previewEndMembership } from "@/lib/organisations/end-membership";
import { loadOrganisationForEdit } from "@/lib/organisations/page-loaders";
import { endMembershipSchema } from "@/lib/organisations/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitles");
  return { title: t("membershipEndCheck") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Check your answers (GOV.UK) before a membership ends: what will happen, each answer with
 * "Změnit", and the one button that saves. Answers that no longer pass go back to the form.
 */
export default async function EndMembershipCheckPage({ params, searchParams }: Props) {
  const { organisation } = await loadOrganisationForEdit((await params).id);
  const actor = await requirePermission("registry.write");
  const answers = answersFrom(await searchParams, END_MEMBERSHIP_FIELDS);
  const query = new URLSearchParams(answers).toString();
  const formPath = `/organizations/${organisation.id}/end`;
  const parsed = endMembershipSchema.safeParse({ ...answers, organisationId: organisation.id });
  if (!parsed.success) redirect(`${formPath}?${query}`);
  const input = parsed.data;
  const preview = await previewEndMembership(actor, { organisationId: organisation.id, endOn: input.endOn });
  if (preview.problem || !preview.open) redirect(`${formPath}?${query}`);

  const [t, locale] = await Promise.all([getTranslations("organisations.end"), getLocale() as Promise<Locale>]);
  const date = (d: string | null) => (d ? formatDate(d, locale) : "—");
  const change = (field: string) => `${formPath}?${query}#field-${field}`;
  return (
    <>
      <PageHeader title={t("checkTitle", { name: organisation.name })} description={t("checkIntro")} />
      <h2 className="mb-3 text-xl font-bold text-slate-900">{t("whatHappens")}</h2>
      <ul className="mb-6 max-w-3xl list-disc space-y-2 pl-6 text-slate-900">
        <li>
          {t("periodEnds", { from: date(preview.open.validFrom), to: date(input.endOn) })} <StatusBadge status={preview.open.status} />
        </li>
        <li>{t("notMemberFrom", { date: date(addDays(input.endOn, 1)) })}</li>
        <li>{t("historyStays")}</li>
        {preview.openSeats > 0 ? (
          <li>
            {t("seatsStay", { count: preview.openSeats })}{" "}
            <Link href={`/representation?organisation=${organisation.id}`} className="text-blue-900 underline">{t("seatsLink")}</Link>
          </li>
        ) : null}
        {preview.unsettledFees > 0 ? <li>{t("feesStay", { count: preview.unsettledFees })}</li> : null}
      </ul>
      <h2 className="mb-3 text-xl font-bold text-slate-900">{t("yourAnswers")}</h2>
      <SummaryList
        changeText={t("change")}
        rows={[
          { key: t("endOn"), value: date(input.endOn), changeHref: change("endOn") },
          { key: t("endDecision"), value: input.endDecision, changeHref: change("endDecision") },
          { key: t("endDecisionDate"), value: date(input.endDecisionDate), changeHref: change("endDecisionDate") },
          { key: t("note"), value: input.note ?? "—", changeHref: change("note") },
        ]}
      />
      <div className="mt-6">
        <EndMembershipConfirm answers={{ ...answers, organisationId: organisation.id }} />
      </div>
      <p className="mt-4">
        <Link href={`/organizations/${organisation.id}`} className="text-blue-900 underline">{t("cancel")}</Link>
      </p>
    </>
  );
}
