import { isIsoDate } from "./dates";
import { isStorableText } from "./validation";

/**
 * The URL parameters that carry a calendar day, on any page or download (the lists' `asOf`, the
 * audit log's `from`/`to`, an export's `date`), also when carried to an export as `f.<name>`.
 */
const DATE_PARAMS = new Set(["asOf", "from", "to", "date"]);
const FILTER_PREFIX = "f.";

export type BadRequestReason = "path" | "text" | "date";

/**
 * Why a request's URL is one no page can answer: a path segment that is not valid percent-encoded
 * UTF-8, a NUL byte anywhere (Postgres stores no U+0000), or a date parameter that is no day of
 * the years 1–9999. Checked once in the proxy, so every page and download answers 400 for it
 * before a query is built; the parsers apply the same rules again (lib/validation.ts).
 */
export function badRequestReason(url: URL): BadRequestReason | null {
  for (const segment of url.pathname.split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return "path";
    }
    if (!isStorableText(decoded)) return "path";
  }
  for (const [key, value] of url.searchParams) {
    if (!isStorableText(key) || !isStorableText(value)) return "text";
    const name = key.startsWith(FILTER_PREFIX) ? key.slice(FILTER_PREFIX.length) : key;
    if (DATE_PARAMS.has(name) && value.trim() !== "" && !isIsoDate(value.trim())) return "date";
  }
  return null;
}
