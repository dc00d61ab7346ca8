import "server-only";
import { and, asc, eq, or, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { auditEvents, fees, membershipPeriods, organisations } from "@/db/schema";
import { defineQuery } from "@/lib/queries";
import { isIsoDate, addDays, type IsoDate } from "@/lib/dates";
import { z } from "@/lib/validation";

/**
 * Transaction time: "what did the registry say at moment T?", replayed from the audit trail
 * (every audited write stores whole rows before and after). For each row:
 * - an event at or before T: the row is that last event's `after` (gone after a deletion);
 * - else the first event after T: a creation means the row did not exist yet; any other event
 *   carries the row as it was before it (so as it stood at T), though it predates the trail;
 * - no event at all: the row predates the trail and has not changed since, so it is the row now.
 */
export type RecordedRow = { id: string; row: Record<string, unknown>; predatesTrail: boolean };

export type RecordedOrganisation = {
  at: Date;
  organisation: RecordedRow | null;
  periods: RecordedRow[];
  fees: RecordedRow[];
};

type Event = { entity: string; entityId: string | null; action: string; at: Date; before: unknown; after: unknown };

const asRow = (v: unknown) => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null);

/** The state of one row at `at` from its events (oldest first) and its current row. */
export function replay(events: readonly Event[], at: Date, current: Record<string, unknown> | null, id: string): RecordedRow | null {
  const upTo = events.filter((e) => e.at.getTime() <= at.getTime());
  const last = upTo[upTo.length - 1];
  if (last) {
    const row = asRow(last.after);
    return row && last.action !== "delete" ? { id, row, predatesTrail: false } : null;
  }
  const next = events[0];
  if (next) {
    if (next.action === "create" || next.action === "plan") return null;
    const row = asRow(next.before);
    return row ? { id, row, predatesTrail: true } : null;
  }
  return current ? { id, row: current, predatesTrail: true } : null;
}

/** Normalises a current row to the JSON form the audit trail stores (dates as ISO strings). */
const json = (row: object) => JSON.parse(JSON.stringify(row)) as Record<string, unknown>;

export async function organisationAsRecorded(db: Queryable, organisationId: string, at: Date): Promise<RecordedOrganisation> {
  const events = (await db
    .select({
      entity: auditEvents.entity,
      entityId: auditEvents.entityId,
      action: auditEvents.action,
      at: auditEvents.at,
      before: auditEvents.before,
      after: auditEvents.after,
    })
    .from(auditEvents)
    .where(
      or(
        and(eq(auditEvents.entity, "organisation"), eq(auditEvents.entityId, organisationId)),
        and(
          sql`${auditEvents.entity} in ('membership_period', 'fee')`,
          or(
            sql`${auditEvents.after} ->> 'organisationId' = ${organisationId}`,
            sql`${auditEvents.before} ->> 'organisationId' = ${organisationId}`,
          ),
        ),
      ),
    )
    .orderBy(asc(auditEvents.at), asc(auditEvents.id))) as Event[];

  const [org] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
  const periodsNow = await db.select().from(membershipPeriods).where(eq(membershipPeriods.organisationId, organisationId));
  const feesNow = await db.select().from(fees).where(eq(fees.organisationId, organisationId));

  const rowsOf = (entity: string, current: { id: string }[]) => {
    const ids = new Set([...current.map((r) => r.id), ...events.filter((e) => e.entity === entity && e.entityId).map((e) => e.entityId!)]);
    const byId = new Map(current.map((r) => [r.id, json(r)]));
    return [...ids]
      .map((id) => replay(events.filter((e) => e.entity === entity && e.entityId === id), at, byId.get(id) ?? null, id))
      .filter((r): r is RecordedRow => r !== null);
  };

  return {
    at,
    organisation: replay(events.filter((e) => e.entity === "organisation"), at, org ? json(org) : null, organisationId),
    periods: rowsOf("membership_period", periodsNow).sort((a, b) => String(a.row.validFrom).localeCompare(String(b.row.validFrom))),
    fees: rowsOf("fee", feesNow).sort((a, b) => Number(a.row.year) - Number(b.row.year) || String(a.row.currency).localeCompare(String(b.row.currency))),
  };
}

/** The end of a Prague day as a moment: "as recorded on D" means after the day's last change. */
export async function endOfPragueDay(db: Queryable, day: IsoDate): Promise<Date> {
  const next = addDays(day, 1);
  // Milliseconds since the epoch of the next day's Prague midnight: JS dates count in milliseconds.
  const rows = await db.execute<{ ms: string }>(
    sql`select (extract(epoch from (${next}::date::timestamp at time zone 'Europe/Prague')) * 1000)::bigint::text as ms`,
  );
  return new Date(Number(rows.rows[0]!.ms) - 1);
}

export const recordedOnSchema = z.string().refine(isIsoDate);

/** The organisation as the registry recorded it at the end of day D (auditors and admins). */
export const organisationRecordedOn = defineQuery({
  name: "audit.asRecorded",
  permission: "audit.read",
  run: async (db, { organisationId, day }: { organisationId: string; day: IsoDate }) =>
    organisationAsRecorded(db, organisationId, await endOfPragueDay(db, day)),
});
