import Link from "next/link";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { readChanges, subjectText, type AuditWords, type ReadValue } from "@/lib/audit-log/format";
import { resolveAuditRefs, type AuditEventRow } from "@/lib/audit-log/queries";
import type { Refs } from "@/lib/audit-log/register";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatDateTime, formatMoney } from "@/lib/i18n/format";
import type { Actor } from "@/lib/permissions";

type T = Awaited<ReturnType<typeof getTranslations<"audit">>>;
type TE = Awaited<ReturnType<typeof getTranslations<"enums">>>;
type TX = Awaited<ReturnType<typeof getTranslations<"audit.exports">>>;

/** Longer text shows its start and a "show all" disclosure, so one value cannot take the page. */
const SHORT = 140;

function label(t: T, namespace: "entities" | "actions", key: string): string {
  const full = `${namespace}.${key}`;
  return t.has(full as never) ? t(full as never) : key;
}

/** The register's words in the reader's language (lib/audit-log/format.ts formats with them). */
function auditWords(t: T, te: TE, tx: TX, locale: Locale): AuditWords {
  return {
    entity: (key) => label(t, "entities", key),
    action: (key) => label(t, "actions", key),
    field: (key) => (t.has(`fields.${key}` as never) ? t(`fields.${key}` as never) : undefined),
    enumLabel: (name, value) => (te.has(`${name}.${value}` as never) ? te(`${name}.${value}` as never) : undefined),
    exportColumn: (key) => (tx.has(`columns.${key}` as never) ? tx(`columns.${key}` as never) : undefined),
    date: (iso) => formatDate(iso, locale),
    dateTime: (v) => formatDateTime(v, locale),
    money: (amount, currency) => formatMoney(amount, currency, locale),
    number: (n) => new Intl.NumberFormat(locale).format(n),
    yes: te("yesNo.yes"),
    no: te("yesNo.no"),
    empty: t("diff.empty"),
    secret: t("diff.secret"),
    erased: t("register.erased"),
    anonymisedPerson: t("register.anonymisedPerson"),
  };
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

/** A value as lib/audit-log/format.ts reads it: a list as a list, long text behind a disclosure. */
function Value({ value, t }: { value: ReadValue; t: T }): ReactNode {
  if ("list" in value) {
    return (
      <ul className="list-disc pl-5">
        {value.list.map((v, i) => <li key={i}>{v}</li>)}
      </ul>
    );
  }
  return value.long ? <LongText text={value.text} t={t} /> : value.text;
}

/** One event's before and after, field by field, with field names in words. */
function EventDiff({ event, t, words, refs }: { event: AuditEventRow; t: T; words: AuditWords; refs: Refs }) {
  const changes = readChanges(event, refs, words);
  if (changes.length === 0) return <p className="text-slate-700">{t("diff.none")}</p>;
  const hasBefore = event.before !== null && event.before !== undefined;
  const hasAfter = event.after !== null && event.after !== undefined;
  return (
    <table className="w-full table-fixed border-collapse text-left text-sm">
      <caption className="sr-only">{`${words.entity(event.entity)} – ${words.action(event.action)}`}</caption>
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
            <th scope="row" className="py-0.5 pr-2 align-top font-normal text-slate-800 [overflow-wrap:anywhere]">{c.label}</th>
            {hasBefore ? <td className="py-0.5 pr-2 align-top [overflow-wrap:anywhere]"><Value value={c.before} t={t} /></td> : null}
            {hasAfter ? <td className="py-0.5 align-top [overflow-wrap:anywhere]"><Value value={c.after} t={t} /></td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "Poplatek EUROCITIES 2026 (EUR)", "Jednání POLIS Brussels 12. 3. 2026", linked to the record. */
function SubjectTitle({ event, words, refs }: { event: AuditEventRow; words: AuditWords; refs: Refs }) {
  const { text, href } = subjectText(event, refs, words);
  return href ? (
    <Link href={href} className="text-blue-900 underline [overflow-wrap:anywhere]">{text}</Link>
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
  const words = auditWords(t, te, tx, locale);
  return (
    <section aria-label={caption}>
      <h2 className={captionHidden ? "sr-only" : "mb-3 text-lg font-semibold text-slate-900"}>{caption}</h2>
      <ol className="space-y-3">
        {events.map((e) => (
          <li key={e.id} data-event-id={e.id} className="rounded border border-slate-300 bg-white p-3">
            <p className="font-semibold text-slate-900">
              <SubjectTitle event={e} words={words} refs={refs} />
              <span className="font-normal">{` – ${words.action(e.action)}`}</span>
            </p>
            <p className="mb-2 text-sm text-slate-800 [overflow-wrap:anywhere]">
              <time dateTime={new Date(e.at).toISOString()}>{formatDateTime(e.at, locale)}</time>
              {" · "}
              {e.actorName ?? e.actorLabel ?? t("log.system")}
              {e.actorName && e.actorLabel ? ` (${e.actorLabel})` : null}
            </p>
            <EventDiff event={e} t={t} words={words} refs={refs} />
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
