import "server-only";
import { and, eq, lt, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { exportProgress } from "@/db/schema";
import { defineQuery } from "@/lib/queries";
import { z } from "@/lib/validation";
import type { Actor } from "@/lib/permissions";

/** A progress id as the browser makes it (crypto.randomUUID or its fallback). */
export const progressIdSchema = z.uuid();

/** Progress rows older than this are removed when a new export starts. */
const KEEP = sql`interval '1 day'`;
/** At most one progress write per this many milliseconds (the last one always goes). */
const WRITE_EVERY_MS = 250;

export type ProgressTracker = {
  /** The source's `onFetch` for sheet `i` (a full record has several; the file's count is their sum). */
  onFetch: (sheet: number) => (rowsFetched: number) => void;
  /** Counts the rows to come, in the background: the download does not wait for it. */
  count: (queries: SQL[]) => void;
  /** All rows written: the last count and the finish time. */
  finish: () => Promise<void>;
};

/**
 * Records how far one download has got, for the page that polls it (GET /api/exports/progress/<id>).
 * Bookkeeping, not part of the record and not an audit event (the export itself is one): plain
 * short statements outside any transaction, at most a few a second, and never the reason an
 * export fails (a failed write is dropped; the download goes on).
 */
export async function trackProgress(db: Db, actor: Actor, id: string): Promise<ProgressTracker> {
  await db.delete(exportProgress).where(lt(exportProgress.updatedAt, sql`now() - ${KEEP}`));
  // A reused id (another click, another actor) is left alone: only a fresh one is tracked.
  const inserted = await db
    .insert(exportProgress)
    .values({ id, actorId: actor.id })
    .onConflictDoNothing()
    .returning({ id: exportProgress.id });
  const mine = and(eq(exportProgress.id, id), eq(exportProgress.actorId, actor.id));
  if (inserted.length === 0) {
    return { onFetch: () => () => undefined, count: () => undefined, finish: async () => undefined };
  }

  const perSheet: number[] = [];
  let writing: Promise<unknown> = Promise.resolve();
  let lastWrite = 0;
  const write = ({ finished, ...set }: { rowsWritten?: number; total?: number; finished?: true }) => {
    writing = writing
      .then(() =>
        db
          .update(exportProgress)
          .set({ ...set, updatedAt: sql`now()`, ...(finished ? { finishedAt: sql`now()` } : {}) })
          .where(mine),
      )
      .catch(() => undefined);
  };
  const rows = () => perSheet.reduce((a, b) => a + b, 0);

  return {
    onFetch: (sheet) => (fetched) => {
      perSheet[sheet] = fetched;
      const now = Date.now();
      if (now - lastWrite < WRITE_EVERY_MS) return;
      lastWrite = now;
      write({ rowsWritten: rows() });
    },
    count: (queries) => {
      void Promise.all(
        queries.map(async (q) => {
          const [row] = (await db.execute<{ n: number }>(sql`select count(*)::int as n from (${q}) counted`)).rows;
          return Number(row?.n ?? 0);
        }),
      )
        .then((ns) => write({ total: ns.reduce((a, b) => a + b, 0) }))
        .catch(() => undefined);
    },
    finish: async () => {
      write({ rowsWritten: rows(), finished: true });
      await writing;
    },
  };
}

export type ExportProgress = { rowsWritten: number; total: number | null; finished: boolean };

/** One download's progress, for the actor who started it only (anyone else: none). */
export const getExportProgress = defineQuery({
  name: "exports.progress",
  permission: "records.export",
  run: async (db, { id }: { id: string }, actor): Promise<ExportProgress | null> => {
    const [row] = await db
      .select()
      .from(exportProgress)
      .where(and(eq(exportProgress.id, id), eq(exportProgress.actorId, actor.id)));
    if (!row) return null;
    // A finished export counted every row: its total is what it wrote, whatever the count said.
    const finished = row.finishedAt !== null;
    return { rowsWritten: row.rowsWritten, total: finished ? row.rowsWritten : row.total, finished };
  },
});
