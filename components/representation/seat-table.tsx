import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { todayInPrague } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { holderLabel, type SeatRow } from "@/lib/representation/seats";

type Column = "holder" | "organisation" | "body";

/**
 * Seats as a table, for the organisation, person and department pages. `columns` picks which of
 * holder, organisation and body to show (a person's page need not repeat the person).
 */
export async function SeatTable({
  seats,
  caption,
  columns,
  editable,
}: {
  seats: readonly SeatRow[];
  caption: string;
  columns: readonly Column[];
  editable: boolean;
}) {
  const [t, te, locale] = await Promise.all([
    getTranslations("people.seats"),
    getTranslations("enums"),
    getLocale() as Promise<Locale>,
  ]);
  const show = (c: Column) => columns.includes(c);
  // An ended seat, or one of an anonymised person, is history: nothing left to end or edit.
  const today = todayInPrague();
  return (
    <Table caption={caption} captionHidden>
      <thead>
        <tr>
          {show("holder") ? <Th>{t("holder")}</Th> : null}
          {show("organisation") ? <Th>{t("organisation")}</Th> : null}
          {show("body") ? <Th>{t("body")}</Th> : null}
          <Th>{t("role")}</Th>
          <Th>{t("period")}</Th>
          <Th>{t("mandate")}</Th>
          {editable ? <Th>{t("actions")}</Th> : null}
        </tr>
      </thead>
      <tbody>
        {seats.map((s) => {
          const holder = holderLabel(s);
          const role = te(`representationRole.${s.role}`);
          return (
            <tr key={s.id}>
              {show("holder") ? (
                <Td>
                  {s.personId ? (
                    <Link href={`/people/${s.personId}`} className="text-blue-900 underline">{holder}</Link>
                  ) : s.departmentId ? (
                    <Link href={`/departments/${s.departmentId}`} className="text-blue-900 underline">{holder}</Link>
                  ) : holder}
                  {!s.personId ? <span className="block text-sm text-slate-700">{t("wholeDepartment")}</span> : null}
                </Td>
              ) : null}
              {show("organisation") ? (
                <Td>
                  <Link href={`/organizations/${s.organisationId}`} className="text-blue-900 underline">{s.organisationName}</Link>
                </Td>
              ) : null}
              {show("body") ? <Td>{s.bodyName ?? t("wholeOrganisation")}</Td> : null}
              <Td>
                {role}
                {s.deputyForLabel ? <span className="block text-sm text-slate-700">{t("deputyFor", { name: s.deputyForLabel })}</span> : null}
              </Td>
              <Td className="whitespace-nowrap">
                {formatDate(s.validFrom, locale)} – {s.validTo ? formatDate(s.validTo, locale) : t("open")}
              </Td>
              <Td>{s.mandateSource ?? "—"}</Td>
              {editable && !s.holderAnonymised && (s.validTo === null || s.validTo >= today) ? (
                <Td className="whitespace-nowrap">
                  <Link href={`/representation/${s.id}/edit`} className="mr-3 text-blue-900 underline" aria-label={t("editOf", { holder, role })}>
                    {t("edit")}
                  </Link>
                  <Link href={`/representation/${s.id}/end`} className="text-blue-900 underline" aria-label={t("endOf", { holder, role })}>
                    {t("end")}
                  </Link>
                </Td>
              ) : editable ? (
                <Td />
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
