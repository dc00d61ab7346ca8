import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { addDays } from "@/lib/dates";
import { canDepartmentWriteMeeting, departmentScope } from "@/lib/representation/scope";
import { makeBody, makeDepartment, makeOrganisation, makePerson, makeRepresentation } from "../helpers/factories";

const TODAY = "2026-03-15";
const YESTERDAY = addDays(TODAY, -1);
const TOMORROW = addDays(TODAY, 1);

describe("department scope on a date", () => {
  let dept: string;
  let other: string;
  const org = { ended: "", future: "", open: "", body: "", personSeat: "" };
  let bodyId = "";
  let wholeOrgBodyId = "";

  beforeAll(async () => {
    dept = (await makeDepartment()).id;
    other = (await makeDepartment()).id;
    for (const key of Object.keys(org) as (keyof typeof org)[]) org[key] = (await makeOrganisation()).id;
    bodyId = (await makeBody(org.body)).id;
    wholeOrgBodyId = (await makeBody(org.open)).id;
    // The department's own seats: one ended yesterday, one starts tomorrow, one open-ended, one in a body.
    await makeRepresentation({ organisationId: org.ended, departmentId: dept, role: "primary_contact", validFrom: "2020-01-01", validTo: YESTERDAY });
    await makeRepresentation({ organisationId: org.future, departmentId: dept, role: "primary_contact", validFrom: TOMORROW });
    await makeRepresentation({ organisationId: org.open, departmentId: dept, role: "primary_contact", validFrom: "2003-01-01" });
    await makeRepresentation({ organisationId: org.body, bodyId, departmentId: dept, role: "forum_member", validFrom: TODAY, validTo: TODAY });
    // A person of the department holding a seat counts for it; another department's seat does not.
    const member = await makePerson({ departmentId: dept, leftOn: addDays(TODAY, 10) });
    await makeRepresentation({ organisationId: org.personSeat, personId: member.id, departmentId: other, role: "forum_member", validFrom: "2024-01-01" });
  });

  it("counts exactly the seats whose mandate covers the day, both ends inclusive", async () => {
    const db = await getDb();
    const today = await departmentScope(db, { departmentId: dept, date: TODAY });
    expect(today.organisationIds).toEqual([org.open, org.personSeat].sort());
    expect(today.bodyIds).toEqual([bodyId]);

    const yesterday = await departmentScope(db, { departmentId: dept, date: YESTERDAY });
    expect(yesterday.organisationIds).toEqual([org.ended, org.open, org.personSeat].sort());
    expect(yesterday.bodyIds).toEqual([]);

    const tomorrow = await departmentScope(db, { departmentId: dept, date: TOMORROW });
    expect(tomorrow.organisationIds).toEqual([org.future, org.open, org.personSeat].sort());
    expect(tomorrow.bodyIds).toEqual([]);

    // Open-ended: still there decades later; the person who leaves on day +10 no longer counts after it.
    const later = await departmentScope(db, { departmentId: dept, date: addDays(TODAY, 11) });
    expect(later.organisationIds).toEqual([org.future, org.open].sort());
    expect((await departmentScope(db, { departmentId: dept, date: "2999-12-31" })).organisationIds).toEqual([org.future, org.open].sort());
    // Before the open seat began, nothing.
    expect(await departmentScope(db, { departmentId: dept, date: "2002-12-31" })).toEqual({ organisationIds: [], bodyIds: [] });
  });

  it("the department stored on a person's seat grants nothing: the person's own department does", async () => {
    const db = await getDb();
    expect((await departmentScope(db, { departmentId: other, date: TODAY })).organisationIds).not.toContain(org.personSeat);
  });

  it("decides a meeting: the whole organisation covers its bodies, a body seat covers only that body", async () => {
    const db = await getDb();
    const can = (organisationId: string, body: string | null, date: string, departmentId: string | null = dept) =>
      canDepartmentWriteMeeting(db, { departmentId, organisationId, bodyId: body, date });

    expect(await can(org.open, null, TODAY)).toBe(true);
    expect(await can(org.open, wholeOrgBodyId, TODAY)).toBe(true);
    expect(await can(org.body, bodyId, TODAY)).toBe(true);
    expect(await can(org.body, null, TODAY)).toBe(false);
    expect(await can(org.body, bodyId, YESTERDAY)).toBe(false);
    expect(await can(org.body, bodyId, TOMORROW)).toBe(false);

    expect(await can(org.ended, null, YESTERDAY)).toBe(true);
    expect(await can(org.ended, null, TODAY)).toBe(false);
    expect(await can(org.future, null, TODAY)).toBe(false);
    expect(await can(org.future, null, TOMORROW)).toBe(true);

    expect(await can(org.open, null, TODAY, other)).toBe(false);
    expect(await can(org.open, null, TODAY, null)).toBe(false);
  });

  it("an abolished department represents nothing after the day it was abolished", async () => {
    const db = await getDb();
    const gone = await makeDepartment({ abolishedOn: TODAY });
    const o = await makeOrganisation();
    await makeRepresentation({ organisationId: o.id, departmentId: gone.id, role: "primary_contact", validFrom: "2010-01-01" });
    expect((await departmentScope(db, { departmentId: gone.id, date: TODAY })).organisationIds).toEqual([o.id]);
    expect((await departmentScope(db, { departmentId: gone.id, date: TOMORROW })).organisationIds).toEqual([]);
  });
});
