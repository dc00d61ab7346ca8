import { beforeAll, describe, expect, it } from "vitest";
import { diffFields } from "@/lib/audit-log/fields";
import { listAuditEvents, recordHistory } from "@/lib/audit-log/queries";
import { addPeriod, createOrganisation, updateOrganisation } from "@/lib/organisations/commands";
import type { Actor } from "@/lib/permissions";
import { makeActor, unique } from "../helpers/factories";

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
