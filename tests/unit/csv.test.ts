import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { Column, ExportRow } from "@/lib/exports/columns";
import { csvChunks } from "@/lib/exports/csv";
import { csvCell, xlsxCell } from "@/lib/exports/format";
import { neutralise } from "@/lib/exports/neutralise";

async function csvOf(columns: Column[], rows: ExportRow[], czech = true): Promise<string> {
  async function* batches() {
    yield rows;
  }
  let out = "";
  for await (const chunk of csvChunks(columns, batches(), { czech })) out += chunk;
  return out;
}

describe("formula-injection neutralisation", () => {
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
    { organisation: "Liga historických měst; \"Žluťoučký\"", amount: "1234.50", on: "2003-12-31", status: "paid", demo: true },
    { organisation: "řádek\r\ndruhý\ntřetí", amount: null, on: null, status: "waived", demo: false },
    { organisation: "=HYPERLINK(\"http://x\")", amount: "0.00", on: "2026-01-05", status: "planned", demo: false },
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
