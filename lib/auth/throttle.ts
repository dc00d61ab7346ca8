import { and, count, eq, gt, lt, max, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { signInAttempts } from "@/db/schema";

/**
 * Sign-in throttling, kept in Postgres (sign_in_attempts) so that it holds across any number of
 * app instances (docs/ARCHITECTURE.md, "Several instances"). Every attempt is recorded, throttled ones included.
 *
 * The attempt is recorded as a failure BEFORE it is judged and counted with the others, and only
 * turned into a success after the password checks out. So concurrent attempts cannot all slip
 * under the limit: the 11th row to be written sees at least 11 failures, whatever the timing,
 * and no lock (advisory or otherwise) is needed.
 */
export const THROTTLE = {
  windowMinutes: 15,
  /** Failures per account (e-mail) in the window; the next attempt is refused, even a right one. */
  maxFailuresPerAccount: 10,
  /** Failures per client address: higher, as a whole office may sit behind one address. */
  maxFailuresPerAddress: 50,
} as const;

export type ThrottleReason = "account" | "address";

/** How e-mails are compared everywhere in sign-in: trimmed and lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

function header(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const v = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * The client address: the first hop of X-Forwarded-For, else X-Real-IP, else null (then only
 * the per-account limit applies). NOTE: these headers are only as trustworthy as the reverse
 * proxy in front of the app, which must overwrite them; a client forging them can only dodge
 * the per-address limit, never the per-account one.
 */
export function clientAddress(headers: HeaderSource): string | null {
  const forwarded = header(headers, "x-forwarded-for")?.split(",")[0]?.trim();
  const address = forwarded || header(headers, "x-real-ip")?.trim();
  return address ? address.slice(0, 100) : null;
}

// A constant, so inlined rather than bound: `$1 * interval` would leave Postgres guessing types.
const windowStart = sql`now() - interval '${sql.raw(String(THROTTLE.windowMinutes))} minutes'`;

/**
 * Records an attempt (as a failure until markAttemptSucceeded) and says whether it is over a
 * limit. Per account, failures count from the last success in the window, so a user who got
 * in is not locked out by earlier typos; per address they all count, so one valid account
 * cannot be used to reset an address's counter.
 */
export async function beginAttempt(
  db: Queryable,
  input: { email: string; ip: string | null },
): Promise<{ attemptId: number; throttled: ThrottleReason | null }> {
  const email = normaliseEmail(input.email);
  await pruneAttempts(db);
  const [attempt] = await db
    .insert(signInAttempts)
    .values({ email, ip: input.ip, succeeded: false })
    .returning({ id: signInAttempts.id });
  if (!attempt) throw new Error("sign_in_attempts: insert returned no row");

  const lastSuccess = db
    .select({ at: max(signInAttempts.at) })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.email, email), eq(signInAttempts.succeeded, true), gt(signInAttempts.at, windowStart)));
  const [account] = await db
    .select({ n: count() })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.email, email),
        eq(signInAttempts.succeeded, false),
        gt(signInAttempts.at, sql`coalesce((${lastSuccess}), ${windowStart})`),
      ),
    );
  if ((account?.n ?? 0) > THROTTLE.maxFailuresPerAccount) return { attemptId: attempt.id, throttled: "account" };

  if (input.ip) {
    const [address] = await db
      .select({ n: count() })
      .from(signInAttempts)
      .where(and(eq(signInAttempts.ip, input.ip), eq(signInAttempts.succeeded, false), gt(signInAttempts.at, windowStart)));
    if ((address?.n ?? 0) > THROTTLE.maxFailuresPerAddress) return { attemptId: attempt.id, throttled: "address" };
  }
  return { attemptId: attempt.id, throttled: null };
}

/**
 * Attempts are throttling state, not a record: only the last window counts, and every sign-in,
 * failure and refusal is in the audit log for good. So rows older than a day (well past the
 * window) go, at each attempt, and the table stays as small as the day's traffic.
 */
export async function pruneAttempts(db: Queryable): Promise<void> {
  await db.delete(signInAttempts).where(lt(signInAttempts.at, sql`now() - interval '1 day'`));
}

/** The attempt's password checked out and the account may sign in. */
export async function markAttemptSucceeded(db: Queryable, attemptId: number): Promise<void> {
  await db.update(signInAttempts).set({ succeeded: true }).where(eq(signInAttempts.id, attemptId));
}
