import { count, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { attendance, auditEvents, meetings, people } from "@/db/schema";
import { addDays, todayInPrague } from "@/lib/dates";
import { createCalendarToken, revokeCalendarToken } from "@/lib/calendar/commands";
import { calendarFeed } from "@/lib/calendar/queries";
import { createMeeting, fileTripReport, updateMeeting } from "@/lib/meetings/commands";
import { MONEY_MESSAGES } from "@/lib/money";
import { resetPassword } from "@/lib/users/commands";
import type { Actor } from "@/lib/permissions";
import { makeActor, makeBody, makeDepartment, makeOrganisation, makePerson, makeRepresentation, unique } from "../helpers/factories";

let coordinator: Actor;
let staff: Actor;
let orgId: string;
let otherOrgId: string;
let otherBodyId: string;

beforeAll(async () => {
  coordinator = await makeActor("coordinator");
  const dept = await makeDepartment();
  staff = await makeActor("staff", dept.id);
  const org = await makeOrganisation();
  orgId = org.id;
  await makeRepresentation({ organisationId: org.id, departmentId: dept.id, role: "primary_contact", validFrom: "2020-01-01" });
  const other = await makeOrganisation();
  otherOrgId = other.id;
  otherBodyId = (await makeBody(other.id)).id;
});

const row = (personId: string, extra: Record<string, string> = {}) => ({
  personId,
  role: "delegate",
  mode: "in_person",
  status: "attended",
  ...extra,
});

function form(over: Record<string, unknown> = {}) {
  return {
    organisationId: orgId,
    kind: "forum_meeting",
    title: unique("Zasedání"),
    startsOn: "2026-03-10",
    endsOn: "2026-03-11",
    city: "Brusel",
    country: "be",
    attendees: [],
    ...over,
  };
}

async function countFor(title: string) {
  const db = await getDb();
  const [m] = await db.select({ n: count() }).from(meetings).where(eq(meetings.title, title));
  return m?.n ?? 0;
}

describe("meetings: one transaction with its attendance", () => {
  it("saves a meeting with flat form rows, a new person and exact costs, and audits every row", async () => {
    const p1 = await makePerson();
    const title = unique("POLIS");
    const result = await createMeeting(staff, {
      ...form({ title }),
      attendees: undefined,
      "attendees.0.personId": p1.id,
      "attendees.0.role": "speaker",
      "attendees.0.mode": "in_person",
      "attendees.0.status": "attended",
      "attendees.0.travelCostCzk": "12 345,5",
      "attendees.1.isNew": "on",
      "attendees.1.newFirstName": "Nová",
      "attendees.1.newLastName": unique("Osoba"),
      "attendees.1.role": "delegate",
      "attendees.1.mode": "in_person",
      "attendees.1.status": "registered",
    });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const db = await getDb();
    const rows = await db.select().from(attendance).where(eq(attendance.meetingId, result.data.id));
    expect(rows.map((r) => r.travelCostCzk).sort()).toEqual(["12345.50", null].sort());
    const created = rows.find((r) => r.personId !== p1.id)!;
    const [newPerson] = await db.select().from(people).where(eq(people.id, created.personId));
    expect(newPerson?.departmentId).toBe(staff.departmentId);
    const events = await db
      .select({ entity: auditEvents.entity, action: auditEvents.action })
      .from(auditEvents)
      .where(inArray(auditEvents.entityId, [result.data.id, ...rows.map((r) => r.id), created.personId]));
    expect(events).toHaveLength(4);
  });

  it("a failure while saving the third attendee leaves no meeting and no attendance", async () => {
    const [a, b] = [await makePerson(), await makePerson()];
    const title = unique("Tři");
    const missing = "00000000-0000-4000-8000-000000000000";
    const result = await createMeeting(coordinator, form({ title, attendees: [row(a.id), row(b.id), row(missing)] }));
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { "attendees.2.personId": [expect.any(String)] } });
    expect(await countFor(title)).toBe(0);
    const db = await getDb();
    const [left] = await db.select({ n: count() }).from(attendance).where(inArray(attendance.personId, [a.id, b.id]));
    expect(left?.n).toBe(0);
  });

  it("refuses bad input at the field, in Czech", async () => {
    const p = await makePerson();
    const endBefore = await createMeeting(coordinator, form({ startsOn: "2026-03-10", endsOn: "2026-03-09" }));
    expect(endBefore).toMatchObject({ ok: false, fieldErrors: { endsOn: ["Konec jednání nesmí být před jeho začátkem."] } });
    const twice = await createMeeting(coordinator, form({ attendees: [row(p.id), row(p.id)] }));
    expect(twice).toMatchObject({ ok: false, fieldErrors: { "attendees.1.personId": ["Tato osoba už je na jednání zapsána."] } });
    const negative = await createMeeting(coordinator, form({ attendees: [row(p.id, { travelCostCzk: "-100" })] }));
    expect(negative).toMatchObject({ ok: false, fieldErrors: { "attendees.0.travelCostCzk": [MONEY_MESSAGES.negative] } });
    const online = await createMeeting(coordinator, form({ online: "on", country: "", attendees: [row(p.id, { mode: "online", travelCostCzk: "500" })] }));
    expect(online).toMatchObject({ ok: false, fieldErrors: { "attendees.0.travelCostCzk": [expect.stringContaining("Online")] } });
    // All at once: a field that fails on its own does not hide the rules across fields.
    const all = await createMeeting(coordinator, form({ startsOn: "2026-03-10", endsOn: "2026-03-09", attendees: [row(p.id, { travelCostCzk: "-1" }), row(p.id)] }));
    expect(all).toMatchObject({
      ok: false,
      fieldErrors: {
        endsOn: [expect.any(String)],
        "attendees.0.travelCostCzk": [MONEY_MESSAGES.negative],
        "attendees.1.personId": ["Tato osoba už je na jednání zapsána."],
      },
    });
    expect(await createMeeting(coordinator, null)).toMatchObject({ ok: false, code: "invalid" });
  });

  it("lets staff write only what their department represents on the meeting's date, and says why", async () => {
    const title = unique("Cizí");
    const refused = await createMeeting(staff, form({ title, organisationId: otherOrgId, bodyId: otherBodyId }));
    expect(refused).toMatchObject({ ok: false, code: "forbidden", message: expect.stringContaining("Váš odbor toto jednání nezastupuje") });
    expect(await countFor(title)).toBe(0);
    // Before the department's mandate began: refused too.
    const early = await createMeeting(staff, form({ title, startsOn: "2019-05-01", endsOn: "2019-05-01" }));
    expect(early).toMatchObject({ ok: false, code: "forbidden" });
    for (const role of ["manager", "auditor"] as const) {
      expect(await createMeeting(await makeActor(role), form())).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect(await createMeeting(coordinator, form({ organisationId: otherOrgId, bodyId: otherBodyId }))).toMatchObject({ ok: true });
  });

  it("keeps trip reports through an edit, refuses a stale one, and files a report", async () => {
    const p = await makePerson({ departmentId: staff.departmentId });
    const start = addDays(todayInPrague(), -30);
    const created = await createMeeting(staff, form({ startsOn: start, endsOn: start, attendees: [row(p.id)] }));
    if (!created.ok) throw new Error(JSON.stringify(created));
    const db = await getDb();
    const [a] = await db.select().from(attendance).where(eq(attendance.meetingId, created.data.id));
    const filed = await fileTripReport(staff, { attendanceId: a!.id, version: a!.version, tripReport: "Zpráva", tripReportFiledOn: todayInPrague() });
    expect(filed).toMatchObject({ ok: true });
    const edit = await updateMeeting(staff, form({ id: created.data.id, version: 1, title: "Upraveno", startsOn: start, endsOn: start, attendees: [row(p.id, { role: "speaker" })] }));
    expect(edit).toMatchObject({ ok: true });
    const [after] = await db.select().from(attendance).where(eq(attendance.meetingId, created.data.id));
    expect(after).toMatchObject({ role: "speaker", tripReport: "Zpráva" });
    const stale = await updateMeeting(staff, form({ id: created.data.id, version: 1, startsOn: start, endsOn: start, attendees: [] }));
    expect(stale).toMatchObject({ ok: false, code: "stale" });
  });
});

