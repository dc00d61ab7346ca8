import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { attendance, auditEvents, meetings, membershipPeriods, people } from "@/db/schema";
import { addDays, todayInPrague } from "@/lib/dates";
import { listOpenItems, listTripReportsDue } from "@/lib/home/queries";
import { REMINDER_KINDS } from "@/lib/reminders/kinds";
import { openItems } from "@/lib/reminders/open-items";
import { addPeriod, createOrganisation, endMembership } from "@/lib/organisations/commands";
import { NO_OPEN_PERIOD, previewEndMembership } from "@/lib/organisations/end-membership";
import { anonymiseReviewSchema, previewAnonymise } from "@/lib/people/anonymise";
import { anonymisePerson } from "@/lib/people/commands";
import { makeActor, makeDepartment, makeOrganisation, makePerson, makeRepresentation, unique } from "../helpers/factories";

/**
 * Check your answers: the summary page reads what the change would do (nothing written), and the
 * confirm button posts the same answers to the unchanged mutation, which checks them again.
 */
describe("check your answers before ending a membership", () => {
  it("previews without writing, refuses what the mutation refuses, and the same answers then end it", async () => {
    const coordinator = await makeActor("coordinator");
    const created = await createOrganisation(coordinator, { name: unique("Síť ke kontrole"), kind: "city_network", scope: "european" });
    if (!created.ok) throw new Error(created.message);
    const organisationId = created.data.id;
    expect((await addPeriod(coordinator, { organisationId, status: "full", validFrom: "2020-01-01" })).ok).toBe(true);
    const person = await makePerson();
    await makeRepresentation({ organisationId, personId: person.id, role: "primary_contact", validFrom: "2020-01-01" });

    const db = await getDb();
    const eventsBefore = (await db.select().from(auditEvents).where(eq(auditEvents.actorId, coordinator.id))).length;

    const early = await previewEndMembership(coordinator, { organisationId, endOn: "2019-12-31" });
    expect(early.problem).toBe("Datum ukončení nesmí předcházet začátku období (1. 1. 2020).");
    const refused = await endMembership(coordinator, { organisationId, endOn: "2019-12-31", endDecision: "Usnesení 1/2026" });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { endOn: [early.problem] } });

    const preview = await previewEndMembership(coordinator, { organisationId, endOn: "2025-12-31" });
    expect(preview.problem).toBeNull();
    expect(preview.open).toMatchObject({ status: "full", validFrom: "2020-01-01", validTo: null });
    expect(preview.openSeats).toBe(1);
    // Reading the preview wrote nothing: the period is open, no event was added.
    const [still] = await db.select().from(membershipPeriods).where(eq(membershipPeriods.organisationId, organisationId));
    expect(still!.validTo).toBeNull();
    expect((await db.select().from(auditEvents).where(eq(auditEvents.actorId, coordinator.id))).length).toBe(eventsBefore);

    // The confirm step posts the checked answers (strings, as the summary carries them).
    const answers = { organisationId, endOn: "2025-12-31", endDecision: "Usnesení RHMP 2/2026", endDecisionDate: "", note: "" };
    const ended = await endMembership(coordinator, answers);
    expect(ended.ok).toBe(true);
    const [after] = await db.select().from(membershipPeriods).where(eq(membershipPeriods.organisationId, organisationId));
    expect(after).toMatchObject({ validTo: "2025-12-31", endDecision: "Usnesení RHMP 2/2026" });

    // A second confirm (a resent summary) finds nothing open, as the preview then says too.
    expect(await endMembership(coordinator, answers)).toMatchObject({ ok: false, fieldErrors: { endOn: [NO_OPEN_PERIOD] } });
    expect((await previewEndMembership(coordinator, { organisationId, endOn: "2026-01-31" })).problem).toBe(NO_OPEN_PERIOD);

    // Only editors may even preview.
    const auditor = await makeActor("auditor");
    await expect(previewEndMembership(auditor, { organisationId, endOn: "2025-12-31" })).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("check your answers before anonymising", () => {
  it("counts what stays, needs the reason first and the confirmation last", async () => {
    const coordinator = await makeActor("coordinator");
    const organisation = await makeOrganisation();
    const person = await makePerson({ email: `${unique("osoba")}@praha.example`, phone: "+420 111 222 333" });
    await makeRepresentation({ organisationId: organisation.id, personId: person.id, role: "primary_contact", validFrom: "2021-01-01", validTo: "2022-12-31" });

    expect(await previewAnonymise(coordinator, { id: person.id })).toEqual({ seats: 1, attendances: 0, sealedHistory: false });
    // Step one takes the reason without the confirmation; without a reason it is refused.
    expect(anonymiseReviewSchema.safeParse({ id: person.id, version: String(person.version), reason: "Žádost 7/2026" }).success).toBe(true);
    expect(anonymiseReviewSchema.safeParse({ id: person.id, version: String(person.version), reason: "" }).success).toBe(false);

    const answers = { id: person.id, version: String(person.version), reason: "Žádost 7/2026" };
    const unconfirmed = await anonymisePerson(coordinator, answers);
    expect(unconfirmed).toMatchObject({ ok: false, fieldErrors: { confirm: ["Potvrďte, že chcete osobní údaje nevratně odstranit."] } });
    const done = await anonymisePerson(coordinator, { ...answers, confirm: "on" });
    expect(done.ok).toBe(true);
    const db = await getDb();
    const [row] = await db.select().from(people).where(eq(people.id, person.id));
    expect(row).toMatchObject({ email: null, phone: null, lastName: "osoba" });
    expect(await previewAnonymise(coordinator, { id: person.id })).toEqual({ seats: 1, attendances: 0, sealedHistory: false });
  });
});

describe("home page lists", () => {
  async function meetingAbroad(organisationId: string, endsOn: string, personId: string, report: string | null = null) {
    const db = await getDb();
    const [m] = await db
      .insert(meetings)
      .values({ organisationId, kind: "conference", title: unique("Konference"), startsOn: endsOn, endsOn, city: "Brusel", country: "BE" })
      .returning();
    await db.insert(attendance).values({ meetingId: m!.id, personId, mode: "in_person", status: "registered", tripReport: report, tripReportFiledOn: report ? endsOn : null });
    return m!;
  }

  it("trip reports owed: ended meetings only, deadline 14 days after, overdue from the deadline day, staff see their department", async () => {
    const today = todayInPrague();
    const department = await makeDepartment();
    const staff = await makeActor("staff", department.id);
    const otherStaff = await makeActor("staff");
    const organisation = await makeOrganisation();
    const traveller = await makePerson({ departmentId: department.id });

    const future = await meetingAbroad(organisation.id, addDays(today, 3), traveller.id);
    const endedToday = await meetingAbroad(organisation.id, today, traveller.id);
    const due = await meetingAbroad(organisation.id, addDays(today, -13), traveller.id);
    const deadlineToday = await meetingAbroad(organisation.id, addDays(today, -14), traveller.id);
    const filed = await meetingAbroad(organisation.id, addDays(today, -20), traveller.id, "Zpráva odevzdána.");

    const mine = await listTripReportsDue(staff, { today, limit: 100 });
    const ids = mine.rows.map((r) => r.meetingId);
    expect(ids).toEqual([deadlineToday.id, due.id]);
    expect(ids).not.toContain(future.id);
    expect(ids).not.toContain(endedToday.id);
    expect(ids).not.toContain(filed.id);
    expect(mine.rows[0]).toMatchObject({ dueOn: today, overdue: true });
    expect(mine.rows[1]).toMatchObject({ dueOn: addDays(today, 1), overdue: false });
    expect(mine).toMatchObject({ total: 2, overdue: 1 });

    // Capped: one shown, both counted.
    const capped = await listTripReportsDue(staff, { today, limit: 1 });
    expect(capped.rows).toHaveLength(1);
    expect(capped.total).toBe(2);

    // Another department's staff see none of these; managers may not ask at all.
    expect((await listTripReportsDue(otherStaff, { today, limit: 100 })).rows.map((r) => r.meetingId)).not.toContain(due.id);
    const manager = await makeActor("manager");
    await expect(listTripReportsDue(manager, { today })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("the year's missing assessments are the reminders' open items, an organisation once", async () => {
    const coordinator = await makeActor("coordinator");
    const manager = await makeActor("manager");
    const created = await createOrganisation(coordinator, { name: unique("Síť bez hodnocení"), kind: "city_network", scope: "european" });
    if (!created.ok) throw new Error(created.message);
    expect((await addPeriod(coordinator, { organisationId: created.data.id, status: "full", validFrom: "2020-01-01" })).ok).toBe(true);

    const { byKind } = await listOpenItems(manager, { kinds: ["assessment_missing"] });
    const missing = byKind.get("assessment_missing") ?? [];
    expect(missing.filter((i) => i.recordId === created.data.id)).toHaveLength(1);
    expect(byKind.has("fee_due")).toBe(false);
  });

  it("a home list queries only its own kinds, and finds exactly what the reminders' full query finds of them", async () => {
    const db = await getDb();
    const today = todayInPrague();
    const all = await openItems(db, today);
    for (const kind of REMINDER_KINDS) {
      const only = await openItems(db, today, "cs", [kind]);
      expect(only.every((i) => i.kind === kind), kind).toBe(true);
      expect(only, kind).toEqual(all.filter((i) => i.kind === kind));
    }
  });
});
