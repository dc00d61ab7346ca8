import { eq } from "drizzle-orm";
import type { JWT } from "next-auth/jwt";
import type { Queryable } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { sessionUserColumns } from "./session-user";
import { absoluteLifetimeOver, nowSeconds, readClaims } from "./token";

/**
 * The actor a decoded token stands for, re-read from the database: null when the claims are
 * missing, the absolute lifetime is over, the user is gone or inactive, or the user's session
 * version has moved on (signed out elsewhere, deactivated, password reset). Role and
 * department come from the row, so a change takes effect at the next request.
 */
export async function actorFromToken(
  db: Queryable,
  token: JWT | Record<string, unknown> | null | undefined,
  now = nowSeconds(),
): Promise<Actor | null> {
  const claims = readClaims(token);
  if (!claims || absoluteLifetimeOver(claims.signedInAt, now)) return null;
  const [row] = await db
    .select(sessionUserColumns)
    .from(users)
    .where(eq(users.id, claims.sub))
    .limit(1);
  if (!row || !row.active || row.sessionVersion !== claims.sessionVersion) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role, departmentId: row.departmentId };
}
