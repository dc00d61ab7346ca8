import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { getDb } from "@/lib/db/connection";
import type { Actor } from "@/lib/permissions";
import { actorFromToken } from "./actor";
import { authSecret } from "./secret";
import { readSessionToken } from "./token";

/**
 * The signed-in user of this request, re-read from the database once per request (React cache),
 * so that deactivation, a role change and sign-out take effect at once. Null when not signed in,
 * the session expired (idle 30 min, absolute 12 h) or the user is no longer active.
 *
 * The token is read straight from the cookie rather than through getServerSession: no
 * callbacks run, and nothing here tries to set a cookie (server components cannot; the proxy
 * refreshes the idle expiry instead).
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const token = await readSessionToken(await cookies(), authSecret());
  if (!token) return null;
  return actorFromToken(await getDb(), token);
});
