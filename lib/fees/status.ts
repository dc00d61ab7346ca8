import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { fees } from "@/db/schema";
import type { IsoDate } from "@/lib/dates";
import { FEE_STATUSES } from "@/lib/enums";

export type FeeStatus = (typeof FEE_STATUSES)[number];
/** What the UI shows: the stored status, or "overdue", which is derived and never stored. */
export type FeeDisplayStatus = FeeStatus | "overdue";

/** Statuses still waiting for money: these become overdue once the due date passes. */
export const OPEN_STATUSES = ["planned", "invoiced"] as const satisfies readonly FeeStatus[];

const RANK: Record<Exclude<FeeStatus, "waived">, number> = { planned: 0, invoiced: 1, paid: 2 };

/**
 * The way a fee moves: planned → invoiced → paid, and waived from planned or invoiced. Anything
 * else (paid back to planned, a waiver undone) is a correction and needs a note.
 */
export function isForwardMove(from: FeeStatus, to: FeeStatus): boolean {
  if (from === to) return true;
  if (to === "waived") return from === "planned" || from === "invoiced";
  if (from === "waived") return false;
  return RANK[to] > RANK[from];
}

/**
 * THE definition of a fee's status on a day, as SQL: the stored status, or "overdue" when it is
 * still open (OPEN_STATUSES) and its due date has passed. Lists, the home page's counts and the
 * fees export all use it, so the database computes it for any number of rows, one way. The
 * columns default to the fees table's; `today` is the day the status is shown for.
 */
export function feeStatusOnSql(
  today: IsoDate,
  status: AnyPgColumn | SQL = fees.status,
  dueOn: AnyPgColumn | SQL = fees.dueOn,
): SQL<FeeDisplayStatus> {
  const open = sql.join(OPEN_STATUSES.map((s) => sql`${s}`), sql`, `);
  return sql<FeeDisplayStatus>`case when ${status}::text in (${open}) and ${dueOn} < ${today}::date
    then 'overdue' else ${status}::text end`;
}

/**
 * CZK paid per unit of the invoiced currency, computed by Postgres on numerics (4 decimals),
 * so no float touches it. Only for a foreign currency with both amounts known.
 */
export const effectiveRateSql = sql<string | null>`case when ${fees.currency} <> 'CZK' and ${fees.amountCzk} is not null
  and ${fees.amount} > 0 then round(${fees.amountCzk} / ${fees.amount}, 4)::text end`;

/** The same calendar day a year later; 29 February becomes 28 February. */
export function sameDayNextYear(date: IsoDate): IsoDate {
  const year = Number(date.slice(0, 4)) + 1;
  const monthDay = date.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${String(year).padStart(4, "0")}-${monthDay === "02-29" && !leap ? "02-28" : monthDay}`;
}
