import type { Connection, Submittable } from "pg";
import { escapeLiteral } from "pg";
import type { CellValue, Column } from "./columns";

/**
 * `COPY (query) TO STDOUT` on a node-postgres connection, as rows of text fields, with
 * backpressure.
 *
 * NOTE: why COPY and not a cursor's FETCH: node-postgres decodes every field of every row into a
 * string and builds two arrays and a message object per row, and that was two thirds of a
 * million-row export's time. COPY sends each row as one message of bytes: one decoding per row,
 * fields split by tab. It is the same query, the same snapshot, the same order.
 *
 * Built on node-postgres' Submittable interface (what pg-cursor and pg-query-stream use): the
 * client hands this object the protocol messages of its query. While more rows wait here than
 * `highWater`, the socket is paused, so Postgres waits for a slow download (TCP backpressure)
 * instead of our memory filling up.
 */
export class CopyOut implements Submittable {
  private rows: string[] = [];
  private error: Error | null = null;
  private done = false;
  private paused = false;
  private wake: (() => void) | null = null;
  private connection: Connection | null = null;

  constructor(
    private readonly text: string,
    private readonly highWater: number,
  ) {}

  submit(connection: Connection): void {
    this.connection = connection;
    connection.query(this.text);
  }

  /** One row of COPY's text format, ending in a newline. */
  handleCopyData(msg: { chunk: Buffer }): void {
    const chunk = msg.chunk;
    this.rows.push(chunk.toString("utf8", 0, chunk[chunk.length - 1] === 0x0a ? chunk.length - 1 : chunk.length));
    if (!this.paused && this.rows.length >= this.highWater) {
      this.paused = true;
      socketOf(this.connection)?.pause();
    }
    this.notify();
  }

  handleError(err: Error): void {
    this.error ??= err;
    this.notify();
  }

  handleReadyForQuery(): void {
    this.done = true;
    this.notify();
  }

  // The other messages of a query carry nothing for COPY.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleCommandComplete(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyInResponse(): void {}

  /** The rows received since the last call (up to `max`), or null at the end; throws the query's error. */
  async take(max: number): Promise<string[] | null> {
    while (this.rows.length === 0 && !this.done && !this.error) {
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    if (this.error) throw this.error;
    if (this.rows.length === 0) return null;
    const taken = this.rows.length <= max ? this.rows : this.rows.slice(0, max);
    this.rows = this.rows.length <= max ? [] : this.rows.slice(max);
    if (this.paused && this.rows.length < this.highWater / 2) {
      this.paused = false;
      socketOf(this.connection)?.resume();
    }
    return taken;
  }

  get finished(): boolean {
    return this.done || this.error !== null;
  }

  private notify() {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}

function socketOf(connection: Connection | null): { pause(): void; resume(): void } | undefined {
  return (connection as unknown as { stream?: { pause(): void; resume(): void } } | null)?.stream;
}

/** The query with its bind parameters written in as literals: COPY takes no parameters. */
export function inlineParams(text: string, params: readonly unknown[]): string {
  return text.replace(/\$(\d+)/g, (_, n: string) => {
    const value = params[Number(n) - 1];
    if (value === null || value === undefined) return "null";
    return escapeLiteral(typeof value === "string" ? value : String(value));
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

