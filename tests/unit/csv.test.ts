import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { Column, ExportRow } from "@/lib/exports/columns";
import { inlineParams, lineSplitter, rowParser } from "@/lib/exports/copy-out";
import { csvChunks, csvField } from "@/lib/exports/csv";
import { csvCell, csvFormatter, xlsxCell } from "@/lib/exports/format";
import { FORMULA_START_CHARS, neutralise } from "@/lib/exports/neutralise";

async function csvOf(columns: Column[], rows: ExportRow[], czech = true): Promise<string> {
  async function* batches() {
    yield rows;
  }
  let out = "";
  for await (const chunk of csvChunks(columns, batches(), { czech })) out += chunk;
  return out;
}

describe("formula-injection neutralisation", () => {
  it("knows the characters ASVS 5.0 V1.2.10 names", () => {
    expect([...FORMULA_START_CHARS].sort()).toEqual(["\t", "\r", "+", "-", "=", "@"].sort());
  });
  it.each(["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])("prefixes %j", (v) => {
    expect(neutralise(v)).toBe(`'${v}`);
  });
  it.each(["Praha", "1+1", "a=b", "", " =x", "'=already"])("leaves %j as it is", (v) => {
    expect(neutralise(v)).toBe(v);
  });
  it("applies to text and enum cells in both formats, never to typed numbers or dates", () => {
    const text: Column = { key: "t", type: "text" };
    expect(csvCell(text, "=1+2", { czech: true })).toBe("'=1+2");
    expect(xlsxCell(text, "@x")).toBe("'@x");
    expect(xlsxCell({ key: "m", type: "money" }, "1234.50")).toBe(1234.5);
    expect(xlsxCell({ key: "d", type: "date" }, "2003-12-31")).toEqual(new Date(Date.UTC(2003, 11, 31)));
  });
});

describe("CSV for Czech Excel", () => {
  const columns: Column[] = [
    { key: "organisation", type: "text" },
    { key: "amount", type: "money" },
    { key: "on", type: "date" },
    { key: "status", type: "enum", enum: "feeStatus" },
    { key: "demo", type: "boolean" },
  ];
  const rows: ExportRow[] = [
    // organisation, amount, on, status, demo: by position, as the row source delivers them
    ["Liga historických měst; \"Žluťoučký\"", "1234.50", "2003-12-31", "paid", true],
    ["řádek\r\ndruhý\ntřetí", null, null, "waived", false],
    ["=HYPERLINK(\"http://x\")", "0.00", "2026-01-05", "planned", false],
  ];

  it("starts with a BOM, uses ; and CRLF, and quotes by RFC 4180", async () => {
    const csv = await csvOf(columns, rows);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("\"Liga historických měst; \"\"Žluťoučký\"\"\";1234,50;31. 12. 2003;Zaplaceno;Ano\r\n");
    expect(csv).toContain("\"řádek\r\ndruhý\ntřetí\";;;Prominuto;Ne\r\n");
    expect(csv.split("\uFEFF").length).toBe(2);
  });

  it("parses back to exactly the values, neutralised, with a standard parser", async () => {
    const csv = await csvOf(columns, rows, false);
    const parsed = parse(csv, { bom: true, delimiter: ";", relax_column_count: false }) as string[][];
    expect(parsed[0]).toEqual(["Organizace", "Částka", "on", "Stav členství", "Ukázková data"]);
    expect(parsed.slice(1)).toEqual([
      ["Liga historických měst; \"Žluťoučký\"", "1234.50", "2003-12-31", "Zaplaceno", "Ano"],
      ["řádek\r\ndruhý\ntřetí", "", "", "Prominuto", "Ne"],
      ["'=HYPERLINK(\"http://x\")", "0.00", "2026-01-05", "Plánováno", "Ne"],
    ]);
  });
});

