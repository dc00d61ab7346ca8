import { beforeAll, describe, expect, it } from "vitest";
import { dataVersion, memoisedDashboard } from "@/lib/dashboard/cached";
import { getDashboard, loadDashboard, withdrawalDeadlines } from "@/lib/dashboard/queries";
import { getDb } from "@/lib/db/connection";
import type { Actor } from "@/lib/permissions";
import { makeActor } from "../helpers/factories";
import { assessed, attend, body, fee, meeting, membership, person, seat } from "../helpers/dashboard-fixtures";

/**
 * The dashboard's figures against hand-computed ones. "Today" is 2 July 2026, so the current
 * year's window runs 1 January – 2 July and the 90-day horizon ends on 30 September.
 */
const TODAY = "2026-07-02";
let manager: Actor;
const ids: Record<string, string> = {};

beforeAll(async () => {
  manager = await makeActor("manager");

  // A: three meetings held (one more to come, one last year), two attended.
  const a = await membership({});
  ids.a = a.id;
  const p1 = await person();
  const p2 = await person();
  const m1 = await meeting(a.id, "2026-02-10");
  await attend(m1.id, p1.id, "attended", "10000.50");
  await attend(m1.id, p2.id, "attended", null, "online");
  const m2 = await meeting(a.id, "2026-03-05");
  await attend(m2.id, p1.id, "excused", "1200.00");
  const m3 = await meeting(a.id, "2026-05-20");
  await attend(m3.id, p2.id, "attended");
  const later = await meeting(a.id, "2026-08-01");
  await attend(later.id, p1.id, "registered", "5000.00");
  const lastYear = await meeting(a.id, "2025-12-31");
  await attend(lastYear.id, p1.id, "attended", "999.00");
  await fee(a.id, 2026, "paid", "25000.25");
  await fee(a.id, 2026, "planned", "30000.00");
  await fee(a.id, 2026, "waived", null);
  await fee(a.id, 2025, "paid", "1.00");
  // Seats: the organisation itself and one forum; one active forum empty, one inactive.
  await seat(a.id, p1.id);
  const forum = await body(a.id);
  await seat(a.id, p2.id, forum.id);
  await body(a.id);
  await body(a.id, false);
  await assessed(a.id, 2025, "limited");
  await assessed(a.id, 2026, "ad_hoc");

  // B: a member nobody attended for a year; limited once only.
  const b = await membership({});
  ids.b = b.id;
  const mb = await meeting(b.id, "2026-01-15");
  await attend(mb.id, p1.id, "registered");
  await assessed(b.id, 2025, "limited");
  await fee(b.id, 2026, "planned", null);

  // C: held via the state: not the city's to attend, so never a candidate for that.
  ids.c = (await membership({ status: "via_state" })).id;

  // D: limited two years running, but every fee waived.
  const d = await membership({});
  ids.d = d.id;
  await assessed(d.id, 2025, "limited");
  await assessed(d.id, 2026, "limited");
  await fee(d.id, 2026, "waived", null);
  const md = await meeting(d.id, "2026-04-01");
  await attend(md.id, p1.id, "attended");

  // E: ended before the year: not in the year's portfolio.
  ids.e = (await membership({ from: "2010-01-01", to: "2019-12-31" })).id;

  // F and G: the 12-month window's edge (it excludes the day a year before today).
  const f = await membership({});
  ids.f = f.id;
  await attend((await meeting(f.id, "2025-07-03")).id, p1.id, "attended");
  const g = await membership({});
  ids.g = g.id;
  await attend((await meeting(g.id, "2025-07-02")).id, p1.id, "attended");
});

const rowOf = (d: Awaited<ReturnType<typeof getDashboard>>, key: string) => d.rows.find((r) => r.id === ids[key]);

