import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { createFirstAdmin } from "@/lib/users/first-admin";
import { withFreshDb } from "../helpers/fresh-db";

const INPUT = { email: " Jana.Novakova@Praha.eu ", name: "Jana Nováková", password: "Prvni-Spravce-2026" };

describe("the first administrator (npm run admin:create)", () => {
  it("is created once, with its audit event, and refused while an active administrator exists", async () => {
    await withFreshDb(async (db) => {
      const created = await createFirstAdmin(db, INPUT);
      expect(created.ok).toBe(true);
      const [row] = await db.select().from(users).where(eq(users.email, "jana.novakova@praha.eu"));
      expect(row).toMatchObject({ role: "admin", active: true, name: "Jana Nováková" });
      expect(await verifyPassword(row!.passwordHash!, INPUT.password)).toBe(true);
      const [event] = await db.select().from(auditEvents).where(eq(auditEvents.entityId, row!.id));
      expect(event).toMatchObject({ entity: "user", action: "create", actorId: null });
      expect(JSON.stringify(event!.after)).not.toContain(row!.passwordHash!);

      expect(await createFirstAdmin(db, { ...INPUT, email: "druhy@praha.eu" })).toEqual({ ok: false, reason: "adminExists" });
      expect(await db.select().from(users)).toHaveLength(1);
    });
  });

  it("refuses bad input with the app's Czech field messages and writes nothing", async () => {
    await withFreshDb(async (db) => {
      const result = await createFirstAdmin(db, { email: "není e-mail", name: "", password: "krátké" });
      expect(result).toMatchObject({ ok: false, reason: "invalid" });
      if (result.ok || result.reason !== "invalid") throw new Error("expected field errors");
      expect(Object.keys(result.errors).sort()).toEqual(["email", "name", "password"]);
      expect(result.errors.email).toMatch(/platný e-mail/);
      expect(await db.select().from(users)).toHaveLength(0);
    });
  });
});
