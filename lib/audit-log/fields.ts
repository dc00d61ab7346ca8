import type { EnumName } from "@/lib/exports/columns";

/**
 * Which enum labels (messages `enums.*`) a field's stored code is shown with, per entity: the
 * same column name means different things in different tables (`status` of a period or a fee).
 */
const ENUM_FIELDS: Record<string, Record<string, EnumName>> = {
  organisation: { kind: "organisationKind", scope: "organisationScope" },
  body: { kind: "bodyKind" },
  membership_period: { status: "membershipStatus" },
  fee: { status: "feeStatus" },
  representation: { role: "representationRole" },
  meeting: { kind: "meetingKind" },
  attendance: { role: "attendanceRole", mode: "attendanceMode", status: "attendanceStatus" },
  assessment: { level: "engagementLevel", recommendation: "recommendation" },
  engagement_assessment: { level: "engagementLevel", recommendation: "recommendation" },
  user: { role: "role" },
};

export function enumOfField(entity: string, field: string): EnumName | undefined {
  return ENUM_FIELDS[entity]?.[field];
}

/** Bookkeeping columns that every edit changes; the diff of an update leaves them out. */
export const BOOKKEEPING_FIELDS = new Set(["id", "createdAt", "updatedAt", "version"]);

export type FieldChange = { field: string; before: unknown; after: unknown };

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields an event changed, in the record's own column order. A creation lists what was set,
 * a security event what it recorded; an update only what differs (bookkeeping left out).
 */
export function diffFields(before: unknown, after: unknown): FieldChange[] {
  const b = isObject(before) ? before : null;
  const a = isObject(after) ? after : null;
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  const changes: FieldChange[] = [];
  for (const field of keys) {
    const from = b?.[field] ?? null;
    const to = a?.[field] ?? null;
    if (b && a && (BOOKKEEPING_FIELDS.has(field) || same(from, to))) continue;
    if ((!b || !a) && (from === null && to === null)) continue;
    if ((!b || !a) && BOOKKEEPING_FIELDS.has(field) && field !== "id") continue;
    changes.push({ field, before: from, after: to });
  }
  return changes;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