describe("portfolio figures", () => {
  it("equal the hand-computed ones", async () => {
    const dashboard = await getDashboard(manager, { year: 2026, today: TODAY });
    const a = rowOf(dashboard, "a");
    expect(a).toMatchObject({
      status: "full",
      held: 3,
      attended: 2,
      attendanceRate: 67,
      people: 2,
      feesPaid: "25000.25",
      // The planned 30 000 CZK fee is not paid yet: it counts as the estimate.
      feesEstimated: "30000.00",
      feesTotal: "55000.25",
      travel: "11200.50",
      // (25 000.25 + 30 000.00 + 11 200.50) / 2 = 33 100.375, rounded half away from zero.
      costPerAttended: "33100.38",
      totalCost: "66200.75",
      seats: 2,
      vacancies: 1,
      level: "ad_hoc",
      assessmentYear: 2026,
      recommendation: "review",
      direction: "down",
      weakTwoYears: true,
      noRecentAttendance: false,
    });
    expect(a?.trend).toEqual([
      { year: 2025, level: "limited" },
      { year: 2026, level: "ad_hoc" },
    ]);

    const b = rowOf(dashboard, "b");
    expect(b).toMatchObject({
      held: 1,
      attended: 0,
      attendanceRate: 0,
      costPerAttended: null,
      feesPaid: "0",
      // The planned fee of the fixture: 1 000 CZK, not paid yet.
      feesEstimated: "1000.00",
      // No representative at all: the organisation's own seat is the vacancy.
      seats: 0,
      vacancies: 1,
      level: "limited",
      assessmentYear: 2025,
      direction: null,
      weakTwoYears: false,
      noRecentAttendance: true,
    });
    expect(rowOf(dashboard, "c")).toMatchObject({ status: "via_state", held: 0, attendanceRate: null, noRecentAttendance: false });
    expect(rowOf(dashboard, "d")).toMatchObject({ weakTwoYears: false, direction: "same" });
    expect(rowOf(dashboard, "e")).toBeUndefined();
    expect(rowOf(dashboard, "f")?.noRecentAttendance).toBe(false);
    expect(rowOf(dashboard, "g")?.noRecentAttendance).toBe(true);
  });

  it("lists the review candidates with their reasons", async () => {
    const dashboard = await getDashboard(manager, { year: 2026, today: TODAY });
    const mine = new Set(Object.values(ids));
    const candidates = dashboard.candidates.filter((c) => mine.has(c.id)).map((c) => [c.id, c.reasons]);
    expect(candidates.sort()).toEqual(
      [
        [ids.a, ["weakTwoYears"]],
        [ids.b, ["noRecentAttendance"]],
        [ids.g, ["noRecentAttendance"]],
      ].sort(),
    );
  });

  it("counts a past year whole and reads status at its end", async () => {
    const dashboard = await getDashboard(manager, { year: 2025, today: TODAY });
    expect(rowOf(dashboard, "a")).toMatchObject({
      held: 1,
      attended: 1,
      attendanceRate: 100,
      travel: "999.00",
      feesPaid: "1.00",
      costPerAttended: "1000.00",
      level: "limited",
      direction: null,
    });
  });

  it("is readable by every role", async () => {
    for (const role of ["admin", "coordinator", "staff", "manager", "auditor"] as const) {
      const actor = await makeActor(role);
      await expect(getDashboard(actor, { year: 2026, today: TODAY })).resolves.toHaveProperty("rows");
    }
    await expect(getDashboard(null, { year: 2026 })).rejects.toThrow();
  });
});

