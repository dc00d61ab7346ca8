import Link from "next/link";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { diffFields } from "@/lib/audit-log/fields";
import { resolveAuditRefs, type AuditEventRow } from "@/lib/audit-log/queries";
import { isErased, snapshot, subjectOf, type Refs } from "@/lib/audit-log/register";
import { fieldKind, fieldLabelKey } from "@/lib/audit-log/vocabulary";
import { isIsoDate } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatDateTime, formatMoney } from "@/lib/i18n/format";
import type { Actor } from "@/lib/permissions";

type T = Awaited<ReturnType<typeof getTranslations<"audit">>>;
type TE = Awaited<ReturnType<typeof getTranslations<"enums">>>;
type TX = Awaited<ReturnType<typeof getTranslations<"audit.exports">>>;

/** What lib/audit's decryption (SQL audit_reveal) gives for a value whose key was deleted. */
const ERASED = "[anonymizováno]";
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
/** Longer text shows its start and a "show all" disclosure, so one value cannot take the page. */
const SHORT = 140;

type Words = { t: T; te: TE; tx: TX; locale: Locale; refs: Refs };

function label(t: T, namespace: "fields" | "entities" | "actions", key: string): string {
  const full = `${namespace}.${key}`;
  return t.has(full as never) ? t(full as never) : key;
}

function LongText({ text, t }: { text: string; t: T }) {
  if (text.length <= SHORT) return <>{text}</>;
  return (
    <>
      <span>{`${text.slice(0, SHORT).trimEnd()}…`}</span>
      <details className="mt-1">
        <summary className="cursor-pointer text-blue-900 underline">{t("register.showAll")}</summary>
        <span className="block whitespace-pre-wrap">{text}</span>
      </details>
    </>
  );
}

/** A stored value as a person reads it: names for ids, money with its currency, labels, Czech dates, lists. */
function Value({ event, field, value, w }: { event: AuditEventRow; field: string; value: unknown; w: Words }): ReactNode {
  const { t, te, tx, locale, refs } = w;
  if (value === null || value === undefined || value === "") return t("diff.empty");
  if (value === "[skryto]") return t("diff.secret");
  if (value === ERASED) return t("register.erased");
  if (isErased(event, field, refs)) return t("register.erased");
  const kind = fieldKind(event.entity, field);
  if (Array.isArray(value)) {
    if (value.length === 0) return t("diff.empty");
    const item = (v: unknown) =>
      kind && "columnsOf" in kind && typeof v === "string" && tx.has(`columns.${v}` as never)
        ? tx(`columns.${v}` as never)
        : kind && "fieldList" in kind && typeof v === "string"
          ? label(t, "fields", fieldLabelKey(event.entity, v))
          : typeof v === "string" ? v : JSON.stringify(v);
    return (
      <ul className="list-disc pl-5">
        {value.map((v, i) => <li key={i}>{item(v)}</li>)}
      </ul>
    );
  }
  if (typeof value === "object") {
    return (
      <ul className="list-disc pl-5">
        {Object.entries(value as Record<string, unknown>).map(([k, v]) => (
          <li key={k}>{`${label(t, "fields", k)}: ${typeof v === "string" ? v : JSON.stringify(v)}`}</li>
        ))}
      </ul>
    );
  }
  if (typeof value === "boolean") return te(value ? "yesNo.yes" : "yesNo.no");
  if (typeof value === "number") return new Intl.NumberFormat(locale).format(value);
  const text = String(value);
  if (kind && "ref" in kind) {
    const ref = refs[kind.ref].get(text);
    if (!ref) return <span className="break-all">{text}</span>;
    if (ref.anonymised && kind.ref === "person") return t("register.anonymisedPerson");
    return ref.date ? `${ref.name} ${formatDate(ref.date, locale)}` : ref.name;
  }
  if (kind && "money" in kind && DECIMAL.test(text)) {
    const currency = kind.money === "CZK" ? "CZK" : String(snapshot(event).currency ?? "");
    return /^[A-Z]{3}$/.test(currency) ? formatMoney(text, currency, locale) : text;
  }
  if (kind && "enum" in kind && te.has(`${kind.enum}.${text}` as never)) return te(`${kind.enum}.${text}` as never);
  if (isIsoDate(text)) return formatDate(text, locale);
  if (ISO_MOMENT.test(text) && !Number.isNaN(Date.parse(text))) return formatDateTime(text, locale);
  return <LongText text={text} t={t} />;
}

