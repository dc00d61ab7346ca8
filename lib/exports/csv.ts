import { stringify } from "csv-stringify/sync";
import { columnLabel, type Column, type ExportRow } from "./columns";
import { csvCell, type CsvStyle } from "./format";

/**
 * CSV as Czech Excel opens it: UTF-8 with a byte-order mark (else Excel reads the bytes as
 * cp1250 and breaks "č"), `;` between fields (Czech Excel's list separator, since `,` is the
 * decimal comma), CRLF line ends and RFC 4180 quoting (csv-stringify); fields with a CR or LF
 * are quoted too.
 */
const OPTIONS = { delimiter: ";", record_delimiter: "\r\n", quoted_match: /[\r\n]/ } as const;

export async function* csvChunks(
  columns: readonly Column[],
  batches: AsyncIterable<ExportRow[]>,
  style: CsvStyle,
): AsyncGenerator<string> {
  yield stringify([columns.map((c) => columnLabel(c.key))], { ...OPTIONS, bom: true });
  for await (const batch of batches) {
    yield stringify(
      batch.map((row) => columns.map((c) => csvCell(c, row[c.key], style))),
      OPTIONS,
    );
  }
}
