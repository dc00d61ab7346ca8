import { INTL_LOCALE, type Locale } from "@/lib/i18n/config";

/** ČNB publishes three decimals; stored rates carry six, trailing zeros beyond three dropped. */
const FORMATS = Object.fromEntries(
  Object.entries(INTL_LOCALE).map(([l, tag]) => [l, new Intl.NumberFormat(tag, { minimumFractionDigits: 3, maximumFractionDigits: 6 })]),
) as Record<Locale, Intl.NumberFormat>;

/** "24.434000" → "24,434" (cs): Intl formats the decimal string exactly, no float. */
export function formatCnbRate(rate: string, locale: Locale): string {
  return FORMATS[locale].format(rate as Intl.StringNumericLiteral);
}
