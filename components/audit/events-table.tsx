import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { AuditEventRow } from "@/lib/audit-log/queries";
import { diffFields, enumOfField } from "@/lib/audit-log/fields";
import { isIsoDate } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatDateTime } from "@/lib/i18n/format";

type T = Awaited<ReturnType<typeof getTranslations<"audit">>>;
type TE = Awaited<ReturnType<typeof getTranslations<"enums">>>;

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A stored value as a person reads it: enum labels, Czech dates, yes/no. */
function readable(entity: string, field: string, value: unknown, t: T, te: TE, locale: Locale): string {
  if (value === null || value === undefined || value === "") return t("diff.empty");
  if (value === "[skryto]") return t("diff.secret");
  if (typeof value === "boolean") return te(value ? "yesNo.yes" : "yesNo.no");
  if (typeof value === "string") {
    const e = enumOfField(entity, field);
    if (e && te.has(`${e}.${value}` as never)) return te(`${e}.${value}` as never);
    if (isIsoDate(value)) return formatDate(value, locale);
    if (ISO_MOMENT.test(value) && !Number.isNaN(Date.parse(value))) return formatDateTime(value, locale);
    return value;
  }
  return JSON.stringify(value);
}

function label(t: T, namespace: "fields" | "entities" | "actions", key: string): string {
  const full = `${namespace}.${key}`;
  return t.has(full as never) ? t(full as never) : key;
}

/** One event's before and after, field by field, with Czech field names. */
async function EventDiff({ event, t, te, locale }: { event: AuditEventRow; t: T; te: TE; locale: Locale }) {
  const changes = diffFields(event.before, event.after);
  if (changes.length === 0) return <span className="text-slate-700">{t("diff.none")}</span>;
  const hasBefore = event.before !== null && event.before !== undefined;
  const hasAfter = event.after !== null && event.after !== undefined;
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="sr-only">{`${label(t, "entities", event.entity)} – ${label(t, "actions", event.action)}`}</caption>
      <thead>
        <tr>
          <th scope="col" className="border-b border-slate-300 pr-3 font-semibold">{t("diff.field")}</th>
          {hasBefore ? <th scope="col" className="border-b border-slate-300 pr-3 font-semibold">{t("diff.before")}</th> : null}
          {hasAfter ? <th scope="col" className="border-b border-slate-300 font-semibold">{t("diff.after")}</th> : null}
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.field}>
            <th scope="row" className="py-0.5 pr-3 align-top font-normal text-slate-800">{label(t, "fields", c.field)}</th>
            {hasBefore ? <td className="py-0.5 pr-3 align-top break-words">{readable(event.entity, c.field, c.before, t, te, locale)}</td> : null}
            {hasAfter ? <td className="py-0.5 align-top break-words">{readable(event.entity, c.field, c.after, t, te, locale)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Audit events as a read-only table: the log and each record's history use the same one. */
export async function AuditEventsTable({ events, caption, captionHidden }: { events: AuditEventRow[]; caption: string; captionHidden?: boolean }) {
  const [t, te, locale] = await Promise.all([getTranslations("audit"), getTranslations("enums"), getLocale() as Promise<Locale>]);
  return (
    <Table caption={caption} captionHidden={captionHidden}>
      <thead>
        <tr>
          <Th>{t("log.at")}</Th>
          <Th>{t("log.who")}</Th>
          <Th>{t("log.what")}</Th>
          <Th>{t("log.action")}</Th>
          <Th>{t("log.changes")}</Th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.id} data-event-id={e.id}>
            <Td className="whitespace-nowrap align-top">{formatDateTime(e.at, locale)}</Td>
            <Td className="align-top">
              {e.actorName ?? e.actorLabel ?? t("log.system")}
              {e.actorName && e.actorLabel ? <span className="block text-xs text-slate-700">{e.actorLabel}</span> : null}
            </Td>
            <Td className="align-top">
              {label(t, "entities", e.entity)}
              {e.entityId ? <span className="block max-w-[12rem] break-all text-xs text-slate-700">{e.entityId}</span> : null}
            </Td>
            <Td className="align-top">{label(t, "actions", e.action)}</Td>
            <Td className="min-w-[18rem] align-top">
              <EventDiff event={e} t={t} te={te} locale={locale} />
              {e.note ? <p className="mt-1 text-slate-800">{e.note}</p> : null}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
