import { getTableColumns } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { fees } from "@/db/schema";
import { FEE_EXPORT_COLUMNS, FEE_FIELDS_NOT_EXPORTED } from "@/lib/fees/export";

describe("the fees export", () => {
  it("has a column for every fee field, unless the field is left out on purpose", () => {
    const exported = new Set<string>(FEE_EXPORT_COLUMNS.map((c) => c.key));
    const omitted = new Set<string>(FEE_FIELDS_NOT_EXPORTED);
    const missing = Object.keys(getTableColumns(fees)).filter((field) => !exported.has(field) && !omitted.has(field));
    expect(missing).toEqual([]);
  });
});
