import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCnbDate, parseCnbFile, parseCnbRate, type RateFileParse } from "@/lib/rates/cnb";

const sample = (name: string) => readFileSync(path.join(process.cwd(), "lib/seed/cnb", name), "utf8");

function parsed(result: RateFileParse) {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}
const errorsOf = (result: RateFileParse) => (result.ok ? [] : result.errors);

describe("ČNB daily fixing, the sample files", () => {
  it("reads the Czech file: decimal comma, the amount of each currency, the fixing's date", () => {
    const r = parsed(parseCnbFile(sample("denni-2026-12-04.txt")));
    expect(r.kind).toBe("daily");
    expect(r.language).toBe("cs");
    expect(r.from).toBe("2026-12-04");
    expect(r.to).toBe("2026-12-04");
    expect(r.rates).toHaveLength(8);
    expect(r.rates.find((x) => x.currency === "EUR")).toEqual({ validOn: "2026-12-04", currency: "EUR", amount: 1, rate: "24.434" });
    // 100 yen cost 15,481 CZK: the amount is kept, never divided into the rate.
    expect(r.rates.find((x) => x.currency === "JPY")).toEqual({ validOn: "2026-12-04", currency: "JPY", amount: 100, rate: "15.481" });
    expect(r.rates.find((x) => x.currency === "HUF")?.amount).toBe(100);
  });

  it("reads the English file (decimal point, '04 Dec 2026' date) into the same rates as the Czech one", () => {
    const en = parsed(parseCnbFile(sample("daily-2026-12-04-en.txt")));
    const cs = parsed(parseCnbFile(sample("denni-2026-12-04.txt")));
    expect(en.language).toBe("en");
    expect(en.rates).toEqual(cs.rates);
  });

  it("accepts Windows line ends, a BOM and trailing blank lines", () => {
    const text = "\uFEFF04.12.2026 #233\r\nzemě|měna|množství|kód|kurz\r\nEMU|euro|1|EUR|24,434\r\n\r\n";
    expect(parsed(parseCnbFile(text)).rates).toEqual([{ validOn: "2026-12-04", currency: "EUR", amount: 1, rate: "24.434" }]);
  });
});

describe("ČNB yearly file, the sample files", () => {
  it("reads one row per fixing date and one column per currency, amounts from the header", () => {
    const r = parsed(parseCnbFile(sample("rok-2025.txt")));
    expect(r.kind).toBe("yearly");
    expect(r.language).toBe("cs");
    expect(r.from).toBe("2025-01-02");
    expect(r.to).toBe("2025-12-31");
    const dates = new Set(r.rates.map((x) => x.validOn));
    expect(r.rates).toHaveLength(dates.size * 8);
    expect(r.rates.find((x) => x.validOn === "2025-01-02" && x.currency === "EUR")).toEqual({
      validOn: "2025-01-02", currency: "EUR", amount: 1, rate: "25.292",
    });
    expect(r.rates.filter((x) => x.currency === "JPY").every((x) => x.amount === 100)).toBe(true);
  });

  it("has a holiday gap: no fixing on weekends nor from 24 to 26 December", () => {
    const dates = new Set(parsed(parseCnbFile(sample("rok-2025.txt"))).rates.map((x) => x.validOn));
    expect(dates.has("2025-12-23")).toBe(true);
    for (const d of ["2025-12-24", "2025-12-25", "2025-12-26", "2025-12-27", "2025-12-28"]) expect(dates.has(d)).toBe(false);
    expect(dates.has("2025-12-29")).toBe(true);
  });

  it("agrees with the daily file of the same day", () => {
    const yearly = parsed(parseCnbFile(sample("rok-2026.txt"))).rates.filter((x) => x.validOn === "2026-12-04");
    const daily = parsed(parseCnbFile(sample("denni-2026-12-04.txt"))).rates;
    expect(yearly).toEqual(daily);
  });

  it("follows a new header line when an amount changes during the year, and skips empty cells", () => {
    const text = [
      "Datum|1 EUR|1 HUF|1 USD",
      "30.06.2025|24,750|0,063|21,100",
      "Datum|1 EUR|100 HUF|1 USD",
      "01.07.2025|24,700|6,312|",
    ].join("\n");
    expect(parsed(parseCnbFile(text)).rates).toEqual([
      { validOn: "2025-06-30", currency: "EUR", amount: 1, rate: "24.750" },
      { validOn: "2025-06-30", currency: "HUF", amount: 1, rate: "0.063" },
      { validOn: "2025-06-30", currency: "USD", amount: 1, rate: "21.100" },
      { validOn: "2025-07-01", currency: "EUR", amount: 1, rate: "24.700" },
      { validOn: "2025-07-01", currency: "HUF", amount: 100, rate: "6.312" },
    ]);
  });

  it("reads an English yearly file with a decimal point", () => {
    const r = parsed(parseCnbFile("Date|1 EUR|100 JPY\n02.01.2025|25.292|15.824\n"));
    expect(r.language).toBe("en");
    expect(r.rates[1]).toEqual({ validOn: "2025-01-02", currency: "JPY", amount: 100, rate: "15.824" });
  });
});

