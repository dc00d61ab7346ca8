import { and, eq, sql } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/connection";
import { auditEvents, departments, membershipPeriods } from "@/db/schema";
import { lockForUpdate, nextVersion } from "@/lib/db/versioned";
import { sqlState } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";
import type { Actor } from "@/lib/permissions";
import { requiredText, uuidField, versionField, z } from "@/lib/validation";
import { makeActor, makeDepartment, makeOrganisation, unique } from "../helpers/factories";

/**
 * The one write path (lib/mutation.ts) against a real database, through a tiny mutation defined
 * here on a real table: the guarantees every feature's mutation inherits.
 */
const ENTITY = "department";

const renameDepartment = defineMutation({
  name: "test.departments.rename",
  permission: "registry.write",
  schema: z.object({ id: uuidField(), version: versionField(), name: requiredText(200) }),
  run: async ({ tx, audit }, input) => {
    const before = await lockForUpdate(tx, departments, input.id, input.version);
    const [after] = await tx
      .update(departments)
      .set({ name: input.name, ...nextVersion(departments) })
      .where(eq(departments.id, input.id))
      .returning();
    await audit({ entity: ENTITY, entityId: input.id, action: "update", before, after });
    return after!;
  },
});

/** Inserts a department, then fails: the insert must not survive. */
const createThenThrow = defineMutation({
  name: "test.departments.createThenThrow",
  permission: "registry.write",
  schema: z.object({ code: requiredText(40) }),
  run: async ({ tx, audit }, input) => {
    const [row] = await tx.insert(departments).values({ code: input.code, name: "Nedokončený" }).returning();
    await audit({ entity: ENTITY, entityId: row!.id, action: "create", after: row });
    throw new Error("boom after the insert");
  },
});

/** Writes without recording an audit event: the write path must refuse it. */
const createWithoutAudit = defineMutation({
  name: "test.departments.createWithoutAudit",
  permission: "registry.write",
  schema: z.object({ code: requiredText(40) }),
  run: async ({ tx }, input) => {
    const [row] = await tx.insert(departments).values({ code: input.code, name: "Bez auditu" }).returning();
    return row!;
  },
});

async function departmentRow(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(departments).where(eq(departments.id, id));
  return row;
}

async function departmentByCode(code: string) {
  const db = await getDb();
  return db.select().from(departments).where(eq(departments.code, code));
}

async function auditFor(entityId: string, entity = ENTITY) {
  const db = await getDb();
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entity, entity), eq(auditEvents.entityId, entityId)))
    .orderBy(auditEvents.id);
}

let coordinator: Actor;

