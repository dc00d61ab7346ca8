import { escapeLiteral } from "pg";
import type { CellValue, Column } from "./columns";

/**
 * Reading an export with `COPY (query) TO STDOUT` (pg-copy-streams) instead of a cursor.
 *
 * NOTE: why COPY and not a cursor's FETCH: node-postgres decodes every field of every row into a
 * string and builds two arrays and a message object per row, and that was two thirds of a
 * million-row export's time. COPY sends rows as plain text: one decoding per row, fields split
 * by tab. It is the same query, the same snapshot, the same order.
 */

/**
 * Splits COPY's text output into rows. In COPY's text format a newline inside a value is written
 * as `\n`, so every raw newline byte ends a row; a row cut between two chunks waits for the next.
 */
export function lineSplitter(): (chunk: Buffer) => string[] {
  let rest: Buffer | null = null;
  return (chunk) => {
    const buf = rest ? Buffer.concat([rest, chunk]) : chunk;
    const lines: string[] = [];
    let start = 0;
    for (let nl = buf.indexOf(0x0a); nl !== -1; nl = buf.indexOf(0x0a, start)) {
      lines.push(buf.toString("utf8", start, nl));
      start = nl + 1;
    }
    rest = start < buf.length ? buf.subarray(start) : null;
    return lines;
  };
}

/** The query with its bind parameters written in as literals: COPY takes no parameters. */
export function inlineParams(text: string, params: readonly unknown[]): string {
  return text.replace(/\$(\d+)/g, (_, n: string) => {
    const value = params[Number(n) - 1];
    if (value === null || value === undefined) return "null";
    if (typeof value === "string") return escapeLiteral(value);
    if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return escapeLiteral(String(value));
    // A Date or an object would turn into text Postgres reads differently: refuse, never guess.
    throw new TypeError(`inlineParams: unsupported parameter $${n} (${Object.prototype.toString.call(value)})`);
  });
}

const ESCAPES: Record<string, string> = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v" };

/** A field of COPY's text format: `\N` is null, and a backslash escapes what follows. */
function field(text: string): string | null {
  if (text.length === 2 && text === "\\N") return null;
  return text.includes("\\") ? text.replace(/\\(.)/g, (_, c: string) => ESCAPES[c] ?? c) : text;
}

/**
 * Turns COPY's text rows into the rows the writers take: values by position, yes/no columns as
 * booleans (COPY writes them "t"/"f"); everything else stays text, as the cursor gave it.
 */
export function rowParser(columns: readonly Column[]): (line: string) => CellValue[] {
  const booleans = columns.map((c) => c.type === "boolean");
  return (line) => {
    const values: CellValue[] = line.split("\t").map(field);
    for (let i = 0; i < values.length; i++) {
      if (booleans[i] && values[i] !== null) values[i] = values[i] === "t";
    }
    return values;
  };
}

