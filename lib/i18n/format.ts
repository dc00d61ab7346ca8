import { DEFAULT_LOCALE, INTL_LOCALE, type Locale } from "./config";

/**
 * Formatting for the UI: Czech formats first (docs/ARCHITECTURE.md, "Formats and languages": `29. 11. 2026`, `1 234,50 Kč`).
 * Pure functions of their input and a locale, so server and client render the same text.
 * Note: Intl separates thousands and the currency with a non-breaking space (U+00A0).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(INTL_LOCALE[locale], options)));
  return f;
}

/**
 * A calendar date ('YYYY-MM-DD', as Drizzle reads `date` columns) in the UI's format:
 * cs "29. 11. 2026", en "29/11/2026". Formatted in UTC: a date has no time zone, so it must not
 * slide to the previous day wherever the server runs.
 */
export function formatDate(value: string, locale: Locale = DEFAULT_LOCALE): string {
  const m = ISO_DATE.exec(value);
  if (!m) throw new TypeError(`formatDate expects YYYY-MM-DD, got ${JSON.stringify(value)}`);
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return dateFormat(locale, { timeZone: "UTC", day: "numeric", month: "numeric", year: "numeric" }).format(date);
}

/** A moment (timestamps: audit events, sign-ins) as Prague's local date and time. */
export function formatDateTime(value: Date | string, locale: Locale = DEFAULT_LOCALE): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return dateFormat(locale, {
    timeZone: "Europe/Prague",
    day: "numeric",
    month: "numeric",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
  }).format(date);
}

export { formatMoney } from "@/lib/money";

const collators = new Map<Locale, Intl.Collator>();

/** Czech alphabetical order (Č after C, "ch" after "h"), for sorting names in the UI. */
export function collator(locale: Locale = DEFAULT_LOCALE): Intl.Collator {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(locale, { sensitivity: "base", numeric: true })));
  return c;
}

/** Sorts a copy by the text `key` returns, in the locale's collation. */
export function sortByText<T>(items: readonly T[], key: (item: T) => string, locale: Locale = DEFAULT_LOCALE): T[] {
  const compare = collator(locale).compare;
  return [...items].sort((a, b) => compare(key(a), key(b)));
}
