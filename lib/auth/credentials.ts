import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Queryable } from "@/db/client";
import { users } from "@/db/schema";
import { recordSecurityEvent } from "@/lib/audit";
import { issueDeviceCookie, verifyDeviceCookie } from "./device";
import { verifyPassword } from "./password";
import { sessionUserColumns } from "./session-user";
import { recordAnonymousFailure } from "./sign-in-audit";
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
  /** Sent as `Throttled:<minutes to wait>`. */
  throttled: "Throttled",
  /** Anything that went wrong on our side; sent as `Unavailable:<correlation id>`. */
  unavailable: "Unavailable",
} as const;

export type PasswordSignInResult =
  | { ok: true; user: SessionUser; deviceCookie: string; knownDevice: boolean }
  | { ok: false; error: typeof SIGN_IN_ERRORS.credentials }
  | { ok: false; error: typeof SIGN_IN_ERRORS.throttled; retryAfterSeconds: number }
  | { ok: false; error: typeof SIGN_IN_ERRORS.unavailable; correlationId: string };

/** The error code next-auth carries to the sign-in page for a refused result. */
export function signInErrorCode(result: Exclude<PasswordSignInResult, { ok: true }>): string {
  if (result.error === SIGN_IN_ERRORS.throttled) {
    return `${SIGN_IN_ERRORS.throttled}:${Math.max(1, Math.ceil(result.retryAfterSeconds / 60))}`;
  }
  if (result.error === SIGN_IN_ERRORS.unavailable) return `${SIGN_IN_ERRORS.unavailable}:${result.correlationId}`;
  return result.error;
}

/**
 * Logs an unexpected failure with a fresh correlation id and returns the answer for the client,
 * which carries that id and nothing of the error itself (no SQL, no parameters).
 */
export function unavailable(error: unknown): { ok: false; error: typeof SIGN_IN_ERRORS.unavailable; correlationId: string } {
  const correlationId = randomUUID().slice(0, 8);
  console.error(`[auth] sign-in failed, correlation id ${correlationId}:`, error);
  return { ok: false, error: SIGN_IN_ERRORS.unavailable, correlationId };
}

// Postgres text cannot hold a NUL byte; such input is simply a wrong e-mail or password.
const noNul = (s: string) => !s.includes("\0");

// Bounded so a megabyte "password" cannot tie up argon2; no real password comes near this.
const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(320).refine(noNul),
  password: z.string().min(1).max(1024).refine(noNul),
});

export type PasswordSignInInput = {
  email?: unknown;
  password?: unknown;
  /** The client address as the configured proxies tell it (throttle.ts clientAddress). */
  ip: string | null;
  /** The known-device cookie the browser sent, if any. */
  deviceCookie?: string | null;
  /** The key that signs device cookies (the session secret). */
  secret: string;
};

/** Never throws: a database failure becomes `unavailable` with a logged correlation id. */
export async function authenticateWithPassword(db: Queryable, input: PasswordSignInInput): Promise<PasswordSignInResult> {
  try {
    return await attempt(db, input);
  } catch (e) {
    return unavailable(e);
  }
}

async function attempt(db: Queryable, input: PasswordSignInInput): Promise<PasswordSignInResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: SIGN_IN_ERRORS.credentials };
  const email = normaliseEmail(parsed.data.email);
  const ip = input.ip;

  const [user] = await db
    .select({ ...sessionUserColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);
  const device = user ? verifyDeviceCookie(input.secret, user.id, input.deviceCookie) : null;

  const verdict = await beginAttempt(db, { email, ip, device });
  if (verdict.throttled) {
    await recordAnonymousFailure(db, "throttled", {
      subject: email,
      details: { ip, limit: verdict.throttled, retryAfterSeconds: verdict.retryAfterSeconds },
    });
    return { ok: false, error: SIGN_IN_ERRORS.throttled, retryAfterSeconds: verdict.retryAfterSeconds };
  }

  // Verified even for a missing or inactive account (against a dummy hash when there is none),
  // so the answer time does not tell which e-mails have accounts.
  const passwordOk = await verifyPassword(user?.passwordHash, parsed.data.password);
  if (!user) {
    await recordAnonymousFailure(db, "unknown_account", { subject: email, details: { method: "password", ip } });
    return { ok: false, error: SIGN_IN_ERRORS.credentials };
  }
  if (!passwordOk || !user.active) {
    await recordSecurityEvent({
      action: "sign_in_failed",
      actor: { id: user.id, email: user.email },
      subject: email,
      details: { method: "password", reason: !passwordOk ? "wrong_password" : "inactive", ip, knownDevice: Boolean(device) },
    });
    return { ok: false, error: SIGN_IN_ERRORS.credentials };
  }

  await markAttemptSucceeded(db, verdict.attemptId);
  await db.update(users).set({ lastSignInAt: sql`now()` }).where(eq(users.id, user.id));
  await recordSecurityEvent({
    action: "sign_in",
    actor: { id: user.id, email: user.email },
    subject: email,
    details: { method: "password", ip, knownDevice: verdict.trustedDevice },
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
    // Renewed (same device id) or new: the browser is a known device of this account from now.
    deviceCookie: issueDeviceCookie(input.secret, user.id, device ?? undefined),
    knownDevice: verdict.trustedDevice,
  };
}
