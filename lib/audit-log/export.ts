import { sql } from "drizzle-orm";
import { addDays } from "@/lib/dates";
import { enumLabels, type CellValue, type Column, type ExportRow } from "@/lib/exports/columns";
import type { ExportKind } from "@/lib/exports/kind";
import { formatDate, formatDateTime, formatMoney } from "@/lib/i18n/format";
import cs from "@/lib/i18n/messages/cs.json";
import { changesText, subjectText, type AuditWords } from "./format";
import type { AuditEventRow } from "./queries";
import { resolveRefs } from "./register";

const own = (labels: Record<string, string>, key: string) => (Object.hasOwn(labels, key) ? labels[key] : undefined);

/** Export files are Czech documents (lib/exports/columns.ts): the register's words in Czech. */
const CZECH: AuditWords = {
  entity: (key) => own(cs.audit.entities, key) ?? key,
  action: (key) => own(cs.audit.actions, key) ?? key,
  field: (key) => own(cs.audit.fields, key),
  enumLabel: (name, value) => own(enumLabels(name), value),
  exportColumn: (key) => own(cs.audit.exports.columns, key),
  date: (iso) => formatDate(iso, "cs"),
  dateTime: (v) => formatDateTime(v, "cs"),
  money: (amount, currency) => formatMoney(amount, currency, "cs"),
  number: (n) => new Intl.NumberFormat("cs").format(n),
  yes: cs.enums.yesNo.yes,
  no: cs.enums.yesNo.no,
  empty: cs.audit.diff.empty,
  secret: cs.audit.diff.secret,
  erased: cs.audit.register.erased,
  anonymisedPerson: cs.audit.register.anonymisedPerson,
};

/** What SQL reads per event; the file's columns are worded from it (below). */
const SOURCE: readonly Column[] = [
  { key: "at", type: "datetime" },
  { key: "actorName", type: "text" },
  { key: "actorLabel", type: "text" },
  { key: "entity", type: "text" },
  { key: "entityId", type: "text" },
  { key: "action", type: "text" },
  { key: "before", type: "text" },
  { key: "after", type: "text" },
  { key: "note", type: "text" },
];

const json = (v: CellValue) => (typeof v === "string" ? (JSON.parse(v) as unknown) : null);
const text = (v: CellValue) => (v === null ? null : String(v));

/**
 * One event per row, worded as the register view words it (lib/audit-log/format.ts): the record
 * by name, the action and the changed fields by their labels, values formatted by type, names for
 * ids, "anonymizováno" for erased personal data. The record's id stays, to find it again.
 */
async function wordEvents(db: Parameters<NonNullable<ExportKind["reshape"]>["rows"]>[0], batch: readonly ExportRow[], columns: readonly Column[]) {
  const events: (AuditEventRow & { atText: CellValue })[] = batch.map((r) => ({
    id: 0,
    at: new Date(0),
    atText: r[0] ?? null,
    actorName: text(r[1] ?? null),
    actorLabel: text(r[2] ?? null),
    entity: String(r[3]),
    entityId: text(r[4] ?? null),
    action: String(r[5]),
    before: json(r[6] ?? null),
    after: json(r[7] ?? null),
    note: text(r[8] ?? null),
  }));
  // The audit export words events in Czech (lib/audit-log/format.ts), its names too.
  const refs = await resolveRefs(db, events, "cs");
  return events.map((e): ExportRow => {
    const cells: Record<string, CellValue> = {
      at: e.atText,
      actor: e.actorName && e.actorLabel ? `${e.actorName} (${e.actorLabel})` : e.actorName ?? e.actorLabel ?? cs.audit.log.system,
      record: subjectText(e, refs, CZECH).text,
      action: CZECH.action(e.action),
      changes: changesText(e, refs, CZECH),
      note: e.note,
      entity: CZECH.entity(e.entity),
      entityId: e.entityId,
    };
    return columns.map((c) => cells[c.key] ?? null);
  });
}

/** The audit log itself, read like its register view; moments in Prague time. */
export const auditExport: ExportKind = {
  id: "audit",
  keyCount: 1,
  columns: [
    { key: "at", type: "datetime" },
    { key: "actor", type: "text" },
    { key: "record", type: "text" },
    { key: "action", type: "text" },
    { key: "changes", type: "text" },
    { key: "note", type: "text" },
    { key: "entity", type: "text" },
    { key: "entityId", type: "text" },
  ],
  reshape: { source: SOURCE, rows: wordEvents },
  select: ({ date, from, to }) => {
    const until = addDays(to ?? date, 1);
    return sql`select to_char(e.at at time zone 'Europe/Prague', 'YYYY-MM-DD HH24:MI:SS') as "at",
        u.name as "actorName", e.actor_label as "actorLabel", e.entity as "entity", e.entity_id as "entityId", e.action as "action",
        audit_reveal(e.before, e.entity, e.entity_id)::text as "before",
        audit_reveal(e.after, e.entity, e.entity_id)::text as "after", e.note as "note",
        e.id as _k0
      from audit_events e left join users u on u.id = e.actor_id
      where e.at < (${until}::date::timestamp at time zone 'Europe/Prague')
        ${from ? sql`and e.at >= (${from}::date::timestamp at time zone 'Europe/Prague')` : sql``}`;
  },
};
