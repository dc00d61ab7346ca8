import { describe, expect, it } from "vitest";
import { planningRateSchema } from "@/lib/fees/schemas";

const parse = (input: Record<string, unknown>) => planningRateSchema.safeParse({ year: "2027", currency: "EUR", version: "", ...input });
const rateError = (rate: string) => {
  const r = parse({ rate });
  return r.success ? null : r.error.issues.find((i) => i.path[0] === "rate")?.message;
};

describe("a planning rate typed into the form", () => {
  it("keeps the rate exact, whichever decimal separator and group spaces are used", () => {
    expect(parse({ rate: "25,10" })).toMatchObject({ success: true, data: { rate: "25.10", units: 1, currency: "EUR", version: null } });
    expect(parse({ rate: "25.1255" }).data?.rate).toBe("25.1255");
    expect(parse({ rate: "2 135,5", units: "100" }).data).toMatchObject({ rate: "2135.5", units: 100 });
    expect(parse({ rate: "24,325", currency: " usd ", version: "3" }).data).toMatchObject({ currency: "USD", version: 3 });
  });

  it("refuses what is not a positive rate with at most 6 decimals, with a Czech sentence", () => {
    expect(rateError("")).toBe("Zadejte kurz, např. 25,10.");
    expect(rateError("abc")).toBe("Kurz „abc“ není kladné desetinné číslo.");
    expect(rateError("0,000")).toBe("Kurz musí být větší než nula.");
    expect(rateError("25,1234567")).toBe("Kurz „25,1234567“ má víc než 6 desetinných míst.");
    expect(rateError("-25")).toMatch(/není kladné desetinné číslo/);
  });

  it("refuses the crown itself, an unknown code and an amount below 1", () => {
    const r = parse({ currency: "CZK", rate: "1", units: "0" });
    expect(r.success).toBe(false);
    const messages = Object.fromEntries((r.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
    expect(messages.currency).toMatch(/Koruna kurz nepotřebuje/);
    expect(messages.units).toBe("Množství musí být alespoň 1.");
    expect(parse({ currency: "XYZ", rate: "1" }).success).toBe(false);
  });
});
