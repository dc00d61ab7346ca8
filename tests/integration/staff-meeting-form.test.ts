import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { meetings, users } from "@/db/schema";
import { addDays, todayInPrague } from "@/lib/dates";
import { createMeeting } from "@/lib/meetings/commands";
import { meetingFormContext, reportToWrite } from "@/lib/meetings/queries";
import type { Actor } from "@/lib/permissions";
import { canDepartmentWriteMeeting, departmentScopeRanges } from "@/lib/representation/scope";
import { scopeOn } from "@/lib/representation/scope-ranges";
import { createUser, PERSON_TAKEN, UNKNOWN_PERSON, updateUser } from "@/lib/users/commands";
import { listPersonOptions } from "@/lib/users/queries";
import { makeActor, makeBody, makeDepartment, makeOrganisation, makePerson, makeRepresentation, unique } from "../helpers/factories";

/**
 * The staff meeting form offers what the department represents on the meeting's date (computed
 * in the browser from date ranges), and the server refuses everything else whatever the form
 * offered. Accounts are linked to people, one account per person.
 */

const D = "2026-03-15";

describe("the staff form's scoped lists agree with the server's check", () => {
  let dept: string;
  const org = { whole: "", body: "", ended: "", left: "", outside: "" };
  const body = { ofWhole: "", seat: "", otherOfBodyOrg: "", outside: "" };

  beforeAll(async () => {
    dept = (await makeDepartment()).id;
    for (const k of Object.keys(org) as (keyof typeof org)[]) org[k] = (await makeOrganisation()).id;
    body.ofWhole = (await makeBody(org.whole)).id;
    body.seat = (await makeBody(org.body)).id;
    body.otherOfBodyOrg = (await makeBody(org.body)).id;
    body.outside = (await makeBody(org.outside)).id;
    await makeRepresentation({ organisationId: org.whole, departmentId: dept, role: "primary_contact", validFrom: "2020-01-01" });
    await makeRepresentation({ organisationId: org.body, bodyId: body.seat, departmentId: dept, role: "forum_member", validFrom: D, validTo: addDays(D, 5) });
    await makeRepresentation({ organisationId: org.ended, departmentId: dept, role: "primary_contact", validFrom: "2020-01-01", validTo: addDays(D, -1) });
    // A person's seat counts until the day they left the office.
    const leaver = await makePerson({ departmentId: dept, leftOn: addDays(D, 2) });
    await makeRepresentation({ organisationId: org.left, personId: leaver.id, role: "forum_member", validFrom: "2020-01-01" });
  });

  it("offers on each date exactly the organisations and bodies the save accepts", async () => {
    const db = await getDb();
    const ranges = await departmentScopeRanges(db, dept);
    const bodiesOf = (o: string) => Object.entries({ [org.whole]: [body.ofWhole], [org.body]: [body.seat, body.otherOfBodyOrg], [org.outside]: [body.outside] })
      .filter(([k]) => k === o)
      .flatMap(([, v]) => v);
    const pairs: [string, string | null][] = [
      [org.whole, null], [org.whole, body.ofWhole],
      [org.body, null], [org.body, body.seat], [org.body, body.otherOfBodyOrg],
      [org.ended, null], [org.left, null], [org.outside, null], [org.outside, body.outside],
    ];
    for (const date of [addDays(D, -2), addDays(D, -1), D, addDays(D, 2), addDays(D, 3), addDays(D, 5), addDays(D, 6), "2019-12-31"]) {
      const offered = scopeOn(ranges, bodiesOf, date);
      for (const [o, b] of pairs) {
        const server = await canDepartmentWriteMeeting(db, { departmentId: dept, organisationId: o, bodyId: b, date });
        const form = offered.organisations.has(o) && (b === null ? offered.whole.has(o) : offered.bodies.has(b));
        expect(form, `${date} ${o === org.outside ? "outside" : o} ${b}`).toBe(server);
      }
    }
    // The day itself: the whole organisation, the body seat, and the leaver's organisation.
    const onD = scopeOn(ranges, bodiesOf, D);
    expect([...onD.organisations].sort()).toEqual([org.whole, org.body, org.left].sort());
    expect(onD.whole.has(org.body)).toBe(false);
  });

  it("the form context: ranges for staff, none for a coordinator, and the linked person as 'me'", async () => {
    const staff = await makeActor("staff", dept);
    const me = await makePerson({ departmentId: dept, firstName: "Dana", lastName: unique("Dopravní") });
    const db = await getDb();
    await db.update(users).set({ personId: me.id }).where(eq(users.id, staff.id));
    const context = await meetingFormContext(staff, undefined);
    expect(context.me).toEqual({ id: me.id, name: `Dana ${me.lastName}` });
    expect(new Set(context.scope!.map((r) => r.organisationId))).toEqual(new Set([org.whole, org.body, org.ended, org.left]));
    const coordinator = await makeActor("coordinator");
    expect(await meetingFormContext(coordinator, undefined)).toEqual({ scope: null, me: null });
  });

  it("refuses a staff save of anything the form does not offer, writing nothing", async () => {
    const staff = await makeActor("staff", dept);
    const base = { kind: "forum_meeting", startsOn: D, endsOn: D, city: "Brusel", country: "BE", attendees: [] };
    const refusals = [
      { organisationId: org.outside },
      { organisationId: org.outside, bodyId: body.outside },
      { organisationId: org.body }, // only a body seat: the whole organisation is not offered
      { organisationId: org.body, bodyId: body.otherOfBodyOrg },
      { organisationId: org.ended },
      { organisationId: org.left, startsOn: addDays(D, 3), endsOn: addDays(D, 3) },
    ];
    for (const over of refusals) {
      const title = unique("Mimo");
      expect(await createMeeting(staff, { ...base, title, ...over })).toMatchObject({ ok: false, code: "forbidden" });
      const db = await getDb();
      expect(await db.select().from(meetings).where(eq(meetings.title, title))).toHaveLength(0);
    }
    expect(await createMeeting(staff, { ...base, title: unique("Ok"), organisationId: org.body, bodyId: body.seat })).toMatchObject({ ok: true });
  });
});

