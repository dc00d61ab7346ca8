import "server-only";
import { and, asc, count, desc, eq, gte, lt, or, sql, type SQL } from "drizzle-orm";
import { auditEvents, organisations, users } from "@/db/schema";
import { addDays } from "@/lib/dates";
import { defineQuery } from "@/lib/queries";
import { urlDate, urlText, z } from "@/lib/validation";
import { cursorParams, defineKeyset, keyPart } from "@/lib/lists/keyset";
import { resolveRefs } from "./register";
import { uiLocale } from "@/lib/i18n/ui-locale";
import { displayNameSql, fullLabelSql } from "@/lib/registry/display-name";

export const AUDIT_PAGE_SIZE = 25;
/** The log's total is counted up to this many events; beyond it the page says "more than". */
export const AUDIT_COUNT_CAP = 10_000;
export const HISTORY_LIMIT = 50;

/** The log's filters as they live in the URL; bad values fall back to "no filter". */
export const auditFilterSchema = z.object({
  actor: z.uuid().optional().catch(undefined),
  entity: urlText(50),
  entityId: urlText(100),
  /** An organisation: its own events and those of everything under it. */
  organisation: z.uuid().optional().catch(undefined),
  action: urlText(50),
  from: urlDate(),
  to: urlDate(),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
  ...cursorParams,
});
export type AuditFilter = z.output<typeof auditFilterSchema>;

/** A day boundary in Prague as a moment: the log's dates are Prague days. */
const pragueMidnight = (day: string) => sql`(${day}::date::timestamp at time zone 'Europe/Prague')`;

function filterWhere(f: AuditFilter): SQL | undefined {
  const where: (SQL | undefined)[] = [];
  if (f.actor) where.push(eq(auditEvents.actorId, f.actor));
  if (f.entity) where.push(eq(auditEvents.entity, f.entity));
  if (f.entityId) where.push(eq(auditEvents.entityId, f.entityId));
  if (f.action) where.push(eq(auditEvents.action, f.action));
  if (f.organisation) where.push(underOrganisation(f.organisation));
  if (f.from) where.push(gte(auditEvents.at, pragueMidnight(f.from)));
  if (f.to) where.push(lt(auditEvents.at, pragueMidnight(addDays(f.to, 1))));
  return where.length ? and(...where) : undefined;
}

/**
 * The organisation's own events and those of the records under it: bodies, periods, seats, fees,
 * meetings and assessments carry `organisationId` in their rows, attendance its meeting's id.
 */
function underOrganisation(organisationId: string): SQL {
  return or(
    and(eq(auditEvents.entity, "organisation"), eq(auditEvents.entityId, organisationId)),
    sql`${auditEvents.after} ->> 'organisationId' = ${organisationId}`,
    sql`${auditEvents.before} ->> 'organisationId' = ${organisationId}`,
    and(
      eq(auditEvents.entity, "attendance"),
      sql`coalesce(${auditEvents.after} ->> 'meetingId', ${auditEvents.before} ->> 'meetingId') in
        (select m.id::text from meetings m where m.organisation_id = ${organisationId}::uuid)`,
    ),
  )!;
}

const EVENT_COLUMNS = {
  id: auditEvents.id,
  at: auditEvents.at,
  actorLabel: auditEvents.actorLabel,
  actorName: users.name,
  entity: auditEvents.entity,
  entityId: auditEvents.entityId,
  action: auditEvents.action,
  // Personal fields decrypted while their person's key exists, "[anonymizováno]" after erasure.
  before: sql<unknown>`audit_reveal(${auditEvents.before}, ${auditEvents.entity}, ${auditEvents.entityId})`,
  after: sql<unknown>`audit_reveal(${auditEvents.after}, ${auditEvents.entity}, ${auditEvents.entityId})`,
  note: auditEvents.note,
};

export type AuditEventRow = {
  id: number;
  at: Date;
  actorLabel: string | null;
  actorName: string | null;
  entity: string;
  entityId: string | null;
  action: string;
  before: unknown;
  after: unknown;
  note: string | null;
};

