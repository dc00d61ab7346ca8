import { sql, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Pool } from "pg";
import type { Db } from "@/db/client";
import type { ExportRow } from "./columns";
import type { ExportKind, ExportParams } from "./kinds";

export const DEFAULT_BATCH_SIZE = 5_000;

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

/** The kind's rows in their export order, as one query. */
export function orderedQuery(kind: ExportKind, params: ExportParams): SQL {
  return sql`select * from (${kind.select(params)}) q order by ${sql.join(sortKeys(kind), sql`, `)}`;
}

function isPgPool(client: unknown): client is Pool {
  return typeof client === "object" && client !== null && "totalCount" in client && "connect" in client;
}

/**
 * The rows of one export, batch by batch, whatever the driver: memory holds one batch at a time.
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
  options: SourceOptions = {},
): AsyncGenerator<ExportRow[]> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  // Drizzle keeps the driver client on `$client` (a pg Pool, or the PGlite instance).
  const client: unknown = (db as Db & { $client?: unknown }).$client;
  if (isPgPool(client)) yield* fromCursor(client, kind, params, batchSize, options.onFetch);
  else yield* fromPages(db, kind, params, batchSize, options.onFetch);
}

async function* fromCursor(
  pool: Pool,
  kind: ExportKind,
  params: ExportParams,
  batchSize: number,
  onFetch?: (n: number) => void,
): AsyncGenerator<ExportRow[]> {
  const connection = await pool.connect();
  let open = false;
  try {
    await connection.query("begin isolation level repeatable read read only");
    open = true;
    // A cursor is planned for its first 10 % by default (fast-start plans, often nested loops);
    // an export reads every row, so plan for the whole result, as COPY or a plain query would.
    await connection.query("set local cursor_tuple_fraction = 1");
    const query = dialect.sqlToQuery(orderedQuery(kind, params));
    await connection.query(`declare export_rows no scroll cursor for ${query.sql}`, query.params);
    let fetched = 0;
    for (;;) {
      const result = await connection.query<ExportRow>(`fetch ${batchSize} from export_rows`);
      fetched += result.rows.length;
      onFetch?.(fetched);
      if (result.rows.length > 0) yield result.rows;
      if (result.rows.length < batchSize) break;
    }
    await connection.query("commit");
    open = false;
  } finally {
    // Also when the consumer stops early (download cancelled): end the transaction, free the slot.
    if (open) await connection.query("rollback").catch(() => undefined);
    connection.release();
  }
}

async function* fromPages(
  db: Db,
  kind: ExportKind,
  params: ExportParams,
  batchSize: number,
  onFetch?: (n: number) => void,
): AsyncGenerator<ExportRow[]> {
  const keys = sortKeys(kind);
  const inner = kind.select(params);
  let after: unknown[] | null = null;
  let fetched = 0;
  for (;;) {
    const where: SQL = after
      ? sql`where (${sql.join(keys, sql`, `)}) > (${sql.join(after.map((v) => sql`${v}`), sql`, `)})`
      : sql``;
    const result = await db.execute<ExportRow>(
      sql`select * from (${inner}) q ${where} order by ${sql.join(keys, sql`, `)} limit ${batchSize}`,
    );
    const rows = result.rows;
    fetched += rows.length;
    onFetch?.(fetched);
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) break;
    const last = rows[rows.length - 1]!;
    after = Array.from({ length: kind.keyCount }, (_, i) => last[`_k${i}`]);
  }
}
