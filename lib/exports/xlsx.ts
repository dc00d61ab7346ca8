import { once } from "node:events";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { columnLabel, type Column, type ExportRow } from "./columns";
import { XLSX_NUMBER_FORMATS, xlsxCell } from "./format";

export type SheetSpec = {
  name: string;
  columns: readonly Column[];
  rows: AsyncIterable<ExportRow[]>;
};

export type CoverLine = readonly [label: string, value: string | Date];

const WIDTH: Record<Column["type"], number> = {
  text: 30, enum: 20, date: 12, datetime: 19, money: 14, integer: 8, boolean: 8,
};

/**
 * Writes an XLSX workbook with exceljs' streaming writer: each row is committed (serialised into
 * the zip) as soon as it is added, so memory holds a batch, not the sheet. Between batches it
 * waits while the output is full, so a slow download slows the reading, not the other way round.
 */
export async function* xlsxChunks(sheets: readonly SheetSpec[], cover?: readonly CoverLine[]): AsyncGenerator<Buffer> {
  const out = new PassThrough({ highWaterMark: 256 * 1024 });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
    // Fast deflate: the bottleneck of a large export; the file is ~20 % larger, still small.
    zip: { zlib: { level: 1 } },
  });

  const produce = async () => {
    if (cover) {
      const sheet = workbook.addWorksheet("Úvod");
      sheet.columns = [{ width: 28 }, { width: 70 }];
      for (const [label, value] of cover) {
        const row = sheet.addRow([label, value]);
        row.getCell(1).font = { bold: true };
        if (value instanceof Date) row.getCell(2).numFmt = "d. m. yyyy h:mm";
        row.commit();
      }
      sheet.commit();
    }
    for (const spec of sheets) {
      const sheet = workbook.addWorksheet(spec.name, { views: [{ state: "frozen", ySplit: 1 }] });
      sheet.columns = spec.columns.map((c) => ({
        key: c.key,
        width: WIDTH[c.type],
        style: XLSX_NUMBER_FORMATS[c.type] ? { numFmt: XLSX_NUMBER_FORMATS[c.type] } : {},
      }));
      const header = sheet.addRow(spec.columns.map((c) => columnLabel(c.key)));
      header.font = { bold: true };
      header.commit();
      for await (const batch of spec.rows) {
        for (const source of batch) {
          sheet.addRow(spec.columns.map((c) => xlsxCell(c, source[c.key]))).commit();
        }
        // Let the zip and the consumer run: an embedded database answers without real I/O, so
        // without this turn of the event loop the whole sheet would pile up before any byte left.
        await new Promise((resolve) => setImmediate(resolve));
        if (out.writableNeedDrain) await Promise.race([once(out, "drain"), once(out, "close")]);
        // The download was cancelled: stop reading (the row source then frees its cursor).
        if (out.destroyed) throw new Error("export cancelled");
      }
      sheet.commit();
    }
    await workbook.commit();
  };

  const done = produce().then(
    () => undefined,
    (e: unknown) => {
      out.destroy(e instanceof Error ? e : new Error(String(e)));
    },
  );
  try {
    for await (const chunk of out) yield chunk as Buffer;
  } finally {
    if (!out.destroyed) out.destroy();
    await done;
  }
}
