import { columnLabel, type Column, type ExportRow } from "./columns";
import { csvFormatter, type CellFormatter, type CsvStyle } from "./format";

/**
 * CSV as Czech Excel opens it: UTF-8 with a byte-order mark (else Excel reads the bytes as
 * cp1250 and breaks "č"), `;` between fields (Czech Excel's list separator, since `,` is the
 * decimal comma), CRLF line ends and RFC 4180 quoting.
 *
 * NOTE: the quoting is ours, not csv-stringify's: RFC 4180 needs only "a field holding the
 * separator, a quote, CR or LF goes in quotes, its quotes doubled", and the library's per-field
 * option handling was a sixth of a million-row export's time. tests/unit/csv.test.ts parses the
 * output back with csv-parse, special character by special character.
 */
const SEPARATOR = ";";
const LINE_END = "\r\n";
const NEEDS_QUOTES = /[;"\r\n]/;

export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A column's formatter, quoting included; typed columns (dates, numbers, yes/no) never need quotes. */
function fieldWriter(column: Column, style: CsvStyle): CellFormatter {
  const format = csvFormatter(column, style);
  return column.type === "text" || column.type === "enum" ? (v) => csvField(format(v)) : format;
}

/** Bytes per chunk handed to the response: large enough to keep the calls few, small to stream. */
const CHUNK_BYTES = 64 * 1024;

/**
 * The file as chunks of bytes, each ending at a row's end (so no chunk splits a character).
 *
 * NOTE: each row becomes a short-lived string written straight into the chunk's buffer, rather
 * than a batch-long string: a string built by appending stays in memory as one small object per
 * piece until it is encoded, and over a batch those pieces were most of what the garbage
 * collector had to copy (a third of a million-row export's time). Bytes also go to the response
 * as they are, with no second encoding pass.
 */
export async function* csvChunks(
  columns: readonly Column[],
  batches: AsyncIterable<ExportRow[]>,
  style: CsvStyle,
): AsyncGenerator<Buffer> {
  const writers = columns.map((c) => fieldWriter(c, style));
  const width = writers.length;
  // One array for every row's fields, joined into the row's text in one allocation.
  const fields: string[] = new Array<string>(width).fill("");
  yield Buffer.from(`\uFEFF${columns.map((c) => csvField(columnLabel(c.key, style.locale))).join(SEPARATOR)}${LINE_END}`, "utf8");
  let chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let used = 0;
  for await (const batch of batches) {
    for (const row of batch) {
      for (let i = 0; i < width; i++) fields[i] = writers[i]!(row[i]);
      const line = fields.join(SEPARATOR);
      // A UTF-16 code unit is at most 3 bytes of UTF-8: if the row might not fit, send the chunk.
      if (used + line.length * 3 + LINE_END.length > chunk.length) {
        if (used > 0) yield chunk.subarray(0, used);
        chunk = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, line.length * 3 + LINE_END.length));
        used = 0;
      }
      used += chunk.write(line, used, "utf8");
      chunk[used++] = 0x0d; // LINE_END, "\r\n", written as bytes: no string for it per row
      chunk[used++] = 0x0a;
    }
    // Whatever the batch left goes out before the next batch is awaited: a slow database must
    // not hold back rows it has already delivered.
    if (used > 0) {
      yield chunk.subarray(0, used);
      chunk = chunk.subarray(used);
      used = 0;
    }
  }
}
