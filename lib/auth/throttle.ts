import { and, count, eq, gt, lt, max, min, ne, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { signInAttempts, signInFailureTallies } from "@/db/schema";

/**
 * Sign-in throttling, kept in Postgres (sign_in_attempts) so that it holds across any number of
 * app instances (docs/ARCHITECTURE.md, "Several instances"). It slows attackers down without
 * locking the account's owner out (the "soft lockout" of OWASP ASVS 2.2.1):
 *
 * - per account, an exponential back-off: after a few free failures each further one makes the
 *   next attempt wait longer (1, 2, 4, 8, then at most 15 minutes). An attempt refused by a
 *   throttle is recorded as throttled, not as a failure, so hammering a locked account neither
 *   counts nor extends the wait;
 * - per client address (the address the app is configured to trust, see clientAddress), a
 *   higher ceiling, as a whole office may sit behind one address;
 * - for everyone together, a ceiling of failures per minute, against spraying from many
 *   addresses with many e-mails;
 * - a device that has signed in to the account before (a signed cookie, lib/auth/device.ts)
 *   passes all three, so an owner whose account is under attack still gets in; it has its own
 *   small allowance of failures, after which it is treated as any other device.
 *
 * The attempt is recorded as a failure BEFORE it is judged and counted with the others, and only
 * turned into a success after the password checks out, so concurrent attempts cannot all slip
 * under a limit, whatever the timing, and no lock is needed.
 */
export const THROTTLE = {
  /** Failures older than this no longer count (per account, per address, per device). */
  windowMinutes: 60,
  /** Failures per account (since its last success) before the back-off starts. */
  freeFailures: 5,
  /** The first wait; each further failure doubles it, up to maxDelaySeconds. */
  baseDelaySeconds: 60,
  maxDelaySeconds: 15 * 60,
  /** Failures per client address in the window. */
  maxFailuresPerAddress: 50,
  /** Failures of everyone together in the last minute. */
  maxFailuresPerMinute: 100,
  /** Failures from one known device in the window before it is no longer trusted. */
  maxFailuresPerDevice: 10,
} as const;

export type ThrottleReason = "account" | "address" | "global";

export type AttemptVerdict = {
  attemptId: number;
  throttled: ThrottleReason | null;
  /** How long until the attempt would be let through (0 when it is). */
  retryAfterSeconds: number;
  /** The known device was trusted past the throttles. */
  trustedDevice: boolean;
};

/** How e-mails are compared everywhere in sign-in: trimmed and lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The wait after `failures` counted failures of one account, in seconds (0: none). */
export function backOffSeconds(failures: number): number {
  if (failures < THROTTLE.freeFailures) return 0;
  const doublings = Math.min(failures - THROTTLE.freeFailures, 20);
  return Math.min(THROTTLE.maxDelaySeconds, THROTTLE.baseDelaySeconds * 2 ** doublings);
}

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

function header(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const v = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(v) ? v.join(",") : v;
}

/**
 * The header the server stamps with the TCP peer's address on every request, overwriting any
 * value a client sent (lib/peer-address.ts, installed at start). Route handlers of Next.js get
 * no socket address of their own.
 */
export const PEER_ADDRESS_HEADER = "x-registry-peer-address";

/** Every request whose address cannot be told shares this one key, so it cannot be rotated. */
export const UNKNOWN_ADDRESS = "unknown";

/**
 * The client address for the per-address limit, trusting exactly `trustedProxies` reverse
 * proxies in front of the app:
 *
 * - 0 (no proxy): the TCP peer, as stamped by the server; X-Forwarded-For is the client's own
 *   text and is ignored;
 * - n ≥ 1: each proxy appends the address it received the request from, so the client is the
 *   n-th entry from the right of X-Forwarded-For; anything left of it was written by the client.
 *
 * When the address cannot be told (no stamp, too few hops), all such requests share one key
 * rather than trusting a value the client chose.
 */
export function clientAddress(headers: HeaderSource, trustedProxies: number): string {
  let address: string | undefined;
  if (trustedProxies === 0) {
    address = header(headers, PEER_ADDRESS_HEADER);
  } else {
    const hops = (header(headers, "x-forwarded-for") ?? "")
      .split(",")
      .map((h) => h.trim())
      .filter(Boolean);
    address = hops.length >= trustedProxies ? hops[hops.length - trustedProxies] : undefined;
  }
  address = address?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return address && /^[0-9a-fA-F:.]{2,45}$/.test(address) ? address : UNKNOWN_ADDRESS;
}

const minutes = (n: number) => sql`now() - interval '${sql.raw(String(n))} minutes'`;
// Constants, so inlined rather than bound: `$1 * interval` would leave Postgres guessing types.
const windowStart = minutes(THROTTLE.windowMinutes);
const failed = (selfId: number) =>
  and(eq(signInAttempts.succeeded, false), eq(signInAttempts.throttled, false), ne(signInAttempts.id, selfId));
const secondsSince = (at: unknown) => sql<number | null>`extract(epoch from now() - ${at})::float8`;

/**
 * Records an attempt (as a failure until markAttemptSucceeded) and says whether a throttle
 * refuses it. `device` is the id of a device cookie already verified for this account.
 */
export async function beginAttempt(
  db: Queryable,
  input: { email: string; ip: string | null; device?: string | null },
): Promise<AttemptVerdict> {
  const email = normaliseEmail(input.email);
  await pruneAttempts(db);
  const [attempt] = await db
    .insert(signInAttempts)
    .values({ email, ip: input.ip, device: input.device ?? null, succeeded: false })
    .returning({ id: signInAttempts.id });
  if (!attempt) throw new Error("sign_in_attempts: insert returned no row");
  const self = attempt.id;

  if (input.device) {
    const [device] = await db
      .select({ n: count() })
      .from(signInAttempts)
      .where(and(eq(signInAttempts.device, input.device), failed(self), gt(signInAttempts.at, windowStart)));
    if ((device?.n ?? 0) < THROTTLE.maxFailuresPerDevice) {
      return { attemptId: self, throttled: null, retryAfterSeconds: 0, trustedDevice: true };
    }
  }

  const verdict = await judge(db, self, email, input.ip);
  if (verdict.throttled) {
    await db.update(signInAttempts).set({ throttled: true }).where(eq(signInAttempts.id, self));
  }
  return { attemptId: self, ...verdict, trustedDevice: false };
}

async function judge(
  db: Queryable,
  self: number,
  email: string,
  ip: string | null,
): Promise<{ throttled: ThrottleReason | null; retryAfterSeconds: number }> {
  // Per account, failures count from the last success in the window, so a user who got in is
  // not slowed down by earlier typos; per address they all count, so one valid account cannot
  // be used to reset an address's counter.
  const lastSuccess = db
    .select({ at: max(signInAttempts.at) })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.email, email), eq(signInAttempts.succeeded, true), gt(signInAttempts.at, windowStart)));
  const [account] = await db
    .select({ n: count(), since: secondsSince(max(signInAttempts.at)) })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.email, email),
        failed(self),
        gt(signInAttempts.at, sql`coalesce((${lastSuccess}), ${windowStart})`),
      ),
    );
  const wait = backOffSeconds(account?.n ?? 0) - Math.max(0, account?.since ?? 0);
  if (wait > 0) return { throttled: "account", retryAfterSeconds: Math.ceil(wait) };

  if (ip) {
    const [address] = await db
      .select({ n: count(), since: secondsSince(min(signInAttempts.at)) })
      .from(signInAttempts)
      .where(and(eq(signInAttempts.ip, ip), failed(self), gt(signInAttempts.at, windowStart)));
    if ((address?.n ?? 0) >= THROTTLE.maxFailuresPerAddress) {
      const wait = THROTTLE.windowMinutes * 60 - (address?.since ?? 0);
      return { throttled: "address", retryAfterSeconds: Math.max(60, Math.ceil(wait)) };
    }
  }

  const [everyone] = await db
    .select({ n: count() })
    .from(signInAttempts)
    .where(and(failed(self), gt(signInAttempts.at, minutes(1))));
  if ((everyone?.n ?? 0) >= THROTTLE.maxFailuresPerMinute) return { throttled: "global", retryAfterSeconds: 60 };

  return { throttled: null, retryAfterSeconds: 0 };
}

/**
 * Attempts are throttling state, not a record: only the last window counts, and what matters
 * of sign-ins is in the audit log for good. So rows older than a day (well past the window) go,
 * at each attempt, and the table stays as small as the day's traffic; so do reported tallies.
 */
export async function pruneAttempts(db: Queryable): Promise<void> {
  await db.delete(signInAttempts).where(lt(signInAttempts.at, sql`now() - interval '1 day'`));
  await db
    .delete(signInFailureTallies)
    .where(and(eq(signInFailureTallies.reported, true), lt(signInFailureTallies.windowStart, sql`now() - interval '1 day'`)));
}

/** The attempt's password checked out and the account may sign in. */
export async function markAttemptSucceeded(db: Queryable, attemptId: number): Promise<void> {
  await db.update(signInAttempts).set({ succeeded: true }).where(eq(signInAttempts.id, attemptId));
}
