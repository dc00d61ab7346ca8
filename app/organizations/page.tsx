import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/organisations/status-badge";
import { ButtonLink } from "@/components/ui/button";
import { ListFilters } from "@/components/ui/list-filters";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/guard";
import { exportHrefForList } from "@/lib/exports/lists";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { listOrganisations, listParamsSchema } from "@/lib/organisations/queries";
import { can } from "@/lib/permissions";
import { firstSearchParams, hrefWith } from "@/lib/url-state";
import { ORGANISATION_KINDS, ORGANISATION_SCOPES } from "@/lib/enums";

export async function generateMetadata() {
  const t = await getTranslations("organisations");
  return { title: t("title") };
}

const SORT_LABELS = { name: "sortName", "-name": "sortNameDesc", since: "sortSince", "-since": "sortSinceDesc" } as const;

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

      <ListFilters
        action="/organizations"
        legend={t("filters.legend")}
        applyLabel={t("filters.apply")}
        resetLabel={t("filters.reset")}
        fields={[
          { kind: "search", name: "q", label: t("filters.q"), value: params.q, hint: t("filters.qHint"), wide: true },
          { kind: "date", name: "asOf", label: t("filters.asOf"), value: data.asOf },
          {
            kind: "select",
            name: "status",
            label: t("filters.status"),
            value: params.status ?? "all",
            options: [
              { value: "all", label: t("filters.statusAll") },
              { value: "current", label: t("filters.statusCurrent") },
              ...(["observer", "full", "associate", "via_state", "ended", "none"] as const).map((s) => ({
                value: s,
                label: te(`membershipStatus.${s}`),
              })),
            ],
          },
          { kind: "select", name: "kind", label: t("filters.kind"), value: params.kind, any: t("filters.any"), options: ORGANISATION_KINDS.map((k) => ({ value: k, label: te(`organisationKind.${k}`) })) },
          { kind: "select", name: "scope", label: t("filters.scope"), value: params.scope, any: t("filters.any"), options: ORGANISATION_SCOPES.map((s) => ({ value: s, label: te(`organisationScope.${s}`) })) },
          {
            kind: "select",
            name: "fee",
            label: t("filters.fee"),
            value: params.fee,
            any: t("filters.any"),
            options: [
              { value: "yes", label: te("yesNo.yes") },
              { value: "no", label: te("yesNo.no") },
            ],
          },
          {
            kind: "select",
            name: "sort",
            label: t("filters.sort"),
            value: params.sort ?? "name",
            options: (["name", "-name", "since", "-since"] as const).map((v) => ({ value: v, label: t(`filters.${SORT_LABELS[v]}`) })),
          },
        ]}
      />

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
