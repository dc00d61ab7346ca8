import { pgEnum } from "drizzle-orm/pg-core";

// Enum values are stable codes stored in the database; labels live in the i18n messages.

export const roleEnum = pgEnum("role", ["admin", "coordinator", "staff", "manager", "auditor"]);

export const organisationKindEnum = pgEnum("organisation_kind", [
  "city_network",
  "ngo",
  "cultural_route",
  "intergovernmental",
]);
export const organisationScopeEnum = pgEnum("organisation_scope", ["european", "global"]);
export const bodyKindEnum = pgEnum("body_kind", ["forum", "working_group", "committee", "board"]);

export const membershipStatusEnum = pgEnum("membership_status", [
  "observer",
  "full",
  "associate",
  "via_state",
  "ended",
]);

export const representationRoleEnum = pgEnum("representation_role", [
  "political_representative",
  "primary_contact",
  "deputy",
  "forum_member",
]);

/** `overdue` is deliberately absent: it is derived from the due date, never stored stale. */
export const feeStatusEnum = pgEnum("fee_status", ["planned", "invoiced", "paid", "waived"]);

export const meetingKindEnum = pgEnum("meeting_kind", [
  "general_assembly",
  "forum_meeting",
  "working_group",
  "conference",
  "online",
]);
export const attendanceRoleEnum = pgEnum("attendance_role", ["delegate", "speaker", "observer"]);
export const attendanceModeEnum = pgEnum("attendance_mode", ["in_person", "online"]);
export const attendanceStatusEnum = pgEnum("attendance_status", ["registered", "attended", "excused"]);

export const engagementLevelEnum = pgEnum("engagement_level", [
  "essential",
  "active",
  "limited",
  "ad_hoc",
  "not_assessed",
]);
export const recommendationEnum = pgEnum("recommendation", ["continue", "strengthen", "review", "withdraw"]);
