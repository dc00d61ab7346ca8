import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { feeCursorSchema, feeFilterSchema, feesKeyset, getFeesOverview, OVERVIEW_PAGE_SIZE } from "@/lib/fees/queries";
import type { Actor } from "@/lib/permissions";
import { makeActor, makeOrganisation, unique } from "../helpers/factories";
import { expectCursorPagesMatchOffset } from "../helpers/keyset";

/**
 * The fees overview pages by keyset (organisation label in Czech order, due date with the undated
 * last, created, id): the cursor pages are the OFFSET pages, forwards and back, with many fees of
 * one organisation on the same due day created in one statement (ties broken by id), and undated
 * fees; the total is exact.
 */
let reader: Actor;
// A year of its own (tests share the Postgres database): 1900–1939 is used by no other test file
// (fees.test keeps 2100–2149, rates 2150–2185, exports and the rest 2187 on).
const year = 1900 + Math.floor(Math.random() * 40);
let n = 0;

beforeAll(async () => {
  reader = await makeActor("manager");
  const db = await getDb();
  for (let i = 0; i < 3; i++) {
    // Named so that the first sorts first: its 100 fees end page 2 with an undated one.
    const org = await makeOrganisation(`${"ABC"[i]} ${unique("Keyset")}`);
    const count = i === 0 ? 2 * OVERVIEW_PAGE_SIZE : 30 + i;
    n += count;
    await db.execute(sql`insert into fees (organisation_id, year, amount, currency, due_on)
      select ${org.id}::uuid, ${year}::int, 100, 'CZK', case when g % 5 = 0 then null else make_date(${year}::int, 1 + g % 3, 1) end
      from generate_series(1, ${count}::int) g`);
  }
});

describe("the fees overview's pages", () => {
  it("are the same by cursor as by offset, forwards and back", async () => {
    const db = await getDb();
    const [all] = (await db.execute<{ n: number }>(sql`select count(*)::int as n from fees where year = ${year}`)).rows;
    expect(Number(all!.n)).toBe(n);
    const read = (link: { page: string; after?: string; before?: string }) =>
      getFeesOverview(reader, { year, page: Number(link.page), ...feeCursorSchema.parse(link), ...feeFilterSchema.parse({}) });
    const pages = await expectCursorPagesMatchOffset(read, Math.ceil(n / OVERVIEW_PAGE_SIZE), n);
    expect((await read({ page: "1" })).total).toBe(n);
    // Page 2 ends on an undated fee: page 3's cursor holds the 'infinity' the order sorts them by.
    expect(feesKeyset("cs").decode((await read({ page: "2" })).keys.after)?.[1]).toBe("infinity");
    // Undated fees after the dated ones of their organisation.
    const rows = (await Promise.all(pages.map((_, i) => read({ page: String(i + 1) })))).flatMap((p) => p.rows);
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      if (a.organisationId === b.organisationId && a.dueOn === null) expect(b.dueOn).toBeNull();
    }
  });
});
