import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { organisationRecordedOn, type RecordedRow } from "@/lib/audit-log/as-recorded";
import { isIsoDate } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { can, type Actor } from "@/lib/permissions";

const text = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : "");

/**
 * "Stav evidence ke dni": the organisation, its periods and fees as the registry recorded them at
 * the end of day D, replayed from the audit trail, beside "Stav ke dni" (what was true on D).
 * For roles that read the audit log; the query checks it again.
 */
export async function RecordedSection({ actor, organisationId, asOf, recordedOn }: { actor: Actor; organisationId: string; asOf: string; recordedOn?: string }) {
  if (!can(actor.role, "audit.read")) return null;
  const [t, te, locale] = await Promise.all([getTranslations("auditTrail"), getTranslations("enums"), getLocale() as Promise<Locale>]);
  const day = recordedOn && isIsoDate(recordedOn) ? recordedOn : undefined;
  const recorded = day ? await organisationRecordedOn(actor, { organisationId, day }) : null;
  const note = (r: RecordedRow) => (r.predatesTrail ? t("predatesTrail") : "");
  return (
    <section aria-labelledby="recorded" className="mt-8">
      <h2 id="recorded" className="mb-2 text-xl font-bold text-slate-900">{t("title")}</h2>
      <p className="mb-3 max-w-3xl text-slate-800">{t("intro")}</p>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2">
        <input type="hidden" name="asOf" value={asOf} />
        <div>
          <label htmlFor="recordedOn" className="mb-1 block font-semibold text-slate-900">{t("label")}</label>
          <input id="recordedOn" name="recordedOn" type="date" defaultValue={day ?? ""} className="rounded border border-slate-600 px-3 py-2" />
        </div>
        <button type="submit" className={buttonClass("secondary")}>{t("show")}</button>
      </form>
      {recorded && day ? (
        recorded.organisation === null ? (
          <p className="rounded border border-dashed border-slate-400 bg-white p-4 text-slate-800">{t("notYet", { date: formatDate(day, locale) })}</p>
        ) : (
          <div className="space-y-4">
            <dl className="grid gap-x-6 gap-y-2 rounded border border-slate-300 bg-white p-4 sm:grid-cols-[max-content_1fr]">
              <dt className="font-semibold">{t("asRecorded", { date: formatDate(day, locale) })}</dt>
              <dd data-testid="recorded-name">{text(recorded.organisation.row.name)}</dd>
              {recorded.organisation.predatesTrail ? <dd className="text-slate-700 sm:col-span-2">{t("predatesTrail")}</dd> : null}
            </dl>
            <Table caption={t("periods")}>
              <thead><tr><Th>{t("status")}</Th><Th>{t("from")}</Th><Th>{t("to")}</Th><Th>{t("source")}</Th></tr></thead>
              <tbody>
                {recorded.periods.map((p) => (
                  <tr key={p.id}>
                    <Td>{te.has(`membershipStatus.${text(p.row.status)}` as never) ? te(`membershipStatus.${text(p.row.status)}` as never) : text(p.row.status)}</Td>
                    <Td>{isIsoDate(text(p.row.validFrom)) ? formatDate(text(p.row.validFrom), locale) : ""}</Td>
                    <Td>{isIsoDate(text(p.row.validTo)) ? formatDate(text(p.row.validTo), locale) : ""}</Td>
                    <Td>{note(p)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <Table caption={t("fees")}>
              <thead><tr><Th>{t("year")}</Th><Th>{t("amount")}</Th><Th>{t("status")}</Th><Th>{t("source")}</Th></tr></thead>
              <tbody>
                {recorded.fees.map((f) => (
                  <tr key={f.id}>
                    <Td>{text(f.row.year)}</Td>
                    <Td className="whitespace-nowrap">{/^[A-Z]{3}$/.test(text(f.row.currency)) && /^-?\d+(\.\d+)?$/.test(text(f.row.amount)) ? formatMoney(text(f.row.amount), text(f.row.currency), locale) : text(f.row.amount)}</Td>
                    <Td>{te.has(`feeStatus.${text(f.row.status)}` as never) ? te(`feeStatus.${text(f.row.status)}` as never) : text(f.row.status)}</Td>
                    <Td>{note(f)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        )
      ) : null}
    </section>
  );
}
