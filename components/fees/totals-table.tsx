import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { YearTotalRow } from "@/lib/fees/totals";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/i18n/format";

/** A signed change: "+1 234,50 EUR", "−300,00 Kč", "0,00 Kč"; the sign is text, not colour. */
function formatChange(value: string, currency: string, locale: Locale) {
  const negative = value.startsWith("-");
  const abs = negative ? value.slice(1) : value;
  const zero = /^0+(\.0+)?$/.test(abs);
  return `${zero ? "" : negative ? "−" : "+"}${formatMoney(abs, currency, locale)}`;
}

/** The year's totals by budget item and currency, per currency, and CZK overall, with last year's. */
export async function FeeTotalsTable({ year, totals }: { year: number; totals: YearTotalRow[] }) {
  const [t, tc, locale] = await Promise.all([getTranslations("fees"), getTranslations("czk"), getLocale() as Promise<Locale>]);
  const prev = year - 1;
  const money = (v: string | null, c: string) => (v === null ? "—" : formatMoney(v, c, locale));
  if (totals.length === 0) return <p className="text-slate-800">{t("noTotals", { year, prev })}</p>;
  return (
    <Table caption={t("totalsCaption", { year, prev })} captionHidden>
      <thead>
        <tr>
          <Th>{t("budgetItem")}</Th>
          <Th>{t("currency")}</Th>
          <Th className="text-right">{t("amountYear", { year })}</Th>
          <Th className="text-right">{t("amountYear", { year: prev })}</Th>
          <Th className="text-right">{t("change")}</Th>
          <Th className="text-right">{t("czkYear", { year })}</Th>
          <Th className="text-right">{t("czkYear", { year: prev })}</Th>
          <Th className="text-right">{t("change")}</Th>
        </tr>
      </thead>
      <tbody>
        {totals.map((r) => {
          const currency = r.currency ?? "CZK";
          const label =
            r.level === "item" ? (r.budgetItem ?? t("noItem")) : r.level === "currency" ? t("totalCurrency") : t("totalAll");
          const total = r.level !== "item";
          return (
            <tr key={`${r.level}|${r.budgetItem ?? ""}|${r.currency ?? ""}`} className={total ? "bg-slate-50 font-semibold" : undefined}>
              <Th scope="row" className={total ? "bg-slate-50" : "bg-white font-normal"}>{label}</Th>
              <Td>{r.currency ?? t("allCurrencies")}</Td>
              <Td className="whitespace-nowrap text-right tabular-nums">{r.level === "all" ? "—" : money(r.amount, currency)}</Td>
              <Td className="whitespace-nowrap text-right tabular-nums">{r.level === "all" ? "—" : money(r.prevAmount, currency)}</Td>
              <Td className="whitespace-nowrap text-right tabular-nums">{r.amountChange === null ? "—" : formatChange(r.amountChange, currency, locale)}</Td>
              <Td className="whitespace-nowrap text-right tabular-nums">
                {money(r.czk, "CZK")}
                {r.czkEstimate !== null ? (
                  <span className="block whitespace-normal text-xs font-normal text-slate-800" data-czk-split>
                    {tc("paidPart", { amount: money(r.czkPaid ?? "0", "CZK") })} · {tc("estimatePart", { amount: money(r.czkEstimate, "CZK") })}
                  </span>
                ) : null}
                {r.unknownCount > 0 ? <span className="block whitespace-normal text-xs font-normal text-slate-800">{tc("unknownCount", { count: r.unknownCount })}</span> : null}
              </Td>
              <Td className="whitespace-nowrap text-right tabular-nums">{money(r.prevCzk, "CZK")}</Td>
              <Td className="whitespace-nowrap text-right tabular-nums">{formatChange(r.czkChange, "CZK", locale)}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
