import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { attendance, auditEvents, meetings, people, representations } from "@/db/schema";
import { addDays, todayInPrague } from "@/lib/dates";
import { anonymisePerson, createPerson, updatePerson } from "@/lib/people/commands";
import { getPerson } from "@/lib/people/queries";
import type { Actor } from "@/lib/permissions";
import { createRepresentation, endRepresentation, updateRepresentation } from "@/lib/representation/commands";
import { listRepresentationWarnings } from "@/lib/representation/warnings";
import { makeActor, makeBody, makeDepartment, makeOrganisation, makePerson, unique } from "../helpers/factories";

let coordinator: Actor;
beforeAll(async () => {
  coordinator = await makeActor("coordinator");
});

async function seat(input: Record<string, unknown>) {
  const result = await createRepresentation(coordinator, input);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

describe("people", () => {
  it("creates a person in a department and refuses a bad e-mail at the field", async () => {
    const dept = await makeDepartment();
    const ok = await createPerson(coordinator, { firstName: "Jana", lastName: unique("Nováková"), email: "Jana@Praha.eu", departmentId: dept.id });
    expect(ok.ok).toBe(true);
    const bad = await createPerson(coordinator, { firstName: "Jana", lastName: "X", email: "jana@" });
    expect(bad).toMatchObject({ ok: false, code: "invalid", fieldErrors: { email: [expect.stringContaining("platný e-mail")] } });
    const noName = await createPerson(coordinator, { firstName: "", lastName: "X" });
    expect(noName).toMatchObject({ ok: false, fieldErrors: { firstName: ["Zadejte jméno."] } });
  });

  it("lets only coordinators and admins write people", async () => {
    for (const role of ["staff", "manager", "auditor"] as const) {
      const actor = await makeActor(role);
      expect(await createPerson(actor, { firstName: "A", lastName: "B" })).toMatchObject({ ok: false, code: "forbidden" });
    }
  });

  it("anonymises: name, e-mail and phone go; seats and attendance stay countable; the audit event holds no personal data", async () => {
    const db = await getDb();
    const dept = await makeDepartment();
    const lastName = unique("Zapomenutá");
    const created = await createPerson(coordinator, {
      title: "Mgr.", firstName: "Eliška", lastName, email: "eliska.zapomenuta@praha.eu", phone: "+420 236 000 999", departmentId: dept.id,
    });
    if (!created.ok) throw new Error("setup");
    const id = created.data.id;
    const org = await makeOrganisation();
    await seat({ organisationId: org.id, personId: id, role: "primary_contact", validFrom: "2020-01-01", validTo: "2021-12-31" });
    const [meeting] = await db.insert(meetings).values({ organisationId: org.id, kind: "conference", title: unique("Konference"), startsOn: "2021-05-01", endsOn: "2021-05-02" }).returning();
    await db.insert(attendance).values({ meetingId: meeting!.id, personId: id, status: "attended" });

    const refused = await anonymisePerson(coordinator, { id, version: 1, reason: "Žádost subjektu údajů" });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { confirm: [expect.stringContaining("Potvrďte")] } });
    const done = await anonymisePerson(coordinator, { id, version: 1, confirm: "on", reason: "Žádost subjektu údajů č. 12" });
    expect(done.ok).toBe(true);

    const [row] = await db.select().from(people).where(eq(people.id, id));
    expect(row).toMatchObject({ title: null, firstName: "Anonymizovaná", lastName: "osoba", email: null, phone: null, departmentId: dept.id });
    expect(row!.anonymisedAt).not.toBeNull();
    const detail = await getPerson(coordinator, { id });
    expect(detail?.seats).toHaveLength(1);
    expect(detail?.attendedMeetings).toBe(1);

    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, "anonymise")));
    const text = JSON.stringify(event);
    for (const secret of [lastName, "Eliška", "eliska.zapomenuta", "000 999", "Mgr."]) expect(text).not.toContain(secret);
    expect(event?.before).toEqual({ removedFields: ["title", "firstName", "lastName", "email", "phone"] });

    // Anonymised people cannot be edited back, nor given a new seat.
    expect(await updatePerson(coordinator, { id, version: 2, firstName: "Eliška", lastName })).toMatchObject({ ok: false, code: "invalid" });
    expect(await createRepresentation(coordinator, { organisationId: org.id, personId: id, role: "forum_member", validFrom: "2025-01-01" })).toMatchObject({
      ok: false,
      fieldErrors: { personId: [expect.stringContaining("Anonymizované")] },
    });
  });
});

