import { eq, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "@/db/client";
import { notFoundError, staleError } from "@/lib/errors";

type VersionedTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };

/**
 * Reads a row for an edit, locked until the transaction ends, and refuses the edit when the
 * version the form was loaded with is no longer current: a stale save never overwrites.
 */
export async function lockForUpdate<T extends VersionedTable>(
  tx: Tx,
  table: T,
  id: string,
  expectedVersion: number,
): Promise<T["$inferSelect"]> {
  const rows = await tx
    .select()
    .from(table as PgTable)
    .where(eq(table.id, id))
    .for("update");
  const row = rows[0] as (T["$inferSelect"] & { version: number }) | undefined;
  if (!row) throw notFoundError();
  if (row.version !== expectedVersion) throw staleError();
  return row;
}

/** The columns every update of a versioned row sets besides its own. */
export function nextVersion(table: VersionedTable) {
  return { version: sql`${table.version} + 1`, updatedAt: new Date() } as const;
}
