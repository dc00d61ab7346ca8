import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "./auth/callback-url";
import { isDatabaseUnavailable } from "./errors";
import { REQUEST_PATH_HEADER } from "./outage-header";

/**
 * Rendering hit a database that cannot be reached: send the user to the outage page (HTTP 503,
 * app/unavailable/route.ts), which brings them back to where they were once it answers again.
 * Any other error is passed on unchanged. A page cannot set its own status code; a route can.
 */
export async function onDatabaseOutage(error: unknown): Promise<never> {
  if (!isDatabaseUnavailable(error)) throw error;
  console.error("[db] unavailable:", error instanceof Error ? error.message : error);
  let back = "/";
  try {
    back = safeCallbackPath((await headers()).get(REQUEST_PATH_HEADER));
  } catch {
    // Outside a request (a script, a test): the home page.
  }
  redirect(`/unavailable?back=${encodeURIComponent(back)}`);
}
