import { getDb, type Queryable } from "@/db/client";
import { auditEvents } from "@/db/schema";
import type { Actor } from "./permissions";

/** Fields that never reach the audit log, even as before/after values. */
const SECRET_FIELDS = new Set(["passwordHash", "password", "token", "secret", "calendarToken"]);

export type AuditInput = {
  entity: string;
  entityId: string | null;
  action: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  note?: string | null;
};

/** Replaces secret values with a marker that still shows whether they changed. */
export function redact(row: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!row) return null;
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, SECRET_FIELDS.has(k) && v != null ? "[skryto]" : v]),
  );
}

/** JSON-safe copy: dates as ISO strings, so jsonb holds the same on both drivers. */
function toJson(row: Record<string, unknown> | null): Record<string, unknown> | null {
  return row && (JSON.parse(JSON.stringify(row)) as Record<string, unknown>);
}

export async function writeAuditEvent(db: Queryable, actor: Pick<Actor, "id" | "email"> | null, event: AuditInput) {
  await db.insert(auditEvents).values({
    actorId: actor?.id ?? null,
    actorLabel: actor?.email ?? null,
    entity: event.entity,
    entityId: event.entityId,
    action: event.action,
    before: toJson(redact(event.before)),
    after: toJson(redact(event.after)),
    note: event.note ?? null,
  });
}

export type SecurityAction =
  | "sign_in"
  | "sign_in_failed"
  | "sign_in_throttled"
  | "sign_in_failures_summary"
  | "sign_out"
  | "access_denied";

/**
 * Sign-ins, sign-outs, failures and denied access, recorded outside any business transaction
 * (a denied write rolls back; its record must not). Never holds a password or token.
 */
export async function recordSecurityEvent(input: {
  action: SecurityAction;
  actor?: Pick<Actor, "id" | "email"> | null;
  /** What was attempted: a permission, a mutation name, a path; or the e-mail typed at sign-in. */
  subject?: string | null;
  details?: Record<string, unknown>;
}): Promise<void> {
  const line = { event: input.action, actor: input.actor?.email ?? null, subject: input.subject ?? null, ...input.details };
  console.info(`[security] ${JSON.stringify(line)}`);
  try {
    const db = await getDb();
    await writeAuditEvent(db, input.actor ?? null, {
      entity: "auth",
      entityId: input.subject ?? null,
      action: input.action,
      after: input.details ?? null,
    });
  } catch (e) {
    // Logging must not turn a refusal into a crash; the console line above still records it.
    console.error("[security] could not store the event", e);
  }
}
