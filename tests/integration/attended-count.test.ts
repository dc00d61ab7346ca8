import { and, eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { attendance, meetings } from "@/db/schema";
import { meeting, membership, person } from "../helpers/dashboard-fixtures";

/**
 * meetings.attended_count is kept by triggers on attendance (drizzle/0008): whatever statement
 * writes attendance, the count equals the attended rows, meeting by meeting.
 */
let ids: { m1: string; m2: string; people: string[] };

async function counts() {
  const db = await getDb();
  const rows = await db
    .select({ id: meetings.id, kept: meetings.attendedCount, actual: sql<number>`(select count(*)::int from attendance a where a.meeting_id = meetings.id and a.status = 'attended')` })
    .from(meetings)
    .where(inArray(meetings.id, [ids.m1, ids.m2]));
  const of = (id: string) => rows.find((r) => r.id === id)!;
  return { m1: of(ids.m1), m2: of(ids.m2) };
}

beforeAll(async () => {
  const org = await membership({});
  const [m1, m2] = [await meeting(org.id, "2026-03-01"), await meeting(org.id, "2026-03-02")];
  const people = await Promise.all(Array.from({ length: 4 }, () => person()));
  ids = { m1: m1.id, m2: m2.id, people: people.map((p) => p.id) };
});

describe("a meeting's count of attendances", () => {
  it("follows inserts, status changes, moves between meetings and deletes", async () => {
    const db = await getDb();
    // One statement, several rows and statuses.
    await db.insert(attendance).values([
      { meetingId: ids.m1, personId: ids.people[0]!, status: "attended" },
      { meetingId: ids.m1, personId: ids.people[1]!, status: "attended" },
      { meetingId: ids.m1, personId: ids.people[2]!, status: "registered" },
      { meetingId: ids.m2, personId: ids.people[3]!, status: "excused" },
    ]);
    expect(await counts()).toMatchObject({ m1: { kept: 2, actual: 2 }, m2: { kept: 0, actual: 0 } });

    await db.update(attendance).set({ status: "attended" }).where(eq(attendance.meetingId, ids.m1));
    expect((await counts()).m1).toMatchObject({ kept: 3, actual: 3 });

    await db
      .update(attendance)
      .set({ status: "excused" })
      .where(and(eq(attendance.meetingId, ids.m1), eq(attendance.personId, ids.people[0]!)));
    expect((await counts()).m1).toMatchObject({ kept: 2, actual: 2 });

    // Moved to the other meeting, attended there.
    await db
      .update(attendance)
      .set({ meetingId: ids.m2 })
      .where(and(eq(attendance.meetingId, ids.m1), eq(attendance.personId, ids.people[1]!)));
    expect(await counts()).toMatchObject({ m1: { kept: 1, actual: 1 }, m2: { kept: 1, actual: 1 } });

    await db.delete(attendance).where(inArray(attendance.meetingId, [ids.m1, ids.m2]));
    expect(await counts()).toMatchObject({ m1: { kept: 0, actual: 0 }, m2: { kept: 0, actual: 0 } });
  });

  it("is never negative", async () => {
    const db = await getDb();
    await expect(db.update(meetings).set({ attendedCount: -1 }).where(eq(meetings.id, ids.m1))).rejects.toThrow();
  });
});
