import type { NextRequest } from "next/server";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { unavailableResponse } from "@/lib/status-pages";

export const dynamic = "force-dynamic";

/**
 * The database outage page, with HTTP 503 and Retry-After (pages cannot set a status; a route
 * handler can). Reads nothing from the database; reloads the page the user wanted by itself.
 */
export function GET(request: NextRequest) {
  const back = safeCallbackPath(request.nextUrl.searchParams.get("back"));
  return unavailableResponse(request.cookies.get(LOCALE_COOKIE)?.value, back);
}
