import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { bodies, departments, organisations, people, representations } from "@/db/schema";
import { lockForUpdate, nextVersion } from "@/lib/db/versioned";
import { fieldError } from "@/lib/errors";
import { formatDate } from "@/lib/i18n/format";
import { defineMutation } from "@/lib/mutation";
import { MESSAGES, createRepresentationSchema, endRepresentationSchema, updateRepresentationSchema } from "./schemas";

/** The database's own guards, mapped to the field a form shows them at. */
const CONSTRAINTS = {
  representations_body_of_organisation_fk: { field: "bodyId", message: MESSAGES.bodyOtherOrganisation },
  representations_range_check: { field: "validTo", message: MESSAGES.backwards },
  representations_deputy_check: { field: "deputyForId", message: MESSAGES.deputyForNobody },
  representations_holder_check: { field: "personId", message: MESSAGES.noHolder },
  representations_person_id_people_id_fk: { field: "personId", message: "Vyberte osobu ze seznamu." },
  representations_department_id_departments_id_fk: { field: "departmentId", message: "Vyberte odbor ze seznamu." },
  representations_organisation_id_organisations_id_fk: { field: "organisationId", message: "Vyberte organizaci." },
  representations_deputy_for_id_representations_id_fk: { field: "deputyForId", message: MESSAGES.deputyForNobody },
};

type Seat = {
  id?: string;
  organisationId: string;
  bodyId: string | null;
  personId: string | null;
  departmentId: string | null;
  role: string;
  deputyForId: string | null;
  validFrom: string;
  validTo: string | null;
};

/**
 * Rules that need the database, each refused at its field. Returns the department to store with
 * the seat: for a person, the department they belong to today.
 *
 * NOTE: for a person's seat `department_id` records the department the person represented from
 * when the seat was last saved. It does not widen anyone's rights (lib/representation/scope.ts
 * reads the person's current department); it is what lets the registry notice that a
 * representative has since changed department (lib/representation/warnings.ts).
 */
async function checkSeat(tx: Tx, seat: Seat): Promise<{ departmentId: string | null }> {
  const [organisation] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, seat.organisationId));
  if (!organisation) throw fieldError("organisationId", "Vyberte organizaci.");

  if (seat.bodyId) {
    const [body] = await tx.select().from(bodies).where(eq(bodies.id, seat.bodyId));
    if (!body) throw fieldError("bodyId", "Vyberte orgán ze seznamu.");
    if (body.organisationId !== seat.organisationId) throw fieldError("bodyId", MESSAGES.bodyOtherOrganisation);
  }

  if (seat.deputyForId) {
    if (seat.deputyForId === seat.id) throw fieldError("deputyForId", MESSAGES.deputyOfSelf);
    const [target] = await tx.select().from(representations).where(eq(representations.id, seat.deputyForId));
    if (!target) throw fieldError("deputyForId", MESSAGES.deputyForNobody);
    if (target.organisationId !== seat.organisationId) throw fieldError("deputyForId", MESSAGES.deputyOtherOrganisation);
    if (target.role === "deputy") throw fieldError("deputyForId", MESSAGES.deputyOfDeputy);
  }

  if (seat.personId) {
    const [person] = await tx.select().from(people).where(eq(people.id, seat.personId));
    if (!person) throw fieldError("personId", "Vyberte osobu ze seznamu.");
    if (person.anonymisedAt) throw fieldError("personId", "Anonymizované osobě nelze svěřit mandát.");
    if (person.leftOn && person.leftOn < seat.validFrom) {
      throw fieldError("personId", `Osoba k ${formatDate(person.leftOn)} z magistrátu odešla; mandát nemůže začít později.`);
    }
    return { departmentId: person.departmentId };
  }

  const [department] = await tx.select().from(departments).where(eq(departments.id, seat.departmentId!));
  if (!department) throw fieldError("departmentId", "Vyberte odbor ze seznamu.");
  if (department.abolishedOn && department.abolishedOn < seat.validFrom) {
    throw fieldError("departmentId", `Odbor ${department.code} byl ${formatDate(department.abolishedOn)} zrušen.`);
  }
  return { departmentId: department.id };
}

export const createRepresentation = defineMutation({
  name: "representations.create",
  permission: "registry.write",
  schema: createRepresentationSchema,
  constraints: CONSTRAINTS,
  run: async ({ tx, audit }, input) => {
    const { departmentId } = await checkSeat(tx, input);
    const [row] = await tx.insert(representations).values({ ...input, departmentId }).returning();
    if (!row) throw new Error("insert returned nothing");
    await audit({ entity: "representation", entityId: row.id, action: "create", after: row });
    return { id: row.id, organisationId: row.organisationId, personId: row.personId };
  },
});

export const updateRepresentation = defineMutation({
  name: "representations.update",
  permission: "registry.write",
  schema: updateRepresentationSchema,
  constraints: CONSTRAINTS,
  run: async ({ tx, audit }, { id, version, ...values }) => {
    const before = await lockForUpdate(tx, representations, id, version);
    const { departmentId } = await checkSeat(tx, { id, ...values });
    if (values.role === "deputy" || values.organisationId !== before.organisationId) {
      // A seat others stand in for cannot become a deputy itself or move away from them.
      const [dependant] = await tx
        .select({ id: representations.id })
        .from(representations)
        .where(eq(representations.deputyForId, id))
        .limit(1);
      if (dependant) {
        throw values.organisationId !== before.organisationId
          ? fieldError("organisationId", "Za toto zastoupení někdo zastupuje; nejprve upravte jeho zástupce.")
          : fieldError("role", MESSAGES.deputyOfDeputy);
      }
    }
    const [after] = await tx
      .update(representations)
      .set({ ...values, departmentId, ...nextVersion(representations) })
      .where(eq(representations.id, id))
      .returning();
    await audit({ entity: "representation", entityId: id, action: "update", before, after });
    return { id, organisationId: before.organisationId, personId: before.personId };
  },
});

/** Ends a mandate on its last day; the seat stays as history. */
export const endRepresentation = defineMutation({
  name: "representations.end",
  permission: "registry.write",
  schema: endRepresentationSchema,
  constraints: CONSTRAINTS,
  run: async ({ tx, audit }, { id, version, validTo, note }) => {
    const before = await lockForUpdate(tx, representations, id, version);
    if (validTo < before.validFrom) {
      throw fieldError("validTo", `${MESSAGES.backwards} Mandát začal ${formatDate(before.validFrom)}.`);
    }
    const [after] = await tx
      .update(representations)
      .set({ validTo, note: note ?? before.note, ...nextVersion(representations) })
      .where(eq(representations.id, id))
      .returning();
    await audit({ entity: "representation", entityId: id, action: "end", before, after });
    return { id, organisationId: before.organisationId, personId: before.personId };
  },
});
