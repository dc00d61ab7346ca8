import "server-only";
import { sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { todayInPrague, type IsoDate } from "@/lib/dates";
import { defineQuery } from "@/lib/queries";
import { loadDashboard, type Dashboard } from "./queries";

/**
 * NOTE: on 2 000 000 attendance rows the year's aggregation reads ~180 000 of them (about 1 s on
 * the 2-core reference machine), far above the page's 150 ms target, while the figures are the
 * same for every reader (all roles read the whole registry) and change only when someone writes.
 * So each server process remembers the last figures it computed per year, keyed by the
 * database's snapshot (`pg_current_snapshot()`): it names exactly the set of committed
 * transactions a query sees, and it changes as soon as any write commits anywhere, through
 * this instance or another one. Equal snapshot, equal data, equal figures: the memo is never
 * stale, so the app keeps no state of its own (docs/ARCHITECTURE.md, "Several instances") and needs no invalidation. A write
 * makes the next view recompute, once however many requests arrive together (single flight).
 *
 * Deliberately in process memory, not Next's data cache: that one lives on disk in .next/cache
 * and survives restarts and database switches. The permission check stays per request.
 */
type Entry = { version: string; figures: Promise<Dashboard> };
const g = globalThis as unknown as { __dashboardMemo?: Map<string, Entry> };
const memo = (g.__dashboardMemo ??= new Map());
/** Years whose figures are kept: the current one and the few a manager pages back to. */
const MAX_YEARS = 8;

/**
 * Which committed data a query would see now. An engine without pg_current_snapshot (some
 * Postgres-compatible distributed ones) gets a new version every minute instead: figures may
 * then lag a write by up to a minute.
 */
export async function dataVersion(db: Queryable): Promise<string> {
  try {
    const result = await db.execute<{ v: string }>(sql`select pg_current_snapshot()::text as v`);
    return result.rows[0]!.v;
  } catch {
    return `minute:${Math.floor(Date.now() / 60_000)}`;
  }
}

export async function memoisedDashboard(db: Queryable, year: number, today: IsoDate): Promise<Dashboard> {
  const key = `${year}|${today}`;
  const version = await dataVersion(db);
  const entry = memo.get(key);
  if (entry?.version === version) return entry.figures;
  const figures = loadDashboard(db, { year, today });
  memo.delete(key); // re-inserted at the end: the oldest computation leaves first
  memo.set(key, { version, figures });
  // A failed computation is not remembered; the next request tries again.
  figures.catch(() => {
    if (memo.get(key)?.figures === figures) memo.delete(key);
  });
  while (memo.size > MAX_YEARS) memo.delete(memo.keys().next().value!);
  return figures;
}

export const getDashboardCached = defineQuery({
  name: "dashboard.getCached",
  permission: "registry.read",
  run: (db, { year }: { year?: number }) => {
    const today = todayInPrague();
    return memoisedDashboard(db, year ?? Number(today.slice(0, 4)), today);
  },
});
