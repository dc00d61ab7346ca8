import { and, eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { auditEvents, users } from "@/db/schema";
import { PASSWORD_MIN_LENGTH, verifyPassword } from "@/lib/auth/password";
import { MESSAGES } from "@/lib/errors";
import type { Actor, Role } from "@/lib/permissions";
import {
  createUser,
  DUPLICATE_EMAIL,
  resetPassword,
  SELF_DEACTIVATION,
  SELF_DEMOTION,
  updateUser,
} from "@/lib/users/commands";
import { makeActor, makeDepartment, unique } from "../helpers/factories";

/** User administration through the real write path, with real users as actors. */

const PASSWORD = "Správné-heslo-2026";
if (PASSWORD.length < PASSWORD_MIN_LENGTH) throw new Error("the test password is shorter than the policy");

const newUserInput = (overrides: Record<string, unknown> = {}) => ({
  name: "Jana Nováková",
  email: `${unique("jana")}@praha.example`,
  role: "coordinator",
  departmentId: "",
  password: PASSWORD,
  ...overrides,
});

async function userRow(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row!;
}

async function auditOf(entityId: string) {
  const db = await getDb();
  return db.select().from(auditEvents).where(eq(auditEvents.entityId, entityId)).orderBy(auditEvents.id);
}

/** Events an actor caused: to prove a refusal wrote nothing but the denied-access record. */
async function auditBy(actor: Actor) {
  const db = await getDb();
  return db.select().from(auditEvents).where(eq(auditEvents.actorId, actor.id));
}

function editForm(row: typeof users.$inferSelect, overrides: Record<string, unknown> = {}) {
  return {
    id: row.id,
    version: String(row.version),
    name: row.name,
    role: row.role,
    departmentId: row.departmentId ?? "",
    ...(row.active ? { active: "on" } : {}),
    ...overrides,
  };
}

describe("createUser", () => {
  it("creates the user with an argon2 hash and records one audit event without the hash", async () => {
    const admin = await makeActor("admin");
    const dept = await makeDepartment();
    const input = newUserInput({ role: "staff", departmentId: dept.id, email: `  ${unique("Petr")}@Praha.Example ` });

    const result = await createUser(admin, input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;

    const row = await userRow(result.data.id);
    expect(row).toMatchObject({ name: "Jana Nováková", role: "staff", departmentId: dept.id, active: true, version: 1 });
    expect(row.email).toBe((input.email as string).trim().toLowerCase());
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row.passwordHash, PASSWORD)).toBe(true);

    const events = await auditOf(row.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entity: "user", action: "create", actorId: admin.id, before: null });
    expect((events[0]!.after as Record<string, unknown>).passwordHash).toBe("[skryto]");
    expect(JSON.stringify(events[0])).not.toContain("argon2");
  });

  it("refuses a duplicate e-mail (in any letter case) with the message next to the field", async () => {
    const admin = await makeActor("admin");
    const input = newUserInput();
    expect((await createUser(admin, input)).ok).toBe(true);

    const again = await createUser(admin, newUserInput({ email: (input.email as string).toUpperCase() }));
    expect(again).toEqual({ ok: false, code: "invalid", message: MESSAGES.invalid, fieldErrors: { email: [DUPLICATE_EMAIL] } });
    const db = await getDb();
    const [{ n }] = (await db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(users)
      .where(eq(sql`lower(${users.email})`, (input.email as string).toLowerCase()))) as [{ n: number }];
    expect(n).toBe(1);
  });

  it("two admins racing with one e-mail: one user, the other gets the field error (unique index)", async () => {
    const [a, b] = await Promise.all([makeActor("admin"), makeActor("admin")]);
    const email = `${unique("race")}@praha.example`;
    const results = await Promise.all([createUser(a, newUserInput({ email })), createUser(b, newUserInput({ email }))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({
      ok: false,
      code: "invalid",
      message: MESSAGES.invalid,
      fieldErrors: { email: [DUPLICATE_EMAIL] },
    });
  });

  it("refuses staff without a department and an unknown department, writing nothing", async () => {
    const admin = await makeActor("admin");
    const noDept = await createUser(admin, newUserInput({ role: "staff" }));
    expect(noDept.ok).toBe(false);
    if (!noDept.ok) expect(Object.keys(noDept.fieldErrors ?? {})).toEqual(["departmentId"]);

    const unknownDept = await createUser(admin, newUserInput({ departmentId: "6f1c2a9e-3b4d-4c5e-8f70-123456789abc" }));
    expect(unknownDept.ok).toBe(false);
    if (!unknownDept.ok) expect(Object.keys(unknownDept.fieldErrors ?? {})).toEqual(["departmentId"]);
    expect(await auditBy(admin)).toHaveLength(0);
  });

  it.each<Role>(["coordinator", "staff", "manager", "auditor"])(
    "refuses %s: nothing written, only the denied access recorded",
    async (role) => {
      const actor = await makeActor(role);
      const input = newUserInput();
      const result = await createUser(actor, input);
      expect(result).toEqual({ ok: false, code: "forbidden", message: MESSAGES.forbidden });

      const db = await getDb();
      const created = await db.select().from(users).where(eq(users.email, input.email as string));
      expect(created).toHaveLength(0);
      const events = await auditBy(actor);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ entity: "auth", action: "access_denied", entityId: "users.create" });
    },
  );

  it("refuses an anonymous caller without touching the database", async () => {
    const result = await createUser(null, newUserInput());
    expect(result).toMatchObject({ ok: false, code: "unauthenticated" });
  });
});

