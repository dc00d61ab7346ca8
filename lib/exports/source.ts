import { sql, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Pool, PoolClient, QueryArrayResult } from "pg";
import type { Db } from "@/db/client";
import type { CellValue, Column, ExportRow } from "./columns";
import type { ExportKind, ExportParams } from "./kinds";

/**
 * Rows per FETCH. Small enough that the rows alive at once (the batch being written and the one
 * being read) stay few, which keeps the garbage collector's work and the heap small; large
 * enough that the round trips are a small part of the time (a million rows: 500 FETCHes).
 */
export const DEFAULT_BATCH_SIZE = 2_000;

export type SourceOptions = {
  batchSize?: number;
  /** Called after each batch is read, with the number of rows read so far (tests, progress). */
  onFetch?: (rowsFetched: number) => void;
};

const dialect = new PgDialect();

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
 * - node-postgres: a server-side cursor (DECLARE/FETCH) in a read-only repeatable-read
 *   transaction on a connection of its own, so the whole export is one consistent snapshot.
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
  // Drizzle keeps the driver client on `$client` (a pg Pool, or the PGlite instance).
  const client: unknown = (db as Db & { $client?: unknown }).$client;
  if (isPgPool(client)) yield* fromCursor(client, kind, params, columns, batchSize, options.onFetch);
  else yield* fromPages(db, kind, params, columns, batchSize, options.onFetch);
}

async function* fromCursor(
  pool: Pool,
  kind: ExportKind,
  params: ExportParams,
  columns: readonly Column[],
  batchSize: number,
  onFetch?: (n: number) => void,
): AsyncGenerator<ExportRow[]> {
  const connection = await pool.connect();
  let open = false;
  let pending: Promise<unknown> | null = null;
  try {
    await connection.query("begin isolation level repeatable read read only");
    open = true;
    // A cursor is planned for its first 10 % by default (fast-start plans, often nested loops);
    // an export reads every row, so plan for the whole result, as COPY or a plain query would.
    await connection.query("set local cursor_tuple_fraction = 1");
    const query = dialect.sqlToQuery(orderedQuery(kind, params, columns));
    await connection.query(`declare export_rows no scroll cursor for ${query.sql}`, query.params);
    let fetched = 0;
    let next = fetchBatch(connection, batchSize);
    for (;;) {
      pending = next;
      const result = await next;
      pending = null;
      const more = result.rows.length === batchSize;
      // NOTE: the next FETCH goes out before this batch is handed on, so Postgres reads it while
      // the writer formats this one (two cores at work, not one waiting for the other); memory
      // holds at most two batches. Without it the export spent a third of its time idle.
      if (more) {
        next = fetchBatch(connection, batchSize);
        pending = next;
      }
      fetched += result.rows.length;
      onFetch?.(fetched);
      if (result.rows.length > 0) yield result.rows;
      if (!more) break;
    }
    await connection.query("commit");
    open = false;
  } finally {
    // Also when the consumer stops early (download cancelled): let a FETCH already asked for
    // finish, end the transaction, free the slot.
    if (pending) await pending.catch(() => undefined);
    if (open) await connection.query("rollback").catch(() => undefined);
    connection.release();
  }
}

/** One batch as arrays (rowMode "array"): no object per row. */
function fetchBatch(connection: PoolClient, batchSize: number): Promise<QueryArrayResult<CellValue[]>> {
  const result = connection.query<CellValue[]>({ text: `fetch ${batchSize} from export_rows`, rowMode: "array" });
  // Handled where it is awaited; this only keeps a prefetch the consumer never awaits (a
  // cancelled download) from being reported as an unhandled rejection.
  result.catch(() => undefined);
  return result;
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
