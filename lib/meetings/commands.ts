import { eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import type { AuditInput } from "@/lib/audit";
import { attendance, meetings, people } from "@/db/schema";
import { lockForUpdate, nextVersion } from "@/lib/db/versioned";
import { DomainError, fieldError, notFoundError } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";
import { isDepartmentScoped, type Actor } from "@/lib/permissions";
import { canDepartmentWriteMeeting } from "@/lib/representation/scope";
import {
  createMeetingSchema,
  MESSAGES_CS,
  tripReportSchema,
  updateMeetingSchema,
  type AttendeeInput,
  type MeetingInput,
} from "./schemas";

type AuditFn = (event: AuditInput) => Promise<void>;

const MEETING_CONSTRAINTS = {
  meetings_body_of_organisation_fk: { field: "bodyId", message: "Vybraný orgán nepatří k této organizaci." },
  meetings_organisation_id_organisations_id_fk: { field: "organisationId", message: "Vyberte organizaci ze seznamu." },
  meetings_range_check: { field: "endsOn", message: MESSAGES_CS.endBeforeStart },
};

/**
 * Department staff write a meeting only when their department represents its organisation (or
 * body) on the day it starts. Refuses with the reason, so a direct call learns why.
 */
async function assertMayWrite(tx: Tx, actor: Actor, m: { organisationId: string; bodyId: string | null; startsOn: string }) {
  if (!isDepartmentScoped(actor.role, "meetings.write")) return;
  const allowed = await canDepartmentWriteMeeting(tx, {
    departmentId: actor.departmentId,
    organisationId: m.organisationId,
    bodyId: m.bodyId,
    date: m.startsOn,
  });
  if (!allowed) throw new DomainError("forbidden", MESSAGES_CS.notInScope);
}

function meetingValues(input: MeetingInput) {
  return {
    organisationId: input.organisationId,
    bodyId: input.bodyId,
    kind: input.kind,
    title: input.title,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    online: input.online,
    city: input.online ? null : input.city,
    country: input.online ? null : input.country,
    agendaUrl: input.agendaUrl,
    outcome: input.outcome,
  };
}

/**
 * Resolves a row's person inside the meeting's transaction: an existing, not anonymised person,
 * or a new one created here. NOTE: the new person is created in this transaction (not through
 * people.create, which is for coordinators), so staff can add a colleague while logging a
 * meeting, and a refused meeting leaves no orphan person behind. Staff's new people join their
 * own department.
 */
async function resolvePerson(
  tx: Tx,
  actor: Actor,
  audit: AuditFn,
  row: AttendeeInput,
  index: number,
): Promise<string> {
  if (row.isNew) {
    const [created] = await tx
      .insert(people)
      .values({ firstName: row.newFirstName!, lastName: row.newLastName!, departmentId: actor.departmentId })
      .returning();
    if (!created) throw new Error("insert returned nothing");
    await audit({ entity: "person", entityId: created.id, action: "create", after: created, note: "Přidána z formuláře jednání." });
    return created.id;
  }
  const [person] = await tx
    .select({ id: people.id, anonymisedAt: people.anonymisedAt })
    .from(people)
    .where(eq(people.id, row.personId!));
  if (!person) throw fieldError(`attendees.${index}.personId`, "Tato osoba v registru není; vyberte ji znovu ze seznamu.");
  if (person.anonymisedAt) throw fieldError(`attendees.${index}.personId`, "Anonymizovanou osobu nelze zapsat na jednání.");
  return person.id;
}

/** Writes the attendance rows in form order; an existing row of the same person is updated (its trip report stays). */
async function saveAttendance(tx: Tx, actor: Actor, audit: AuditFn, meetingId: string, rows: AttendeeInput[], online: boolean) {
  const existing = await tx.select().from(attendance).where(eq(attendance.meetingId, meetingId));
  const byPerson = new Map(existing.map((a) => [a.personId, a]));
  const kept = new Set<string>();
  for (const [i, row] of rows.entries()) {
    const personId = await resolvePerson(tx, actor, audit, row, i);
    if (kept.has(personId)) throw fieldError(`attendees.${i}.personId`, MESSAGES_CS.personTwice);
    kept.add(personId);
    const values = {
      role: row.role,
      mode: online ? ("online" as const) : row.mode,
      status: row.status,
      travelCostCzk: row.mode === "online" || online ? null : row.travelCostCzk,
    };
    const before = byPerson.get(personId);
    if (before) {
      const [after] = await tx
        .update(attendance)
        .set({ ...values, ...nextVersion(attendance) })
        .where(eq(attendance.id, before.id))
        .returning();
      await audit({ entity: "attendance", entityId: before.id, action: "update", before, after });
    } else {
      const [after] = await tx.insert(attendance).values({ meetingId, personId, ...values }).returning();
      if (!after) throw new Error("insert returned nothing");
      await audit({ entity: "attendance", entityId: after.id, action: "create", after });
    }
  }
  const removed = existing.filter((a) => !kept.has(a.personId));
  if (removed.length > 0) {
    await tx.delete(attendance).where(inArray(attendance.id, removed.map((a) => a.id)));
    for (const before of removed) await audit({ entity: "attendance", entityId: before.id, action: "delete", before });
  }
}

const ATTENDANCE_CONSTRAINTS = {
  attendance_travel_cost_check: { field: "attendees", message: MESSAGES_CS.negativeCost },
  attendance_online_cost_check: { field: "attendees", message: MESSAGES_CS.onlineCost },
};

/** A meeting and all its attendance rows: one transaction, all or nothing. */
export const createMeeting = defineMutation({
  name: "meetings.create",
  permission: "meetings.write",
  schema: createMeetingSchema,
  constraints: { ...MEETING_CONSTRAINTS, ...ATTENDANCE_CONSTRAINTS },
  authorize: async ({ tx, actor }, input) => {
    await assertMayWrite(tx, actor, input);
    return true;
  },
  run: async ({ tx, actor, audit }, input) => {
    const [row] = await tx
      .insert(meetings)
      .values({ ...meetingValues(input), createdById: actor.id })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    await audit({ entity: "meeting", entityId: row.id, action: "create", after: row });
    await saveAttendance(tx, actor, audit, row.id, input.attendees, input.online);
    return { id: row.id };
  },
});

export const updateMeeting = defineMutation({
  name: "meetings.update",
  permission: "meetings.write",
  schema: updateMeetingSchema,
  constraints: { ...MEETING_CONSTRAINTS, ...ATTENDANCE_CONSTRAINTS },
  authorize: async ({ tx, actor }, input) => {
    // Both the meeting as it is and as it would be must be within the department's scope.
    const [current] = await tx.select().from(meetings).where(eq(meetings.id, input.id));
    if (!current) throw notFoundError();
    await assertMayWrite(tx, actor, current);
    await assertMayWrite(tx, actor, input);
    return true;
  },
  run: async ({ tx, actor, audit }, input) => {
    const before = await lockForUpdate(tx, meetings, input.id, input.version);
    const [after] = await tx
      .update(meetings)
      .set({ ...meetingValues(input), ...nextVersion(meetings) })
      .where(eq(meetings.id, input.id))
      .returning();
    await audit({ entity: "meeting", entityId: input.id, action: "update", before, after });
    await saveAttendance(tx, actor, audit, input.id, input.attendees, input.online);
    return { id: input.id };
  },
});

/** Files the report of a foreign work trip on one attendance row. */
export const fileTripReport = defineMutation({
  name: "meetings.fileTripReport",
  permission: "meetings.write",
  schema: tripReportSchema,
  authorize: async ({ tx, actor }, input) => {
    const [row] = await tx
      .select({ organisationId: meetings.organisationId, bodyId: meetings.bodyId, startsOn: meetings.startsOn })
      .from(attendance)
      .innerJoin(meetings, eq(meetings.id, attendance.meetingId))
      .where(eq(attendance.id, input.attendanceId));
    if (!row) throw notFoundError();
    await assertMayWrite(tx, actor, row);
    return true;
  },
  run: async ({ tx, audit }, input) => {
    const before = await lockForUpdate(tx, attendance, input.attendanceId, input.version);
    const [after] = await tx
      .update(attendance)
      .set({ tripReport: input.tripReport, tripReportFiledOn: input.tripReportFiledOn, ...nextVersion(attendance) })
      .where(eq(attendance.id, input.attendanceId))
      .returning();
    await audit({ entity: "attendance", entityId: input.attendanceId, action: "file_trip_report", before, after });
    return { id: input.attendanceId, meetingId: before.meetingId };
  },
});