describe("withdrawal deadlines", () => {
  let three: string, two: string, six: string, zero: string, viaState: string;
  beforeAll(async () => {
    three = (await membership({ noticePeriodMonths: 3 })).id;
    two = (await membership({ noticePeriodMonths: 2 })).id;
    six = (await membership({ noticePeriodMonths: 6 })).id;
    zero = (await membership({ noticePeriodMonths: 0 })).id;
    viaState = (await membership({ noticePeriodMonths: 3, status: "via_state" })).id;
  });

  const listed = async (today: string) => {
    const db = await getDb();
    const mine = new Set([three, two, six, zero, viaState]);
    return (await withdrawalDeadlines(db, today))
      .filter((d) => mine.has(d.id))
      .map((d) => [d.id, d.noticeBy, d.daysLeft, d.exitOn]);
  };

  it("lists a last day to deliver notice exactly 120 days away, not 121", async () => {
    // 3 months before the end of 2026 → notice by 30 September 2026; 6 months → by 30 June.
    expect(await listed("2026-06-02")).toEqual([
      [six, "2026-06-30", 28, "2026-12-31"],
      [three, "2026-09-30", 120, "2026-12-31"],
    ]);
    expect(await listed("2026-06-01")).toEqual([[six, "2026-06-30", 29, "2026-12-31"]]);
  });

  it("rolls a passed deadline over to the next year", async () => {
    // On 1 October the 3-month date has passed: the next is 30 September 2027, too far.
    // 2 months → 31 October, 0 months → 31 December; 6 months → 30 June 2027.
    expect(await listed("2026-10-01")).toEqual([
      [two, "2026-10-31", 30, "2026-12-31"],
      [zero, "2026-12-31", 91, "2026-12-31"],
    ]);
    expect(await listed("2027-03-02")).toEqual([[six, "2027-06-30", 120, "2027-12-31"]]);
    expect(await listed("2027-03-01")).toEqual([]);
    expect(await listed("2026-12-31")).toEqual([[zero, "2026-12-31", 0, "2026-12-31"]]);
  });

  it("names the council's last day before the notice day, a weekday", async () => {
    const db = await getDb();
    const [d] = (await withdrawalDeadlines(db, "2026-06-02", 30)).filter((x) => x.id === six);
    // 30 June 2026 − 30 days = 31 May, a Sunday → Friday 29 May.
    expect(d).toMatchObject({ noticeBy: "2026-06-30", councilBy: "2026-05-29", kind: "calendar_year_end", months: 6 });
  });
});

describe("the page's memo of the figures", () => {
  /**
   * Runs `body` until no transaction committed in the cluster meanwhile (autovacuum or another
   * database's client may write at any moment), so "nothing was written" really holds.
   */
  async function whileNothingCommits<T>(body: () => Promise<T>): Promise<T> {
    const db = await getDb();
    for (let attempt = 0; attempt < 5; attempt++) {
      const before = await dataVersion(db);
      const result = await body();
      if ((await dataVersion(db)) === before) return result;
    }
    throw new Error("the database never stood still for the length of the check");
  }

  it("is reused while nothing is written, and recomputed once as soon as anything commits", async () => {
    const db = await getDb();
    const h = await membership({});
    const [first, again] = await whileNothingCommits(async () => [
      await memoisedDashboard(db, 2026, TODAY),
      await memoisedDashboard(db, 2026, TODAY),
    ]);
    expect(again).toBe(first);
    expect(rowOf(first, "a")?.attended).toBe(2);
    expect(first.rows.find((r) => r.id === h.id)).toMatchObject({ held: 0, attended: 0 });

    // Written straight into the database, past this process, as another app instance would.
    await attend((await meeting(h.id, "2026-06-01")).id, (await person()).id, "attended");

    const [x, y] = await whileNothingCommits(() =>
      Promise.all([memoisedDashboard(db, 2026, TODAY), memoisedDashboard(db, 2026, TODAY)]),
    );
    expect(y).toBe(x);
    expect(x).not.toBe(first);
    expect(x.rows.find((r) => r.id === h.id)).toMatchObject({ held: 1, attended: 1, attendanceRate: 100 });
  });
});

describe("the dashboard's reads", () => {
  /** The real database, with every statement counted on its way through. */
  async function countingDb() {
    const db = await getDb();
    let statements = 0;
    const counted = new Proxy(db, {
      get(target, prop, receiver) {
        if (prop !== "execute") return Reflect.get(target, prop, receiver);
        return (...args: Parameters<typeof db.execute>) => {
          statements++;
          return target.execute(...args);
        };
      },
    });
    return { db: counted, statements: () => statements };
  }

  it("are the same five statements however many memberships and meetings there are", async () => {
    const small = await countingDb();
    const before = await loadDashboard(small.db, { year: 2026, today: TODAY });
    for (let i = 0; i < 5; i++) {
      const org = await membership({});
      await attend((await meeting(org.id, "2026-03-01")).id, (await person()).id, "attended");
      await fee(org.id, 2026, "paid", "100.00");
    }
    const large = await countingDb();
    const after = await loadDashboard(large.db, { year: 2026, today: TODAY });
    expect(after.rows.length).toBeGreaterThanOrEqual(before.rows.length + 5);
    expect(small.statements()).toBe(5);
    expect(large.statements()).toBe(5);
  });
});
