import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { auditEvents, membershipPeriods, organisations } from "@/db/schema";
import {
  addPeriod,
  createOrganisation,
  endMembership,
  updateOrganisation,
  updatePeriod,
} from "@/lib/organisations/commands";
import { listOrganisations } from "@/lib/organisations/queries";
import { getStatusOn } from "@/lib/organisations/status";
import type { Actor } from "@/lib/permissions";
import { makeActor, unique } from "../helpers/factories";

let coordinator: Actor;

beforeAll(async () => {
  coordinator = await makeActor("coordinator");
});

async function newOrganisation(name = unique("Síť měst")) {
  const result = await createOrganisation(coordinator, { name, kind: "city_network", scope: "european" });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

async function period(organisationId: string, input: Record<string, unknown>) {
  return addPeriod(coordinator, { organisationId, ...input });
}

describe("status on a date", () => {
  it("is right on every boundary: before, first day, last day, open-ended, after the end", async () => {
    const db = await getDb();
    const id = await newOrganisation();
    expect((await period(id, { status: "observer", validFrom: "1993-01-01" })).ok).toBe(true);
    // The upgrade closes the observer period the day before.
    const upgrade = await period(id, { status: "full", validFrom: "2004-05-01", closePrevious: "on" });
    expect(upgrade.ok).toBe(true);

    const on = (date: string) => getStatusOn(db, { organisationId: id, date });
    expect(await on("1992-12-31")).toBe("none");
    expect(await on("1993-01-01")).toBe("observer");
    expect(await on("2004-04-30")).toBe("observer");
    expect(await on("2004-05-01")).toBe("full");
    expect(await on("2999-01-01")).toBe("full");

    const ended = await endMembership(coordinator, {
      organisationId: id,
      endOn: "2020-12-31",
      endDecision: "Usnesení ZHMP 12/34",
    });
    expect(ended.ok).toBe(true);
    expect(await on("2020-12-31")).toBe("full");
    expect(await on("2021-01-01")).toBe("ended");
    // The history stays: both periods are still there.
    const rows = await db.select().from(membershipPeriods).where(eq(membershipPeriods.organisationId, id));
    expect(rows.map((r) => [r.status, r.validFrom, r.validTo]).sort()).toEqual([
      ["full", "2004-05-01", "2020-12-31"],
      ["observer", "1993-01-01", "2004-04-30"],
    ]);
  });

  it("treats 'via the state' as a status of its own", async () => {
    const db = await getDb();
    const id = await newOrganisation();
    expect((await period(id, { status: "via_state", validFrom: "2000-01-01" })).ok).toBe(true);
    expect(await getStatusOn(db, { organisationId: id, date: "2010-12-31" })).toBe("via_state");
  });
});

describe("membership periods", () => {
  it("refuses an overlapping period and names the one it collides with", async () => {
    const db = await getDb();
    const id = await newOrganisation();
    await period(id, { status: "observer", validFrom: "1993-01-01", validTo: "2004-04-30" });
    const result = await period(id, { status: "full", validFrom: "2004-04-01" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("invalid");
    expect(result.fieldErrors?.validFrom?.[0]).toContain("Pozorovatel");
    expect(result.fieldErrors?.validFrom?.[0]).toContain("1. 1. 1993 – 30. 4. 2004");
    const rows = await db.select().from(membershipPeriods).where(eq(membershipPeriods.organisationId, id));
    expect(rows).toHaveLength(1);
  });

  it("refuses a period that runs backwards, at the field", async () => {
    const id = await newOrganisation();
    const result = await period(id, { status: "full", validFrom: "2010-01-01", validTo: "2009-12-31" });
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { validTo: ["Konec nesmí předcházet začátku."] } });
  });

  it("refuses a stale edit and keeps the saved values", async () => {
    const db = await getDb();
    const id = await newOrganisation();
    const created = await period(id, { status: "full", validFrom: "2010-01-01" });
    if (!created.ok) throw new Error("setup");
    const first = await updatePeriod(coordinator, {
      id: created.data.id,
      version: 1,
      status: "full",
      validFrom: "2010-01-01",
      note: "první karta",
    });
    expect(first.ok).toBe(true);
    const second = await updatePeriod(coordinator, {
      id: created.data.id,
      version: 1,
      status: "associate",
      validFrom: "2010-01-01",
      note: "druhá karta",
    });
    expect(second).toMatchObject({ ok: false, code: "stale" });
    const [row] = await db.select().from(membershipPeriods).where(eq(membershipPeriods.id, created.data.id));
    expect(row).toMatchObject({ status: "full", note: "první karta", version: 2 });
  });

  it("lets staff, managers and auditors change nothing, and writes nothing for them", async () => {
    const db = await getDb();
    const id = await newOrganisation();
    const [before] = await db.select().from(organisations).where(eq(organisations.id, id));
    for (const role of ["staff", "manager", "auditor"] as const) {
      const actor = await makeActor(role);
      const name = unique("Zakázaná");
      expect(await createOrganisation(actor, { name, kind: "ngo", scope: "global" })).toMatchObject({
        ok: false,
        code: "forbidden",
      });
      expect(await period(id, { status: "full", validFrom: "2001-01-01" }).then(() => null)).toBeNull();
      expect(
        await updateOrganisation(actor, { id, version: before!.version, name, kind: "ngo", scope: "global" }),
      ).toMatchObject({ ok: false, code: "forbidden" });
      expect(await db.select().from(organisations).where(eq(organisations.name, name))).toHaveLength(0);
      const events = await db.select().from(auditEvents).where(eq(auditEvents.actorId, actor.id));
      expect(events.map((e) => e.action)).toEqual(["access_denied", "access_denied"]);
    }
  });
});

describe("organisation list", () => {
  it("finds organisations without diacritics and filters by the status on a date", async () => {
    const tag = unique("x");
    const ids = {
      liga: await newOrganisation(`Liga historických měst ${tag}`),
      zenska: await newOrganisation(`Síť ženská ${tag}`),
    };
    await period(ids.liga, { status: "observer", validFrom: "2005-01-01", validTo: "2010-12-31" });
    await period(ids.zenska, { status: "full", validFrom: "2012-01-01" });

    const names = async (params: Record<string, unknown>) =>
      (await listOrganisations(coordinator, { q: tag, ...params })).rows.map((r) => r.name).sort();

    expect(await names({ q: `liga historickych mest ${tag}` })).toEqual([`Liga historických měst ${tag}`]);
    expect(await names({ q: `zenska ${tag}` })).toEqual([`Síť ženská ${tag}`]);
    expect(await names({ asOf: "2010-12-31", status: "current" })).toEqual([`Liga historických měst ${tag}`]);
    expect(await names({ asOf: "2011-06-01", status: "current" })).toEqual([]);
    expect(await names({ asOf: "2011-06-01", status: "ended" })).toEqual([`Liga historických měst ${tag}`]);
    expect(await names({ asOf: "2013-01-01", status: "full" })).toEqual([`Síť ženská ${tag}`]);
    // Ended memberships leave "current" lists but not search.
    expect(await names({})).toHaveLength(2);

    const { rows } = await listOrganisations(coordinator, { q: tag, asOf: "2008-03-01" });
    expect(rows.find((r) => r.id === ids.liga)).toMatchObject({ status: "observer", memberSince: "2005-01-01" });
  });
});
