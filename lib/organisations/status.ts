import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Queryable } from "@/db/client";
import type { IsoDate } from "@/lib/dates";
import { MEMBERSHIP_STATUSES } from "@/lib/enums";

/**
 * What the city's membership of an organisation was on a day: the status of the period covering
 * it, "ended" after the last period closed, "none" before the first began.
 */
export type MembershipState = (typeof MEMBERSHIP_STATUSES)[number] | "none";

/** States in which the city counts as a member ("current" lists). */
export const MEMBER_STATES = ["observer", "full", "associate", "via_state"] as const;

/**
 * THE definition of "status of organisation X on date D", as SQL, so that lists, pages and
 * exports compute it in the database, for any number of rows, the same way. Periods never
 * overlap (exclusion constraint), so at most one covers a day; `valid_to` is inclusive.
 * `periods` is the relation read (the table, or the periods as recorded on a day, with the same
 * columns: organisation_id, status, valid_from, valid_to).
 */
export function statusOnSql(organisationId: AnyPgColumn | SQL, date: IsoDate, periods: SQL = sql`membership_periods`): SQL<MembershipState> {
  return sql<MembershipState>`coalesce(
    (select mp.status::text from ${periods} mp
      where mp.organisation_id = ${organisationId}
        and mp.valid_from <= ${date}::date
        and (mp.valid_to is null or mp.valid_to >= ${date}::date)
      limit 1),
    case when exists (select 1 from ${periods} mp
      where mp.organisation_id = ${organisationId} and mp.valid_to < ${date}::date)
    then 'ended' else 'none' end)`;
}

/** The city's status in one organisation on one day. */
export async function getStatusOn(
  db: Queryable,
  { organisationId, date }: { organisationId: string; date: IsoDate },
): Promise<MembershipState> {
  const result = await db.execute<{ status: MembershipState }>(
    sql`select ${statusOnSql(sql`${organisationId}::uuid`, date)} as status`,
  );
  return result.rows[0]?.status ?? "none";
}
