import { beforeAll, describe, expect, it } from "vitest";
import { diffFields } from "@/lib/audit-log/fields";
import { listAuditEvents, recordHistory, resolveAuditRefs } from "@/lib/audit-log/queries";
import { subjectOf } from "@/lib/audit-log/register";
import { createFee, updateFee } from "@/lib/fees/commands";
import { createMeeting } from "@/lib/meetings/commands";
import { addPeriod, createOrganisation, updateOrganisation } from "@/lib/organisations/commands";
import type { Actor } from "@/lib/permissions";
import { makeActor, makeOrganisation, makePerson, unique } from "../helpers/factories";

let auditor: Actor;
let coordinator: Actor;

beforeAll(async () => {
  auditor = await makeActor("auditor");
  coordinator = await makeActor("coordinator");
});

async function editedOrganisation() {
  const name = unique("Liga");
  const created = await createOrganisation(coordinator, { name, kind: "ngo", scope: "global", description: "Původní popis" });
  if (!created.ok) throw new Error(JSON.stringify(created));
  const id = created.data.id;
  const updated = await updateOrganisation(coordinator, {
    id, version: 1, name, kind: "city_network", scope: "global", description: "Nový popis",
  });
  expect(updated.ok).toBe(true);
  return id;
}

describe("audit log", () => {
  it("shows a coordinator's edit with the before and after of the changed fields only", async () => {
    const id = await editedOrganisation();
    const { rows, total } = await listAuditEvents(auditor, { entity: "organisation", entityId: id });
    expect(total).toBe(2);
    const [update, create] = rows;
    expect(update).toMatchObject({ action: "update", actorLabel: coordinator.email });
    expect(create).toMatchObject({ action: "create" });
    expect(diffFields(update!.before, update!.after)).toEqual([
      { field: "kind", before: "ngo", after: "city_network" },
      { field: "description", before: "Původní popis", after: "Nový popis" },
    ]);
  });

  it("filters by person, action and time", async () => {
    const id = await editedOrganisation();
    const byActor = await listAuditEvents(auditor, { actor: coordinator.id, action: "update", entityId: id });
    expect(byActor.rows.map((r) => r.action)).toEqual(["update"]);
    const future = await listAuditEvents(auditor, { entityId: id, from: "2199-01-01" });
    expect(future.total).toBe(0);
    const past = await listAuditEvents(auditor, { entityId: id, to: "2000-01-01" });
    expect(past.total).toBe(0);
  });

  it("a record's history holds its own events and those of its periods", async () => {
    const id = await editedOrganisation();
    expect((await addPeriod(coordinator, { organisationId: id, status: "observer", validFrom: "1993-01-01" })).ok).toBe(true);
    const history = await recordHistory(auditor, { entity: "organisation", entityId: id });
    expect(history.map((e) => `${e.entity}:${e.action}`).sort()).toEqual([
      "membership_period:create", "organisation:create", "organisation:update",
    ]);
  });

  it("is for auditors and admins only", async () => {
    for (const role of ["coordinator", "staff", "manager"] as const) {
      const actor = await makeActor(role);
      await expect(listAuditEvents(actor, {})).rejects.toMatchObject({ code: "forbidden" });
      await expect(recordHistory(actor, { entity: "organisation", entityId: "x" })).rejects.toMatchObject({ code: "forbidden" });
    }
    const admin = await makeActor("admin");
    expect((await listAuditEvents(admin, {})).total).toBeGreaterThan(0);
  });
});

describe("the log as a register", () => {
  it("names each record in words, resolves its references, and filters an organisation with everything under it", async () => {
    const abbreviation = unique("EC").replace(/\s/g, "");
    const created = await createOrganisation(coordinator, { name: unique("Síť měst"), abbreviation, kind: "city_network", scope: "european" });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const organisationId = created.data.id;
    const other = await makeOrganisation();
    expect((await addPeriod(coordinator, { organisationId, status: "observer", validFrom: "1993-01-01" })).ok).toBe(true);
    const fee = await createFee(coordinator, { organisationId, year: 2026, amount: "15600.00", currency: "EUR", status: "invoiced", invoicedOn: "2026-02-01" });
    if (!fee.ok) throw new Error(JSON.stringify(fee));
    const paid = await updateFee(coordinator, {
      id: fee.data.id, version: 1, year: 2026, amount: "15900.00", currency: "EUR", status: "paid",
      invoicedOn: "2026-02-01", paidOn: "2026-03-01", amountCzk: "398000.00",
    });
    expect(paid.ok).toBe(true);
    const person = await makePerson();
    const meeting = await createMeeting(coordinator, {
      organisationId, kind: "forum_meeting", title: unique("Zasedání"), startsOn: "2026-03-12", endsOn: "2026-03-12",
      city: "Brussels", country: "be", attendees: [{ personId: person.id, role: "delegate", mode: "in_person", status: "attended" }],
    });
    if (!meeting.ok) throw new Error(JSON.stringify(meeting));
    // Noise from another organisation must stay out.
    expect((await addPeriod(coordinator, { organisationId: other.id, status: "full", validFrom: "2000-01-01" })).ok).toBe(true);

    const { rows } = await listAuditEvents(auditor, { organisation: organisationId });
    expect(rows.map((e) => `${e.entity}:${e.action}`).sort()).toEqual([
      "attendance:create", "fee:create", "fee:status_paid", "meeting:create", "membership_period:create", "organisation:create",
    ]);

    const { rows: paidRows } = await listAuditEvents(auditor, { organisation: organisationId, action: "status_paid" });
    expect(paidRows).toHaveLength(1);
    const refs = await resolveAuditRefs(auditor, paidRows);
    expect(subjectOf(paidRows[0]!, refs)).toEqual({ parts: [`${abbreviation} 2026 (EUR)`], href: `/organizations/${organisationId}` });
    expect(refs.organisation.get(organisationId)?.name).toBe(abbreviation);

    const all = await listAuditEvents(auditor, { organisation: organisationId });
    const allRefs = await resolveAuditRefs(auditor, all.rows);
    const meetingEvent = all.rows.find((e) => e.entity === "meeting")!;
    expect(subjectOf(meetingEvent, allRefs)).toEqual({ parts: [`${abbreviation} Brussels`, { date: "2026-03-12" }], href: `/meetings/${meetingEvent.entityId}` });
    const attendanceEvent = all.rows.find((e) => e.entity === "attendance")!;
    expect(subjectOf(attendanceEvent, allRefs).parts[0]).toBe(`${person.firstName} ${person.lastName}`);
  });
});