describe("'Uložit a zapsat zprávu z cesty' leads to the user's own report", () => {
  it("picks the user's own attendance of an ended meeting abroad, else the first due, else none", async () => {
    const dept = await makeDepartment();
    const org = await makeOrganisation();
    await makeRepresentation({ organisationId: org.id, departmentId: dept.id, role: "primary_contact", validFrom: "2020-01-01" });
    const staff = await makeActor("staff", dept.id);
    const me = await makePerson({ departmentId: dept.id });
    const colleague = await makePerson({ departmentId: dept.id });
    const db = await getDb();
    await db.update(users).set({ personId: me.id }).where(eq(users.id, staff.id));
    const yesterday = addDays(todayInPrague(), -1);
    const attendee = (personId: string) => ({ personId, role: "delegate", mode: "in_person", status: "attended" });
    const meeting = { organisationId: org.id, kind: "forum_meeting", startsOn: yesterday, endsOn: yesterday, city: "Brusel", country: "BE" };

    const past = await createMeeting(staff, { ...meeting, title: unique("POLIS"), attendees: [attendee(colleague.id), attendee(me.id)] });
    if (!past.ok) throw new Error(past.message);
    const mine = await reportToWrite(staff, { meetingId: past.data.id });
    const [row] = await db.execute<{ person_id: string }>(sql`select person_id from attendance where id = ${mine}::uuid`).then((r) => r.rows);
    expect(row?.person_id).toBe(me.id);

    const others = await createMeeting(staff, { ...meeting, title: unique("POLIS"), attendees: [attendee(colleague.id)] });
    if (!others.ok) throw new Error(others.message);
    expect(await reportToWrite(staff, { meetingId: others.data.id })).toEqual(expect.any(String));

    const ahead = addDays(todayInPrague(), 10);
    const future = await createMeeting(staff, { ...meeting, startsOn: ahead, endsOn: ahead, title: unique("POLIS"), attendees: [attendee(me.id)] });
    if (!future.ok) throw new Error(future.message);
    expect(await reportToWrite(staff, { meetingId: future.data.id })).toBeNull();
  });
});

describe("an account is linked to at most one person, and a person to at most one account", () => {
  const PASSWORD = "Správné-heslo-2026";
  let admin: Actor;
  beforeAll(async () => {
    admin = await makeActor("admin");
  });
  const input = (personId: string) => ({
    name: "Jana Nováková",
    email: `${unique("jana")}@praha.example`,
    role: "coordinator",
    departmentId: "",
    personId,
    password: PASSWORD,
  });

  it("links on create, refuses a second account for the same person, and the edit keeps or moves the link", async () => {
    const person = await makePerson();
    const first = await createUser(admin, input(person.id));
    expect(first).toMatchObject({ ok: true });
    const second = await createUser(admin, input(person.id));
    expect(second).toMatchObject({ ok: false, code: "invalid", fieldErrors: { personId: [PERSON_TAKEN] } });

    const db = await getDb();
    const [row] = await db.select().from(users).where(eq(users.id, first.ok ? first.data.id : ""));
    expect(row?.personId).toBe(person.id);
    const edit = { id: row!.id, version: String(row!.version), name: row!.name, role: row!.role, departmentId: "", active: "on" };
    // Saving the user with their own person again is no conflict.
    const kept = await updateUser(admin, { ...edit, personId: person.id });
    expect(kept).toMatchObject({ ok: true });

    // Another account cannot take it over by an edit either.
    const otherUser = await createUser(admin, input(""));
    if (!otherUser.ok) throw new Error(otherUser.message);
    const [other] = await db.select().from(users).where(eq(users.id, otherUser.data.id));
    const takeOver = await updateUser(admin, { id: other!.id, version: String(other!.version), name: other!.name, role: other!.role, departmentId: "", active: "on", personId: person.id });
    expect(takeOver).toMatchObject({ ok: false, fieldErrors: { personId: [PERSON_TAKEN] } });

    // The linked person leaves the admin's choice for other accounts, but stays for its own.
    const forOthers = await listPersonOptions(admin, { userId: other!.id });
    expect(forOthers.map((o) => o.value)).not.toContain(person.id);
    const forOwn = await listPersonOptions(admin, { userId: row!.id });
    expect(forOwn.map((o) => o.value)).toContain(person.id);
  });

  it("the database refuses a second link even past the checks (unique index)", async () => {
    const person = await makePerson();
    const a = await makeActor("coordinator");
    const b = await makeActor("coordinator");
    const db = await getDb();
    await db.update(users).set({ personId: person.id }).where(eq(users.id, a.id));
    await expect(db.update(users).set({ personId: person.id }).where(eq(users.id, b.id))).rejects.toThrow();
  });

  it("refuses an anonymised or unknown person", async () => {
    const anonymised = await makePerson({ anonymisedAt: new Date() });
    expect(await createUser(admin, input(anonymised.id))).toMatchObject({ ok: false, fieldErrors: { personId: [UNKNOWN_PERSON] } });
    expect(await createUser(admin, input("00000000-0000-4000-8000-000000000000"))).toMatchObject({ ok: false, fieldErrors: { personId: [UNKNOWN_PERSON] } });
    expect(await createUser(admin, input("not-a-uuid"))).toMatchObject({ ok: false, code: "invalid", fieldErrors: { personId: [expect.any(String)] } });
  });
});