/** One event's before and after, field by field, with field names in words. */
function EventDiff({ event, w }: { event: AuditEventRow; w: Words }) {
  const { t } = w;
  const changes = diffFields(event.before, event.after);
  if (changes.length === 0) return <p className="text-slate-700">{t("diff.none")}</p>;
  const hasBefore = event.before !== null && event.before !== undefined;
  const hasAfter = event.after !== null && event.after !== undefined;
  return (
    <table className="w-full table-fixed border-collapse text-left text-sm">
      <caption className="sr-only">{`${label(t, "entities", event.entity)} – ${label(t, "actions", event.action)}`}</caption>
      <thead>
        <tr>
          <th scope="col" className="w-1/3 border-b border-slate-300 pr-2 font-semibold">{t("diff.field")}</th>
          {hasBefore ? <th scope="col" className="border-b border-slate-300 pr-2 font-semibold">{t("diff.before")}</th> : null}
          {hasAfter ? <th scope="col" className="border-b border-slate-300 font-semibold">{t("diff.after")}</th> : null}
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.field}>
            <th scope="row" className="py-0.5 pr-2 align-top font-normal text-slate-800 [overflow-wrap:anywhere]">
              {label(t, "fields", fieldLabelKey(event.entity, c.field))}
            </th>
            {hasBefore ? <td className="py-0.5 pr-2 align-top [overflow-wrap:anywhere]"><Value event={event} field={c.field} value={c.before} w={w} /></td> : null}
            {hasAfter ? <td className="py-0.5 align-top [overflow-wrap:anywhere]"><Value event={event} field={c.field} value={c.after} w={w} /></td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "Poplatek EUROCITIES 2026 (EUR)", "Jednání POLIS Brussels 12. 3. 2026", linked to the record. */
function SubjectTitle({ event, w }: { event: AuditEventRow; w: Words }) {
  const { t, locale, refs } = w;
  const subject = subjectOf(event, refs);
  const words = subject.parts
    .map((p) => (typeof p === "string" ? p : "date" in p ? formatDate(p.date, locale) : t("register.anonymisedPerson")))
    .filter(Boolean)
    .join(" ");
  const text = [label(t, "entities", event.entity), words].filter(Boolean).join(" ");
  return subject.href ? (
    <Link href={subject.href} className="text-blue-900 underline [overflow-wrap:anywhere]">{text}</Link>
  ) : (
    <span className="[overflow-wrap:anywhere]">{text}</span>
  );
}

/**
 * Audit events as a register: one entry per event (when, who, what happened to which record,
 * and the changed fields). Read-only; the log and each record's history use the same one. Each
 * entry fits a 320 px screen: no fixed widths, long words and values wrap.
 */
export async function AuditEventsTable({
  actor,
  events,
  caption,
  captionHidden,
}: {
  actor: Actor;
  events: AuditEventRow[];
  caption: string;
  captionHidden?: boolean;
}) {
  const [t, te, tx, locale, refs] = await Promise.all([
    getTranslations("audit"),
    getTranslations("enums"),
    getTranslations("audit.exports"),
    getLocale() as Promise<Locale>,
    resolveAuditRefs(actor, events),
  ]);
  const w: Words = { t, te, tx, locale, refs };
  return (
    <section aria-label={caption}>
      <h2 className={captionHidden ? "sr-only" : "mb-3 text-lg font-semibold text-slate-900"}>{caption}</h2>
      <ol className="space-y-3">
        {events.map((e) => (
          <li key={e.id} data-event-id={e.id} className="rounded border border-slate-300 bg-white p-3">
            <p className="font-semibold text-slate-900">
              <SubjectTitle event={e} w={w} />
              <span className="font-normal">{` – ${label(t, "actions", e.action)}`}</span>
            </p>
            <p className="mb-2 text-sm text-slate-800 [overflow-wrap:anywhere]">
              <time dateTime={new Date(e.at).toISOString()}>{formatDateTime(e.at, locale)}</time>
              {" · "}
              {e.actorName ?? e.actorLabel ?? t("log.system")}
              {e.actorName && e.actorLabel ? ` (${e.actorLabel})` : null}
            </p>
            <EventDiff event={e} w={w} />
            {e.note ? (
              <p className="mt-2 text-sm text-slate-800">
                <span className="font-semibold">{t("register.note")}: </span>
                {/* Notes are written in Czech (by people and by the write path). */}
                <span lang="cs"><LongText text={e.note} t={t} /></span>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
