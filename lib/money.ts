import { DEFAULT_LOCALE, INTL_LOCALE, type Locale } from "@/lib/i18n/config";

/**
 * Money, one way everywhere (forms, imports, exports, screens). Amounts are exact decimal strings
 * ("1234.50", as Postgres `numeric` is read), never JS numbers, so no float can lose a haléř.
 *
 * - Parse: what people type in Czech ("1 234,50", "1234.50", "1 234,50 Kč", "12 500,-", group
 *   spaces of any width) into the canonical string; anything else is refused with one message
 *   per reason (MONEY_MESSAGES).
 * - Round: half-up to the haléř (2 places), on the digits.
 * - Format: `formatMoney` for screens ("1 234,50 Kč"), `decimalComma` for Czech CSV cells.
 */

export type MoneyParse = { ok: true; value: string } | { ok: false; message: string };

/** numeric(14,2), the fees' columns: 12 digits before the decimal point. */
export const DEFAULT_INTEGER_DIGITS = 12;

const maxText = (digits: number) => `${"999 ".repeat(Math.ceil(digits / 3)).trim().slice((3 - (digits % 3 || 3)))},99`;

export const MONEY_MESSAGES = {
  required: "Zadejte částku.",
  format: "Zadejte částku číslem, např. 1 234,50.",
  negative: "Částka nesmí být záporná.",
  decimals: "Nejvýše 2 desetinná místa (haléře, centy).",
  tooLarge: `Částka je příliš velká (nejvýše ${maxText(DEFAULT_INTEGER_DIGITS)}).`,
} as const;

const tooLarge = (digits: number) =>
  digits === DEFAULT_INTEGER_DIGITS ? MONEY_MESSAGES.tooLarge : `Částka je příliš velká (nejvýše ${maxText(digits)}).`;

// Spaces people and Excel put between thousands: ordinary, no-break, narrow no-break, thin.
const GROUP_SPACES = /[\s\u00a0\u202f\u2009]/g;
// What may follow the number: the crown ("Kč", "CZK"), and before it the "no haléře" dash of a
// whole amount ("12 500,-").
const CROWN = /(?:Kč|CZK)$/i;
const WHOLE_DASH = /^(\d+)[.,]-$/;

export type MoneyOptions = {
  /** Digits allowed before the decimal point: the column's precision minus its scale. */
  integerDigits?: number;
};

export function parseMoney(input: string, { integerDigits = DEFAULT_INTEGER_DIGITS }: MoneyOptions = {}): MoneyParse {
  const compact = input.replace(GROUP_SPACES, "").replace(CROWN, "").replace(WHOLE_DASH, "$1");
  if (compact === "") return { ok: false, message: MONEY_MESSAGES.required };
  if (/^[-−]/.test(compact)) return { ok: false, message: MONEY_MESSAGES.negative };
  // One decimal separator, comma or point; digits only around it.
  const m = /^(\d+)(?:[.,](\d+))?$/.exec(compact);
  if (!m) return { ok: false, message: MONEY_MESSAGES.format };
  const integer = m[1]!.replace(/^0+(?=\d)/, "");
  const fraction = m[2] ?? "";
  if (fraction.length > 2) return { ok: false, message: MONEY_MESSAGES.decimals };
  if (integer.length > integerDigits) return { ok: false, message: tooLarge(integerDigits) };
  return { ok: true, value: `${integer}.${fraction.padEnd(2, "0")}` };
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * THE rounding rule: half-up (away from zero) to `places` decimals (default: the haléř), on the
 * decimal digits themselves. "2.345" → "2.35", "-2.345" → "-2.35", "7" → "7.00".
 */
export function roundMoney(value: string, places = 2): string {
  const m = DECIMAL.exec(value.trim());
  if (!m) throw new TypeError(`roundMoney expects a decimal string, got ${JSON.stringify(value)}`);
  const [, sign, integer, fraction = ""] = m as unknown as [string, string, string, string | undefined];
  const kept = (integer + fraction.padEnd(places, "0").slice(0, places)).replace(/^0+(?=\d)/, "");
  const up = (fraction[places] ?? "0") >= "5";
  let digits = up ? (BigInt(kept) + 1n).toString() : kept;
  digits = digits.padStart(places + 1, "0");
  const whole = digits.slice(0, digits.length - places);
  const result = places > 0 ? `${whole}.${digits.slice(-places)}` : whole;
  return sign && /[1-9]/.test(digits) ? `-${result}` : result;
}

/** A decimal string with a decimal comma, no grouping: what Czech Excel reads as a number. */
export function decimalComma(value: string): string {
  return value.replace(".", ",");
}

/**
 * An exact decimal amount with its currency, for screens: ("1234.50", "CZK") → "1 234,50 Kč";
 * ("12000", "EUR") → "12 000,00 EUR". Intl formats a decimal string exactly (no float), with a
 * no-break space between groups. Foreign currencies show their ISO code (what invoices and the
 * budget use), the crown its familiar symbol.
 */
export function formatMoney(amount: string, currency: string, locale: Locale = DEFAULT_LOCALE): string {
  const value = amount.trim();
  if (!DECIMAL.test(value)) throw new TypeError(`formatMoney expects a decimal string, got ${JSON.stringify(amount)}`);
  return moneyFormat(locale, currency.toUpperCase()).format(value as Intl.StringNumericLiteral);
}

// Building an Intl.NumberFormat costs far more than formatting with one, and a page of figures
// formats hundreds of amounts: one per locale and currency, made once.
const moneyFormats = new Map<string, Intl.NumberFormat>();
function moneyFormat(locale: Locale, code: string): Intl.NumberFormat {
  const key = `${locale}|${code}`;
  let f = moneyFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale], {
      style: "currency",
      currency: code,
      currencyDisplay: code === "CZK" && locale === "cs" ? "symbol" : "code",
    });
    moneyFormats.set(key, f);
  }
  return f;
}
