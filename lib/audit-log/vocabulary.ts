import { getTableColumns } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import {
  attendance,
  bodies,
  calendarTokens,
  councilReports,
  departments,
  noticeRules,
  engagementAssessments,
  fees,
  feeStatusEnum,
  meetings,
  membershipPeriods,
  organisations,
  people,
  planningRates,
  representations,
  users,
} from "@/db/schema";
import type { EnumName } from "@/lib/exports/columns";
import { REMINDER_KINDS } from "@/lib/reminders/kinds";

/**
 * The audit log's vocabulary: every kind of record (entity), every action and every field an
 * event may carry, as typed lists. Writers can only use these names (lib/audit.ts takes the types),
 * and a unit test fails when any of them lacks a label (messages `audit.entities.*`,
 * `audit.actions.*`, `audit.fields.*`) in Czech or English. So a new entity, action or column
 * cannot reach the log unlabelled.
 */
export const AUDIT_ENTITIES = [
  "organisation",
  "body",
  "membership_period",
  "fee",
  "department",
  "person",
  "representation",
  "meeting",
  "attendance",
  "engagement_assessment",
  "calendar_token",
  "user",
  "auth",
  "seed",
  "export",
  "reminder_preferences",
  "notification",
  "council_report",
  "exchange_rates",
  "notice_rule",
  "audit_log",
  "planning_rate",
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

const FEE_STATUS_ACTIONS = feeStatusEnum.enumValues.map((s) => `status_${s}` as const);
export type FeeStatusAction = `status_${(typeof feeStatusEnum.enumValues)[number]}`;

export const AUDIT_ACTIONS = [
  "create",
  "update",
  "close",
  "end",
  "delete",
  "plan",
  ...FEE_STATUS_ACTIONS,
  "correct_status",
  "abolish",
  "leave",
  "anonymise",
  "file_trip_report",
  "revoke",
  "deactivate",
  "reactivate",
  "reset_password",
  "issue_password_link",
  "set_password",
  "link_identity",
  "seed",
  "export",
  "sign_in",
  "sign_in_failed",
  "sign_in_throttled",
  "sign_out",
  "access_denied",
  "sign_in_failures_summary",
  "unsubscribe",
  "sent",
  "failed",
  "edit_trip_report",
  "export_failed",
  "finalise",
  "import",
  "approve",
  "return",
  "seal_personal",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number] | FeeStatusAction;

/** The table whose whole rows an entity's events store as before/after. */
export const ENTITY_TABLES = {
  organisation: organisations,
  body: bodies,
  membership_period: membershipPeriods,
  fee: fees,
  department: departments,
  person: people,
  representation: representations,
  meeting: meetings,
  attendance,
  engagement_assessment: engagementAssessments,
  calendar_token: calendarTokens,
  user: users,
  council_report: councilReports,
  notice_rule: noticeRules,
  planning_rate: planningRates,
} satisfies Partial<Record<AuditEntity, PgTable>>;
export type TableEntity = keyof typeof ENTITY_TABLES;

/** Keys events write besides the table's columns (security details, export filters, seed counts). */
const EXTRA_FIELDS: Record<AuditEntity, readonly string[]> = {
  organisation: [],
  body: [],
  membership_period: [],
  fee: [],
  department: [],
  person: ["removedFields"],
  representation: [],
  meeting: [],
  attendance: [],
  engagement_assessment: [],
  calendar_token: [],
  // A set-password link's expiry and where it was mailed (lib/users/set-password.ts).
  user: ["linkExpiresAt", "mailedTo"],
  auth: ["method", "reason", "ip", "limit", "issuer", "externalSubject", "linked", "expired"],
  seed: [
    "organisations", "bodies", "membership_periods", "fees", "departments", "people",
    "representations", "meetings", "attendance", "engagement_assessments", "users",
  ],
  export: ["kind", "format", "date", "recordedOn", "year", "from", "to", "list", "filters", "style", "columns"],
  // A user's choice per reminder kind (lib/reminders/kinds.ts).
  reminder_preferences: REMINDER_KINDS,
  notification: ["kind", "recipient", "recordId", "recordLabel", "deadline", "leadDays", "attempts", "transport", "error"],
  council_report: ["sha256"],
  notice_rule: [],
  // The one-time wrapping of personal data in events older than crypto-shredding (drizzle/0023).
  audit_log: ["events", "people", "anonymised", "migration"],
  planning_rate: [],
  exchange_rates: ["kind", "language", "from", "to", "rates", "inserted", "updated", "unchanged", "fileName", "origin", "source"],
};

/**
 * A field whose label depends on its record: `name` is an organisation's "Název" but a user's
 * "Jméno"; `label` of a calendar token. The value is another key of `audit.fields`.
 */
const FIELD_LABEL_KEYS: Partial<Record<AuditEntity, Record<string, string>>> = {
  user: { name: "userName", role: "userRole", active: "userActive" },
  calendar_token: { label: "tokenLabel", userId: "tokenUser", createdAt: "tokenCreatedAt" },
  export: { kind: "exportKind", date: "exportDate", from: "exportFrom", to: "exportTo", filters: "exportFilters" },
  auth: { reason: "authReason" },
  notification: { kind: "notificationKind", error: "notificationError" },
  meeting: { title: "meetingTitle" },
  person: { title: "personTitle" },
  planning_rate: { rate: "planningRate", units: "rateUnits" },
  seed: {},
  audit_log: { events: "sealedEvents", people: "sealedPeople", anonymised: "sealedAnonymised", migration: "migration" },
};

/** Every field an entity's events may hold. */
export function auditFieldsOf(entity: AuditEntity): string[] {
  const table = (ENTITY_TABLES as Partial<Record<AuditEntity, PgTable>>)[entity];
  const columns = table ? Object.keys(getTableColumns(table)) : [];
  return [...new Set([...columns, ...EXTRA_FIELDS[entity]])];
}

/** The key in `audit.fields` that labels a field of an entity. */
export function fieldLabelKey(entity: string, field: string): string {
  return FIELD_LABEL_KEYS[entity as AuditEntity]?.[field] ?? field;
}

/** Every `audit.fields` key the vocabulary may ask for. */
export function allFieldLabelKeys(): string[] {
  return [...new Set(AUDIT_ENTITIES.flatMap((e) => auditFieldsOf(e).map((f) => fieldLabelKey(e, f))))];
}

export function isAuditEntity(value: string): value is AuditEntity {
  return (AUDIT_ENTITIES as readonly string[]).includes(value);
}

/** How a field's value reads: a reference to another record, money, an enum, a list. */
export type FieldKind =
  | { ref: "organisation" | "body" | "department" | "person" | "user" | "meeting" | "representation" }
  | { money: "own-currency" | "CZK" }
  | { enum: EnumName }
  | { columnsOf: "export" }
  | { fieldList: true };

const COMMON_KINDS: Record<string, FieldKind> = {
  organisationId: { ref: "organisation" },
  bodyId: { ref: "body" },
  departmentId: { ref: "department" },
  personId: { ref: "person" },
  meetingId: { ref: "meeting" },
  deputyForId: { ref: "representation" },
  createdById: { ref: "user" },
  authorId: { ref: "user" },
  userId: { ref: "user" },
  amount: { money: "own-currency" },
  amountCzk: { money: "CZK" },
  travelCostCzk: { money: "CZK" },
};

/** Same column name, different meanings: the `status` of a period or of a fee. */
const ENTITY_KINDS: Partial<Record<AuditEntity, Record<string, FieldKind>>> = {
  organisation: { kind: { enum: "organisationKind" }, scope: { enum: "organisationScope" } },
  body: { kind: { enum: "bodyKind" } },
  membership_period: { status: { enum: "membershipStatus" } },
  fee: { status: { enum: "feeStatus" } },
  representation: { role: { enum: "representationRole" } },
  meeting: { kind: { enum: "meetingKind" } },
  attendance: { role: { enum: "attendanceRole" }, mode: { enum: "attendanceMode" }, status: { enum: "attendanceStatus" } },
  engagement_assessment: { level: { enum: "engagementLevel" }, recommendation: { enum: "recommendation" } },
  user: { role: { enum: "role" } },
  person: { removedFields: { fieldList: true } },
  export: { columns: { columnsOf: "export" } },
  planning_rate: { setById: { ref: "user" } },
};

export function fieldKind(entity: string, field: string): FieldKind | undefined {
  return ENTITY_KINDS[entity as AuditEntity]?.[field] ?? COMMON_KINDS[field];
}