describe("RFC 4180 quoting", () => {
  // Every character that forces quotes, alone, at either end, and among others; and ones that do not.
  const special = [";", "\"", "\r", "\n", "\r\n"];
  const values = [
    ...special.flatMap((c) => [c, `${c}a`, `a${c}`, `a${c}b`, `${c}${c}`]),
    "\"\"", "a;\"b\"\r\nc", "", " ", "a,b", "a'b", "tab\there", "Žluťoučký kůň", "😀",
  ];

  it.each(values)("%j goes in quotes exactly when it must, and parses back to itself", (v) => {
    const field = csvField(v);
    const needsQuotes = /[;"\r\n]/.test(v);
    expect(field.startsWith("\"")).toBe(needsQuotes);
    if (!needsQuotes) expect(field).toBe(v);
    const parsed = parse(`${field};x\r\n`, { delimiter: ";" }) as string[][];
    expect(parsed).toEqual([[v, "x"]]);
  });

  it("writes whole files that csv-parse reads back cell for cell, across batches", async () => {
    const text: Column[] = [{ key: "a", type: "text" }, { key: "b", type: "text" }];
    const rows: ExportRow[] = values.map((v, i) => [v, values[values.length - 1 - i]!]);
    async function* batches() {
      yield rows.slice(0, 7);
      yield rows.slice(7);
    }
    let csv = "";
    for await (const chunk of csvChunks(text, batches(), { czech: true })) csv += chunk;
    const parsed = parse(csv, { bom: true, delimiter: ";" }) as string[][];
    // Text that starts like a formula comes back neutralised; everything else unchanged.
    expect(parsed.slice(1)).toEqual(rows.map((r) => r.map((v) => neutralise(String(v)))));
  });
});

describe("column formatters", () => {
  it("format every type as csvCell does, in both styles, nulls as empty", () => {
    const cases: [Column, unknown][] = [
      [{ key: "t", type: "text" }, "-5 %"],
      [{ key: "e", type: "enum", enum: "feeStatus" }, "paid"],
      [{ key: "e", type: "enum", enum: "feeStatus" }, "=unknown"],
      [{ key: "e", type: "enum", enum: "feeStatus" }, "constructor"],
      [{ key: "b", type: "boolean" }, true],
      [{ key: "i", type: "integer" }, 42],
      [{ key: "m", type: "money" }, "-1234.50"],
      [{ key: "d", type: "date" }, "2003-12-31"],
      [{ key: "dt", type: "datetime" }, "2026-01-05 08:09:10"],
    ];
    for (const czech of [true, false]) {
      for (const [column, value] of cases) {
        expect(csvFormatter(column, { czech })(value as never)).toBe(csvCell(column, value as never, { czech }));
        expect(csvFormatter(column, { czech })(null)).toBe("");
      }
    }
    expect(csvCell({ key: "e", type: "enum", enum: "feeStatus" }, "=unknown", { czech: true })).toBe("'=unknown");
    expect(csvCell({ key: "e", type: "enum", enum: "feeStatus" }, "constructor", { czech: true })).toBe("constructor");
    expect(csvCell({ key: "m", type: "money" }, "-1234.50", { czech: true })).toBe("-1234,50");
    expect(csvCell({ key: "dt", type: "datetime" }, "2026-01-05 08:09:10", { czech: true })).toBe("5. 1. 2026 08:09:10");
  });
});

describe("reading COPY's text format", () => {
  it("splits fields by tab, reads \\N as null, undoes backslash escapes, and yes/no as booleans", () => {
    const parse = rowParser([
      { key: "a", type: "text" },
      { key: "b", type: "text" },
      { key: "c", type: "boolean" },
      { key: "d", type: "boolean" },
      { key: "e", type: "integer" },
    ]);
    expect(parse("tab\\there\\\\back\\nline\\r\\N\t\\N\tt\tf\t42")).toEqual(["tab\there\\back\nline\rN", null, true, false, "42"]);
    expect(parse("\t\\N\t\\N\tt\t")).toEqual(["", null, null, true, ""]);
  });

  it("splits the stream into rows wherever its chunks happen to end, even inside a character", () => {
    const text = "Žďár\tnad Sázavou\nPraha\t1\nbez konce";
    const bytes = Buffer.from(`${text}\n`, "utf8");
    for (const cut of [1, 2, 3, 7, bytes.length - 1]) {
      const split = lineSplitter();
      const lines = [...split(bytes.subarray(0, cut)), ...split(bytes.subarray(cut))];
      expect(lines).toEqual(["Žďár\tnad Sázavou", "Praha\t1", "bez konce"]);
    }
  });

  it("writes bind parameters in as escaped literals", () => {
    expect(inlineParams("select $1::date, $2, $10", ["2003-12-31", "O'Brien \\ x", 7, 8, 9, 10, 11, 12, 13, 14])).toBe(
      // pg's escapeLiteral: quotes doubled, and a backslash makes it an E'' literal
      "select '2003-12-31'::date,  E'O''Brien \\\\ x', '14'",
    );
    expect(() => inlineParams("select $1", [new Date()])).toThrow(TypeError);
  });
});
