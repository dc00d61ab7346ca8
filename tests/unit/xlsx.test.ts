import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { Column, ExportRow } from "@/lib/exports/columns";
import { xlsxChunks } from "@/lib/exports/xlsx";

const columns: Column[] = [
  { key: "organisation", type: "text" },
  { key: "title", type: "text" },
  { key: "person", type: "text" },
  { key: "startsOn", type: "date" },
  { key: "travelCostCzk", type: "money" },
  { key: "note", type: "text" },
];
const ROWS = 40_000;
const BATCH = 2_000;

describe("XLSX streaming", () => {
  it("keeps the sheet's XML waiting for the zip bounded, and the file whole", async () => {
    let received = 0;
    let receivedAtLastBatch = 0;
    async function* batches(): AsyncGenerator<ExportRow[]> {
      for (let b = 0; b < ROWS / BATCH; b++) {
        // What the consumer has got when the writer asks for the last rows: the XML of the rows
        // before them that is not yet compressed (so not yet out) is what waits in memory.
        receivedAtLastBatch = received;
        yield Array.from({ length: BATCH }, (_, i) => [
          "Liga historických měst – Žluťoučký kůň",
          `Zasedání fóra č. ${b * BATCH + i}`,
          `Účastník Příjmení-${i}`,
          "2030-05-17",
          "1234.50",
          "Poznámka, která je o něco delší, aby řádek měl obvyklou délku exportu.",
        ]);
      }
    }
    const parts: Buffer[] = [];
    for await (const chunk of xlsxChunks([{ name: "Jednání a účast", columns, rows: batches() }])) {
      parts.push(chunk);
      received += chunk.length;
    }
    const file = Buffer.concat(parts);

    // The sheet's XML is ~16 MB and the writer lets at most 4 MB of it wait for the deflater, so
    // most of the file has left before the last rows are read. Without that wait, exceljs makes
    // the XML far faster than it is deflated: it all piles up and nearly nothing has left yet.
    expect(receivedAtLastBatch).toBeGreaterThan(file.length / 2);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("Jednání a účast")!;
    expect(sheet.rowCount).toBe(ROWS + 1);
    expect(sheet.getRow(ROWS + 1).getCell(2).value).toBe(`Zasedání fóra č. ${ROWS - 1}`);
    // Typed cells with their column's number format, to the last row (the writer shares one
    // style object per column among all its cells).
    for (const r of [2, ROWS + 1]) {
      const row = sheet.getRow(r);
      expect(row.getCell(4).value).toEqual(new Date(Date.UTC(2030, 4, 17)));
      expect(row.getCell(4).numFmt).toBe("d. m. yyyy");
      expect(row.getCell(5).value).toBe(1234.5);
      expect(row.getCell(5).numFmt).toBe("#,##0.00");
      expect(row.getCell(1).numFmt).toBeUndefined();
    }
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
  }, 120_000);
});
