import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { id, timestamps, version } from "./columns";
import { roleEnum } from "./enums";
import { departments, people } from "./people";

export const users = pgTable(
  "users",
  {
    id: id(),
    /** Stored lower-case (the zod schema normalises it); unique case-insensitively. */
    email: text().notNull(),
    name: text().notNull(),
    role: roleEnum().notNull(),
    departmentId: uuid().references(() => departments.id, { onDelete: "restrict" }),
    /** The person this account belongs to (at most one account each), so its user can pick themself. */
    personId: uuid().references(() => people.id, { onDelete: "restrict" }),
    active: boolean().notNull().default(true),
    /** argon2id (PHC string); null for users who sign in only through OIDC. */
    passwordHash: text(),
    /** Bumped on sign-out, deactivation and password reset: every older session stops at once. */
    sessionVersion: integer().notNull().default(1),
    externalIssuer: text(),
    externalSubject: text(),
    lastSignInAt: timestamp({ withTimezone: true }),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(sql`lower(${t.email})`),
    unique("users_external_identity_key").on(t.externalIssuer, t.externalSubject),
    index("users_department_idx").on(t.departmentId),
    uniqueIndex("users_person_key").on(t.personId),
    check("users_staff_department_check", sql`${t.role} <> 'staff' or ${t.departmentId} is not null`),
    check(
      "users_external_identity_check",
      sql`(${t.externalIssuer} is null) = (${t.externalSubject} is null)`,
    ),
  ],
);

/**
 * Every sign-in attempt, kept in Postgres so that throttling holds across app instances.
 * Holds no secret: the e-mail as typed (lower-cased) and the client address.
 */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    email: text().notNull(),
    ip: text(),
    succeeded: boolean().notNull(),
    /** Refused by a throttle before the password was checked: not a failure, extends no lock. */
    throttled: boolean().notNull().default(false),
    /** The id of the signed device cookie the attempt came with, if valid for its account. */
    device: text(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("sign_in_attempts_email_idx").on(t.email, t.at),
    index("sign_in_attempts_ip_idx").on(t.ip, t.at),
    // Pruning old attempts (lib/auth/throttle.ts) finds them without reading the table.
    index("sign_in_attempts_at_idx").on(t.at),
    index("sign_in_attempts_device_idx").on(t.device, t.at),
  ],
);

/**
 * Anonymous sign-in failures (unknown accounts, throttled attempts) counted per time window, so
 * that a flood of them adds a bounded number of audit events (the first of each window, then
 * one summary with the count) instead of one each. Bookkeeping, pruned with the attempts.
 */
export const signInFailureTallies = pgTable(
  "sign_in_failure_tallies",
  {
    windowStart: timestamp({ withTimezone: true }).notNull(),
    reason: text().notNull(),
    failures: integer().notNull(),
    firstAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    reported: boolean().notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.windowStart, t.reason] })],
);

/**
 * One-time links to set a password, so an administrator never types or passes one on. Only the
 * SHA-256 of the random token is kept; a link is valid 72 hours, once, and issuing a new one
 * revokes the earlier ones (lib/users/set-password.ts).
 */
export const setPasswordTokens = pgTable(
  "set_password_tokens",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text().notNull(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("set_password_tokens_token_hash_key").on(t.tokenHash),
    index("set_password_tokens_user_idx").on(t.userId),
  ],
);
