import { getTableColumns } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { fees } from "@/db/schema";
import { FEE_EXPORT_COLUMNS, FEE_FIELDS_NOT_EXPORTED } from "@/lib/fees/export";
import { createFeeSchema, FEE_FIELDS_NOT_IN_FORM } from "@/lib/fees/schemas";

describe("a fee field end to end", () => {
  it("has a column for every fee field, unless the field is left out on purpose", () => {
    const exported = new Set<string>(FEE_EXPORT_COLUMNS.map((c) => c.key));
    const omitted = new Set<string>(FEE_FIELDS_NOT_EXPORTED);
    const missing = Object.keys(getTableColumns(fees)).filter((field) => !exported.has(field) && !omitted.has(field));
    expect(missing).toEqual([]);
  });
});

describe("the fee form's schema", () => {
  it("takes every fee field, unless the server owns it", () => {
    const inForm = new Set(Object.keys(createFeeSchema.shape));
    const owned = new Set<string>(FEE_FIELDS_NOT_IN_FORM);
    const missing = Object.keys(getTableColumns(fees)).filter((field) => !inForm.has(field) && !owned.has(field));
    expect(missing).toEqual([]);
  });
});

describe("the fee form", () => {
  it("has an input for every field its schema takes", async () => {
    // Rendered as the browser first receives it; the form's actions are only referenced.
    const [{ createElement }, { renderToStaticMarkup }, { NextIntlClientProvider }, { FeeForm }, messages] = await Promise.all([
      import("react"),
      import("react-dom/server"),
      import("next-intl"),
      import("@/components/fees/fee-form"),
      import("@/lib/i18n/messages/cs.json").then((m) => m.default),
    ]);
    const html = renderToStaticMarkup(
      createElement(NextIntlClientProvider, { locale: "cs", messages, timeZone: "Europe/Prague", children: createElement(FeeForm, { organisations: [] }) }),
    );
    const named = new Set([...html.matchAll(/ name="([^"]+)"/g)].map((m) => m[1]));
    // The edit form's own field (a correction note) is not among the schema's create fields.
    const missing = Object.keys(createFeeSchema.shape).filter((field) => !named.has(field));
    expect(missing).toEqual([]);
  });
});
