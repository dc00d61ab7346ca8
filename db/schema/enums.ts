import { pgEnum } from "drizzle-orm/pg-core";
import {
  ATTENDANCE_MODES,
  ATTENDANCE_ROLES,
  ATTENDANCE_STATUSES,
  BODY_KINDS,
  ENGAGEMENT_LEVELS,
  FEE_STATUSES,
  MEETING_KINDS,
  MEMBERSHIP_STATUSES,
  ORGANISATION_KINDS,
  ORGANISATION_SCOPES,
  RECOMMENDATIONS,
  REPRESENTATION_ROLES,
  ROLES,
} from "./enum-values";

// The values are plain arrays (./enum-values.ts), shared with the forms without Drizzle.

export const roleEnum = pgEnum("role", ROLES);

export const organisationKindEnum = pgEnum("organisation_kind", ORGANISATION_KINDS);
export const organisationScopeEnum = pgEnum("organisation_scope", ORGANISATION_SCOPES);
export const bodyKindEnum = pgEnum("body_kind", BODY_KINDS);

export const membershipStatusEnum = pgEnum("membership_status", MEMBERSHIP_STATUSES);

export const representationRoleEnum = pgEnum("representation_role", REPRESENTATION_ROLES);

export const feeStatusEnum = pgEnum("fee_status", FEE_STATUSES);

export const meetingKindEnum = pgEnum("meeting_kind", MEETING_KINDS);
export const attendanceRoleEnum = pgEnum("attendance_role", ATTENDANCE_ROLES);
export const attendanceModeEnum = pgEnum("attendance_mode", ATTENDANCE_MODES);
export const attendanceStatusEnum = pgEnum("attendance_status", ATTENDANCE_STATUSES);

export const engagementLevelEnum = pgEnum("engagement_level", ENGAGEMENT_LEVELS);
export const recommendationEnum = pgEnum("recommendation", RECOMMENDATIONS);
