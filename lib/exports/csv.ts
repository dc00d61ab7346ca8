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

export async function* csvChunks(
  columns: readonly Column[],
  batches: AsyncIterable<ExportRow[]>,
  style: CsvStyle,
): AsyncGenerator<string> {
  const writers = columns.map((c) => fieldWriter(c, style));
  const last = writers.length - 1;
  yield `\uFEFF${columns.map((c) => csvField(columnLabel(c.key))).join(SEPARATOR)}${LINE_END}`;
  for await (const batch of batches) {
    // One string per batch, built by appending (V8 keeps it as a rope until it is encoded).
    let out = "";
    for (const row of batch) {
      for (let i = 0; i < last; i++) out += writers[i]!(row[i]) + SEPARATOR;
      out += writers[last]!(row[last]) + LINE_END;
    }
    yield out;
  }
}
