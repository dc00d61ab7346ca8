import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { people } from "./people";
import { users } from "./users";

/**
 * Append-only: a trigger (drizzle/0002_constraints.sql) refuses UPDATE, DELETE and TRUNCATE.
 * Written in the same transaction as the change it records. Security events (sign-in, sign-out,
 * failures, denied access) are recorded here too, under entity `auth`, without secrets.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: uuid().references(() => users.id, { onDelete: "restrict" }),
    /** The actor's e-mail at the time, so the log reads well even after the user changes. */
    actorLabel: text(),
    entity: text().notNull(),
    entityId: text(),
    action: text().notNull(),
    before: jsonb(),
    after: jsonb(),
    note: text(),
  },
  (t) => [
    index("audit_events_entity_idx").on(t.entity, t.entityId, t.at),
    index("audit_events_actor_idx").on(t.actorId, t.at),
    // The log's order (at desc, id desc), read backward by its keyset pages (drizzle/0025).
    index("audit_events_at_id_idx").on(t.at, t.id),
  ],
);

/**
 * One key per person for the personal fields of their audit events (crypto-shredding). Unlike
 * audit_events, rows here may be deleted: anonymisation deletes the person's key, and with it
 * every way to read those fields (drizzle/0013_audit_trail_time.sql, function audit_reveal).
 */
export const personAuditKeys = pgTable("person_audit_keys", {
  personId: uuid()
    .primaryKey()
    .references(() => people.id, { onDelete: "cascade" }),
  key: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
