import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { seedScale } from "@/lib/seed/scale";
import { getDashboard } from "@/lib/dashboard/queries";
import { makeActor } from "../helpers/factories";

describe("the scale seed", () => {
  it("creates exactly the sizes asked for, set-based, and the dashboard reads them", async () => {
    const db = await getDb();
    const tag = `T${Date.now().toString(36)}`;
    const today = "2026-06-30";
    const counts = await seedScale(db, { organisations: 12, people: 500, meetings: 300, attendance: 2_900, fees: 100 }, { tag, today });
    expect(counts).toEqual({ organisations: 12, people: 500, meetings: 300, attendance: 2_900, fees: 100 });

    const dashboard = await getDashboard(await makeActor("manager"), { year: 2026, today });
    const mine = dashboard.rows.filter((r) => r.name.includes(tag));
    // Twelve memberships, none of them the one in twenty that ended before the year.
    expect(mine).toHaveLength(12);
    expect(mine.some((r) => r.attended > 0 && r.attendanceRate !== null && r.costPerAttended !== null)).toBe(true);
    expect(mine.every((r) => r.trend.length === 4)).toBe(true);
  });
});
