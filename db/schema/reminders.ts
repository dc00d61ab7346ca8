import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id } from "./columns";
import { users } from "./users";

/** A user's choice per reminder kind: at once, in the Monday digest, or not at all. */
export const reminderPreferences = pgTable(
  "reminder_preferences",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text().notNull(),
    mode: text({ enum: ["immediate", "digest", "off"] }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.kind] }),
    check("reminder_preferences_mode_check", sql`${t.mode} in ('immediate', 'digest', 'off')`),
  ],
);

/**
 * Every reminder the app decided to send, one row per recipient, deadline and lead time (or per
 * recipient and week for the digest). `dedupeKey` is unique: however many workers decide at once,
 * one row wins, and only its winner sends. Holds what was sent and how it went, not the body.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text().notNull(),
    dedupeKey: text().notNull(),
    recordId: uuid(),
    recordLabel: text(),
    /** Path of the record in the app, e.g. /fees/<id>. */
    href: text(),
    deadline: date({ mode: "string" }),
    leadDays: integer(),
    status: text({ enum: ["pending", "sending", "sent", "failed"] }).notNull().default("pending"),
    attempts: integer().notNull().default(0),
    lastError: text(),
    /** How it left: "smtp" or "outbox" (no SMTP configured). */
    transport: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("notifications_dedupe_key").on(t.dedupeKey),
    index("notifications_user_idx").on(t.userId),
    index("notifications_created_idx").on(t.createdAt),
    check("notifications_status_check", sql`${t.status} in ('pending', 'sending', 'sent', 'failed')`),
  ],
);

/** Mail that would have been sent, when no SMTP server is configured (the embedded demo). */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: id(),
    notificationId: uuid().references(() => notifications.id, { onDelete: "cascade" }),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    html: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("mail_outbox_created_idx").on(t.createdAt)],
);

export type Notification = typeof notifications.$inferSelect;
export type OutboxMail = typeof mailOutbox.$inferSelect;