describe("updateUser", () => {
  async function makeUser(admin: Actor, overrides: Record<string, unknown> = {}) {
    const r = await createUser(admin, newUserInput(overrides));
    if (!r.ok) throw new Error(r.message);
    return userRow(r.data.id);
  }

  it("saves the profile, bumps the version and audits before and after", async () => {
    const admin = await makeActor("admin");
    const row = await makeUser(admin);
    const result = await updateUser(admin, editForm(row, { name: "Jana Svobodová", role: "manager" }));
    expect(result).toEqual({ ok: true, data: { id: row.id, version: 2 } });

    const after = await userRow(row.id);
    expect(after).toMatchObject({ name: "Jana Svobodová", role: "manager", version: 2, sessionVersion: row.sessionVersion });
    const events = await auditOf(row.id);
    expect(events.map((e) => e.action)).toEqual(["create", "update"]);
    expect(events[1]!.before).toMatchObject({ name: "Jana Nováková", role: "coordinator", passwordHash: "[skryto]" });
    expect(events[1]!.after).toMatchObject({ name: "Jana Svobodová", role: "manager" });
  });

  it("refuses a stale save and keeps the newer change", async () => {
    const admin = await makeActor("admin");
    const row = await makeUser(admin);
    expect((await updateUser(admin, editForm(row, { name: "První změna" }))).ok).toBe(true);

    const stale = await updateUser(admin, editForm(row, { name: "Druhá změna" }));
    expect(stale).toEqual({ ok: false, code: "stale", message: MESSAGES.stale });
    expect((await userRow(row.id)).name).toBe("První změna");
    expect((await auditOf(row.id)).map((e) => e.action)).toEqual(["create", "update"]);
  });

  it("deactivation ends the user's sessions; reactivation does not need to", async () => {
    const admin = await makeActor("admin");
    const row = await makeUser(admin);
    const { active: _dropped, ...unchecked } = editForm(row);
    const off = await updateUser(admin, unchecked);
    expect(off.ok).toBe(true);
    const deactivated = await userRow(row.id);
    expect(deactivated).toMatchObject({ active: false, sessionVersion: row.sessionVersion + 1 });

    const on = await updateUser(admin, editForm(deactivated, { active: "on" }));
    expect(on.ok).toBe(true);
    expect(await userRow(row.id)).toMatchObject({ active: true, sessionVersion: row.sessionVersion + 1 });
    expect((await auditOf(row.id)).map((e) => e.action)).toEqual(["create", "deactivate", "reactivate"]);
  });

  it("an admin cannot deactivate themself or drop their own admin role", async () => {
    const admin = await makeActor("admin");
    const self = await userRow(admin.id);
    const { active: _dropped, ...deactivateSelf } = editForm(self);

    expect(await updateUser(admin, deactivateSelf)).toEqual({
      ok: false,
      code: "invalid",
      message: MESSAGES.invalid,
      fieldErrors: { active: [SELF_DEACTIVATION] },
    });
    expect(await updateUser(admin, editForm(self, { role: "coordinator" }))).toMatchObject({
      ok: false,
      fieldErrors: { role: [SELF_DEMOTION] },
    });
    expect(await userRow(admin.id)).toMatchObject({ active: true, role: "admin", version: self.version });
    expect(await auditOf(admin.id)).toHaveLength(0);
  });

  it("another admin may deactivate an admin", async () => {
    const admin = await makeActor("admin");
    const other = await makeActor("admin");
    const row = await userRow(other.id);
    const { active: _dropped, ...form } = editForm(row);
    expect((await updateUser(admin, form)).ok).toBe(true);
  });

  it.each<Role>(["coordinator", "staff", "manager", "auditor"])("refuses %s", async (role) => {
    const admin = await makeActor("admin");
    const row = await makeUser(admin);
    const actor = await makeActor(role);
    const result = await updateUser(actor, editForm(row, { name: "Cizí změna" }));
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(await userRow(row.id)).toMatchObject({ name: row.name, version: row.version });
    const events = await auditBy(actor);
    expect(events.map((e) => [e.entity, e.action])).toEqual([["auth", "access_denied"]]);
  });

  it("answers not found for an unknown user", async () => {
    const admin = await makeActor("admin");
    const row = await makeUser(admin);
    const result = await updateUser(admin, editForm(row, { id: "6f1c2a9e-3b4d-4c5e-8f70-123456789abc" }));
    expect(result).toMatchObject({ ok: false, code: "not_found" });
  });
});

