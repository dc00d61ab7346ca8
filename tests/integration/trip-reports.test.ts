import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { attendance, auditEvents, tripReportRevisions } from "@/db/schema";
import { addDays, todayInPrague } from "@/lib/dates";
import { createMeeting, fileTripReport } from "@/lib/meetings/commands";
import { listTripReportsDue } from "@/lib/home/queries";
import { getMeeting } from "@/lib/meetings/queries";
import type { Actor } from "@/lib/permissions";
import { makeActor, makeDepartment, makeOrganisation, makePerson, makeRepresentation, unique } from "../helpers/factories";

let coordinator: Actor;
let staff: Actor;
let otherStaff: Actor;
let orgId: string;

beforeAll(async () => {
  coordinator = await makeActor("coordinator");
  const dept = await makeDepartment();
  staff = await makeActor("staff", dept.id);
  otherStaff = await makeActor("staff", (await makeDepartment()).id);
  orgId = (await makeOrganisation()).id;
  await makeRepresentation({ organisationId: orgId, departmentId: dept.id, role: "primary_contact", validFrom: "2020-01-01" });
});

/** A meeting abroad from `startsOn` to `endsOn` with one person attending in person. */
async function meetingWithTraveller(startsOn: string, endsOn: string) {
  const person = await makePerson({ departmentId: staff.departmentId });
  const created = await createMeeting(staff, {
    organisationId: orgId,
    kind: "forum_meeting",
    title: unique("Zasedání"),
    startsOn,
    endsOn,
    city: "Brusel",
    country: "BE",
    attendees: [{ personId: person.id, role: "delegate", mode: "in_person", status: "attended" }],
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  const db = await getDb();
  const [row] = await db.select().from(attendance).where(eq(attendance.meetingId, created.data.id));
  return { meetingId: created.data.id, row: row! };
}

async function reportRow(meetingId: string) {
  const detail = await getMeeting(coordinator, { id: meetingId });
  return detail!.attendance[0]!;
}

describe("trip reports", () => {
  const today = todayInPrague();

  it("are neither flagged nor accepted before the meeting has ended", async () => {
    const { meetingId, row } = await meetingWithTraveller(addDays(today, 21), addDays(today, 22));
    expect((await reportRow(meetingId)).reportState).toBe("notYet");
    const early = await fileTripReport(staff, { attendanceId: row.id, version: row.version, tripReport: "Předem", tripReportFiledOn: today });
    expect(early).toMatchObject({ ok: false, code: "invalid", fieldErrors: { tripReport: [expect.stringMatching(/po skončení jednání/)] } });
    const db = await getDb();
    const [after] = await db.select().from(attendance).where(eq(attendance.id, row.id));
    expect(after).toMatchObject({ tripReport: null, version: row.version });
  });

  it("are due for 14 days after the meeting, then missing: the meeting page and the home list agree", async () => {
    const recent = await meetingWithTraveller(addDays(today, -3), addDays(today, -2));
    expect(await reportRow(recent.meetingId)).toMatchObject({ reportState: "due", reportDueOn: addDays(today, 12) });
    const old = await meetingWithTraveller(addDays(today, -20), addDays(today, -20));
    expect(await reportRow(old.meetingId)).toMatchObject({ reportState: "missing", reportDueOn: addDays(today, -6) });
    const home = (await listTripReportsDue(staff, { today, limit: 1000 })).rows;
    expect(home.find((r) => r.attendanceId === old.row.id)).toMatchObject({ overdue: true, dueOn: addDays(today, -6) });
    expect(home.find((r) => r.attendanceId === recent.row.id)).toMatchObject({ overdue: false, dueOn: addDays(today, 12) });
  });

  it("stay readable after filing; an edit keeps the earlier text, is audited, and only the department or a coordinator may make it", async () => {
    const { meetingId, row } = await meetingWithTraveller(addDays(today, -5), addDays(today, -4));
    const first = await fileTripReport(staff, { attendanceId: row.id, version: row.version, tripReport: "První znění", tripReportFiledOn: addDays(today, -1) });
    expect(first).toMatchObject({ ok: true });
    expect(await reportRow(meetingId)).toMatchObject({ reportState: "filed", tripReport: "První znění", reportRevisions: [] });

    const foreign = await fileTripReport(otherStaff, { attendanceId: row.id, version: row.version + 1, tripReport: "Cizí", tripReportFiledOn: today });
    expect(foreign).toMatchObject({ ok: false, code: "forbidden" });
    const stale = await fileTripReport(coordinator, { attendanceId: row.id, version: row.version, tripReport: "Staré", tripReportFiledOn: today });
    expect(stale).toMatchObject({ ok: false, code: "stale" });

    const edited = await fileTripReport(coordinator, { attendanceId: row.id, version: row.version + 1, tripReport: "Druhé znění", tripReportFiledOn: today });
    expect(edited).toMatchObject({ ok: true });
    const read = await reportRow(meetingId);
    expect(read).toMatchObject({ tripReport: "Druhé znění", tripReportFiledOn: today });
    expect(read.reportRevisions.map((v) => [v.tripReport, v.tripReportFiledOn, v.replacedById])).toEqual([
      ["První znění", addDays(today, -1), coordinator.id],
    ]);

    const db = await getDb();
    const events = await db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, "attendance"), eq(auditEvents.entityId, row.id)))
      .orderBy(asc(auditEvents.at));
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(["file_trip_report", "edit_trip_report"]));
    const revisions = await db.select().from(tripReportRevisions).where(eq(tripReportRevisions.attendanceId, row.id));
    expect(revisions).toHaveLength(1);
  });
});
