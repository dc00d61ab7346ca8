import { desc, eq } from "drizzle-orm";
import type { Db, Queryable } from "@/db/client";
import { exchangeRateFetches } from "@/db/schema";
import type { IsoDate } from "@/lib/dates";
import { describeErrors } from "./import";
import { importRatesAsSystem, readRatesFrom } from "./system";

/** ČNB fixes its rates on working days after 14:30 Prague time. */
const PUBLISHED_AT_MINUTES = 14 * 60 + 30;

const PRAGUE = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Prague",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  weekday: "short",
  hourCycle: "h23",
});

/**
 * The Prague day whose fixing can be fetched at `now`: a weekday after 14:30; null otherwise (a
 * weekend keeps Friday's rate, so there is nothing new to ask for). Public holidays are not
 * known here: on one, the fetch reads the last fixing again, which changes nothing.
 */
export function fetchDay(now: Date): IsoDate | null {
  const parts = Object.fromEntries(PRAGUE.formatToParts(now).map((p) => [p.type, p.value]));
  if (parts.weekday === "Sat" || parts.weekday === "Sun") return null;
  if (Number(parts.hour) * 60 + Number(parts.minute) < PUBLISHED_AT_MINUTES) return null;
  return `${parts.year}-${parts.month}-${parts.day}`;
}

export type FetchOutcome =
  | { status: "not_due" | "already_done" }
  | { status: "imported"; message: string }
  | { status: "failed"; message: string };

/**
 * The automatic daily fetch: at most once per working day whatever the number of instances (the
 * day's row is claimed first, in the database), and a failure (server error, timeout, a body
 * that is not a ČNB file) keeps the stored rates and records why, for the rates page.
 */
export async function fetchRatesIfDue(db: Db, url: string, now: Date = new Date()): Promise<FetchOutcome> {
  const day = fetchDay(now);
  if (!day) return { status: "not_due" };
  const claimed = await db.insert(exchangeRateFetches).values({ day, attemptedAt: now }).onConflictDoNothing().returning();
  if (claimed.length === 0) return { status: "already_done" };

  let outcome: FetchOutcome;
  try {
    const result = await importRatesAsSystem(db, await readRatesFrom(url), { origin: url, how: "automatické denní stažení" });
    outcome = result.ok
      ? { status: "imported", message: `${result.counts.from} – ${result.counts.to}: nových ${result.counts.inserted}, opravených ${result.counts.updated}, beze změny ${result.counts.unchanged}.` }
      : { status: "failed", message: `Soubor není kurzovní lístek ČNB. ${describeErrors(result.errors)}` };
  } catch (e) {
    outcome = { status: "failed", message: `Stažení selhalo: ${e instanceof Error ? e.message : String(e)}` };
  }
  await db
    .update(exchangeRateFetches)
    .set({ ok: outcome.status === "imported", message: outcome.message.slice(0, 2000) })
    .where(eq(exchangeRateFetches.day, day));
  return outcome;
}

/** The latest automatic fetch, for the rates page; null when none ever ran. */
export async function lastFetch(db: Queryable) {
  const [row] = await db.select().from(exchangeRateFetches).orderBy(desc(exchangeRateFetches.day)).limit(1);
  return row ?? null;
}

/** How often each instance checks whether the day's fetch is due (the database dedups). */
export const FETCH_CHECK_INTERVAL_MS = 15 * 60_000;