describe("resetPassword", () => {
  it("sets a new hash, ends sessions, keeps the version, audits without secrets", async () => {
    const admin = await makeActor("admin");
    const created = await createUser(admin, newUserInput());
    if (!created.ok) throw new Error(created.message);
    const before = await userRow(created.data.id);

    const newPassword = "Úplně-nové-heslo-42";
    expect(await resetPassword(admin, { id: before.id, password: newPassword })).toEqual({ ok: true, data: { id: before.id } });

    const after = await userRow(before.id);
    expect(await verifyPassword(after.passwordHash, newPassword)).toBe(true);
    expect(await verifyPassword(after.passwordHash, PASSWORD)).toBe(false);
    expect(after).toMatchObject({ sessionVersion: before.sessionVersion + 1, version: before.version });

    const events = await auditOf(before.id);
    expect(events.map((e) => e.action)).toEqual(["create", "reset_password"]);
    expect(events[1]!.before).toMatchObject({ passwordHash: "[skryto]" });
    expect(events[1]!.after).toMatchObject({ passwordHash: "[skryto]", sessionVersion: before.sessionVersion + 1 });
    expect(JSON.stringify(events)).not.toContain(newPassword);
  });

  it("refuses a short password next to the field and a non-admin", async () => {
    const admin = await makeActor("admin");
    const target = await makeActor("auditor");
    const short = await resetPassword(admin, { id: target.id, password: "krátké" });
    expect(short).toMatchObject({ ok: false, code: "invalid" });
    if (!short.ok) expect(Object.keys(short.fieldErrors ?? {})).toEqual(["password"]);

    const coordinator = await makeActor("coordinator");
    expect(await resetPassword(coordinator, { id: target.id, password: PASSWORD })).toMatchObject({ ok: false, code: "forbidden" });
    const db = await getDb();
    const events = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, "user"), inArray(auditEvents.entityId, [target.id])));
    expect(events).toHaveLength(0);
    expect((await userRow(target.id)).passwordHash).toBeNull();
  });
});
