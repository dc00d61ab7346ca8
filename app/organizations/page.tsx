import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/organisations/status-badge";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { FilterPanel } from "@/components/ui/filter-panel";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/guard";
import { exportHrefForList } from "@/lib/exports/lists";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { listOrganisations, listParamsSchema } from "@/lib/organisations/queries";
import { can } from "@/lib/permissions";
import { FILTER_CONTROL as CONTROL, FILTER_LABEL as LABEL } from "@/components/ui/filter-classes";
import { firstSearchParams, hrefWith } from "@/lib/url-state";
import { ORGANISATION_KINDS, ORGANISATION_SCOPES } from "@/lib/enums";

export async function generateMetadata() {
  const t = await getTranslations("organisations");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function OrganisationsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("registry.read", "/organizations");
  const raw = await firstSearchParams(searchParams);
  const params = listParamsSchema.parse(raw);
  const [data, t, te, tx, locale] = await Promise.all([
    listOrganisations(actor, params),
    getTranslations("organisations"),
    getTranslations("enums"),
    getTranslations("audit.exports.fromList"),
    getLocale() as Promise<Locale>,
  ]);
  const pageCount = Math.max(1, Math.ceil(data.total / data.pageSize));

  const tf = await getTranslations("filters");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            {can(actor.role, "records.export") ? (
              <ButtonLink href={exportHrefForList("organisations", params)} variant="secondary">{tx("action")}</ButtonLink>
            ) : null}
            {can(actor.role, "registry.write") ? <ButtonLink href="/organizations/new">{t("new")}</ButtonLink> : null}
          </>
        }
      />

      <FilterPanel label={tf("toggle")}>
        <form method="get" action="/organizations" className="rounded border border-slate-300 bg-white p-4">
          <fieldset>
            <legend className="mb-3 text-lg font-bold text-slate-900">{t("filters.legend")}</legend>
            <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
              <div className="sm:col-span-2">
                <label htmlFor="f-q" className={LABEL}>{t("filters.q")}</label>
                <input id="f-q" name="q" type="search" defaultValue={params.q ?? ""} aria-describedby="f-q-hint" className={CONTROL} />
                <p id="f-q-hint" className="mt-1 text-sm text-slate-700">{t("filters.qHint")}</p>
              </div>
              <div>
                <label htmlFor="f-asOf" className={LABEL}>{t("filters.asOf")}</label>
                <input id="f-asOf" name="asOf" type="date" defaultValue={data.asOf} className={CONTROL} />
              </div>
              <div>
                <label htmlFor="f-status" className={LABEL}>{t("filters.status")}</label>
                <select id="f-status" name="status" defaultValue={params.status ?? "all"} className={CONTROL}>
                  <option value="all">{t("filters.statusAll")}</option>
                  <option value="current">{t("filters.statusCurrent")}</option>
                  {(["observer", "full", "associate", "via_state", "ended", "none"] as const).map((s) => (
                    <option key={s} value={s}>{te(`membershipStatus.${s}`)}</option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor="f-kind" className={LABEL}>{t("filters.kind")}</label>
                <select id="f-kind" name="kind" defaultValue={params.kind ?? ""} className={CONTROL}>
                  <option value="">{t("filters.any")}</option>
                  {ORGANISATION_KINDS.map((k) => (
                    <option key={k} value={k}>{te(`organisationKind.${k}`)}</option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor="f-scope" className={LABEL}>{t("filters.scope")}</label>
                <select id="f-scope" name="scope" defaultValue={params.scope ?? ""} className={CONTROL}>
                  <option value="">{t("filters.any")}</option>
                  {ORGANISATION_SCOPES.map((s) => (
                    <option key={s} value={s}>{te(`organisationScope.${s}`)}</option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor="f-fee" className={LABEL}>{t("filters.fee")}</label>
                <select id="f-fee" name="fee" defaultValue={params.fee ?? ""} className={CONTROL}>
                  <option value="">{t("filters.any")}</option>
                  <option value="yes">{te("yesNo.yes")}</option>
                  <option value="no">{te("yesNo.no")}</option>
                </select>
              </div>
              <div>
                <label htmlFor="f-sort" className={LABEL}>{t("filters.sort")}</label>
                <select id="f-sort" name="sort" defaultValue={params.sort ?? "name"} className={CONTROL}>
                  <option value="name">{t("filters.sortName")}</option>
                  <option value="-name">{t("filters.sortNameDesc")}</option>
                  <option value="since">{t("filters.sortSince")}</option>
                  <option value="-since">{t("filters.sortSinceDesc")}</option>
                </select>
              </div>
            </div>
            <div className="mt-4 flex flex-wrap gap-3">
              <button type="submit" className={buttonClass("primary")}>{t("filters.apply")}</button>
              <Link href="/organizations" className={buttonClass("secondary")}>{t("filters.reset")}</Link>
            </div>
          </fieldset>
        </form>
      </FilterPanel>

      <Table caption={t("table.caption", { date: formatDate(data.asOf, locale), total: data.total })}>
        <thead>
          <tr>
            <Th>{t("table.name")}</Th>
            <Th>{t("table.status")}</Th>
            <Th>{t("table.memberSince")}</Th>
            <Th>{t("table.level")}</Th>
            <Th>{t("table.representative")}</Th>
            <Th>{t("table.kind")}</Th>
          </tr>
        </thead>
        <tbody>
          {data.rows.length === 0 ? (
            <tr>
              <Td colSpan={6}>{t("table.empty")}</Td>
            </tr>
          ) : (
            data.rows.map((row) => (
              <tr key={row.id}>
                <Td>
                  <Link href={`/organizations/${row.id}${params.asOf ? `?asOf=${params.asOf}` : ""}`} className="font-semibold text-blue-900 underline">
                    {row.label}
                  </Link>
                  {/* The official name too where the Czech one is shown (display-name.ts). */}
                  {locale === "cs" && row.nameCs && row.nameCs !== row.name ? (
                    <span className="block text-sm text-slate-700">{row.name}</span>
                  ) : null}
                </Td>
                <Td>
                  <StatusBadge status={row.status} />
                </Td>
                <Td>{row.memberSince ? formatDate(row.memberSince, locale) : "—"}</Td>
                <Td>
                  {row.latestLevel
                    ? `${te(`engagementLevel.${row.latestLevel as "active"}`)} (${row.latestLevelYear})`
                    : "—"}
                </Td>
                <Td>{row.representative ?? "—"}</Td>
                <Td>{te(`organisationKind.${row.kind}`)}</Td>
              </tr>
            ))
          )}
        </tbody>
      </Table>
      <Pagination page={data.page} pageCount={pageCount} href={(page) => hrefWith("/organizations", params, { page })} />
    </>
  );
}
