import { sql } from "drizzle-orm";
import { addDays } from "@/lib/dates";
import type { ExportKind } from "@/lib/exports/kind";

/** The audit log itself; moments in Prague time, before/after as their JSON text. */
export const auditExport: ExportKind = {
  id: "audit",
  keyCount: 1,
  columns: [
    { key: "at", type: "datetime" },
    { key: "actor", type: "text" },
    { key: "entity", type: "text" },
    { key: "entityId", type: "text" },
    { key: "action", type: "text" },
    { key: "before", type: "text" },
    { key: "after", type: "text" },
    { key: "note", type: "text" },
  ],
  select: ({ date, from, to }) => {
    const until = addDays(to ?? date, 1);
    return sql`select to_char(e.at at time zone 'Europe/Prague', 'YYYY-MM-DD HH24:MI:SS') as "at",
        e.actor_label as "actor", e.entity as "entity", e.entity_id as "entityId", e.action as "action",
        e.before::text as "before", e.after::text as "after", e.note as "note",
        e.id as _k0
      from audit_events e
      where e.at < (${until}::date::timestamp at time zone 'Europe/Prague')
        ${from ? sql`and e.at >= (${from}::date::timestamp at time zone 'Europe/Prague')` : sql``}`;
  },
};