describe("malformed files are refused with the line number and a Czech reason", () => {
  it("lists every bad line of a daily file, and imports nothing", () => {
    const text = [
      "04.12.2026 #233",
      "země|měna|množství|kód|kurz",
      "EMU|euro|1|EUR|24,434",
      "USA|dolar|1|USD|20.583",
      "Japonsko|jen|sto|JPY|15,481",
      "Polsko|zlotý|1|pln|5,205",
      "Maďarsko|forint|100|HUF",
      "EMU|euro|1|EUR|24,435",
      "Švýcarsko|frank|1|CHF|-26,9",
    ].join("\n");
    expect(parseCnbFile(text)).toEqual({
      ok: false,
      errors: [
        { line: 4, message: "Kurz „20.583“ má desetinnou tečku, český soubor píše desetinnou čárku." },
        { line: 5, message: "Množství „sto“ není kladné celé číslo." },
        { line: 6, message: "Kód měny „pln“ nejsou tři velká písmena." },
        { line: 7, message: "Řádek má mít 5 polí oddělených „|“ (země|měna|množství|kód|kurz), má 4." },
        { line: 8, message: "Měna EUR je v lístku podruhé." },
        { line: 9, message: "Kurz „-26,9“ není kladné desetinné číslo." },
      ],
    });
  });

  it("refuses a file whose first line is neither a fixing's date nor a yearly header", () => {
    const errors = errorsOf(parseCnbFile("<html>Chyba 404</html>\n"));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.line).toBe(1);
    expect(errors[0]!.message).toMatch(/^První řádek má být datum/);
  });

  it("refuses an impossible date, a wrong header and an empty file", () => {
    expect(errorsOf(parseCnbFile("31.02.2026 #40\nzemě|měna|množství|kód|kurz\n"))[0]!.line).toBe(1);
    expect(errorsOf(parseCnbFile("04.12.2026 #233\nstát|měna|počet|kód|kurz\nEMU|euro|1|EUR|24,434\n"))).toEqual([
      { line: 2, message: "Hlavička má být „země|měna|množství|kód|kurz“ (anglicky „Country|Currency|Amount|Code|Rate“); je tam „stát|měna|počet|kód|kurz“." },
    ]);
    expect(errorsOf(parseCnbFile("\n\n"))).toEqual([{ line: 1, message: "Soubor je prázdný." }]);
    expect(errorsOf(parseCnbFile("04.12.2026 #233\nzemě|měna|množství|kód|kurz\n"))).toEqual([
      { line: 1, message: "Soubor neobsahuje žádný kurz." },
    ]);
  });

  it("names the line of a bad row in a yearly file", () => {
    const text = ["Datum|1 EUR|100 JPY", "02.01.2025|25,292|15,824", "03.01.2025|25,379", "2025-01-06|25,1|15,7", "07.01.2025|25,1|x", "02.01.2025|25,2|15,8", "Datum|EUR"].join("\n");
    expect(errorsOf(parseCnbFile(text))).toEqual([
      { line: 3, message: "Řádek má 1 kurzů, hlavička 2 měn." },
      { line: 4, message: "Řádek má začínat datem ve tvaru DD.MM.RRRR; je tam „2025-01-06“." },
      { line: 5, message: "Sloupec 100 JPY: kurz „x“ není kladné desetinné číslo." },
      { line: 6, message: "Datum 02.01.2025 je v souboru podruhé." },
      { line: 7, message: "Sloupec 2 hlavičky má být množství a kód měny, např. „1 EUR“ nebo „100 JPY“; je tam „EUR“." },
    ]);
  });
});

describe("pieces", () => {
  it("reads dates in both languages and refuses impossible ones", () => {
    expect(parseCnbDate("04.12.2026")).toBe("2026-12-04");
    expect(parseCnbDate("4.1.2026")).toBe("2026-01-04");
    expect(parseCnbDate("04 Dec 2026")).toBe("2026-12-04");
    expect(parseCnbDate("29.02.2025")).toBeNull();
    expect(parseCnbDate("04 Foo 2026")).toBeNull();
  });

  it("keeps rates exact as decimal strings", () => {
    expect(parseCnbRate("24,325", "cs")).toEqual({ ok: true, value: "24.325" });
    expect(parseCnbRate("0,063", "cs")).toEqual({ ok: true, value: "0.063" });
    expect(parseCnbRate("24.325", "en")).toEqual({ ok: true, value: "24.325" });
    expect(parseCnbRate("24", "cs")).toEqual({ ok: true, value: "24" });
    expect(parseCnbRate("0,000", "cs")).toEqual({ ok: false, message: "kurz musí být větší než nula" });
    expect(parseCnbRate("1,1234567", "cs").ok).toBe(false);
    expect(parseCnbRate("24,325", "en")).toEqual({ ok: false, message: "kurz „24,325“ má desetinnou čárku, anglický soubor píše desetinnou tečku" });
  });
});
