import { and, count, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { type Db } from "@/db/client";
import { getDb } from "@/lib/db/connection";
import {
  attendance,
  auditEvents,
  bodies,
  departments,
  engagementAssessments,
  fees,
  meetings,
  membershipPeriods,
  organisations,
  people,
  representations,
  users,
} from "@/db/schema";
import { withFreshDb } from "../helpers/fresh-db";
import { seed } from "@/lib/seed";
import { pragueToday } from "@/lib/seed/dates";
import { DEMO_USERS } from "@/lib/seed/demo-users";
import { REFERENCE_ORGANISATIONS } from "@/lib/seed/reference-data";
import { verifyPassword } from "@/lib/auth/password";

const ORG_NAMES = REFERENCE_ORGANISATIONS.map((o) => o.name);
const nameOf = (key: string) => REFERENCE_ORGANISATIONS.find((o) => o.key === key)!.name;

const TABLES = {
  organisations,
  bodies,
  membershipPeriods,
  departments,
  people,
  representations,
  fees,
  meetings,
  attendance,
  engagementAssessments,
  users,
  auditEvents,
};

async function countRows(db: Db): Promise<Record<string, number>> {
  const entries = await Promise.all(
    Object.entries(TABLES).map(async ([name, table]) => {
      const [row] = await db.select({ n: count() }).from(table);
      return [name, row!.n] as const;
    }),
  );
  return Object.fromEntries(entries);
}

async function orgId(db: Db, key: string): Promise<string> {
  const [row] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, nameOf(key)));
  return row!.id;
}

describe("seed with demo data", () => {
  it("carries the source text's facts and the demo data, and a second run changes nothing", async () => {
    const db = await getDb();
    await seed(db, { demo: true });
    const afterFirst = await countRows(db);
    await seed(db, { demo: true });
    expect(await countRows(db)).toEqual(afterFirst);

    const orgs = await db.select().from(organisations).where(inArray(organisations.name, ORG_NAMES));
    expect(orgs.map((o) => o.name).sort()).toEqual([...ORG_NAMES].sort());

    const eurocities = await orgId(db, "eurocities");
    const periods = await db
      .select({ status: membershipPeriods.status, from: membershipPeriods.validFrom, to: membershipPeriods.validTo })
      .from(membershipPeriods)
      .where(eq(membershipPeriods.organisationId, eurocities))
      .orderBy(membershipPeriods.validFrom);
    expect(periods).toEqual([
      { status: "observer", from: "1993-01-01", to: "2004-04-30" },
      { status: "full", from: "2004-05-01", to: null },
    ]);

    const unescoPeriods = await db
      .select({ status: membershipPeriods.status, to: membershipPeriods.validTo })
      .from(membershipPeriods)
      .where(eq(membershipPeriods.organisationId, await orgId(db, "unesco")));
    expect(unescoPeriods).toEqual([{ status: "via_state", to: null }]);

    const polisSeats = await db
      .select({ code: departments.code, role: representations.role })
      .from(representations)
      .innerJoin(departments, eq(departments.id, representations.departmentId))
      .where(and(eq(representations.organisationId, await orgId(db, "polis")), isNull(representations.personId)));
    expect(polisSeats).toEqual([{ code: "DOP", role: "primary_contact" }]);

    const forums = await db.select({ name: bodies.name, nameCs: bodies.nameCs }).from(bodies).where(eq(bodies.organisationId, eurocities));
    expect(forums).toHaveLength(7);
    expect(forums.map((f) => f.nameCs)).toContain("Fórum pro mezinárodní spolupráci");

    const lastYear = Number(pragueToday().slice(0, 4)) - 1;
    const levels = await db
      .select({ name: organisations.name, level: engagementAssessments.level, year: engagementAssessments.year })
      .from(engagementAssessments)
      .innerJoin(organisations, eq(organisations.id, engagementAssessments.organisationId))
      .where(inArray(organisations.name, ORG_NAMES));
    expect(Object.fromEntries(levels.map((l) => [l.name, l.level]))).toEqual({
      [nameOf("eurocities")]: "essential",
      [nameOf("polis")]: "active",
      [nameOf("ire")]: "limited",
      [nameOf("mozart")]: "limited",
      [nameOf("lhc")]: "ad_hoc",
      [nameOf("unesco")]: "not_assessed",
    });
    expect(new Set(levels.map((l) => l.year))).toEqual(new Set([lastYear]));

    const accounts = await db
      .select({ email: users.email, role: users.role, hash: users.passwordHash, dept: departments.code })
      .from(users)
      .leftJoin(departments, eq(departments.id, users.departmentId))
      .where(inArray(users.email, DEMO_USERS.map((u) => u.email)));
    expect(accounts).toHaveLength(DEMO_USERS.length);
    for (const u of DEMO_USERS) {
      const account = accounts.find((a) => a.email === u.email)!;
      expect(account.role).toBe(u.role);
      expect(account.dept).toBe(u.departmentCode);
      expect(await verifyPassword(account.hash, u.password)).toBe(true);
    }

    // What later screens rely on: an overdue fee, an upcoming meeting, a vacant forum seat.
    const today = pragueToday();
    const [overdue] = await db
      .select({ n: count() })
      .from(fees)
      .where(and(eq(fees.demo, true), eq(fees.status, "invoiced"), lt(fees.dueOn, today)));
    expect(overdue!.n).toBeGreaterThanOrEqual(1);
    const [upcoming] = await db
      .select({ n: count() })
      .from(meetings)
      .where(and(eq(meetings.demo, true), sql`${meetings.startsOn} > ${today}`));
    expect(upcoming!.n).toBeGreaterThanOrEqual(1);
    const seated = await db
      .selectDistinct({ bodyId: representations.bodyId })
      .from(representations)
      .where(and(eq(representations.organisationId, eurocities), sql`${representations.bodyId} is not null`));
    expect(seated.length).toBeLessThan(7);

    const seedEvents = await db.select().from(auditEvents).where(eq(auditEvents.entity, "seed"));
    expect(seedEvents.length).toBeGreaterThanOrEqual(1);
    expect(seedEvents.every((e) => e.actorId === null && e.action === "seed")).toBe(true);
  });
});

describe("seed without demo data", () => {
  it("creates the reference data only: no users, no demo rows", async () => {
    await withFreshDb(async (db) => {
      await seed(db, { demo: false });
      await seed(db, { demo: false });
      const n = await countRows(db);
      expect(n).toMatchObject({
        organisations: 6,
        bodies: 7,
        membershipPeriods: 7,
        departments: 1,
        representations: 1,
        engagementAssessments: 6,
        people: 0,
        fees: 0,
        meetings: 0,
        attendance: 0,
        users: 0,
        auditEvents: 1,
      });
      for (const table of [departments, people, representations, fees, meetings, attendance]) {
        const [row] = await db.select({ n: count() }).from(table).where(eq(table.demo, true));
        expect(row!.n).toBe(0);
      }
    });
  });
});
