import { describe, expect, it } from "vitest";
import { collator, formatDate, formatDateTime, formatMoney, sortByText } from "@/lib/i18n/format";

// Intl separates thousands and the currency with a no-break space; the tests say so exactly.
const NBSP = "\u00a0";

describe("formatDate", () => {
  it("writes a date the Czech way", () => {
    expect(formatDate("2026-11-29")).toBe("29. 11. 2026");
    expect(formatDate("2004-05-01")).toBe("1. 5. 2004");
  });

  it("does not slide to the previous day at the edges of the year", () => {
    expect(formatDate("2026-01-01")).toBe("1. 1. 2026");
    expect(formatDate("2025-12-31")).toBe("31. 12. 2025");
  });

  it("writes day/month/year in English", () => {
    expect(formatDate("2026-11-29", "en")).toBe("29/11/2026");
  });

  it("refuses anything that is not YYYY-MM-DD", () => {
    expect(() => formatDate("29.11.2026")).toThrow(TypeError);
  });
});

describe("formatDateTime", () => {
  it("shows a moment in Prague's time, summer and winter", () => {
    expect(formatDateTime(new Date("2026-11-29T08:05:00Z"))).toBe("29. 11. 2026 9:05");
    expect(formatDateTime("2026-07-01T22:30:00Z")).toBe("2. 7. 2026 0:30");
  });
});

describe("formatMoney", () => {
  it("formats crowns with the symbol and Czech separators", () => {
    expect(formatMoney("1234.50", "CZK")).toBe(`1${NBSP}234,50${NBSP}Kč`);
  });

  it("shows foreign currencies by their code", () => {
    expect(formatMoney("12000", "EUR")).toBe(`12${NBSP}000,00${NBSP}EUR`);
    expect(formatMoney("0.5", "usd")).toBe(`0,50${NBSP}USD`);
  });

  it("keeps every digit of a large amount (no float on the way)", () => {
    expect(formatMoney("12345678901234567.89", "CZK")).toBe(
      `12${NBSP}345${NBSP}678${NBSP}901${NBSP}234${NBSP}567,89${NBSP}Kč`,
    );
    // 0.1 + 0.2 style damage would show here as …,30000000000000004 or a rounding slip.
    expect(formatMoney("0.30", "CZK")).toBe(`0,30${NBSP}Kč`);
  });

  it("formats negative amounts", () => {
    expect(formatMoney("-1234.5", "CZK")).toBe(`-1${NBSP}234,50${NBSP}Kč`);
  });

  it("uses English separators and the code in English", () => {
    expect(formatMoney("1234.5", "EUR", "en")).toBe(`EUR${NBSP}1,234.50`);
  });

  it("refuses what is not a decimal string", () => {
    expect(() => formatMoney("12,50", "CZK")).toThrow(TypeError);
    expect(() => formatMoney("1e3", "CZK")).toThrow(TypeError);
  });
});

describe("Czech collation", () => {
  it("puts Č after C and ch after h", () => {
    const names = ["Žatec", "Cheb", "Brno", "Čáslav", "Hradec", "Cvikov", "Zlín"];
    expect([...names].sort(collator().compare)).toEqual(["Brno", "Cvikov", "Čáslav", "Hradec", "Cheb", "Zlín", "Žatec"]);
  });

  it("sorts records by a text key without changing the input", () => {
    const input = [{ n: "Šumperk" }, { n: "Sokolov" }];
    expect(sortByText(input, (x) => x.n).map((x) => x.n)).toEqual(["Sokolov", "Šumperk"]);
    expect(input[0]!.n).toBe("Šumperk");
  });
});
