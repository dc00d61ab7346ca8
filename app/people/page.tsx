import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { ListFilters } from "@/components/ui/list-filters";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/guard";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { pageLinkParams } from "@/lib/lists/keyset";
import { listPeople, peopleParamsSchema } from "@/lib/people/queries";
import { can } from "@/lib/permissions";
import { firstSearchParams, hrefWith } from "@/lib/url-state";

export async function generateMetadata() {
  const t = await getTranslations("people");
  return { title: t("title") };
}


const STATUS_LABELS = { current: "statusCurrent", left: "statusLeft", all: "statusAll" } as const;

export default async function PeoplePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("registry.read", "/people");
  const raw = await firstSearchParams(searchParams);
  const params = peopleParamsSchema.parse(raw);
  const [data, t, tm, locale] = await Promise.all([
    listPeople(actor, params),
    getTranslations("people"),
    getTranslations("people.matrix"),
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
            <ButtonLink href="/departments" variant="secondary">{tm("departments")}</ButtonLink>
            {can(actor.role, "registry.write") ? <ButtonLink href="/people/new">{t("new")}</ButtonLink> : null}
          </>
        }
      />
      <ListFilters
        action="/people"
        legend={t("filters.legend")}
        applyLabel={t("filters.apply")}
        columns={3}
        fields={[
          { kind: "search", name: "q", label: t("filters.q"), value: params.q, wide: true },
          {
            kind: "select",
            name: "status",
            label: t("filters.status"),
            value: params.status ?? "current",
            options: (["current", "left", "all"] as const).map((s) => ({ value: s, label: t(`filters.${STATUS_LABELS[s]}`) })),
          },
        ]}
      />

      <p className="mb-2 text-slate-800" role="status">{t("count", { count: data.total })}</p>
      {data.rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-400 bg-white p-4 text-slate-800">{t("noPeople")}</p>
      ) : (
        <Table caption={t("listCaption")} captionHidden>
          <thead>
            <tr>
              <Th>{t("name")}</Th>
              <Th>{t("department")}</Th>
              <Th>{t("email")}</Th>
              <Th className="text-right">{t("currentSeats")}</Th>
              <Th>{t("state")}</Th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((p) => (
              <tr key={p.id}>
                <Td>
                  <Link href={`/people/${p.id}`} className="font-semibold text-blue-900 underline">
                    {[p.title, p.firstName, p.lastName].filter(Boolean).join(" ")}
                  </Link>
                </Td>
                <Td>{p.departmentCode ?? t("none")}</Td>
                <Td>{p.email ?? t("none")}</Td>
                <Td className="text-right tabular-nums">{p.currentSeats}</Td>
                <Td>
                  {p.anonymisedAt ? t("anonymised") : p.leftOn && p.leftOn < data.today ? t("left", { date: formatDate(p.leftOn, locale) }) : t("active")}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={data.page} pageCount={pageCount} href={(page) => hrefWith("/people", params, pageLinkParams(page, data.page, data.keys))} />
    </>
  );
}
