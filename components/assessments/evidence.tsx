import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { AssessmentPage } from "@/lib/assessments/queries";
import { indexA, indexB } from "@/lib/assessments/scorecard";
import { figureLinks } from "@/lib/dashboard/links";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { ClampedText } from "@/components/ui/clamped-text";

/**
 * The year's evidence beside the assessment form: the dashboard's own figures for this one
 * membership, then the meetings and fees they come from.
 */
export async function Evidence({ page, locale }: { page: AssessmentPage; locale: Locale }) {
  const tc = await getTranslations("czk");
  const t = await getTranslations("engagement.assessment");
  const te = await getTranslations("enums");
  const ts = await getTranslations("scorecard");
  const { figures: f, window: w, organisation, lastYear } = page;
  const links = figureLinks(organisation.id, w);
  const money = (v: string | null) => (v === null ? "—" : formatMoney(v, "CZK", locale));
  const empty = w.end < w.start;
  const items: [string, string, string?][] = f
    ? [
        [t("held"), String(f.held), links.meetings],
        [t("attended"), String(f.attended), links.meetings],
        [t("attendanceRate"), f.attendanceRate === null ? "—" : `${f.attendanceRate} %`],
        // Not paid yet, at the ČNB rate of the due date: part of the cost per attended meeting.
        [tc("feesEstimated"), money(f.feesEstimated), `/fees?year=${w.year}&organisation=${organisation.id}`],
        [t("people"), String(f.people)],
        [t("seats"), String(f.seats), links.vacancies],
        [t("vacancies"), String(f.vacancies), links.vacancies],
        [ts("evidence.feesCzk"), money(f.feesPaid), links.fees],
        [t("travel"), money(f.travel)],
        [t("costPerAttended"), money(f.costPerAttended)],
      ]
    : [];

  return (
    <section aria-labelledby="evidence" className="min-w-0 space-y-4 break-words">
      <h2 id="evidence" className="text-xl font-bold text-slate-900">{t("evidence", { year: w.year })}</h2>
      <p className="text-slate-800">
        {empty ? t("evidenceEmpty") : t("evidenceWindow", { from: formatDate(w.start, locale), to: formatDate(w.end, locale) })}
      </p>
      {/* One column on a phone (label above figure), two from sm up: never wider than the screen. */}
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 rounded border border-slate-300 bg-white p-4 sm:grid-cols-[minmax(0,1fr)_max-content]">
        {items.map(([label, value, href]) => (
          <div key={label} className="contents">
            <dt className="min-w-0 break-words font-semibold text-slate-900">{label}</dt>
            <dd className="tabular-nums sm:text-right" data-figure={label}>
              {href ? <Link href={href} className="text-blue-900 underline">{value}</Link> : value}
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-slate-800">{ts("evidence.feesCzkNote")}</p>

      <section aria-labelledby="last-year" className="rounded border border-slate-300 bg-white p-4">
        <h3 id="last-year" className="font-bold text-slate-900">{ts("evidence.lastYear", { year: w.year - 1 })}</h3>
        {lastYear ? (
          <ul className="mt-1 space-y-1 text-slate-900" data-testid="last-year">
            <li>{t("level")}: {te(`engagementLevel.${lastYear.level}`)}{lastYear.review !== "approved" ? ` (${ts(`review.${lastYear.review}`)})` : ""}</li>
            <li>{ts("indexAShort")}: {indexA(lastYear)?.replace(".", ",") ?? ts("indexIncomplete")}</li>
            <li>{ts("indexBShort")}: {indexB(lastYear)?.replace(".", ",") ?? ts("indexIncomplete")}</li>
            <li>{t("recommendation")}: {lastYear.recommendation ? te(`recommendation.${lastYear.recommendation}`) : "—"}</li>
            <li>
              <Link href={`/organizations/${organisation.id}/assessments/${w.year - 1}`} className="text-blue-900 underline">
                {ts("evidence.lastYear", { year: w.year - 1 })}
              </Link>
            </li>
          </ul>
        ) : (
          <p>{ts("evidence.noLastYear", { year: w.year - 1 })}</p>
        )}
      </section>

      <section aria-labelledby="trip-reports" className="rounded border border-slate-300 bg-white p-4">
        <h3 id="trip-reports" className="font-bold text-slate-900">{ts("evidence.tripReports")}</h3>
        {page.tripReports.length === 0 ? (
          <p>{ts("evidence.noTripReports")}</p>
        ) : (
          <ul className="mt-1 space-y-3">
            {page.tripReports.map((r) => (
              <li key={r.id}>
                <p className="font-semibold text-slate-900">
                  <Link href={`/meetings/${r.meetingId}`} className="text-blue-900 underline">
                    {ts("evidence.reportBy", { person: r.person ?? "—", meeting: r.meeting, date: formatDate(r.startsOn, locale) })}
                  </Link>
                </p>
                <ClampedText text={r.report} className="text-slate-900" />
              </li>
            ))}
          </ul>
        )}
      </section>

      <Table caption={t("meetings", { year: w.year })}>
        <thead>
          <tr><Th>{t("date")}</Th><Th>{t("meeting")}</Th><Th className="text-right">{t("attendedPeople")}</Th><Th className="text-right">{t("travel")}</Th></tr>
        </thead>
        <tbody>
          {page.meetings.length === 0 ? (
            <tr><Td colSpan={4}>{t("noMeetings")}</Td></tr>
          ) : (
            page.meetings.map((m) => (
              <tr key={m.id}>
                <Td className="whitespace-nowrap">{formatDate(m.startsOn, locale)}</Td>
                <Td><span lang="cs">{m.title}</span></Td>
                <Td className="text-right tabular-nums">{m.attended} / {m.registered}</Td>
                <Td className="whitespace-nowrap text-right tabular-nums">{money(m.travel)}</Td>
              </tr>
            ))
          )}
        </tbody>
      </Table>

      <Table caption={t("feesOfYear", { year: w.year })}>
        <thead>
          <tr><Th className="text-right">{t("amount")}</Th><Th className="text-right">{t("paidCzk")}</Th><Th>{t("feeStatus")}</Th></tr>
        </thead>
        <tbody>
          {page.fees.length === 0 ? (
            <tr><Td colSpan={3}>{t("noFees")}</Td></tr>
          ) : (
            page.fees.map((fee) => (
              <tr key={fee.id}>
                <Td className="whitespace-nowrap text-right tabular-nums">{formatMoney(fee.amount, fee.currency, locale)}</Td>
                <Td className="whitespace-nowrap text-right tabular-nums">{money(fee.amountCzk)}</Td>
                <Td>{te(`feeStatus.${fee.status}`)}</Td>
              </tr>
            ))
          )}
        </tbody>
      </Table>
    </section>
  );
}
