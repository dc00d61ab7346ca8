import "server-only";
import { and, count, desc, eq, type SQL } from "drizzle-orm";
import { mailOutbox, notifications, reminderPreferences, users } from "@/db/schema";
import { getDb } from "@/lib/db/connection";
import { env } from "@/lib/env";
import { defineQuery } from "@/lib/queries";
import { z } from "@/lib/validation";
import { DEFAULT_MODE, kindsForRole, REMINDER_KINDS, type ReminderMode } from "./kinds";

export const OUTBOX_PAGE_SIZE = 20;

/** The actor's mode for each kind their role is responsible for (chosen, else the default). */
export const myReminderPreferences = defineQuery({
  name: "reminders.myPreferences",
  permission: "reminders.own",
  run: async (db, _: undefined, actor) => {
    const rows = await db.select().from(reminderPreferences).where(eq(reminderPreferences.userId, actor.id));
    const chosen = new Map(rows.map((r) => [r.kind, r.mode]));
    return kindsForRole(actor.role).map((kind) => ({ kind, mode: (chosen.get(kind) ?? DEFAULT_MODE[kind]) as ReminderMode }));
  },
});

/** The log's filters from the URL: forgiving, an odd value is ignored. */
export const outboxParamsSchema = z.object({
  status: z.enum(["pending", "sending", "sent", "failed"]).optional().catch(undefined),
  kind: z.enum([...REMINDER_KINDS, "digest"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type OutboxParams = z.output<typeof outboxParamsSchema>;

/** For admins: the outbox (mail kept instead of sent) and the notification log, newest first. */
export const getOutbox = defineQuery({
  name: "reminders.outbox",
  permission: "mail.read",
  run: async (db, params: OutboxParams) => {
    const page = params.page ?? 1;
    const where: SQL | undefined = and(
      params.status ? eq(notifications.status, params.status) : undefined,
      params.kind ? eq(notifications.kind, params.kind) : undefined,
    );
    const [mail, mailTotal, log, logTotal] = await Promise.all([
      db.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id)).limit(OUTBOX_PAGE_SIZE).offset((page - 1) * OUTBOX_PAGE_SIZE),
      db.select({ n: count() }).from(mailOutbox),
      db
        .select({
          id: notifications.id,
          kind: notifications.kind,
          email: users.email,
          recordLabel: notifications.recordLabel,
          href: notifications.href,
          deadline: notifications.deadline,
          leadDays: notifications.leadDays,
          status: notifications.status,
          attempts: notifications.attempts,
          lastError: notifications.lastError,
          createdAt: notifications.createdAt,
          sentAt: notifications.sentAt,
        })
        .from(notifications)
        .innerJoin(users, eq(users.id, notifications.userId))
        .where(where)
        .orderBy(desc(notifications.createdAt), desc(notifications.id))
        .limit(OUTBOX_PAGE_SIZE),
      db.select({ n: count() }).from(notifications).where(where),
    ]);
    return {
      smtp: Boolean(env().SMTP_URL),
      mail: { total: mailTotal[0]?.n ?? 0, rows: mail, page },
      log: { total: logTotal[0]?.n ?? 0, rows: log },
    };
  },
});

/** Who an unsubscribe token names, if still an active user (the token itself is verified by the caller). */
export async function unsubscribeTarget(userId: string) {
  if (!z.uuid().safeParse(userId).success) return null;
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, departmentId: users.departmentId })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.active, true)));
  return user ?? null;
}

