/**
 * The stable codes of every enum the database stores, as plain arrays: the schema's pgEnums are
 * made from them, and forms, lists and validation use them without loading Drizzle (so no
 * Drizzle code reaches a browser bundle). Labels live in the i18n messages (enums.*).
 */
export const ROLES = ["admin", "coordinator", "staff", "manager", "auditor"] as const;
export const ORGANISATION_KINDS = [
  "city_network",
  "ngo",
  "cultural_route",
  "intergovernmental",
] as const;
export const ORGANISATION_SCOPES = ["european", "global"] as const;
export const BODY_KINDS = ["forum", "working_group", "committee", "board"] as const;
export const MEMBERSHIP_STATUSES = [
  "observer",
  "full",
  "associate",
  "via_state",
  "ended",
] as const;
export const REPRESENTATION_ROLES = [
  "political_representative",
  "primary_contact",
  "deputy",
  "forum_member",
] as const;
/** `overdue` is deliberately absent: it is derived from the due date, never stored stale. */
export const FEE_STATUSES = ["planned", "invoiced", "paid", "waived"] as const;
export const MEETING_KINDS = [
  "general_assembly",
  "forum_meeting",
  "working_group",
  "conference",
  "online",
] as const;
export const ATTENDANCE_ROLES = ["delegate", "speaker", "observer"] as const;
export const ATTENDANCE_MODES = ["in_person", "online"] as const;
export const ATTENDANCE_STATUSES = ["registered", "attended", "excused"] as const;
export const ENGAGEMENT_LEVELS = [
  "essential",
  "active",
  "limited",
  "ad_hoc",
  "not_assessed",
] as const;
export const RECOMMENDATIONS = ["continue", "strengthen", "review", "withdraw"] as const;

/** Scale of each assessment dimension: 0 (none) to 3 (high). */
export const DIMENSION_MIN = 0;
export const DIMENSION_MAX = 3;

/** Moderation of an assessment: a draft until a second manager approves or returns it. */
export const ASSESSMENT_REVIEWS = ["draft", "approved", "returned"] as const;
/** Progress on what the city asked an organisation to change. */
export const REFORM_PROGRESS = ["none", "some", "significant"] as const;
/** Scorecard criteria, each 1–4. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 4;
/** The statutes' kinds of notice period (db/schema/notice-rules.ts). */
export const NOTICE_RULE_KINDS = ["calendar_year_end", "financial_year_end", "from_delivery", "any_time"] as const;
/** Who passed a council decision: Rada HMP (the City Council) or Zastupitelstvo HMP (the City Assembly). */
export const COUNCIL_BODIES = ["rada", "zastupitelstvo"] as const;
