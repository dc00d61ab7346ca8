import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Queryable } from "@/db/client";
import { users } from "@/db/schema";
import { recordSecurityEvent } from "@/lib/audit";
import { verifyPassword } from "./password";
import { sessionUserColumns } from "./session-user";
import { beginAttempt, markAttemptSucceeded, normaliseEmail } from "./throttle";
import type { SessionUser } from "./token";

/**
 * The e-mail + password sign-in, apart from next-auth so the integration tests run exactly
 * this against a real database. No `server-only`: see tests/integration/auth-throttle.test.ts.
 */

/** next-auth error codes the sign-in page turns into Czech messages (components/auth). */
export const SIGN_IN_ERRORS = {
  /** Wrong e-mail or password, or a deactivated account: one answer, so neither is revealed. */
  credentials: "CredentialsSignin",
  throttled: "Throttled",
} as const;

export type PasswordSignInResult =
  | { ok: true; user: SessionUser }
  | { ok: false; error: (typeof SIGN_IN_ERRORS)[keyof typeof SIGN_IN_ERRORS] };

// Bounded so a megabyte "password" cannot tie up argon2; no real password comes near this.
const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
});

export async function authenticateWithPassword(
  db: Queryable,
  input: { email?: unknown; password?: unknown; ip: string | null },
): Promise<PasswordSignInResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: SIGN_IN_ERRORS.credentials };
  const email = normaliseEmail(parsed.data.email);
  const ip = input.ip;

  const { attemptId, throttled } = await beginAttempt(db, { email, ip });
  if (throttled) {
    await recordSecurityEvent({ action: "sign_in_throttled", subject: email, details: { ip, limit: throttled } });
    return { ok: false, error: SIGN_IN_ERRORS.throttled };
  }

  const [user] = await db
    .select({ ...sessionUserColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);

  // Verified even for a missing or inactive account (against a dummy hash when there is none),
  // so the answer time does not tell which e-mails have accounts.
  const passwordOk = await verifyPassword(user?.passwordHash, parsed.data.password);
  if (!user || !passwordOk || !user.active) {
    const reason = !user ? "unknown_account" : !passwordOk ? "wrong_password" : "inactive";
    await recordSecurityEvent({
      action: "sign_in_failed",
      actor: user ? { id: user.id, email: user.email } : null,
      subject: email,
      details: { method: "password", reason, ip },
    });
    return { ok: false, error: SIGN_IN_ERRORS.credentials };
  }

  await markAttemptSucceeded(db, attemptId);
  await db.update(users).set({ lastSignInAt: sql`now()` }).where(eq(users.id, user.id));
  await recordSecurityEvent({
    action: "sign_in",
    actor: { id: user.id, email: user.email },
    subject: email,
    details: { method: "password", ip },
  });
  return {
    ok: true,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      departmentId: user.departmentId,
      sessionVersion: user.sessionVersion,
    },
  };
}
