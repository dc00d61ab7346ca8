import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db/connection";
import { bodies, departments, organisations, people, representations, users } from "@/db/schema";
import type { Actor, Role } from "@/lib/permissions";

/**
 * Records for one test: every key is unique, so tests never depend on each other's data or on
 * the order they run in, on a shared Postgres database as on a fresh PGlite one.
 */
export const unique = (prefix = "t") => `${prefix}-${randomUUID().slice(0, 8)}`;

export async function makeDepartment(overrides: Partial<typeof departments.$inferInsert> = {}) {
  const db = await getDb();
  const code = unique("T").toUpperCase();
  const [row] = await db
    .insert(departments)
    .values({ code, name: `Testovací odbor ${code}`, ...overrides })
    .returning();
  return row!;
}

/** A real users row, returned as the Actor the write path receives. */
export async function makeActor(role: Role, departmentId?: string | null): Promise<Actor> {
  const db = await getDb();
  const dept = departmentId ?? (role === "staff" ? (await makeDepartment()).id : null);
  const email = `${unique(role)}@test.example`;
  const [row] = await db
    .insert(users)
    .values({ email, name: `Test ${role}`, role, departmentId: dept })
    .returning();
  return { id: row!.id, email: row!.email, name: row!.name, role: row!.role, departmentId: row!.departmentId };
}

export async function makeOrganisation(name = unique("Test Organisation")) {
  const db = await getDb();
  const [row] = await db
    .insert(organisations)
    .values({ name, kind: "city_network", scope: "european" })
    .returning();
  return row!;
}

export async function makeBody(organisationId: string, overrides: Partial<typeof bodies.$inferInsert> = {}) {
  const db = await getDb();
  const [row] = await db
    .insert(bodies)
    .values({ organisationId, name: unique("Forum"), kind: "forum", ...overrides })
    .returning();
  return row!;
}

export async function makePerson(overrides: Partial<typeof people.$inferInsert> = {}) {
  const db = await getDb();
  const [row] = await db
    .insert(people)
    .values({ firstName: "Test", lastName: unique("Osoba"), ...overrides })
    .returning();
  return row!;
}

/** A seat written straight to the table, for tests of what reads seats (not of the write path). */
export async function makeRepresentation(values: typeof representations.$inferInsert) {
  const db = await getDb();
  const [row] = await db.insert(representations).values(values).returning();
  return row!;
}
