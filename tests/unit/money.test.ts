import { describe, expect, it } from "vitest";
import { isKnownCurrency } from "@/lib/fees/money";
import { decimalComma, formatMoney, MONEY_MESSAGES, parseMoney, roundMoney } from "@/lib/money";
import { createFeeSchema, updateFeeSchema } from "@/lib/fees/schemas";
import { isForwardMove, sameDayNextYear } from "@/lib/fees/status";

const ok = (value: string) => ({ ok: true, value });
const refused = (message: string) => ({ ok: false, message });

describe("parseMoney", () => {
  it.each([
    ["1 234,50", "1234.50"],
    ["1234.50", "1234.50"],
    ["1\u00a0234,5", "1234.50"],
    ["12\u202f000", "12000.00"],
    ["0,10", "0.10"],
    ["007", "7.00"],
    ["0", "0.00"],
    ["999 999 999 999,99", "999999999999.99"],
    ["1 234,50 Kč", "1234.50"],
    ["1\u00a0234,50\u00a0Kč", "1234.50"],
    ["12 500,-", "12500.00"],
    ["12 500,- Kč", "12500.00"],
    ["800 CZK", "800.00"],
    ["1\u2009234.5", "1234.50"],
  ])("reads %j as %j", (input, value) => {
    expect(parseMoney(input)).toEqual(ok(value));
  });

  it.each([
    ["", MONEY_MESSAGES.required],
    ["-5", MONEY_MESSAGES.negative],
    ["−5", MONEY_MESSAGES.negative],
    ["1,234", MONEY_MESSAGES.decimals],
    ["10.001", MONEY_MESSAGES.decimals],
    ["1.234,50", MONEY_MESSAGES.format],
    ["12 EUR", MONEY_MESSAGES.format],
    ["1e3", MONEY_MESSAGES.format],
    ["1 000 000 000 000", MONEY_MESSAGES.tooLarge],
    ["Kč", MONEY_MESSAGES.required],
    ["12,50,-", MONEY_MESSAGES.format],
    ["EUR 12", MONEY_MESSAGES.format],
    ["1,5 Kč Kč", MONEY_MESSAGES.format],
  ])("refuses %j", (input, message) => {
    expect(parseMoney(input)).toEqual(refused(message));
  });

  it("keeps digits a float would lose", () => {
    // 2^53 + 1 is not representable as a double; the string keeps every digit.
    expect(parseMoney("9007199254740993")).toEqual(refused(MONEY_MESSAGES.tooLarge));
    expect(parseMoney("900719925474,99")).toEqual(ok("900719925474.99"));
  });
});

describe("money sizes, rounding and formats", () => {
  it("refuses more digits than the column holds, with the column's limit in the message", () => {
    expect(parseMoney("12 345 678 901", { integerDigits: 10 })).toEqual(refused("Částka je příliš velká (nejvýše 9 999 999 999,99)."));
    expect(parseMoney("12 345 678 901", { integerDigits: 12 })).toEqual(ok("12345678901.00"));
    expect(parseMoney("1 234 567 890", { integerDigits: 10 })).toEqual(ok("1234567890.00"));
  });

  it.each([
    ["2.345", "2.35"],
    ["2.344", "2.34"],
    ["2.995", "3.00"],
    ["999999999999.995", "1000000000000.00"],
    ["-2.345", "-2.35"],
    ["-0.001", "0.00"],
    ["7", "7.00"],
    ["0.5", "0.50"],
    ["12.5", "12.50"],
  ])("rounds %j half-up to the haléř: %j", (input, value) => {
    expect(roundMoney(input)).toBe(value);
  });

  it("rounds to other places, and refuses what is not a decimal", () => {
    expect(roundMoney("1.23456", 4)).toBe("1.2346");
    expect(roundMoney("1.5", 0)).toBe("2");
    expect(() => roundMoney("1e3")).toThrow(TypeError);
  });

  it("formats for screens and for Czech CSV", () => {
    expect(formatMoney("1234.50", "CZK")).toBe("1\u00a0234,50\u00a0Kč");
    expect(decimalComma("1234.50")).toBe("1234,50");
  });
});

describe("currency", () => {
  it("knows ISO 4217 codes and nothing else", () => {
    expect(isKnownCurrency("EUR")).toBe(true);
    expect(isKnownCurrency("CZK")).toBe(true);
    expect(isKnownCurrency("XYZ")).toBe(false);
    expect(isKnownCurrency("eur")).toBe(false);
  });
});

describe("fee schema", () => {
  const base = {
    organisationId: "8d6c8d08-6195-42d8-9f00-000000000001",
    year: "2026",
    amount: "15 600,00",
    currency: "eur",
    status: "planned",
  };

  it("normalises amount and currency", () => {
    const r = createFeeSchema.safeParse(base);
    expect(r.success && r.data).toMatchObject({ amount: "15600.00", currency: "EUR", year: 2026, amountCzk: null });
  });

  it("refuses bad input at the field, in Czech", () => {
    const r = createFeeSchema.safeParse({ ...base, amount: "-1", currency: "XYZ", amountCzk: "1,234" });
    expect(r.success).toBe(false);
    const issues = r.error!.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues).toContainEqual(["amount", MONEY_MESSAGES.negative]);
    expect(issues).toContainEqual(["amountCzk", MONEY_MESSAGES.decimals]);
    expect(issues.find(([p]) => p === "currency")?.[1]).toMatch(/Neznámý kód měny/);
  });

  it("wants a paid date and the CZK amount for a paid fee, and no payment before the invoice", () => {
    const r = updateFeeSchema.safeParse({
      ...base,
      id: base.organisationId,
      version: "1",
      status: "paid",
      invoicedOn: "2026-03-01",
      paidOn: "2026-02-28",
    });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["paidOn", "amountCzk"]));
  });
});

describe("fee status", () => {
  it("moves forward only", () => {
    expect(isForwardMove("planned", "invoiced")).toBe(true);
    expect(isForwardMove("invoiced", "paid")).toBe(true);
    expect(isForwardMove("planned", "paid")).toBe(true);
    expect(isForwardMove("invoiced", "waived")).toBe(true);
    expect(isForwardMove("paid", "planned")).toBe(false);
    expect(isForwardMove("paid", "waived")).toBe(false);
    expect(isForwardMove("waived", "planned")).toBe(false);
    expect(isForwardMove("invoiced", "planned")).toBe(false);
  });


  it("moves a due date a year on, 29 February included", () => {
    expect(sameDayNextYear("2026-03-31")).toBe("2027-03-31");
    expect(sameDayNextYear("2028-02-29")).toBe("2029-02-28");
    expect(sameDayNextYear("2027-02-28")).toBe("2028-02-28");
  });
});
