import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { MeetingTable } from "@/components/meetings/meeting-table";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { FilterPanel } from "@/components/ui/filter-panel";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/guard";
import { exportHrefForList } from "@/lib/exports/lists";
import { listMeetings, meetingChoices, meetingParamsSchema } from "@/lib/meetings/queries";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { can } from "@/lib/permissions";
import { FILTER_CONTROL as CONTROL, FILTER_LABEL as LABEL } from "@/components/ui/filter-classes";
import { firstSearchParams, hrefWith } from "@/lib/url-state";
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

  const tfilter = await getTranslations("filters");
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
      <FilterPanel label={tfilter("toggle")}>
        <form method="get" action="/meetings" className="rounded border border-slate-300 bg-white p-4">
          <fieldset>
            <legend className="mb-3 text-lg font-bold text-slate-900">{t("filters.legend")}</legend>
            <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
              <div>
                <label htmlFor="f-organisation" className={LABEL}>{t("organisation")}</label>
                <select id="f-organisation" name="organisation" defaultValue={params.organisation ?? ""} className={CONTROL}>
                  <option value="">{t("filters.any")}</option>
                  {choices.organisations.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                </select>
              </div>
              <div>
                <label htmlFor="f-body" className={LABEL}>{t("body")}</label>
                <select id="f-body" name="body" defaultValue={params.body ?? ""} className={CONTROL}>
                  <option value="">{t("filters.any")}</option>
                  {choices.bodies.map((b) => <option key={b.value} value={b.value}>{b.label}</option>)}
                </select>
              </div>
              <div>
                <label htmlFor="f-year" className={LABEL}>{t("filters.year")}</label>
                <select id="f-year" name="year" defaultValue={params.year ? String(params.year) : ""} className={CONTROL}>
                  <option value="">{t("filters.any")}</option>
                  {years.map((y) => <option key={y} value={y}>{y}</option>)}
                </select>
              </div>
              <div>
                <label htmlFor="f-kind" className={LABEL}>{t("filters.kind")}</label>
                <select id="f-kind" name="kind" defaultValue={params.kind ?? ""} className={CONTROL}>
                  <option value="">{t("filters.any")}</option>
                  {MEETING_KINDS.map((k) => <option key={k} value={k}>{te(`meetingKind.${k}`)}</option>)}
                </select>
              </div>
              <div>
                <label htmlFor="f-department" className={LABEL}>{t("filters.department")}</label>
                <select id="f-department" name="department" defaultValue={params.department ?? ""} className={CONTROL} aria-describedby="f-department-hint">
                  <option value="">{t("filters.any")}</option>
                  {choices.departments.map((d) => <option key={d.value} value={d.value}>{d.label}</option>)}
                </select>
                <p id="f-department-hint" className="mt-1 text-sm text-slate-700">{t("filters.departmentHint")}</p>
              </div>
            </div>
            {params.until ? <input type="hidden" name="until" value={params.until} /> : null}
            <div className="mt-4 flex flex-wrap gap-3">
              <button type="submit" className={buttonClass("primary")}>{t("filters.apply")}</button>
              <Link href="/meetings" className={buttonClass("secondary")}>{t("filters.reset")}</Link>
            </div>
          </fieldset>
        </form>
      </FilterPanel>
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
        href={(page) =>
          hrefWith("/meetings", params, {
            page,
            after: page > data.page ? data.keys.after : undefined,
            before: page < data.page && page > 1 ? data.keys.before : undefined,
          })
        }
      />
    </>
  );
}
