/**
 * Money as typed by people: "1 234,50", "1234.50", "12 000". Parsed as text into the canonical
 * decimal string Postgres `numeric(14,2)` stores ("1234.50"), never through a JS number, so no
 * float can round a haléř away.
 */

export type MoneyParse = { ok: true; value: string } | { ok: false; message: string };

export const MONEY_MESSAGES = {
  required: "Zadejte částku.",
  format: "Zadejte částku číslem, např. 1 234,50.",
  negative: "Částka nesmí být záporná.",
  decimals: "Nejvýše 2 desetinná místa (haléře, centy).",
  tooLarge: "Částka je příliš velká (nejvýše 999 999 999 999,99).",
} as const;

/** numeric(14,2): 12 digits before the decimal point. */
const MAX_INTEGER_DIGITS = 12;

// Spaces people and Excel put between thousands: ordinary, no-break, narrow no-break, thin.
const GROUP_SPACES = /[\s\u00a0\u202f\u2009]/g;

export function parseMoney(input: string): MoneyParse {
  const compact = input.replace(GROUP_SPACES, "");
  if (compact === "") return { ok: false, message: MONEY_MESSAGES.required };
  if (/^[-−]/.test(compact)) return { ok: false, message: MONEY_MESSAGES.negative };
  // One decimal separator, comma or point; digits only around it.
  const m = /^(\d+)(?:[.,](\d+))?$/.exec(compact);
  if (!m) return { ok: false, message: MONEY_MESSAGES.format };
  const integer = m[1]!.replace(/^0+(?=\d)/, "");
  const fraction = m[2] ?? "";
  if (fraction.length > 2) return { ok: false, message: MONEY_MESSAGES.decimals };
  if (integer.length > MAX_INTEGER_DIGITS) return { ok: false, message: MONEY_MESSAGES.tooLarge };
  return { ok: true, value: `${integer}.${fraction.padEnd(2, "0")}` };
}

/** Codes Intl knows (ISO 4217, current ones), read once. */
let currencies: ReadonlySet<string> | undefined;

export function isKnownCurrency(code: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf("currency"));
  return currencies.has(code);
}

export const CURRENCY_MESSAGE = "Neznámý kód měny. Zadejte třípísmenný kód podle ISO 4217, např. EUR, CZK nebo USD.";

/** The currencies offered first in the form; any other ISO 4217 code may be typed. */
export const COMMON_CURRENCIES = ["EUR", "CZK", "USD", "GBP", "CHF"] as const;
