import { once } from "node:events";
import { PassThrough, type Writable } from "node:stream";
import ExcelJS from "exceljs";
import { columnLabel, type Column, type ExportRow } from "./columns";
import type { Locale } from "@/lib/i18n/config";
import { XLSX_NUMBER_FORMATS, XLSX_NUMBER_FORMATS_EN, xlsxCell } from "./format";

export type SheetSpec = {
  name: string;
  columns: readonly Column[];
  rows: AsyncIterable<ExportRow[]>;
};

export type CoverLine = readonly [label: string, value: string | Date];

const WIDTH: Record<Column["type"], number> = {
  text: 30, enum: 20, date: 12, datetime: 19, money: 14, rate: 12, integer: 8, boolean: 8,
};

/** How many bytes of a sheet's XML may wait for the zip before the next batch is read. */
const SHEET_BACKLOG_BYTES = 4 * 1024 * 1024;

/**
 * The part of exceljs' streaming writer this module relies on, which its types do not show
 * (exceljs 4.4.0, pinned): a sheet's `stream` (exceljs' StreamBuf) hands every chunk of the
 * rows' XML on to the zip entry's input (`pipes[0]`, archiver's readable-stream PassThrough, which
 * the zip reads and deflates with backpressure) at once, ignoring that input's backpressure. So
 * without a check here, deflating (slower than making rows) falls behind and the sheet's XML piles
 * up in that PassThrough: half a gigabyte for a million rows.
 */
type StreamState = { length: number; needDrain?: boolean };
type EntryInput = Writable & { _writableState?: StreamState; _readableState?: StreamState };
type SheetStream = { pipes?: EntryInput[]; buffers?: { length: number }[] };

/** Bytes of the sheet's XML not yet taken by the deflater. */
export function sheetBacklog(sheet: ExcelJS.Worksheet): number {
  const stream = (sheet as unknown as { stream?: SheetStream }).stream;
  if (!stream) return 0;
  const held = (stream.buffers ?? []).reduce((n, b) => n + b.length, 0);
  const entry = stream.pipes?.[0];
  return held + (entry?._writableState?.length ?? 0) + (entry?._readableState?.length ?? 0);
}

/** Waits until the sheet's XML written so far is (nearly) compressed, or the download is gone. */
async function compressed(sheet: ExcelJS.Worksheet, out: PassThrough): Promise<void> {
  while (!out.destroyed && sheetBacklog(sheet) > SHEET_BACKLOG_BYTES) {
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/**
 * Writes an XLSX workbook with exceljs' streaming writer: each row is committed (serialised into
 * the zip) as soon as it is added, so memory holds a batch, not the sheet. Between batches it
 * waits while the output is full, so a slow download slows the reading, not the other way round.
 */
export async function* xlsxChunks(sheets: readonly SheetSpec[], cover?: readonly CoverLine[], locale: Locale = "cs"): AsyncGenerator<Buffer> {
  const formats = locale === "cs" ? XLSX_NUMBER_FORMATS : XLSX_NUMBER_FORMATS_EN;
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
      const sheet = workbook.addWorksheet(locale === "cs" ? "Úvod" : "Cover");
      sheet.columns = [{ width: 28 }, { width: 70 }];
      for (const [label, value] of cover) {
        const row = sheet.addRow([label, value]);
        row.getCell(1).font = { bold: true };
        if (value instanceof Date) row.getCell(2).numFmt = locale === "cs" ? "d. m. yyyy h:mm" : "dd/mm/yyyy hh:mm";
        row.commit();
      }
      sheet.commit();
    }
    for (const spec of sheets) {
      const sheet = workbook.addWorksheet(spec.name, { views: [{ state: "frozen", ySplit: 1 }] });
      // One style object per column, shared by all its cells.
      // NOTE: exceljs gives every new cell a style object of its own, merged from its column's,
      // and then works out each one's style entry anew (its XML as the key): most of the time per
      // row, and most of the garbage. It caches the entry by object, so a shared object is found
      // at once.
      const styles: Partial<ExcelJS.Style>[] = spec.columns.map((c) =>
        formats[c.type] ? { numFmt: formats[c.type] } : {},
      );
      sheet.columns = spec.columns.map((c, i) => ({ key: c.key, width: WIDTH[c.type], style: styles[i] }));
      const header = sheet.addRow(spec.columns.map((c) => columnLabel(c.key, locale)));
      header.font = { bold: true };
      header.commit();
      const width = spec.columns.length;
      for await (const batch of spec.rows) {
        for (const source of batch) {
          const row = sheet.addRow(spec.columns.map((c, i) => xlsxCell(c, source[i], locale)));
          for (let i = 0; i < width; i++) row.getCell(i + 1).style = styles[i]!;
          row.commit();
        }
        // Let the zip and the consumer run: an embedded database answers without real I/O, so
        // without this turn of the event loop the whole sheet would pile up before any byte left.
        await new Promise((resolve) => setImmediate(resolve));
        await compressed(sheet, out);
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
