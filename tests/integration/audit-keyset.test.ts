import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { AUDIT_COUNT_CAP, AUDIT_PAGE_SIZE, auditFilterSchema, listAuditEvents } from "@/lib/audit-log/queries";
import type { Actor } from "@/lib/permissions";
import { makeActor, unique } from "../helpers/factories";
import { expectCursorPagesMatchOffset } from "../helpers/keyset";

/**
 * /audit pages by keyset (at desc, id desc): the cursor pages are the OFFSET pages, forwards and
 * back, with many events at the same microsecond (ties broken by id) and moments finer than a
 * JavaScript Date; the total is counted up to AUDIT_COUNT_CAP, beyond which the page knows only
 * whether a next page exists.
 */
let auditor: Actor;

/** `n` events of one made-up record, at seven moments a microsecond apart. */
async function events(entityId: string, n: number) {
  const db = await getDb();
  await db.execute(sql`insert into audit_events (at, entity, entity_id, action, note)
    select timestamptz '2026-03-01 10:00:00.123456+00' - (g % 7) * interval '1 microsecond',
      'organisation', ${entityId}, 'update', 'keyset ' || g
    from generate_series(1, ${n}::int) g`);
}

beforeAll(async () => {
  auditor = await makeActor("auditor");
});

describe("the audit log's pages", () => {
  it("are the same by cursor as by offset, forwards and back", async () => {
    const entityId = unique("keyset");
    const n = 3 * AUDIT_PAGE_SIZE + 7;
    await events(entityId, n);
    const filter = { entity: "organisation", entityId };
    const pages = await expectCursorPagesMatchOffset(
      (link) => listAuditEvents(auditor, auditFilterSchema.parse({ ...filter, ...link })),
      4,
      n,
    );
    // Newest first, ties by id descending.
    const db = await getDb();
    const expected = (await db.execute<{ id: number }>(sql`select id from audit_events where entity_id = ${entityId}
      order by at desc, id desc`)).rows.map((r) => Number(r.id));
    expect(pages.flat().map(Number)).toEqual(expected);

    const first = await listAuditEvents(auditor, auditFilterSchema.parse(filter));
    expect(first).toMatchObject({ total: n, capped: false, hasNext: true });
    const last = await listAuditEvents(auditor, auditFilterSchema.parse({ ...filter, page: "4" }));
    expect(last).toMatchObject({ hasNext: false });
    expect(last.rows).toHaveLength(7);
  });

  it("count up to the cap, and page on past it by whether a next row exists", async () => {
    const entityId = unique("capped");
    const n = AUDIT_COUNT_CAP + 30;
    await events(entityId, n);
    const filter = { entity: "organisation", entityId };
    const first = await listAuditEvents(auditor, auditFilterSchema.parse(filter));
    expect(first).toMatchObject({ total: AUDIT_COUNT_CAP, capped: true, hasNext: true });

    const lastPage = Math.ceil(n / AUDIT_PAGE_SIZE);
    const beforeLast = await listAuditEvents(auditor, auditFilterSchema.parse({ ...filter, page: String(lastPage - 1) }));
    expect(beforeLast.hasNext).toBe(true);
    const last = await listAuditEvents(
      auditor,
      auditFilterSchema.parse({ ...filter, page: String(lastPage), after: beforeLast.keys.after }),
    );
    expect(last.rows).toHaveLength(n - (lastPage - 1) * AUDIT_PAGE_SIZE);
    expect(last.hasNext).toBe(false);

    // The whole log: capped too once it is this long, and still paged.
    const all = await listAuditEvents(auditor, {});
    expect(all).toMatchObject({ total: AUDIT_COUNT_CAP, capped: true, hasNext: true });
    expect(all.rows).toHaveLength(AUDIT_PAGE_SIZE);
  });
});