beforeAll(async () => {
  coordinator = await makeActor("coordinator");
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the write path", () => {
  it("records exactly one audit event per change, with before and after", async () => {
    const dept = await makeDepartment();
    const first = await renameDepartment(coordinator, { id: dept.id, version: String(dept.version), name: "Odbor A" });
    expect(first).toMatchObject({ ok: true, data: { name: "Odbor A", version: 2 } });

    const second = await renameDepartment(coordinator, { id: dept.id, version: 2, name: "Odbor B" });
    expect(second).toMatchObject({ ok: true, data: { name: "Odbor B", version: 3 } });

    const events = await auditFor(dept.id);
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      actorId: coordinator.id,
      actorLabel: coordinator.email,
      action: "update",
      before: { name: dept.name, version: 1 },
      after: { name: "Odbor A", version: 2 },
    });
    expect(events[1]).toMatchObject({ before: { name: "Odbor A" }, after: { name: "Odbor B", version: 3 } });
  });

  it("refuses a stale version and leaves the row as it was", async () => {
    const dept = await makeDepartment();
    expect((await renameDepartment(coordinator, { id: dept.id, version: 1, name: "Nové jméno" })).ok).toBe(true);

    const stale = await renameDepartment(coordinator, { id: dept.id, version: 1, name: "Přepsané jméno" });
    expect(stale).toMatchObject({ ok: false, code: "stale" });
    expect(stale.ok === false && stale.message).toMatch(/změnil někdo jiný/);

    expect(await departmentRow(dept.id)).toMatchObject({ name: "Nové jméno", version: 2 });
    expect(await auditFor(dept.id)).toHaveLength(1);
  });

  it("refuses a role without the permission, writes nothing and records the denied access", async () => {
    const dept = await makeDepartment();
    const manager = await makeActor("manager");

    const result = await renameDepartment(manager, { id: dept.id, version: 1, name: "Zakázané" });
    expect(result).toMatchObject({ ok: false, code: "forbidden" });

    expect(await departmentRow(dept.id)).toMatchObject({ name: dept.name, version: 1 });
    expect(await auditFor(dept.id)).toHaveLength(0);

    const db = await getDb();
    const denied = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, "auth"), eq(auditEvents.actorId, manager.id)));
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({ action: "access_denied", entityId: "test.departments.rename" });
  });

  it("refuses a request without a signed-in user", async () => {
    const dept = await makeDepartment();
    expect(await renameDepartment(null, { id: dept.id, version: 1, name: "Anonym" })).toMatchObject({
      ok: false,
      code: "unauthenticated",
    });
    expect(await departmentRow(dept.id)).toMatchObject({ name: dept.name });
  });

  it("refuses invalid input with Czech field errors and writes nothing", async () => {
    const dept = await makeDepartment();
    const result = await renameDepartment(coordinator, { id: "not-a-uuid", version: 1, name: "   " });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("invalid");
    expect(result.message).toMatch(/Formulář obsahuje chyby/);
    expect(result.fieldErrors?.name).toEqual(["Vyplňte prosím toto pole."]);
    expect(result.fieldErrors?.id?.[0]).toMatch(/Vyberte prosím/);

    expect(await departmentRow(dept.id)).toMatchObject({ name: dept.name, version: 1 });
  });

  it("leaves nothing behind when a mutation throws after an insert", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const code = unique("THROW").toUpperCase();
    const result = await createThenThrow(coordinator, { code });
    expect(result).toMatchObject({ ok: false, code: "internal" });
    expect(result.ok === false && result.message).toMatch(/Nic nebylo uloženo/);
    expect(await departmentByCode(code)).toHaveLength(0);

    const db = await getDb();
    const events = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, ENTITY), sql`${auditEvents.after}->>'code' = ${code}`));
    expect(events).toHaveLength(0);
  });

  it("refuses a mutation that records no audit event, and writes nothing", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const code = unique("NOAUDIT").toUpperCase();
    const result = await createWithoutAudit(coordinator, { code });
    expect(result).toMatchObject({ ok: false, code: "internal" });
    expect(await departmentByCode(code)).toHaveLength(0);
  });
});

describe("guarantees held by the database itself", () => {
  it("keeps audit events append-only: UPDATE, DELETE and TRUNCATE are refused", async () => {
    const dept = await makeDepartment();
    expect((await renameDepartment(coordinator, { id: dept.id, version: 1, name: "Auditováno" })).ok).toBe(true);
    const [event] = await auditFor(dept.id);
    expect(event).toBeDefined();
    const db = await getDb();

    const attempts = [
      sql`UPDATE audit_events SET action = 'tampered' WHERE id = ${event!.id}`,
      sql`DELETE FROM audit_events WHERE id = ${event!.id}`,
      sql`TRUNCATE audit_events`,
    ];
    for (const statement of attempts) {
      const error = await db.execute(statement).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, String(statement.queryChunks[0])).toBeDefined();
      expect(sqlState(error)).toBe("42501");
    }

    const [after] = await auditFor(dept.id);
    expect(after).toMatchObject({ id: event!.id, action: "update", after: { name: "Auditováno" } });
  });

  it("refuses overlapping membership periods of one organisation", async () => {
    const db = await getDb();
    const org = await makeOrganisation();
    const other = await makeOrganisation();

    await db.insert(membershipPeriods).values({
      organisationId: org.id,
      status: "observer",
      validFrom: "1993-01-01",
      validTo: "2004-04-30",
    });
    // Adjacent, not overlapping: the full membership from EU accession.
    await db.insert(membershipPeriods).values({ organisationId: org.id, status: "full", validFrom: "2004-05-01" });
    // Another organisation's periods are independent.
    await db.insert(membershipPeriods).values({ organisationId: other.id, status: "full", validFrom: "2000-01-01" });

    const overlap = await db
      .insert(membershipPeriods)
      .values({ organisationId: org.id, status: "associate", validFrom: "2010-01-01", validTo: "2011-12-31" })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(sqlState(overlap)).toBe("23P01"); // exclusion_violation

    const rows = await db.select().from(membershipPeriods).where(eq(membershipPeriods.organisationId, org.id));
    expect(rows.map((r) => r.status).sort()).toEqual(["full", "observer"]);
  });
});