/** The log's order (newest first: at desc, id desc) and its keyset pages (lib/lists/keyset.ts). */
export const auditKeyset = defineKeyset(
  [
    { expr: auditEvents.at, desc: true, type: "timestamptz" },
    { expr: auditEvents.id, desc: true, type: "bigint" },
  ],
  [keyPart.timestamp(), keyPart.bigint()],
);

/**
 * The log, newest first, paginated on the server by keyset (docs/ARCHITECTURE.md, "Lists"); a
 * bare `page` works by OFFSET. The log only grows, so its total is counted up to
 * AUDIT_COUNT_CAP events (`capped`: there are more, and the number of pages is not known; the
 * page reads one row more than it shows to know whether a next page exists). Read-only.
 */
export const listAuditEvents = defineQuery({
  name: "audit.list",
  permission: "audit.read",
  run: async (db, filter: AuditFilter) => {
    const where = filterWhere(filter);
    const page = filter.page ?? 1;
    const read = auditKeyset.page(filter, page, AUDIT_PAGE_SIZE);
    const [found, [counted]] = await Promise.all([
      db
        .select({ ...EVENT_COLUMNS, listKey: auditKeyset.keySql })
        .from(auditEvents)
        .leftJoin(users, eq(users.id, auditEvents.actorId))
        .where(and(where, read.where))
        .orderBy(...read.orderBy)
        .limit(read.limit)
        .offset(read.offset),
      db
        .select({ n: count() })
        .from(db.select({ one: sql`1` }).from(auditEvents).where(where).limit(AUDIT_COUNT_CAP + 1).as("capped")),
    ]);
    const { rows, hasNext, keys } = auditKeyset.finish(found, read, AUDIT_PAGE_SIZE);
    const n = counted?.n ?? 0;
    return {
      rows: rows as AuditEventRow[],
      total: Math.min(n, AUDIT_COUNT_CAP),
      capped: n > AUDIT_COUNT_CAP,
      hasNext,
      keys,
      page,
      pageSize: AUDIT_PAGE_SIZE,
    };
  },
});

/** The names behind the ids a page of events mentions (lib/audit-log/register.ts). */
export const resolveAuditRefs = defineQuery({
  name: "audit.refs",
  permission: "audit.read",
  run: async (db, events: readonly AuditEventRow[]) => resolveRefs(db, events, await uiLocale()),
});

/** The organisations, for the "organisation and everything under it" filter. */
export const listAuditOrganisations = defineQuery({
  name: "audit.organisations",
  permission: "audit.read",
  run: async (db, _input: void) => {
    const locale = await uiLocale();
    return db
      .select({ id: organisations.id, label: fullLabelSql(locale, organisations) })
      .from(organisations)
      .orderBy(asc(sql`${displayNameSql(locale, organisations)} collate "czech"`));
  },
});

/** The people who can appear in the log, for the "who" filter. */
export const listAuditActors = defineQuery({
  name: "audit.actors",
  permission: "audit.read",
  run: async (db, _input: void) =>
    db
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .orderBy(asc(sql`${users.name} collate "czech"`)),
});

/**
 * One record's history: its own events and, for an organisation, those of the rows that belong
 * to it (periods, bodies, fees, ... carry `organisationId` in their before/after).
 */
export const recordHistory = defineQuery({
  name: "audit.history",
  permission: "audit.read",
  run: async (db, { entity, entityId }: { entity: string; entityId: string }) => {
    const own = and(eq(auditEvents.entity, entity), eq(auditEvents.entityId, entityId));
    const children = entity === "organisation" ? underOrganisation(entityId) : undefined;
    const rows = await db
      .select(EVENT_COLUMNS)
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorId))
      .where(children ? or(own, children) : own)
      .orderBy(desc(auditEvents.at), desc(auditEvents.id))
      .limit(HISTORY_LIMIT);
    return rows as AuditEventRow[];
  },
});
