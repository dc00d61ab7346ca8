import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feeStatusOnSql, type FeeStatus } from "@/lib/fees/status";

// The rule is SQL, so it is tested as SQL: the very expression lists and exports run, evaluated
// by an in-memory Postgres (PGlite) on literal values instead of a fees row.
let pg: PGlite;
let db: ReturnType<typeof drizzle>;
// Starting the embedded database takes seconds on a busy machine: in the hook, not in a test.
beforeAll(async () => {
  pg = await PGlite.create();
  db = drizzle(pg);
}, 120_000);
afterAll(() => pg.close());

async function statusOn(status: FeeStatus, dueOn: string | null, today: string) {
  const rule = feeStatusOnSql(today, sql`${status}`, sql`${dueOn}::date`);
  const { rows } = await db.execute<{ s: string }>(sql`select ${rule} as s`);
  return rows[0]!.s;
}

describe("a fee's status on a day", () => {
  it("is overdue once the due date has passed while still planned or invoiced", async () => {
    expect(await statusOn("invoiced", "2026-11-28", "2026-11-29")).toBe("overdue");
    expect(await statusOn("planned", "2026-11-28", "2026-11-29")).toBe("overdue");
  });

  it("is not overdue on the due date itself, nor without one", async () => {
    expect(await statusOn("planned", "2026-11-29", "2026-11-29")).toBe("planned");
    expect(await statusOn("planned", null, "2026-11-29")).toBe("planned");
  });

  it("never makes a paid or waived fee overdue", async () => {
    expect(await statusOn("paid", "2020-01-01", "2026-11-29")).toBe("paid");
    expect(await statusOn("waived", "2020-01-01", "2026-11-29")).toBe("waived");
  });
});
