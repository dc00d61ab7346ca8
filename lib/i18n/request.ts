import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "./config";

/** The request's UI language; an unknown or missing cookie falls back to Czech. */
export async function requestLocale(): Promise<Locale> {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  const messages = (await import(`./messages/${locale}.json`)).default as Record<string, unknown>;
  // Dates in the registry are Prague's: a timestamp near midnight must not shift a day.
  return { locale, messages, timeZone: "Europe/Prague" };
});
