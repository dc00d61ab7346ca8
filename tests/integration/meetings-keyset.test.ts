import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { listMeetings, MEETINGS_PAGE_SIZE, meetingParamsSchema } from "@/lib/meetings/queries";
import type { Actor } from "@/lib/permissions";
import { makeActor } from "../helpers/factories";
import { membership } from "../helpers/dashboard-fixtures";

/**
 * /meetings pages by keyset: following the "next" and "previous" links' cursors shows exactly the
 * rows the OFFSET pages show (ties on the day broken by title and id), and the whole list's total
 * (read from the yearly totals) is the exact count.
 */
let reader: Actor;
let organisation: string;

beforeAll(async () => {
  reader = await makeActor("manager");
  organisation = (await membership({})).id;
  const db = await getDb();
  // 3 pages and a bit, with many meetings on the same day and the same title, so ties matter.
  await db.execute(sql`insert into meetings (organisation_id, kind, title, starts_on, ends_on, online)
    select ${organisation}::uuid, 'online', 'Jednání ' || (g % 4), date '2026-03-01' - g % 7, date '2026-03-01' - g % 7, true
    from generate_series(1, ${3 * MEETINGS_PAGE_SIZE + 7}::int) g`);
});

describe("the meetings list's pages", () => {
  it("are the same by cursor as by offset, forwards and back", async () => {
    const filter = { organisation };
    const byOffset = [];
    for (let page = 1; page <= 4; page++) byOffset.push(await listMeetings(reader, { ...filter, page }));
    const ids = (p: { rows: { id: string }[] }) => p.rows.map((r) => r.id);
    expect(byOffset.flatMap(ids)).toHaveLength(3 * MEETINGS_PAGE_SIZE + 7);

    let current = byOffset[0]!;
    for (let page = 2; page <= 4; page++) {
      current = await listMeetings(reader, meetingParamsSchema.parse({ ...filter, page: String(page), after: current.keys.after }));
      expect(ids(current), `page ${page}`).toEqual(ids(byOffset[page - 1]!));
    }
    for (let page = 3; page >= 2; page--) {
      current = await listMeetings(reader, meetingParamsSchema.parse({ ...filter, page: String(page), before: current.keys.before }));
      expect(ids(current), `back to page ${page}`).toEqual(ids(byOffset[page - 1]!));
    }
    // A damaged cursor is ignored: the page by its number.
    const damaged = await listMeetings(reader, meetingParamsSchema.parse({ ...filter, page: "2", after: "nonsense" }));
    expect(ids(damaged)).toEqual(ids(byOffset[1]!));
  });

  it("count the whole list exactly without a filter", async () => {
    const db = await getDb();
    const [row] = (await db.execute<{ n: number; attended: number }>(sql`select count(*)::int as n,
      (count(*) filter (where attended_count > 0))::int as attended from meetings`)).rows;
    const all = await listMeetings(reader, {});
    expect(all.total).toBe(Number(row!.n));
    expect(all.attended).toBe(Number(row!.attended));
  });
});
