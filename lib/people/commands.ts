import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { departments, people } from "@/db/schema";
import { lockForUpdate, nextVersion } from "@/lib/db/versioned";
import { fieldError } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";
import {
  ANONYMISED_FIRST_NAME,
  ANONYMISED_LAST_NAME,
  anonymisePersonSchema,
  createDepartmentSchema,
  createPersonSchema,
  updateDepartmentSchema,
  updatePersonSchema,
} from "./schemas";

const DEPARTMENT_CONSTRAINTS = {
  departments_code_key: { field: "code", message: "Odbor s tímto kódem už v registru je." },
};
const PERSON_CONSTRAINTS = {
  people_department_id_departments_id_fk: { field: "departmentId", message: "Vyberte odbor ze seznamu." },
};

export const createDepartment = defineMutation({
  name: "departments.create",
  permission: "registry.write",
  schema: createDepartmentSchema,
  constraints: DEPARTMENT_CONSTRAINTS,
  run: async ({ tx, audit }, input) => {
    const [row] = await tx.insert(departments).values({ ...input, code: input.code.toUpperCase() }).returning();
    if (!row) throw new Error("insert returned nothing");
    await audit({ entity: "department", entityId: row.id, action: "create", after: row });
    return { id: row.id };
  },
});

export const updateDepartment = defineMutation({
  name: "departments.update",
  permission: "registry.write",
  schema: updateDepartmentSchema,
  constraints: DEPARTMENT_CONSTRAINTS,
  run: async ({ tx, audit }, { id, version, ...values }) => {
    const before = await lockForUpdate(tx, departments, id, version);
    const [after] = await tx
      .update(departments)
      .set({ ...values, code: values.code.toUpperCase(), ...nextVersion(departments) })
      .where(eq(departments.id, id))
      .returning();
    const action = !before.abolishedOn && values.abolishedOn ? "abolish" : "update";
    await audit({ entity: "department", entityId: id, action, before, after });
    return { id };
  },
});

/** A department a person can be placed in: it exists and was not abolished. */
async function assertOpenDepartment(tx: Tx, departmentId: string | null, unchangedFrom?: string | null) {
  if (!departmentId || departmentId === unchangedFrom) return;
  const [row] = await tx.select().from(departments).where(eq(departments.id, departmentId));
  if (!row) throw fieldError("departmentId", "Vyberte odbor ze seznamu.");
  if (row.abolishedOn) throw fieldError("departmentId", `Odbor ${row.code} byl zrušen; vyberte jiný.`);
}

export const createPerson = defineMutation({
  name: "people.create",
  permission: "registry.write",
  schema: createPersonSchema,
  constraints: PERSON_CONSTRAINTS,
  run: async ({ tx, audit }, input) => {
    await assertOpenDepartment(tx, input.departmentId);
    const [row] = await tx.insert(people).values(input).returning();
    if (!row) throw new Error("insert returned nothing");
    await audit({ entity: "person", entityId: row.id, action: "create", after: row });
    return { id: row.id };
  },
});

/** Edits a person, including the day they left (a person who leaves is ended, never deleted). */
export const updatePerson = defineMutation({
  name: "people.update",
  permission: "registry.write",
  schema: updatePersonSchema,
  constraints: PERSON_CONSTRAINTS,
  run: async ({ tx, audit }, { id, version, ...values }) => {
    const before = await lockForUpdate(tx, people, id, version);
    if (before.anonymisedAt) throw fieldError("lastName", "Osoba byla anonymizována; její údaje už nelze měnit.");
    await assertOpenDepartment(tx, values.departmentId, before.departmentId);
    const [after] = await tx
      .update(people)
      .set({ ...values, ...nextVersion(people) })
      .where(eq(people.id, id))
      .returning();
    const action = !before.leftOn && values.leftOn ? "leave" : "update";
    await audit({ entity: "person", entityId: id, action, before, after });
    return { id };
  },
});

/** The personal fields anonymisation removes. */
const PERSONAL_FIELDS = ["title", "firstName", "lastName", "email", "phone"] as const;

/**
 * GDPR erasure on request: the person's name, title, e-mail and phone are replaced by a
 * placeholder; the row, its id and so its representations and attendance stay, still countable.
 *
 * NOTE: the audit log is append-only, so what it stores it keeps for ever. This event therefore
 * records only which fields were removed, never their values (in `before` or `after`), plus the
 * reason given. Earlier events of this person (create, update) do still hold the old values: the
 * log is the controller's record of processing (GDPR art. 17(3)(b) and (e): a legal obligation and
 * legal claims), and erasing from it would break its tamper evidence. Access to the log is
 * limited to admins and auditors (docs/ARCHITECTURE.md, "Permissions"); retention of those old events is a matter for the
 * records-retention schedule, not for this command.
 */
export const anonymisePerson = defineMutation({
  name: "people.anonymise",
  permission: "registry.write",
  schema: anonymisePersonSchema,
  run: async ({ tx, audit }, { id, version, reason }) => {
    const before = await lockForUpdate(tx, people, id, version);
    if (before.anonymisedAt) throw fieldError("confirm", "Osoba už byla anonymizována.");
    const anonymisedAt = new Date();
    await tx
      .update(people)
      .set({
        title: null,
        firstName: ANONYMISED_FIRST_NAME,
        lastName: ANONYMISED_LAST_NAME,
        email: null,
        phone: null,
        anonymisedAt,
        ...nextVersion(people),
      })
      .where(eq(people.id, id));
    await audit({
      entity: "person",
      entityId: id,
      action: "anonymise",
      before: { removedFields: [...PERSONAL_FIELDS] },
      after: { anonymisedAt: anonymisedAt.toISOString(), departmentId: before.departmentId, leftOn: before.leftOn },
      note: `Osobní údaje odstraněny na žádost (GDPR). Důvod: ${reason}`,
    });
    return { id };
  },
});
