import { sql } from "drizzle-orm";
import { type Queryable } from "@/db/client";
import { getDb } from "@/lib/db/connection";
import { auditEvents } from "@/db/schema";
import type { AuditAction, AuditEntity } from "./audit-log/vocabulary";
import type { Actor } from "./permissions";

/** Fields that never reach the audit log, even as before/after values. */
const SECRET_FIELDS = new Set(["passwordHash", "password", "token", "secret", "calendarToken"]);

/** Entity and action come from the typed vocabulary, so each one has its labels. */
export type AuditInput = {
  entity: AuditEntity;
  entityId: string | null;
  action: AuditAction;
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

/** A person's personal data: in audit events only encrypted with that person's key. */
export const PERSONAL_FIELDS = ["title", "firstName", "lastName", "email", "phone"] as const;

/**
 * Encrypts a person's personal fields in the event's rows with the person's key (made on first
 * use), in the same transaction. Each value becomes `{"$enc": base64}` (pgcrypto's OpenPGP
 * symmetric format), readable only while the key exists.
 */
async function sealPersonal(db: Queryable, personId: string, rows: (Record<string, unknown> | null)[]) {
  const slots: { row: Record<string, unknown>; field: string; value: string }[] = [];
  for (const row of rows) {
    if (!row) continue;
    for (const field of PERSONAL_FIELDS) {
      const value = row[field];
      if (typeof value === "string" && value !== "") slots.push({ row, field, value });
    }
  }
  if (slots.length === 0) return;
  const cells = sql.join(
    slots.map((s, i) => sql`encode(pgp_sym_encrypt(${s.value}, k.key), 'base64') as ${sql.identifier(`e${i}`)}`),
    sql`, `,
  );
  const result = await db.execute<Record<string, string>>(sql`with k as (
      insert into person_audit_keys (person_id, key) values (${personId}::uuid, encode(gen_random_bytes(32), 'hex'))
      on conflict (person_id) do update set key = person_audit_keys.key
      returning key)
    select ${cells} from k`);
  const sealed = result.rows[0]!;
  slots.forEach((s, i) => (s.row[s.field] = { $enc: sealed[`e${i}`] }));
}

export async function writeAuditEvent(db: Queryable, actor: Pick<Actor, "id" | "email"> | null, event: AuditInput) {
  const before = toJson(redact(event.before));
  const after = toJson(redact(event.after));
  if (event.entity === "person" && event.entityId) await sealPersonal(db, event.entityId, [before, after]);
  await db.insert(auditEvents).values({
    actorId: actor?.id ?? null,
    actorLabel: actor?.email ?? null,
    entity: event.entity,
    entityId: event.entityId,
    action: event.action,
    before,
    after,
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
