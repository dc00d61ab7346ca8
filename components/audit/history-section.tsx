import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { recordHistory } from "@/lib/audit-log/queries";
import { can, type Actor } from "@/lib/permissions";
import { AuditEventsTable } from "./events-table";

/**
 * "Historie změn": a record page's audit events, for roles that may read the audit log (the
 * query checks it again). Renders nothing for everyone else. Read-only, like the whole log.
 */
export async function HistorySection({ actor, entity, entityId }: { actor: Actor; entity: string; entityId: string }) {
  if (!can(actor.role, "audit.read")) return null;
  const [t, events] = await Promise.all([getTranslations("audit.history"), recordHistory(actor, { entity, entityId })]);
  return (
    <section aria-labelledby="history" className="mt-8">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <h2 id="history" className="text-xl font-bold text-slate-900">{t("title")}</h2>
        <Link href={`/audit?entity=${encodeURIComponent(entity)}&entityId=${encodeURIComponent(entityId)}`} className="text-blue-900 underline">
          {t("all")}
        </Link>
      </div>
      {events.length === 0 ? (
        <p className="rounded border border-dashed border-slate-400 bg-white p-4 text-slate-800">{t("empty")}</p>
      ) : (
        <AuditEventsTable actor={actor} events={events} caption={t("caption")} captionHidden />
      )}
    </section>
  );
}
