import { sql, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Pool } from "pg";
import type { Db } from "@/db/client";
import type { CellValue, Column, ExportRow } from "./columns";
import { to as copyTo } from "pg-copy-streams";
import { inlineParams, lineSplitter, rowParser } from "./copy-out";
import type { ExportKind, ExportParams } from "./kind";

/**
 * Rows per batch handed to the writer (and per page on PGlite). Small enough that the rows alive
 * at once stay few, which keeps the garbage collector's work and the heap small.
 */
export const DEFAULT_BATCH_SIZE = 2_000;

export type SourceOptions = {
  batchSize?: number;
  /** Called after each batch is read, with the number of rows read so far (tests, progress). */
  onFetch?: (rowsFetched: number) => void;
};

// The same casing as the app's client (db/client.ts): a list's filter SQL names columns through
// the schema (`organisations.nameCs`), which must render as `name_cs` here too.
const dialect = new PgDialect({ casing: "snake_case" });

function sortKeys(kind: ExportKind): SQL[] {
  return Array.from({ length: kind.keyCount }, (_, i) => sql.raw(`q._k${i}`));
}

/**
 * The kind's rows in their export order, as one query: the given columns (by default all the
 * kind's), in their order. The sort keys are only ordered by, not selected: every value selected
 * is one more the server sends and the driver decodes, a million times over.
 */
export function orderedQuery(kind: ExportKind, params: ExportParams, columns: readonly Column[] = kind.columns): SQL {
  const list = sql.join(columns.map((c) => sql`q.${sql.identifier(c.key)}`), sql`, `);
  return sql`select ${list} from (${kind.select(params)}) q order by ${sql.join(sortKeys(kind), sql`, `)}`;
}

function isPgPool(client: unknown): client is Pool {
  return typeof client === "object" && client !== null && "totalCount" in client && "connect" in client;
}

/**
 * The rows of one export, batch by batch, whatever the driver: memory holds one or two batches.
 * Each row holds the values of `columns` (by default all the kind's), in their order, and nothing else.
 *
 * - node-postgres: `COPY (query) TO STDOUT` (see copy-out.ts) in a read-only repeatable-read
 *   transaction on a connection of its own, so the whole export is one consistent snapshot;
 *   Postgres sends as fast as the download takes the rows, and waits when it does not.
 * - PGlite: one connection serves the whole app, so a transaction held for the length of a
 *   download would stall every other request. Instead it reads pages by keyset (the kind's sort
 *   keys, the last one unique): each page is a short query, and the rows come out in the same
 *   order as from the cursor. The price: a change committed mid-export may show in later pages.
 */
export async function* exportRows(
  db: Db,
  kind: ExportKind,
  params: ExportParams,
  options: SourceOptions & { columns?: readonly Column[] } = {},
): AsyncGenerator<ExportRow[]> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const columns = options.columns ?? kind.columns;
  if (kind.reshape) {
    // Read the source columns, word each batch (lib/exports/kind.ts, `reshape`).
    const { reshape } = kind;
    for await (const batch of exportRows(db, { ...kind, reshape: undefined }, params, { ...options, columns: reshape.source })) {
      yield await reshape.rows(db, batch, columns);
    }
    return;
  }
  // Drizzle keeps the driver client on `$client` (a pg Pool, or the PGlite instance).
  const client: unknown = (db as Db & { $client?: unknown }).$client;
  if (isPgPool(client)) yield* fromCopy(client, kind, params, columns, batchSize, options.onFetch);
  else yield* fromPages(db, kind, params, columns, batchSize, options.onFetch);
}

/**
 * The first `limit` rows of an export (a preview), as the download would hold them, in one short
 * query on either driver: starting a COPY of the whole result to read twenty rows of it would
 * cost the connection (an unfinished COPY can only be ended by closing it).
 */
