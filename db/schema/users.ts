import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { id, timestamps, version } from "./columns";
import { roleEnum } from "./enums";
import { departments } from "./people";

export const users = pgTable(
  "users",
  {
    id: id(),
    /** Stored lower-case (the zod schema normalises it); unique case-insensitively. */
    email: text().notNull(),
    name: text().notNull(),
    role: roleEnum().notNull(),
    departmentId: uuid().references(() => departments.id, { onDelete: "restrict" }),
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
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("sign_in_attempts_email_idx").on(t.email, t.at),
    index("sign_in_attempts_ip_idx").on(t.ip, t.at),
    // Pruning old attempts (lib/auth/throttle.ts) finds them without reading the table.
    index("sign_in_attempts_at_idx").on(t.at),
  ],
);
