import { and, eq, lt, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { signInFailureTallies } from "@/db/schema";
import { recordSecurityEvent, type SecurityAction } from "@/lib/audit";

/**
 * Audit events of anonymous sign-in failures, bounded. Anyone on the network can make them, with
 * a fresh e-mail and address each time, and audit events can never be deleted; one row per
 * attempt would let a flood fill the log and slow every page that reads it. So these are counted
 * per window and reason: the first of each window is recorded in full, the rest only counted,
 * and the window's total is recorded as one summary event once the window has closed (at the
 * next anonymous failure). At most two events per reason and window, whatever the traffic.
 *
 * What stays one event per attempt: every successful sign-in, and every failure of an account
 * that exists (wrong password, deactivated), which the per-account back-off already bounds.
 */
export const TALLY_WINDOW_MINUTES = 15;

export type AnonymousFailure = "unknown_account" | "invalid_input" | "throttled";

const ACTION: Record<AnonymousFailure, SecurityAction> = {
  unknown_account: "sign_in_failed",
  invalid_input: "sign_in_failed",
  throttled: "sign_in_throttled",
};

const WINDOW_S = TALLY_WINDOW_MINUTES * 60;
const currentWindow = sql`to_timestamp(floor(extract(epoch from now()) / ${sql.raw(String(WINDOW_S))}) * ${sql.raw(String(WINDOW_S))})`;

export async function recordAnonymousFailure(
  db: Queryable,
  reason: AnonymousFailure,
  event: { subject: string | null; details: Record<string, unknown> },
): Promise<void> {
  const [tally] = await db
    .insert(signInFailureTallies)
    .values({ windowStart: currentWindow, reason, failures: 1 })
    .onConflictDoUpdate({
      target: [signInFailureTallies.windowStart, signInFailureTallies.reason],
      set: { failures: sql`${signInFailureTallies.failures} + 1`, lastAt: sql`now()` },
    })
    .returning({ failures: signInFailureTallies.failures });
  const first = tally?.failures === 1;
  if (first) {
    await recordSecurityEvent({
      action: ACTION[reason],
      subject: event.subject,
      details: { ...event.details, reason, firstOfWindow: true, windowMinutes: TALLY_WINDOW_MINUTES },
    });
  } else {
    // Still on the server's log, line by line; only the permanent record is aggregated.
    console.info(`[security] ${JSON.stringify({ event: ACTION[reason], subject: event.subject, ...event.details, reason, counted: true })}`);
  }
  await reportClosedWindows(db);
}

/**
 * One summary event per closed window with more than its first failure. UPDATE … RETURNING
 * marks each window reported exactly once, even with several instances reporting at a time.
 */
async function reportClosedWindows(db: Queryable): Promise<void> {
  const closed = await db
    .update(signInFailureTallies)
    .set({ reported: true })
    .where(and(eq(signInFailureTallies.reported, false), lt(signInFailureTallies.windowStart, currentWindow)))
    .returning();
  for (const t of closed) {
    if (t.failures <= 1) continue;
    await recordSecurityEvent({
      action: "sign_in_failures_summary",
      subject: null,
      details: {
        reason: t.reason,
        failures: t.failures,
        windowStart: t.windowStart.toISOString(),
        firstAt: t.firstAt.toISOString(),
        lastAt: t.lastAt.toISOString(),
      },
    });
  }
}
