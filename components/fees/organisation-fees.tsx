import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { OrganisationFees as Data } from "@/lib/fees/queries";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/i18n/format";
import { FeeTable } from "./fee-table";

/** An organisation's fees by year, then each year's totals (summed in SQL; waived left out). */
export async function OrganisationFees({ organisationId, data, editable }: { organisationId: string; data: Data; editable: boolean }) {
  const [t, tc, locale] = await Promise.all([getTranslations("fees"), getTranslations("czk"), getLocale() as Promise<Locale>]);
  const years = [...new Set(data.totals.map((r) => r.year))];
  return (
    <div className="space-y-4">
      <FeeTable rows={data.rows} caption={t("organisationSection.caption")} editable={editable} showYear />
      {data.count > data.rows.length ? (
        <p className="text-slate-900" data-testid="fees-shown">{t("organisationSection.latestOf", { shown: data.rows.length, total: data.count })}</p>
      ) : null}
      {years.length > 0 ? (
        <Table caption={t("totalsNote")} captionHidden>
          <thead>
            <tr>
              <Th>{t("year")}</Th>
              <Th className="text-right">{t("amount")}</Th>
              <Th className="text-right">{tc("column")}</Th>
            </tr>
          </thead>
          <tbody>
            {years.map((year) => {
              const rows = data.totals.filter((r) => r.year === year);
              const all = rows.find((r) => r.currency === null);
              const czk = all?.czk ?? null;
              return (
                <tr key={year}>
                  <Th scope="row" className="bg-white">
                    <Link href={`/fees?${new URLSearchParams({ year: String(year), organisation: organisationId })}`} className="text-blue-900 underline">
                      {t("organisationSection.yearTotal", { year })}
                    </Link>
                  </Th>
                  <Td className="whitespace-nowrap text-right tabular-nums">
                    {rows
                      .filter((r) => r.currency !== null && r.amount !== null)
                      .map((r) => <span key={r.currency} className="block">{formatMoney(r.amount!, r.currency!, locale)}</span>)}
                  </Td>
                  <Td className="whitespace-nowrap text-right tabular-nums">
                    {czk ? formatMoney(czk, "CZK", locale) : "—"}
                    {all?.czkEstimate ? (
                      <span className="block whitespace-normal text-xs text-slate-800" data-czk-split>
                        {tc("paidPart", { amount: formatMoney(all.czkPaid ?? "0", "CZK", locale) })} ·{" "}
                        {tc("estimatePart", { amount: formatMoney(all.czkEstimate, "CZK", locale) })}
                      </span>
                    ) : null}
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      ) : null}
      <p className="max-w-3xl text-sm text-slate-800">{tc("rule")} {tc("source")}.</p>
    </div>
  );
}
