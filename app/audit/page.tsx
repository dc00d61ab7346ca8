import { getTranslations } from "next-intl/server";
import { AuditEventsTable } from "@/components/audit/events-table";
import { buttonClass } from "@/components/ui/button";
import { ListFilters } from "@/components/ui/list-filters";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/guard";
import { auditFilterSchema, listAuditActors, listAuditEvents, listAuditOrganisations, type AuditFilter } from "@/lib/audit-log/queries";
import { AUDIT_ACTIONS as ACTIONS, AUDIT_ENTITIES as ENTITIES } from "@/lib/audit-log/vocabulary";
import { pageLinkParams } from "@/lib/lists/keyset";
import { can } from "@/lib/permissions";
import { firstSearchParams } from "@/lib/url-state";

export async function generateMetadata() {
  const t = await getTranslations("audit.log");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function href(filter: AuditFilter, change: Partial<AuditFilter>) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filter, ...change })) if (v !== undefined && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `/audit?${s}` : "/audit";
}

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("audit.read", "/audit");
  const raw = await firstSearchParams(searchParams);
  const filter = auditFilterSchema.parse(raw);
  const [t, data, actors, organisations] = await Promise.all([
    getTranslations("audit"),
    listAuditEvents(actor, filter),
    listAuditActors(actor, undefined),
    listAuditOrganisations(actor, undefined),
  ]);
  // Beyond the capped count the number of pages is not known: "Strana N" and a next link while a next row exists.
  const pageCount = data.capped ? null : Math.max(1, Math.ceil(data.total / data.pageSize));
  const exportQuery = new URLSearchParams();
  if (filter.from) exportQuery.set("from", filter.from);
  if (filter.to) exportQuery.set("date", filter.to);
  const exportHref = (format: string) => `/exports/audit?${new URLSearchParams([...exportQuery, ["format", format]]).toString()}`;

  return (
    <>
      <PageHeader
        title={t("log.title")}
        description={t("log.description")}
        actions={
          can(actor.role, "records.export") ? (
            <>
              <a href={exportHref("csv")} download className={buttonClass("secondary")}>{t("log.export")}</a>
              <a href={exportHref("xlsx")} download className={buttonClass("secondary")}>{t("log.exportXlsx")}</a>
            </>
          ) : null
        }
      />

      <ListFilters
        action="/audit"
        legend={t("log.filters")}
        applyLabel={t("log.apply")}
        resetLabel={t("log.reset")}
        columns="3-wide"
        fields={[
          { kind: "select", name: "actor", label: t("log.actor"), value: filter.actor, any: t("log.any"), options: actors.map((u) => ({ value: u.id, label: `${u.name} (${u.email})` })) },
          {
            kind: "select",
            name: "organisation",
            label: t("log.organisation"),
            value: filter.organisation,
            any: t("log.any"),
            hint: t("log.organisationHint"),
            options: organisations.map((o) => ({ value: o.id, label: o.label })),
          },
          { kind: "select", name: "entity", label: t("log.entity"), value: filter.entity, any: t("log.any"), options: ENTITIES.map((e) => ({ value: e, label: t(`entities.${e}` as never) })) },
          { kind: "text", name: "entityId", label: t("log.entityId"), value: filter.entityId },
          { kind: "select", name: "action", label: t("log.action"), value: filter.action, any: t("log.any"), options: ACTIONS.map((a) => ({ value: a, label: t(`actions.${a}` as never) })) },
          { kind: "date", name: "from", label: t("log.from"), value: filter.from },
          { kind: "date", name: "to", label: t("log.to"), value: filter.to },
        ]}
      />

      {data.rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-400 bg-white p-4 text-slate-800">{t("log.empty")}</p>
      ) : (
        <AuditEventsTable actor={actor} events={data.rows} caption={data.capped ? t("log.captionMore", { total: data.total }) : t("log.caption", { total: data.total })} />
      )}
      <Pagination
        page={data.page}
        pageCount={pageCount}
        hasNext={data.hasNext}
        href={(page) => href(filter, pageLinkParams(page, data.page, data.keys))}
      />
    </>
  );
}
