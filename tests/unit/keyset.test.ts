import { PgDialect } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { defineKeyset, keyPart, pageLinkParams } from "@/lib/lists/keyset";

const dialect = new PgDialect();
const render = (q: ReturnType<typeof sql>) => dialect.sqlToQuery(q);

const uniform = defineKeyset(
  [
    { expr: sql.raw("at"), desc: true, type: "timestamptz" },
    { expr: sql.raw("id"), desc: true, type: "bigint" },
  ],
  [keyPart.timestamp(), keyPart.bigint()],
);
const mixed = defineKeyset(
  [
    { expr: sql.raw("starts_on"), desc: true, type: "date" },
    { expr: sql.raw("title"), type: "text" },
    { expr: sql.raw("id"), type: "uuid" },
  ],
  [keyPart.date(), keyPart.text(), keyPart.uuid()],
);
const ID = "0b6f3c6e-8d0e-4a53-9d7a-2f7f0d2b8c11";

describe("keyset keys", () => {
  it("round-trip through the URL token", () => {
    const key = ["2026-12-06T04:39:15.595147+00:00", 42] as [string, number];
    expect(uniform.decode(uniform.encode(key))).toEqual(key);
    expect(mixed.decode(mixed.encode(["2026-03-01", "Jednání – č. 1", ID]))).toEqual(["2026-03-01", "Jednání – č. 1", ID]);
  });

  it("refuse a damaged or forged token, whose cast would fail in SQL", () => {
    const token = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
    for (const bad of [undefined, "", "nonsense", token([]), token(["x", 1]), token(["0000-01-01T00:00:00Z", 1]), token(["2026-01-01T00:00:00Z", -1])]) {
      expect(uniform.decode(bad), String(bad)).toBeNull();
    }
    for (const bad of [token(["2026-02-30", "x", ID]), token(["2026-03-01", "a\u0000", ID]), token(["2026-03-01", "x", "1"])]) {
      expect(mixed.decode(bad)).toBeNull();
    }
  });
});

describe("keyset pages", () => {
  it("read after a key by one row comparison when the directions agree", () => {
    const read = uniform.page({ after: uniform.encode(["2026-12-06T04:39:15.595147+00:00", 42]) }, 3, 25);
    expect(render(read.where!).sql).toBe("((at, id) < ($1::timestamptz, $2::bigint))");
    expect(read).toMatchObject({ offset: 0, limit: 26, backwards: false });
    const back = uniform.page({ before: uniform.encode(["2026-12-06T04:39:15.595147+00:00", 42]) }, 3, 25);
    expect(render(back.where!).sql).toBe("((at, id) > ($1::timestamptz, $2::bigint))");
    expect(back.orderBy.map((o) => render(o).sql)).toEqual(["at asc", "id asc"]);
  });

  it("spell mixed directions out, with the first column's bound in front", () => {
    const read = mixed.page({ after: mixed.encode(["2026-03-01", "A", ID]) }, 2, 25);
    expect(render(read.where!).sql).toBe(
      "(starts_on <= $1::date and (starts_on < $2::date or starts_on = $3::date and title > $4::text or starts_on = $5::date and title = $6::text and id > $7::uuid))",
    );
  });

  it("fall back to OFFSET without a usable cursor", () => {
    expect(mixed.page({ after: "nonsense" }, 3, 25)).toMatchObject({ where: undefined, offset: 50, limit: 26 });
  });

  it("finish a page: list order, next page, cursors", () => {
    const rows = [3, 2, 1].map((id) => ({ id, listKey: JSON.stringify(["2026-01-01T00:00:00+00:00", id]) }));
    const forward = uniform.finish(rows, { backwards: false }, 2);
    expect(forward.rows).toEqual([{ id: 3 }, { id: 2 }]);
    expect(forward.hasNext).toBe(true);
    expect(uniform.decode(forward.keys.after)).toEqual(["2026-01-01T00:00:00+00:00", 2]);
    const backward = uniform.finish(rows.slice(0, 2), { backwards: true }, 2);
    expect(backward.rows).toEqual([{ id: 2 }, { id: 3 }]);
    expect(backward.hasNext).toBe(true);
  });
});

describe("the link rule", () => {
  const keys = { before: "B", after: "A" };
  it("carries after to a later page, before to an earlier one, nothing to page 1", () => {
    expect(pageLinkParams(3, 2, keys)).toEqual({ page: 3, after: "A", before: undefined });
    expect(pageLinkParams(2, 3, keys)).toEqual({ page: 2, after: undefined, before: "B" });
    expect(pageLinkParams(1, 2, keys)).toEqual({ page: 1, after: undefined, before: undefined });
  });
});
