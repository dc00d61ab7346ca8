import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ReportStateCell, TripReportsSection } from "@/components/meetings/trip-reports-section";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/guard";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { placeOf } from "@/lib/meetings/place";
import { getMeeting } from "@/lib/meetings/queries";
import { can } from "@/lib/permissions";
import { z } from "@/lib/validation";
import { fileTripReportAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(params: Props["params"]) {
  const actor = await requirePermission("registry.read");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const detail = await getMeeting(actor, { id });
  if (!detail) notFound();
  return { actor, detail };
}

export async function generateMetadata({ params }: Props) {
  const { detail } = await load(params);
  return { title: detail.meeting.title };
}

export default async function MeetingPage({ params }: Props) {
  const [{ actor, detail }, t, te, locale] = await Promise.all([
    load(params),
    getTranslations("meetings"),
    getTranslations("enums"),
    getLocale() as Promise<Locale>,
  ]);
  const m = detail.meeting;
  // Staff see the buttons too; the save checks their department's scope and says why if not.
  const writable = can(actor.role, "meetings.write");
  const dates = m.endsOn !== m.startsOn ? `${formatDate(m.startsOn, locale)} – ${formatDate(m.endsOn, locale)}` : formatDate(m.startsOn, locale);

  return (
    <>
      <PageHeader
        title={m.title}
        description={`${te(`meetingKind.${m.kind}`)} · ${dates}`}
        actions={writable ? <ButtonLink href={`/meetings/${m.id}/edit`} variant="secondary">{t("edit")}</ButtonLink> : null}
      />
      <section aria-labelledby="meeting-details" className="mb-8 mt-4">
        <h2 id="meeting-details" className="mb-3 text-xl font-bold text-slate-900">{t("details")}</h2>
        <dl className="grid gap-x-6 gap-y-2 rounded border border-slate-300 bg-white p-4 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("organisation")}</dt>
          <dd>
            <Link href={`/organizations/${m.organisationId}`} className="text-blue-900 underline">
              {detail.organisationName}
            </Link>
          </dd>
          <dt className="font-semibold">{t("body")}</dt>
          <dd>{detail.bodyName ?? t("wholeOrganisation")}</dd>
          <dt className="font-semibold">{t("place")}</dt>
          <dd>{placeOf(m, t("online"))}</dd>
          <dt className="font-semibold">{t("agendaUrl")}</dt>
          <dd>{m.agendaUrl ? <a href={m.agendaUrl} className="text-blue-900 underline" rel="noopener noreferrer">{m.agendaUrl}</a> : "—"}</dd>
          <dt className="font-semibold">{t("outcome")}</dt>
          <dd lang={m.outcome ? "cs" : undefined} className="whitespace-pre-line">{m.outcome ?? "—"}</dd>
        </dl>
      </section>

      <section aria-labelledby="meeting-attendance" className="mb-8">
        <h2 id="meeting-attendance" className="mb-3 text-xl font-bold text-slate-900">{t("attendance")}</h2>
        <Table caption={t("attendance")} captionHidden>
          <thead>
            <tr>
              <Th>{t("person")}</Th><Th>{t("role")}</Th><Th>{t("mode")}</Th><Th>{t("status")}</Th>
              <Th className="text-right">{t("travelCost")}</Th><Th>{t("tripReport")}</Th>
            </tr>
          </thead>
          <tbody>
            {detail.attendance.length === 0 ? (
              <tr><Td colSpan={6}>{t("noAttendance")}</Td></tr>
            ) : (
              detail.attendance.map((a) => (
                <tr key={a.id}>
                  <Td>
                    <Link href={`/people/${a.personId}`} className="text-blue-900 underline">{a.personName}</Link>
                    {a.departmentCode ? <span className="block text-sm text-slate-700">{a.departmentCode}</span> : null}
                  </Td>
                  <Td>{te(`attendanceRole.${a.role}`)}</Td>
                  <Td>{te(`attendanceMode.${a.mode}`)}</Td>
                  <Td>{te(`attendanceStatus.${a.status}`)}</Td>
                  <Td className="text-right whitespace-nowrap">{a.travelCostCzk ? formatMoney(a.travelCostCzk, "CZK", locale) : "—"}</Td>
                  <Td>
                    <ReportStateCell state={a.reportState} filedOn={a.tripReportFiledOn} dueOn={a.reportDueOn} anchor={`report-${a.id}`} />
                  </Td>
                </tr>
              ))
            )}
          </tbody>
          {detail.totalTravelCostCzk ? (
            <tfoot>
              <tr>
                <Th scope="row" colSpan={4}>{t("totalTravelCost")}</Th>
                <Td className="text-right font-semibold whitespace-nowrap">{formatMoney(detail.totalTravelCostCzk, "CZK", locale)}</Td>
                <Td />
              </tr>
            </tfoot>
          ) : null}
        </Table>
      </section>

      <TripReportsSection
        meetingId={m.id}
        rows={detail.attendance}
        writable={writable}
        ended={detail.ended}
        today={detail.today}
        action={fileTripReportAction}
      />
    </>
  );
}
