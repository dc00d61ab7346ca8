
/** Codes Intl knows (ISO 4217, current ones), read once. */
let currencies: ReadonlySet<string> | undefined;

export function isKnownCurrency(code: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf("currency"));
  return currencies.has(code);
}

export const CURRENCY_MESSAGE = "Neznámý kód měny. Zadejte třípísmenný kód podle ISO 4217, např. EUR, CZK nebo USD.";

/** The currencies offered first in the form; any other ISO 4217 code may be typed. */
export const COMMON_CURRENCIES = ["EUR", "CZK", "USD", "GBP", "CHF"] as const;
