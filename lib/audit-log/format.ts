import type { EnumName } from "@/lib/exports/columns";
import { isIsoDate } from "@/lib/dates";
import { diffFields } from "./fields";
import type { AuditEventRow } from "./queries";
import { isErased, snapshot, subjectOf, type Refs } from "./register";
import { fieldKind, fieldLabelKey } from "./vocabulary";

/**
 * THE wording of an audit event, for every place that shows one: the register view
 * (components/audit/events-table.tsx) and the audit export (./export.ts). Both read the same
 * record name, the same field labels and the same value formats (money with its currency, names
 * for ids, enums by label, Czech dates, lists as lists); only the words' language and the
 * markup around them differ.
 */
export type AuditWords = {
  entity: (key: string) => string;
  action: (key: string) => string;
  /** An `audit.fields` label by its key, or undefined when there is none. */
  field: (labelKey: string) => string | undefined;
  enumLabel: (name: EnumName, value: string) => string | undefined;
  /** An export column's label (the `columns` of an export event). */
  exportColumn: (key: string) => string | undefined;
  date: (iso: string) => string;
  dateTime: (value: string | Date) => string;
  money: (amount: string, currency: string) => string;
  number: (n: number) => string;
  yes: string;
  no: string;
  empty: string;
  secret: string;
  erased: string;
  anonymisedPerson: string;
};

/** A value as read: one text, or a list of texts (each its own line or bullet). */
export type ReadValue = { text: string; long?: boolean } | { list: string[] };

/** What lib/audit's decryption (SQL audit_reveal) gives for a value whose key was deleted. */
export const ERASED_MARK = "[anonymizováno]";
const SECRET_MARK = "[skryto]";
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

export function fieldLabel(words: AuditWords, entity: string, field: string): string {
  return words.field(fieldLabelKey(entity, field)) ?? field;
}

const scalar = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

/** A stored value as a person reads it: names for ids, money with its currency, labels, Czech dates, lists. */
export function readValue(event: AuditEventRow, field: string, value: unknown, refs: Refs, words: AuditWords): ReadValue {
  if (value === null || value === undefined || value === "") return { text: words.empty };
  if (value === SECRET_MARK) return { text: words.secret };
  if (value === ERASED_MARK || isErased(event, field, refs)) return { text: words.erased };
  const kind = fieldKind(event.entity, field);
  if (Array.isArray(value)) {
    if (value.length === 0) return { text: words.empty };
    return {
      list: value.map((v) =>
        kind && "columnsOf" in kind && typeof v === "string"
          ? words.exportColumn(v) ?? v
          : kind && "fieldList" in kind && typeof v === "string"
            ? fieldLabel(words, event.entity, v)
            : scalar(v),
      ),
    };
  }
  if (typeof value === "object") {
    return { list: Object.entries(value as Record<string, unknown>).map(([k, v]) => `${words.field(k) ?? k}: ${scalar(v)}`) };
  }
  if (typeof value === "boolean") return { text: value ? words.yes : words.no };
  // A year is a name, not a quantity: "2026", never "2 026".
  if (typeof value === "number") return { text: /year$/i.test(field) ? String(value) : words.number(value) };
  const text = String(value);
  if (kind && "ref" in kind) {
    const ref = refs[kind.ref].get(text);
    if (!ref) return { text };
    if (ref.anonymised && kind.ref === "person") return { text: words.anonymisedPerson };
    return { text: ref.date ? `${ref.name} ${words.date(ref.date)}` : ref.name };
  }
  if (kind && "money" in kind && DECIMAL.test(text)) {
    const currency = kind.money === "CZK" ? "CZK" : String(snapshot(event).currency ?? "");
    return { text: /^[A-Z]{3}$/.test(currency) ? words.money(text, currency) : text };
  }
  if (kind && "enum" in kind) {
    const label = words.enumLabel(kind.enum, text);
    if (label !== undefined) return { text: label };
  }
  if (isIsoDate(text)) return { text: words.date(text) };
  if (ISO_MOMENT.test(text) && !Number.isNaN(Date.parse(text))) return { text: words.dateTime(text) };
  return { text, long: true };
}

/** "Poplatek EUROCITIES 2026 (EUR)", "Jednání POLIS Brussels 12. 3. 2026": the record in words. */
export function subjectText(event: AuditEventRow, refs: Refs, words: AuditWords): { text: string; href?: string } {
  const subject = subjectOf(event, refs);
  const parts = subject.parts
    .map((p) => (typeof p === "string" ? p : "date" in p ? words.date(p.date) : words.anonymisedPerson))
    .filter(Boolean)
    .join(" ");
  return { text: [words.entity(event.entity), parts].filter(Boolean).join(" "), href: subject.href };
}

export type ReadChange = { field: string; label: string; before: ReadValue; after: ReadValue };

/** The fields an event changed, each labelled, its before and after read. */
export function readChanges(event: AuditEventRow, refs: Refs, words: AuditWords): ReadChange[] {
  return diffFields(event.before, event.after).map((c) => ({
    field: c.field,
    label: fieldLabel(words, event.entity, c.field),
    before: readValue(event, c.field, c.before, refs, words),
    after: readValue(event, c.field, c.after, refs, words),
  }));
}

export const valueText = (v: ReadValue) => ("list" in v ? v.list.join(", ") : v.text);

/**
 * The changes as lines of plain text, for a spreadsheet cell: "Částka: 15 600,00 EUR → 15 900,00 EUR"
 * for an update, "Částka: 15 600,00 EUR" where the event has one side only (a creation).
 */
export function changesText(event: AuditEventRow, refs: Refs, words: AuditWords): string {
  const hasBefore = event.before !== null && event.before !== undefined;
  const hasAfter = event.after !== null && event.after !== undefined;
  return readChanges(event, refs, words)
    .map((c) =>
      hasBefore && hasAfter
        ? `${c.label}: ${valueText(c.before)} → ${valueText(c.after)}`
        : `${c.label}: ${valueText(hasAfter ? c.after : c.before)}`,
    )
    .join("\n");
}
