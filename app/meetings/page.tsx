import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { MeetingTable } from "@/components/meetings/meeting-table";
import { ButtonLink } from "@/components/ui/button";
import { ListFilters } from "@/components/ui/list-filters";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/guard";
import { exportHrefForList } from "@/lib/exports/lists";
import { listMeetings, meetingChoices, meetingParamsSchema } from "@/lib/meetings/queries";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { can } from "@/lib/permissions";
import { firstSearchParams, hrefWith } from "@/lib/url-state";
import { pageLinkParams } from "@/lib/lists/keyset";
import { MEETING_KINDS } from "@/lib/enums";

export async function generateMetadata() {
  const t = await getTranslations("meetings");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Every meeting, for everyone who reads the registry; filters and pages live in the URL. */
export default async function MeetingsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("registry.read", "/meetings");
  const raw = await firstSearchParams(searchParams);
  const params = meetingParamsSchema.parse(raw);
  const [data, choices, t, te, tx, tf, locale] = await Promise.all([
    listMeetings(actor, params),
    meetingChoices(actor, undefined),
    getTranslations("meetings"),
    getTranslations("enums"),
    getTranslations("audit.exports.fromList"),
    getTranslations("figureLists"),
    getLocale() as Promise<Locale>,
  ]);
  const pageCount = Math.max(1, Math.ceil(data.total / data.pageSize));
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 12 }, (_, i) => thisYear + 1 - i);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <ButtonLink href="/meetings/mine" variant="secondary">{t("mine")}</ButtonLink>
            <ButtonLink href="/calendar" variant="secondary">{t("calendarLink")}</ButtonLink>
            {can(actor.role, "records.export") ? (
              <ButtonLink href={exportHrefForList("meetings", params)} variant="secondary">{tx("action")}</ButtonLink>
            ) : null}
            {can(actor.role, "meetings.write") ? <ButtonLink href="/meetings/new">{t("new")}</ButtonLink> : null}
          </>
        }
      />
      <ListFilters
        action="/meetings"
        legend={t("filters.legend")}
        applyLabel={t("filters.apply")}
        resetLabel={t("filters.reset")}
        columns={5}
        hidden={{ until: params.until, body: params.organisation ? undefined : params.body }}
        fields={[
          { kind: "select", name: "organisation", label: t("organisation"), value: params.organisation, any: t("filters.any"), options: choices.organisations, hint: params.organisation ? undefined : t("filters.bodyAfterOrganisation") },
          // Bodies of the chosen organisation only: all of them (600 at 300 organisations) would
          // be a select nobody can use and most of the page's weight.
          ...(params.organisation
            ? [{ kind: "select" as const, name: "body", label: t("body"), value: params.body, any: t("filters.any"), options: choices.bodies.filter((b) => b.organisationId === params.organisation) }]
            : []),
          { kind: "select", name: "year", label: t("filters.year"), value: params.year, any: t("filters.any"), options: years.map((y) => ({ value: y, label: String(y) })) },
          { kind: "select", name: "kind", label: t("filters.kind"), value: params.kind, any: t("filters.any"), options: MEETING_KINDS.map((k) => ({ value: k, label: te(`meetingKind.${k}`) })) },
          { kind: "select", name: "department", label: t("filters.department"), value: params.department, any: t("filters.any"), hint: t("filters.departmentHint"), options: choices.departments },
        ]}
      />
      {params.organisation || params.year || params.until ? (
        <div className="mb-6 rounded border-l-4 border-blue-800 bg-white p-4" data-testid="list-total">
          <p className="text-slate-900">
            {tf("meetingsTotal", { held: data.total, attended: data.attended })}
            {params.until ? ` ${tf("meetingsUntil", { date: formatDate(params.until, locale) })}` : ""}
          </p>
          {params.until ? (
            <Link href={hrefWith("/meetings", params, { until: undefined, page: undefined })} className="text-blue-900 underline">
              {tf("meetingsWholeYear")}
            </Link>
          ) : null}
        </div>
      ) : null}
      <MeetingTable caption={t("tableCaption", { total: data.total })} rows={data.rows} />
      <Pagination
        page={data.page}
        pageCount={pageCount}
        href={(page) => hrefWith("/meetings", params, pageLinkParams(page, data.page, data.keys))}
      />
    </>
  );
}
