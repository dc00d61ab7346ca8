import "server-only";
import { cache } from "react";
import type { Actor } from "@/lib/permissions";

/**
 * The signed-in user of this request, re-read from the database once per request (React cache),
 * so that deactivation, a role change and sign-out take effect at once. Null when not signed in,
 * the session expired (idle 30 min, absolute 12 h) or the user is no longer active.
 *
 * CONTRACT (auth workstream fills in the body; callers rely only on this signature).
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  return null;
});