describe("calendar tokens", () => {
  it("serves a feed for a live token only; revoked or unknown gives nothing", async () => {
    const title = unique("Budoucí");
    const p = await makePerson();
    const start = addDays(todayInPrague(), 10);
    expect(await createMeeting(coordinator, form({ title, startsOn: start, endsOn: start, attendees: [row(p.id)] }))).toMatchObject({ ok: true });
    const created = await createCalendarToken(staff, { scope: "person", personId: p.id });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const db = await getDb();
    const feed = await calendarFeed(db, created.data.token);
    expect(feed?.rows.map((r) => r.title)).toEqual([title]);
    expect(await calendarFeed(db, "unknown-token")).toBeNull();
    expect(await revokeCalendarToken(coordinator, { id: created.data.id })).toMatchObject({ ok: false, code: "not_found" });
    expect(await revokeCalendarToken(staff, { id: created.data.id })).toMatchObject({ ok: true });
    expect(await calendarFeed(db, created.data.token)).toBeNull();
    const [audit] = await db.select().from(auditEvents).where(eq(auditEvents.entityId, created.data.id)).limit(1);
    expect(JSON.stringify(audit)).not.toContain(created.data.token);
  });

  it("stops a feed made with a stolen session once an admin resets its owner's password; others' feeds go on", async () => {
    const db = await getDb();
    const admin = await makeActor("admin");
    const victim = await makeActor("staff", staff.departmentId);
    const p = await makePerson();
    const start = addDays(todayInPrague(), 11);
    const title = unique("Tajné");
    expect(await createMeeting(coordinator, form({ title, startsOn: start, endsOn: start, attendees: [row(p.id)] }))).toMatchObject({ ok: true });
    // The thief, signed in as the victim, makes feeds; the colleague has one of their own.
    const stolen = await createCalendarToken(victim, { scope: "person", personId: p.id });
    const stolenToo = await createCalendarToken(victim, { scope: "all" });
    const colleagues = await createCalendarToken(staff, { scope: "person", personId: p.id });
    if (!stolen.ok || !stolenToo.ok || !colleagues.ok) throw new Error("calendar token not created");
    expect((await calendarFeed(db, stolen.data.token))?.rows.map((r) => r.title)).toContain(title);

    expect(await resetPassword(admin, { id: victim.id, password: "Nove-Heslo-Po-Kradezi-1" })).toMatchObject({ ok: true });
    expect(await calendarFeed(db, stolen.data.token)).toBeNull();
    expect(await calendarFeed(db, stolenToo.data.token)).toBeNull();
    expect((await calendarFeed(db, colleagues.data.token))?.rows.map((r) => r.title)).toContain(title);
    const revocations = await db
      .select({ action: auditEvents.action, note: auditEvents.note })
      .from(auditEvents)
      .where(inArray(auditEvents.entityId, [stolen.data.id, stolenToo.data.id]));
    expect(revocations.filter((e) => e.action === "revoke")).toEqual([
      { action: "revoke", note: "reset_password" },
      { action: "revoke", note: "reset_password" },
    ]);
  });
});
