import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { REPRESENTATION_ROLES } from "@/lib/representation/schemas";
import type { getRepresentationMatrix } from "@/lib/representation/queries";

type Matrix = Awaited<ReturnType<typeof getRepresentationMatrix>>;

/**
 * Organisations and their bodies (rows) × roles (columns), each cell the holders on the day.
 * A row with a vacancy (lib/representation/vacancies.ts) says "Neobsazeno" in words, not only by colour.
 */
export async function RepresentationMatrix({ matrix, editable }: { matrix: Matrix; editable: boolean }) {
  const [t, te, locale] = await Promise.all([getTranslations("people.matrix"), getTranslations("enums"), getLocale() as Promise<Locale>]);
  return (
    <Table caption={t("caption", { date: formatDate(matrix.asOf, locale) })}>
      <thead>
        <tr>
          <Th>{t("seat")}</Th>
          {REPRESENTATION_ROLES.map((r) => <Th key={r}>{te(`representationRole.${r}`)}</Th>)}
        </tr>
      </thead>
      <tbody>
        {matrix.rows.map((row) => {
          const seatName = row.bodyName ? `${row.organisationName} – ${row.bodyName}` : row.organisationName;
          return (
            <tr key={`${row.organisationId}:${row.bodyId ?? ""}`} className={row.bodyId ? undefined : "bg-slate-50"}>
              <Th scope="row" className={row.bodyId ? "pl-8 font-normal" : undefined}>
                {row.bodyId ? row.bodyName : (
                  <Link href={`/organizations/${row.organisationId}#representatives`} className="text-blue-900 underline">{row.organisationName}</Link>
                )}
                {row.vacant ? (
                  <span className="ml-2 rounded border border-red-800 px-1.5 text-sm font-semibold text-red-900">{t("vacant")}</span>
                ) : null}
              </Th>
              {REPRESENTATION_ROLES.map((role) => {
                const holders = row.cells[role];
                const roleLabel = te(`representationRole.${role}`);
                return (
                  <Td key={role}>
                    {holders.length === 0 ? (
                      editable && (role !== "deputy") ? (
                        <Link
                          href={`/representation/new?organisationId=${row.organisationId}${row.bodyId ? `&bodyId=${row.bodyId}` : ""}&role=${role}`}
                          className="text-sm text-blue-900 underline"
                          aria-label={t("fillOf", { seat: seatName, role: roleLabel })}
                        >
                          {t("fill")}
                        </Link>
                      ) : (
                        <span className="text-slate-700">{t("empty")}</span>
                      )
                    ) : (
                      <ul className="space-y-1">
                        {holders.map((h) => (
                          <li key={h.id}>
                            {h.personId ? (
                              <Link href={`/people/${h.personId}`} className="text-blue-900 underline">{h.label}</Link>
                            ) : h.departmentId ? (
                              <Link href={`/departments/${h.departmentId}`} className="text-blue-900 underline">{h.label}</Link>
                            ) : h.label}
                            {h.validTo ? <span className="block text-xs text-slate-700">{t("until", { date: formatDate(h.validTo, locale) })}</span> : null}
                          </li>
                        ))}
                      </ul>
                    )}
                  </Td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
