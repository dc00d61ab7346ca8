import { and, eq, inArray, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { notifications, reminderPreferences, users } from "@/db/schema";
import { writeAuditEvent } from "@/lib/audit";
import { todayInPrague } from "@/lib/dates";
import type { Role } from "@/lib/permissions";
import { DEFAULT_MODE, digestWeek, leadDue, RESPONSIBLE, type ReminderKind, type ReminderMode } from "./kinds";
import { alertMail, digestMail } from "./mail";
import { openItems, type OpenItem } from "./open-items";
import type { Transport } from "./transport";

type Recipient = { id: string; email: string; role: Role };

/** Each user's mode per kind: what they chose, else the default; "off" for kinds not theirs. */
async function modes(db: Queryable, userIds: string[]) {
  if (userIds.length === 0) return { recipients: new Map<string, Recipient>(), modeOf: () => "off" as ReminderMode };
  const [rows, prefs] = await Promise.all([
    db.select({ id: users.id, email: users.email, role: users.role }).from(users).where(and(inArray(users.id, userIds), eq(users.active, true))),
    db.select().from(reminderPreferences).where(inArray(reminderPreferences.userId, userIds)),
  ]);
  const recipients = new Map(rows.map((r) => [r.id, r]));
  const chosen = new Map(prefs.map((p) => [`${p.userId}|${p.kind}`, p.mode]));
  const modeOf = (userId: string, kind: ReminderKind): ReminderMode => {
    const user = recipients.get(userId);
    if (!user || !RESPONSIBLE[kind].includes(user.role)) return "off";
    return chosen.get(`${userId}|${kind}`) ?? DEFAULT_MODE[kind];
  };
  return { recipients, modeOf };
}

/**
 * One pass of the reminder clock, at `now` (injected, so tests can move it): decides the alerts due
 * today and this week's digests, and records each as a notification. The unique dedupe key makes
 * this safe to run anywhere, any number of times, by any number of workers at once: a decision
 * already taken inserts nothing. Returns the ids of the notifications this pass created, which
 * the caller hands to the delivery queue.
 */
export async function decideReminders(db: Queryable, now: Date = new Date()): Promise<string[]> {
  const today = todayInPrague(now);
  const items = await openItems(db, today);
  const { recipients, modeOf } = await modes(db, [...new Set(items.flatMap((i) => i.userIds))]);

  type NewNotification = typeof notifications.$inferInsert;
  const rows: NewNotification[] = [];
  for (const item of items) {
    const lead = leadDue(item.kind, item.deadline, today);
    if (lead === null) continue;
    for (const userId of item.userIds) {
      if (modeOf(userId, item.kind) !== "immediate") continue;
      rows.push({
        userId,
        kind: item.kind,
        dedupeKey: `${userId}|${item.kind}|${item.recordId}|${item.deadline}|${lead}`,
        recordId: item.recordId,
        recordLabel: item.label,
        href: item.href,
        deadline: item.deadline,
        leadDays: lead,
      });
    }
  }
  const week = digestWeek(now);
  for (const userId of recipients.keys()) {
    if (!items.some((i) => i.userIds.includes(userId) && modeOf(userId, i.kind) !== "off")) continue;
    rows.push({ userId, kind: "digest", dedupeKey: `${userId}|digest|${week}`, deadline: week });
  }
  if (rows.length === 0) return [];
  const created = await db
    .insert(notifications)
    .values(rows)
    .onConflictDoNothing({ target: notifications.dedupeKey })
    .returning({ id: notifications.id });
  return created.map((r) => r.id);
}

/** Notifications decided but never handed over (a worker stopped in between): sent again. */
export async function orphanedNotifications(db: Queryable, olderThanMinutes = 10): Promise<string[]> {
  const rows = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(
      and(
        eq(notifications.status, "pending"),
        eq(notifications.attempts, 0),
        sql`${notifications.createdAt} < now() - make_interval(mins => ${olderThanMinutes})`,
      ),
    );
  return rows.map((r) => r.id);
}

function itemsFor(items: OpenItem[], userId: string, modeOf: (u: string, k: ReminderKind) => ReminderMode) {
  return items.filter((i) => i.userIds.includes(userId) && modeOf(userId, i.kind) !== "off");
}

/**
 * Sends one notification, once: the row is claimed (pending → sending) in its own statement, so
 * a second delivery of the same job finds nothing to do. A failure puts it back to pending with
 * the error and rethrows, for the queue to retry with back-off; `markFailed` ends it.
 */
export async function deliverNotification(db: Queryable, id: string, transport: Transport, now: Date = new Date()): Promise<"sent" | "skipped"> {
  const [claimed] = await db
    .update(notifications)
    .set({ status: "sending", attempts: sql`${notifications.attempts} + 1` })
    .where(and(eq(notifications.id, id), eq(notifications.status, "pending")))
    .returning();
  if (!claimed) return "skipped";
  const [user] = await db.select({ id: users.id, email: users.email, active: users.active }).from(users).where(eq(users.id, claimed.userId));
  try {
    if (!user?.active) throw new Error("recipient inactive");
    const today = todayInPrague(now);
    let mail;
    if (claimed.kind === "digest") {
      const items = await openItems(db, today);
      const { modeOf } = await modes(db, [user.id]);
      mail = digestMail(user, itemsFor(items, user.id, modeOf), today);
    } else {
      mail = alertMail(
        user,
        { kind: claimed.kind as ReminderKind, label: claimed.recordLabel ?? "", deadline: claimed.deadline, href: claimed.href ?? "/" },
        today,
      );
    }
    await transport.send(db, mail, claimed.id);
    await db
      .update(notifications)
      .set({ status: "sent", sentAt: now, transport: transport.name, lastError: null })
      .where(eq(notifications.id, id));
    await audit(db, claimed, user.email, "sent", transport.name);
    return "sent";
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await db.update(notifications).set({ status: "pending", lastError: message.slice(0, 500) }).where(eq(notifications.id, id));
    throw e;
  }
}

/** After the last retry: the notification is failed for good, and the audit log says so. */
export async function markFailed(db: Queryable, id: string): Promise<void> {
  const [row] = await db
    .update(notifications)
    .set({ status: "failed" })
    .where(and(eq(notifications.id, id), inArray(notifications.status, ["pending", "sending"])))
    .returning();
  if (!row) return;
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, row.userId));
  await audit(db, row, user?.email ?? null, "failed", null);
}

/** Audited without the body: kind, recipient, record, result. System actor (no user). */
async function audit(
  db: Queryable,
  n: typeof notifications.$inferSelect,
  recipient: string | null,
  action: "sent" | "failed",
  transport: string | null,
) {
  await writeAuditEvent(db, null, {
    entity: "notification",
    entityId: n.id,
    action,
    after: {
      kind: n.kind,
      recipient,
      recordId: n.recordId,
      recordLabel: n.recordLabel,
      deadline: n.deadline,
      leadDays: n.leadDays,
      attempts: n.attempts,
      transport,
      error: action === "failed" ? n.lastError : null,
    },
  });
}