describe("representations", () => {
  it("refuses bad input at the field, in Czech, and writes nothing", async () => {
    const db = await getDb();
    const org = await makeOrganisation();
    const otherOrg = await makeOrganisation();
    const foreignBody = await makeBody(otherOrg.id);
    const person = await makePerson();
    const base = { organisationId: org.id, personId: person.id, validFrom: "2024-01-01" };

    expect(await createRepresentation(coordinator, { ...base, role: "primary_contact", validTo: "2023-12-31" })).toMatchObject({
      ok: false, code: "invalid", fieldErrors: { validTo: ["Konec mandátu nesmí předcházet jeho začátku."] },
    });
    expect(await createRepresentation(coordinator, { ...base, role: "deputy" })).toMatchObject({
      ok: false, fieldErrors: { deputyForId: [expect.stringContaining("Zástupce musí někoho zastupovat")] },
    });
    expect(await createRepresentation(coordinator, { ...base, role: "forum_member", bodyId: foreignBody.id })).toMatchObject({
      ok: false, fieldErrors: { bodyId: [expect.stringContaining("patří jiné organizaci")] },
    });
    const otherSeat = await seat({ organisationId: otherOrg.id, personId: person.id, role: "primary_contact", validFrom: "2024-01-01" });
    expect(await createRepresentation(coordinator, { ...base, role: "deputy", deputyForId: otherSeat })).toMatchObject({
      ok: false, fieldErrors: { deputyForId: ["Zastupovat lze jen zástupce ve stejné organizaci."] },
    });
    expect(await createRepresentation(coordinator, { ...base, personId: "", role: "primary_contact" })).toMatchObject({
      ok: false, fieldErrors: { personId: [expect.stringContaining("Vyberte osobu")] },
    });
    expect(await db.select().from(representations).where(eq(representations.organisationId, org.id))).toHaveLength(0);
  });

  it("refuses moving a body seat to another organisation, at the body field", async () => {
    const org = await makeOrganisation();
    const body = await makeBody(org.id);
    const person = await makePerson();
    const id = await seat({ organisationId: org.id, bodyId: body.id, personId: person.id, role: "forum_member", validFrom: "2024-01-01" });
    const other = await makeOrganisation();
    const moved = await updateRepresentation(coordinator, { id, version: 1, organisationId: other.id, bodyId: body.id, personId: person.id, role: "forum_member", validFrom: "2024-01-01" });
    expect(moved).toMatchObject({ ok: false, fieldErrors: { bodyId: [expect.stringContaining("patří jiné organizaci")] } });
  });

  it("the database itself refuses a body of another organisation (composite foreign key)", async () => {
    const db = await getDb();
    const org = await makeOrganisation();
    const foreign = await makeBody((await makeOrganisation()).id);
    const person = await makePerson();
    await expect(
      db.insert(representations).values({ organisationId: org.id, bodyId: foreign.id, personId: person.id, role: "forum_member", validFrom: "2024-01-01" }),
    ).rejects.toMatchObject({ cause: expect.objectContaining({ constraint: "representations_body_of_organisation_fk" }) });
  });

  it("a deputy stands in for a seat of the same organisation; ending moves the seat to history", async () => {
    const dept = await makeDepartment();
    const org = await makeOrganisation();
    const main = await makePerson({ departmentId: dept.id });
    const deputy = await makePerson({ departmentId: dept.id });
    const mainSeat = await seat({ organisationId: org.id, personId: main.id, role: "primary_contact", validFrom: "2024-01-01", mandateSource: "Usnesení RHMP 1/2024" });
    const deputySeat = await seat({ organisationId: org.id, personId: deputy.id, role: "deputy", deputyForId: mainSeat, validFrom: "2024-01-01" });
    const db = await getDb();
    const [row] = await db.select().from(representations).where(eq(representations.id, deputySeat));
    expect(row).toMatchObject({ deputyForId: mainSeat, departmentId: dept.id });

    const today = todayInPrague();
    expect(await endRepresentation(coordinator, { id: mainSeat, version: 1, validTo: "2023-01-01" })).toMatchObject({
      ok: false, fieldErrors: { validTo: [expect.stringContaining("nesmí předcházet")] },
    });
    expect((await endRepresentation(coordinator, { id: mainSeat, version: 1, validTo: addDays(today, -1) })).ok).toBe(true);
    const person = await getPerson(coordinator, { id: main.id });
    expect(person?.seats[0]?.validTo).toBe(addDays(today, -1));
    // A stale second end is refused.
    expect(await endRepresentation(coordinator, { id: mainSeat, version: 1, validTo: today })).toMatchObject({ ok: false, code: "stale" });
  });
});

