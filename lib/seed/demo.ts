import { inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { attendance, departments, fees, meetings, people, representations } from "@/db/schema";
import { addDays, onWeekday } from "./dates";
import {
  DEMO_ATTENDANCE,
  DEMO_DEPARTMENTS,
  DEMO_MEETINGS,
  DEMO_NOTE,
  DEMO_PEOPLE,
  demoFees,
  demoRepresentations,
  tripReportText,
  type DemoRepresentation,
  type PersonKey,
} from "./demo-data";
import { seedSampleRates } from "./rates";
import { addCount, departmentIds, type Counts, type ReferenceIds } from "./reference";

/**
 * Inserts the demo rows that are missing, by natural key: department code, person e-mail,
 * representation (organisation, body, holder, role), fee (organisation, year), meeting
 * (organisation, title), attendance (meeting, person). Each table is read once and written once.
 */
export async function seedDemo(tx: Tx, counts: Counts, ref: ReferenceIds, today: string): Promise<void> {
  const insertedDepartments = await tx
    .insert(departments)
    .values(DEMO_DEPARTMENTS.map((d) => ({ ...d, demo: true })))
    .onConflictDoNothing()
    .returning({ id: departments.id });
  addCount(counts, "departments", insertedDepartments.length);
  const department = await departmentIds(tx);

  const person = await seedPeople(tx, counts, department, today);
  await seedRepresentations(tx, counts, ref, person, today);
  await seedFees(tx, counts, ref, today);
  const meeting = await seedMeetings(tx, counts, ref, today);
  await seedAttendance(tx, counts, meeting, person, today);
  await seedSampleRates(tx, counts);
}

async function seedPeople(
  tx: Tx,
  counts: Counts,
  department: Map<string, string>,
  today: string,
): Promise<Record<PersonKey, string>> {
  const emails = DEMO_PEOPLE.map((p) => p.email);
  const existing = await tx
    .select({ id: people.id, email: people.email })
    .from(people)
    .where(inArray(sql`lower(${people.email})`, emails));
  const idByEmail = new Map(existing.map((p) => [p.email!.toLowerCase(), p.id]));
  const missing = DEMO_PEOPLE.filter((p) => !idByEmail.has(p.email));
  if (missing.length > 0) {
    const inserted = await tx
      .insert(people)
      .values(
        missing.map((p) => ({
          title: p.title,
          firstName: p.firstName,
          lastName: p.lastName,
          email: p.email,
          phone: p.phone,
          departmentId: p.departmentCode ? department.get(p.departmentCode)! : null,
          leftOn: p.leftOnOffsetDays === undefined ? null : addDays(today, p.leftOnOffsetDays),
          demo: true,
        })),
      )
      .returning({ id: people.id, email: people.email });
    for (const p of inserted) idByEmail.set(p.email!, p.id);
    addCount(counts, "people", inserted.length);
  }
  return Object.fromEntries(DEMO_PEOPLE.map((p) => [p.key, idByEmail.get(p.email)!])) as Record<PersonKey, string>;
}

const repKey = (orgId: string, bodyId: string | null, personId: string | null, role: string) =>
  `${orgId}|${bodyId ?? ""}|${personId ?? ""}|${role}`;

async function seedRepresentations(
  tx: Tx,
  counts: Counts,
  ref: ReferenceIds,
  person: Record<PersonKey, string>,
  today: string,
): Promise<void> {
  const existing = await tx
    .select({
      id: representations.id,
      organisationId: representations.organisationId,
      bodyId: representations.bodyId,
      personId: representations.personId,
      role: representations.role,
    })
    .from(representations)
    .where(inArray(representations.organisationId, Object.values(ref.org)));
  const idByKey = new Map(existing.map((r) => [repKey(r.organisationId, r.bodyId, r.personId, r.role), r.id]));

  const keyOf = (r: { org: DemoRepresentation["org"]; body: string | null; person: PersonKey; role: string }) =>
    repKey(ref.org[r.org], r.body ? ref.body.get(r.body)! : null, person[r.person], r.role);
  const toRow = (r: DemoRepresentation, deputyForId: string | null) => ({
    organisationId: ref.org[r.org],
    bodyId: r.body ? ref.body.get(r.body)! : null,
    personId: person[r.person],
    role: r.role,
    deputyForId,
    validFrom: r.validFrom,
    validTo: r.validTo,
    mandateSource: r.mandateSource,
    note: DEMO_NOTE,
    demo: true,
  });

  const wanted = demoRepresentations(today).filter((r) => !idByKey.has(keyOf(r)));
  // Seats first, then the deputies that point at them.
  const seats = wanted.filter((r) => !r.deputyFor);
  if (seats.length > 0) {
    const inserted = await tx
      .insert(representations)
      .values(seats.map((r) => toRow(r, null)))
      .returning({
        id: representations.id,
        organisationId: representations.organisationId,
        bodyId: representations.bodyId,
        personId: representations.personId,
        role: representations.role,
      });
    for (const r of inserted) idByKey.set(repKey(r.organisationId, r.bodyId, r.personId, r.role), r.id);
    addCount(counts, "representations", inserted.length);
  }
  const deputies = wanted
    .filter((r) => r.deputyFor)
    .map((r) => {
      const target =
        r.deputyFor === "polis-dop"
          ? ref.polisRepresentationId
          : idByKey.get(keyOf({ org: r.org, body: null, person: r.deputyFor!.person, role: r.deputyFor!.role }))!;
      return toRow(r, target);
    });
  if (deputies.length > 0) {
    await tx.insert(representations).values(deputies);
    addCount(counts, "representations", deputies.length);
  }
}

async function seedFees(tx: Tx, counts: Counts, ref: ReferenceIds, today: string): Promise<void> {
  const existing = await tx
    .select({ organisationId: fees.organisationId, year: fees.year })
    .from(fees)
    .where(inArray(fees.organisationId, Object.values(ref.org)));
  // Any fee of that organisation and year, demo or not: a year is never billed twice.
  const have = new Set(existing.map((f) => `${f.organisationId}|${f.year}`));
  const rows = demoFees(today)
    .map(({ org, ...f }) => ({ ...f, organisationId: ref.org[org], demo: true }))
    .filter((f) => !have.has(`${f.organisationId}|${f.year}`));
  if (rows.length > 0) {
    await tx.insert(fees).values(rows);
    addCount(counts, "fees", rows.length);
  }
}

type MeetingRef = { id: string; endsOn: string };

async function seedMeetings(tx: Tx, counts: Counts, ref: ReferenceIds, today: string): Promise<Map<string, MeetingRef>> {
  const titles = DEMO_MEETINGS.map((m) => m.title);
  const select = () =>
    tx
      .select({ id: meetings.id, organisationId: meetings.organisationId, title: meetings.title, endsOn: meetings.endsOn })
      .from(meetings)
      .where(inArray(meetings.title, titles));
  const meetingKey = (orgId: string, title: string) => `${orgId}|${title}`;
  const existing = new Set((await select()).map((m) => meetingKey(m.organisationId, m.title)));

  const rows = DEMO_MEETINGS.filter((m) => !existing.has(meetingKey(ref.org[m.org], m.title))).map((m) => {
    const startsOn = onWeekday(addDays(today, m.startOffset));
    return {
      organisationId: ref.org[m.org],
      bodyId: m.body ? ref.body.get(m.body)! : null,
      kind: m.kind,
      title: m.title,
      startsOn,
      endsOn: addDays(startsOn, m.days - 1),
      online: m.city === null,
      city: m.city,
      country: m.country,
      agendaUrl: m.agendaUrl,
      outcome: m.outcome,
      demo: true,
    };
  });
  if (rows.length > 0) {
    await tx.insert(meetings).values(rows);
    addCount(counts, "meetings", rows.length);
  }

  const byTitle = new Map<string, MeetingRef>();
  const orgOfTitle = new Map(DEMO_MEETINGS.map((m) => [m.title, ref.org[m.org]]));
  for (const m of await select()) {
    if (orgOfTitle.get(m.title) === m.organisationId) byTitle.set(m.title, { id: m.id, endsOn: m.endsOn });
  }
  return byTitle;
}

async function seedAttendance(
  tx: Tx,
  counts: Counts,
  meeting: Map<string, MeetingRef>,
  person: Record<PersonKey, string>,
  today: string,
): Promise<void> {
  const rows = DEMO_ATTENDANCE.flatMap((a) => {
    const m = meeting.get(a.meeting);
    if (!m) return [];
    const filedOn = a.reportAfterDays === undefined ? null : minDate(addDays(m.endsOn, a.reportAfterDays), today);
    return [
      {
        meetingId: m.id,
        personId: person[a.person],
        role: a.role,
        mode: a.mode,
        status: a.status,
        travelCostCzk: a.travelCostCzk,
        tripReport: filedOn ? tripReportText(a.meeting) : null,
        tripReportFiledOn: filedOn,
        demo: true,
      },
    ];
  });
  if (rows.length === 0) return;
  const inserted = await tx
    .insert(attendance)
    .values(rows)
    .onConflictDoNothing({ target: [attendance.meetingId, attendance.personId] })
    .returning({ id: attendance.id });
  addCount(counts, "attendance", inserted.length);
}

const minDate = (a: string, b: string) => (a < b ? a : b);
