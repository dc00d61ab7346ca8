import { getLocale, getTranslations } from "next-intl/server";
import type { FeeCzkKind } from "@/db/schema";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { formatCnbRate } from "@/lib/rates/format";

/**
 * A fee's CZK figure with its kind, as every list shows it: paid, or an estimate ("odhad") at the
 * ČNB rate named with its date, or 0 when waived. The kind is text, never colour alone.
 */
export async function CzkFigure({
  czk,
  kind,
  rate,
  rateAmount,
  rateDate,
  currency,
}: {
  czk: string | null;
  kind: FeeCzkKind;
  rate: string | null;
  rateAmount: number | null;
  rateDate: string | null;
  currency: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("czk"), getLocale() as Promise<Locale>]);
  if (kind === "unknown" || czk === null) {
    return <span className="text-slate-800">— <span className="block whitespace-normal text-xs">{t("noRate")}</span></span>;
  }
  const cnb =
    rate && rateDate && rateAmount
      ? t("cnbRate", { rate: formatCnbRate(rate, locale), amount: rateAmount, currency, date: formatDate(rateDate, locale) })
      : null;
  return (
    <span>
      {formatMoney(czk, "CZK", locale)}
      <span className="block whitespace-normal text-xs text-slate-800">
        {kind === "estimate" ? <strong className="font-semibold uppercase">{t("estimate")}</strong> : t(kind)}
        {kind === "estimate" && cnb ? <> · {cnb}</> : null}
      </span>
    </span>
  );
}
