/**
 * The UI languages. Czech is the language of record (docs/ARCHITECTURE.md, "Formats and languages"); English is a courtesy.
 * Kept free of server-only imports so client components can read the list too.
 */
export const LOCALES = ["cs", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "cs";

/** No locale in the URL (addresses stay stable for bookmarks and links in e-mails): a cookie. */
export const LOCALE_COOKIE = "locale";

/** The BCP 47 tag each UI language formats with: en-GB keeps day-month order and 24 h time. */
export const INTL_LOCALE: Record<Locale, string> = { cs: "cs-CZ", en: "en-GB" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
