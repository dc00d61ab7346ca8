import { cookies } from "next/headers";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "./config";

/**
 * The UI language for lib/ code that names rows (lib/registry/display-name.ts): the request's
 * cookie (as lib/i18n/request.ts reads it), or Czech where there is no request (scripts, workers
 * and tests call the same queries).
 */
export async function uiLocale(): Promise<Locale> {
  try {
    const value = (await cookies()).get(LOCALE_COOKIE)?.value;
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch (e) {
    if (e instanceof Error && e.message.includes("outside a request scope")) return DEFAULT_LOCALE;
    throw e;
  }
}
