import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuditEventsTable } from "@/components/audit/events-table";
import { buttonClass } from "@/components/ui/button";
import { FilterPanel } from "@/components/ui/filter-panel";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/guard";
import { auditFilterSchema, listAuditActors, listAuditEvents, listAuditOrganisations, type AuditFilter } from "@/lib/audit-log/queries";
import { AUDIT_ACTIONS as ACTIONS, AUDIT_ENTITIES as ENTITIES } from "@/lib/audit-log/vocabulary";
import { can } from "@/lib/permissions";
import { FILTER_CONTROL as CONTROL, FILTER_LABEL as LABEL } from "@/components/ui/filter-classes";
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
  const pageCount = Math.max(1, Math.ceil(data.total / data.pageSize));
  const exportQuery = new URLSearchParams();
  if (filter.from) exportQuery.set("from", filter.from);
  if (filter.to) exportQuery.set("date", filter.to);
  const exportHref = (format: string) => `/exports/audit?${new URLSearchParams([...exportQuery, ["format", format]]).toString()}`;

  const tf = await getTranslations("filters");
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

      <FilterPanel label={tf("toggle")}>
        <form method="get" action="/audit" className="rounded border border-slate-300 bg-white p-4">
          <fieldset>
            <legend className="mb-3 text-lg font-bold text-slate-900">{t("log.filters")}</legend>
            <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              <div>
                <label htmlFor="a-actor" className={LABEL}>{t("log.actor")}</label>
                <select id="a-actor" name="actor" defaultValue={filter.actor ?? ""} className={CONTROL}>
                  <option value="">{t("log.any")}</option>
                  {actors.map((u) => (
                    <option key={u.id} value={u.id}>{`${u.name} (${u.email})`}</option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor="a-organisation" className={LABEL}>{t("log.organisation")}</label>
                <select id="a-organisation" name="organisation" defaultValue={filter.organisation ?? ""} aria-describedby="a-organisation-hint" className={CONTROL}>
                  <option value="">{t("log.any")}</option>
                  {organisations.map((o) => (
                    <option key={o.id} value={o.id}>{o.label}</option>
                  ))}
                </select>
                <p id="a-organisation-hint" className="mt-1 text-sm text-slate-700">{t("log.organisationHint")}</p>
              </div>
              <div>
                <label htmlFor="a-entity" className={LABEL}>{t("log.entity")}</label>
                <select id="a-entity" name="entity" defaultValue={filter.entity ?? ""} className={CONTROL}>
                  <option value="">{t("log.any")}</option>
                  {ENTITIES.map((e) => (
                    <option key={e} value={e}>{t(`entities.${e}` as never)}</option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor="a-entityId" className={LABEL}>{t("log.entityId")}</label>
                <input id="a-entityId" name="entityId" defaultValue={filter.entityId ?? ""} className={CONTROL} />
              </div>
              <div>
                <label htmlFor="a-action" className={LABEL}>{t("log.action")}</label>
                <select id="a-action" name="action" defaultValue={filter.action ?? ""} className={CONTROL}>
                  <option value="">{t("log.any")}</option>
                  {ACTIONS.map((a) => (
                    <option key={a} value={a}>{t(`actions.${a}` as never)}</option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor="a-from" className={LABEL}>{t("log.from")}</label>
                <input id="a-from" name="from" type="date" defaultValue={filter.from ?? ""} className={CONTROL} />
              </div>
              <div>
                <label htmlFor="a-to" className={LABEL}>{t("log.to")}</label>
                <input id="a-to" name="to" type="date" defaultValue={filter.to ?? ""} className={CONTROL} />
              </div>
            </div>
            <div className="mt-4 flex flex-wrap gap-3">
              <button type="submit" className={buttonClass("primary")}>{t("log.apply")}</button>
              <Link href="/audit" className={buttonClass("secondary")}>{t("log.reset")}</Link>
            </div>
          </fieldset>
        </form>
      </FilterPanel>

      {data.rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-400 bg-white p-4 text-slate-800">{t("log.empty")}</p>
      ) : (
        <AuditEventsTable actor={actor} events={data.rows} caption={t("log.caption", { total: data.total })} />
      )}
      <Pagination page={data.page} pageCount={pageCount} href={(page) => href(filter, { page })} />
    </>
  );
}
