import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import type { Actor } from "@/lib/permissions";
import { listPeople, PEOPLE_PAGE_SIZE, peopleParamsSchema } from "@/lib/people/queries";
import { makeActor, unique } from "../helpers/factories";
import { expectCursorPagesMatchOffset } from "../helpers/keyset";

/**
 * /people pages by keyset (surname, first name in Czech order, id): the cursor pages are the
 * OFFSET pages, forwards and back, with many people of the same name (ties broken by id) and
 * names whose Czech order differs from the bytes' ("Čapek" after "Cyril", "Chalupa" after "Hora"
 * on a real Postgres); the total is exact.
 */
let reader: Actor;
let tag: string;
const n = 3 * PEOPLE_PAGE_SIZE + 7;

beforeAll(async () => {
  reader = await makeActor("manager");
  tag = unique("keyset").toLowerCase();
  const db = await getDb();
  await db.execute(sql`insert into people (first_name, last_name, email, left_on)
    select (array['Jan', 'Jana', 'Čeněk'])[1 + g % 3], (array['Čapek', 'Capek', 'Chalupa', 'Hora', 'Cyril'])[1 + g % 5],
      ${tag} || g || '@example.cz', case when g % 4 = 0 then date '2020-01-01' end
    from generate_series(1, ${n}::int) g`);
});

describe("the people list's pages", () => {
  it("are the same by cursor as by offset, forwards and back", async () => {
    const filter = { q: tag, status: "all" };
    const pages = await expectCursorPagesMatchOffset((link) => listPeople(reader, peopleParamsSchema.parse({ ...filter, ...link })), 4, n);
    const db = await getDb();
    const expected = (await db.execute<{ id: string }>(sql`select id from people where email like ${`${tag}%`}
      order by last_name collate czech, first_name collate czech, id`)).rows.map((r) => r.id);
    expect(pages.flat()).toEqual(expected);
    expect((await listPeople(reader, peopleParamsSchema.parse(filter))).total).toBe(n);
  });

  it("keep the status filter on cursor pages", async () => {
    const filter = { q: tag };
    const current = n - Math.floor(n / 4);
    const first = await listPeople(reader, peopleParamsSchema.parse(filter));
    expect(first.total).toBe(current);
    const second = await listPeople(reader, peopleParamsSchema.parse({ ...filter, page: "2", after: first.keys.after }));
    const byOffset = await listPeople(reader, peopleParamsSchema.parse({ ...filter, page: "2" }));
    expect(second.rows.map((r) => r.id)).toEqual(byOffset.rows.map((r) => r.id));
    expect(second.rows.every((r) => r.leftOn === null)).toBe(true);
  });
});
