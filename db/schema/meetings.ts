import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { id, timestamps, version } from "./columns";
import { attendanceModeEnum, attendanceRoleEnum, attendanceStatusEnum, meetingKindEnum } from "./enums";
import { bodies, organisations } from "./organisations";
import { departments, people } from "./people";
import { users } from "./users";

export const meetings = pgTable(
  "meetings",
  {
    id: id(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
    bodyId: uuid(),
    kind: meetingKindEnum().notNull(),
    title: text().notNull(),
    startsOn: date({ mode: "string" }).notNull(),
    endsOn: date({ mode: "string" }).notNull(),
    online: boolean().notNull().default(false),
    city: text(),
    /** ISO 3166-1 alpha-2 country code. */
    country: text(),
    agendaUrl: text(),
    outcome: text(),
    createdById: uuid().references(() => users.id, { onDelete: "restrict" }),
    demo: boolean().notNull().default(false),
    /**
     * How many attendance rows of this meeting have status "attended". Derived, never written by
     * the app: kept exact by statement-level triggers on attendance
     * (drizzle/0008_meeting_attended_count.sql), so yearly charts count meetings, not attendance.
     */
    attendedCount: integer().notNull().default(0),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    foreignKey({
      name: "meetings_body_of_organisation_fk",
      columns: [t.bodyId, t.organisationId],
      foreignColumns: [bodies.id, bodies.organisationId],
    }).onDelete("restrict"),
    index("meetings_organisation_starts_idx").on(t.organisationId, t.startsOn),
    index("meetings_body_idx").on(t.bodyId),
    index("meetings_starts_on_idx").on(t.startsOn),
    index("meetings_kind_idx").on(t.kind),
    index("meetings_created_by_idx").on(t.createdById),
    check("meetings_range_check", sql`${t.endsOn} >= ${t.startsOn}`),
    check("meetings_attended_count_check", sql`${t.attendedCount} >= 0`),
    check("meetings_country_check", sql`${t.country} is null or ${t.country} ~ '^[A-Z]{2}$'`),
  ],
);

export const attendance = pgTable(
  "attendance",
  {
    id: id(),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: "restrict" }),
    role: attendanceRoleEnum().notNull().default("delegate"),
    mode: attendanceModeEnum().notNull().default("in_person"),
    status: attendanceStatusEnum().notNull().default("registered"),
    travelCostCzk: numeric({ precision: 12, scale: 2 }),
    /** The report Czech officials file after a foreign work trip. */
    tripReport: text(),
    tripReportFiledOn: date({ mode: "string" }),
    demo: boolean().notNull().default(false),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    unique("attendance_meeting_person_key").on(t.meetingId, t.personId),
    index("attendance_person_idx").on(t.personId),
    // Also INCLUDEs person_id and travel_cost_czk (drizzle/0007_attendance_covering_index.sql).
    index("attendance_status_idx").on(t.meetingId, t.status),
    check("attendance_travel_cost_check", sql`${t.travelCostCzk} is null or ${t.travelCostCzk} >= 0`),
    check(
      "attendance_online_cost_check",
      sql`${t.mode} <> 'online' or coalesce(${t.travelCostCzk}, 0) = 0`,
    ),
    check(
      "attendance_report_check",
      sql`(${t.tripReport} is null) = (${t.tripReportFiledOn} is null)`,
    ),
  ],
);

/**
 * The earlier wordings of a trip report: each edit of a filed report keeps the text it replaced,
 * so what was filed first can always be read again (the audit log says who changed it and when).
 */
export const tripReportRevisions = pgTable(
  "trip_report_revisions",
  {
    id: id(),
    attendanceId: uuid()
      .notNull()
      .references(() => attendance.id, { onDelete: "cascade" }),
    tripReport: text().notNull(),
    tripReportFiledOn: date({ mode: "string" }).notNull(),
    replacedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    replacedById: uuid().references(() => users.id, { onDelete: "restrict" }),
  },
  (t) => [index("trip_report_revisions_attendance_idx").on(t.attendanceId, t.replacedAt)],
);

export type TripReportRevision = typeof tripReportRevisions.$inferSelect;

/**
 * A per-user secret for subscribing to the meetings calendar (.ics) from Outlook, which cannot
 * sign in. Only a SHA-256 hash of the token is stored: the URL is shown once, at creation. A
 * revoked token (revokedAt set) opens nothing; rows are kept for the audit trail.
 */
export const calendarTokens = pgTable(
  "calendar_tokens",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    tokenHash: text().notNull(),
    /** What the feed lists: one person's meetings, one department's, or all. */
    scope: text({ enum: ["person", "department", "all"] }).notNull(),
    personId: uuid().references(() => people.id, { onDelete: "restrict" }),
    departmentId: uuid().references(() => departments.id, { onDelete: "restrict" }),
    label: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("calendar_tokens_token_hash_key").on(t.tokenHash),
    index("calendar_tokens_user_idx").on(t.userId),
    check("calendar_tokens_scope_check", sql`${t.scope} in ('person', 'department', 'all')`),
    check(
      "calendar_tokens_target_check",
      sql`(${t.scope} = 'person') = (${t.personId} is not null)
        and (${t.scope} = 'department') = (${t.departmentId} is not null)`,
    ),
  ],
);