describe("warnings", () => {
  it("a forum loses its last representative: a vacancy until a new one is named; ending soon and left are listed", async () => {
    const today = todayInPrague();
    const db = await getDb();
    const org = await makeOrganisation();
    await db.execute(
      // A current membership, so its bodies count.
      sql`insert into membership_periods (organisation_id, status, valid_from) values (${org.id}, 'full', '2000-01-01')`,
    );
    const forum = await makeBody(org.id);
    const person = await makePerson();
    const id = await seat({ organisationId: org.id, bodyId: forum.id, personId: person.id, role: "forum_member", validFrom: "2020-01-01", validTo: addDays(today, 30) });

    const warnings = async () => listRepresentationWarnings(coordinator, { limit: 1000 });
    let w = await warnings();
    expect(w.vacancies.rows.map((v) => v.bodyId)).not.toContain(forum.id);
    expect(w.endingSoon.rows.map((r) => r.id)).toContain(id);

    expect((await endRepresentation(coordinator, { id, version: 1, validTo: addDays(today, -1) })).ok).toBe(true);
    w = await warnings();
    expect(w.vacancies.rows.find((v) => v.bodyId === forum.id)).toMatchObject({ vacantSince: today });
    expect(w.endingSoon.rows.map((r) => r.id)).not.toContain(id);

    const successor = await makePerson({ leftOn: addDays(today, 100) });
    const next = await seat({ organisationId: org.id, bodyId: forum.id, personId: successor.id, role: "forum_member", validFrom: today });
    w = await warnings();
    expect(w.vacancies.rows.map((v) => v.bodyId)).not.toContain(forum.id);
    // The successor leaves the office before an open-ended mandate ends.
    expect(w.leftOrMoved.rows.find((r) => r.id === next)).toMatchObject({ reason: "left" });
  });

  it("flags a representative whose department changed since the seat was saved", async () => {
    const [a, b] = [await makeDepartment(), await makeDepartment()];
    const org = await makeOrganisation();
    const created = await createPerson(coordinator, { firstName: "Petr", lastName: unique("Stěhovavý"), departmentId: a.id });
    if (!created.ok) throw new Error("setup");
    const id = await seat({ organisationId: org.id, personId: created.data.id, role: "primary_contact", validFrom: "2024-01-01" });
    let w = await listRepresentationWarnings(coordinator, { limit: 1000 });
    expect(w.leftOrMoved.rows.map((r) => r.id)).not.toContain(id);
    const [p] = await (await getDb()).select().from(people).where(eq(people.id, created.data.id));
    expect((await updatePerson(coordinator, { id: p!.id, version: p!.version, firstName: p!.firstName, lastName: p!.lastName, departmentId: b.id })).ok).toBe(true);
    w = await listRepresentationWarnings(coordinator, { limit: 1000 });
    expect(w.leftOrMoved.rows.find((r) => r.id === id)).toMatchObject({ reason: "moved", departmentCode: b.code });
  });
});