export async function firstRows(
  db: Db,
  kind: ExportKind,
  params: ExportParams,
  limit: number,
  columns: readonly Column[] = kind.columns,
): Promise<ExportRow[]> {
  const read = kind.reshape?.source ?? columns;
  const result = await db.execute<Record<string, CellValue>>(sql`${orderedQuery(kind, params, read)} limit ${limit}`);
  const rows = result.rows.map((row) => read.map((c) => row[c.key] ?? null));
  return kind.reshape ? kind.reshape.rows(db, rows, columns) : rows;
}

async function* fromCopy(
  pool: Pool,
  kind: ExportKind,
  params: ExportParams,
  columns: readonly Column[],
  batchSize: number,
  onFetch?: (n: number) => void,
): AsyncGenerator<ExportRow[]> {
  const connection = await pool.connect();
  // A connection lost mid-export (server restart, failover, a terminated session) is also emitted
  // as an 'error' event on the client; unheard, that event would end the whole process. The
  // failed read below is what reports it.
  const lost = (e: Error) => console.error("[export] database connection lost:", e.message);
  connection.on("error", lost);
  let open = false;
  let copying = false;
  try {
    await connection.query("begin isolation level repeatable read read only");
    open = true;
    const query = dialect.sqlToQuery(orderedQuery(kind, params, columns));
    // COPY takes no bind parameters: they are written in as escaped literals.
    const copy = connection.query(copyTo(`copy (${inlineParams(query.sql, query.params)}) to stdout`));
    copying = true;
    const split = lineSplitter();
    const parse = rowParser(columns);
    let batch: string[] = [];
    let fetched = 0;
    // While a batch is being written the stream's buffer fills and it stops reading the socket:
    // Postgres then waits for a slow download instead of our memory filling up.
    for await (const chunk of copy as AsyncIterable<Buffer>) {
      for (const line of split(chunk)) batch.push(line);
      while (batch.length >= batchSize) {
        const rows = batch.length === batchSize ? batch : batch.slice(0, batchSize);
        batch = batch.length === batchSize ? [] : batch.slice(batchSize);
        fetched += rows.length;
        onFetch?.(fetched);
        yield rows.map(parse);
      }
    }
    copying = false;
    fetched += batch.length;
    onFetch?.(fetched);
    if (batch.length > 0) yield batch.map(parse);
    await connection.query("commit");
    open = false;
  } finally {
    connection.off("error", lost);
    if (copying) {
      // The consumer stopped early (download cancelled) while Postgres was still sending: the
      // connection cannot take another command until the COPY ends, so it is closed instead,
      // which ends the query and its transaction on the server.
      connection.release(new Error("export cancelled"));
    } else {
      if (open) await connection.query("rollback").catch(() => undefined);
      connection.release();
    }
  }
}

async function* fromPages(
  db: Db,
  kind: ExportKind,
  params: ExportParams,
  columns: readonly Column[],
  batchSize: number,
  onFetch?: (n: number) => void,
): AsyncGenerator<ExportRow[]> {
  const keys = sortKeys(kind);
  const keyNames = keys.map((_, i) => `_k${i}`);
  const inner = kind.select(params);
  let after: unknown[] | null = null;
  let fetched = 0;
  for (;;) {
    const where: SQL = after
      ? sql`where (${sql.join(keys, sql`, `)}) > (${sql.join(after.map((v) => sql`${v}`), sql`, `)})`
      : sql``;
    const result = await db.execute<Record<string, CellValue>>(
      sql`select * from (${inner}) q ${where} order by ${sql.join(keys, sql`, `)} limit ${batchSize}`,
    );
    const rows = result.rows;
    fetched += rows.length;
    onFetch?.(fetched);
    if (rows.length > 0) yield rows.map((row) => columns.map((c) => row[c.key] ?? null));
    if (rows.length < batchSize) break;
    const last = rows[rows.length - 1]!;
    after = keyNames.map((k) => last[k]);
  }
}
