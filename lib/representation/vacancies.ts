import { sql, type SQL } from "drizzle-orm";
import type { IsoDate } from "@/lib/dates";
import { MEMBER_STATES, statusOnSql } from "@/lib/organisations/status";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { displayNameSql, shortNameSql } from "@/lib/registry/display-name";

/**
 * THE definition of a vacancy, used by the representation matrix, the home page's warnings and
 * the dashboard (and documented in the README):
 *
 * A vacancy is a seat the city is expected to hold that nobody holds on the date. Expected seats
 * exist only in organisations the city is a member of itself on that date (observer, full,
 * associate; not "via the state", where the state holds the seats):
 * - the organisation's **primary contact** (role "primary contact", no body): filled only by a
 *   primary-contact seat valid on the date;
 * - each **active body** (forum, working group, …): filled by any seat in that body valid on
 *   the date whose role is not "deputy".
 *
 * A deputy never fills a seat: a deputy stands in for someone, so when the primary contact's
 * mandate has ended the seat is vacant even while the deputy remains.
 */
export type VacantSeatRole = "primary_contact" | "body_member";

const cityMember = sql.join(
  MEMBER_STATES.filter((s) => s !== "via_state").map((s) => sql`${s}`),
  sql`, `,
);

const valid = (date: IsoDate) => sql`r.valid_from <= ${date}::date and (r.valid_to is null or r.valid_to >= ${date}::date)`;

/**
 * Every vacant seat on `date` as rows (organisation_id, organisation_name, body_id, body_name,
 * seat, vacant_since), optionally limited by a condition on the organisation `o`.
 * `vacant_since` is the day after the seat's last holder left; null when it never had one.
 */
export function vacanciesSql(date: IsoDate, locale: Locale, organisationCondition?: SQL): SQL {
  const scope = organisationCondition ? sql` and ${organisationCondition}` : sql``;
  return sql`(
    select o.id as organisation_id, ${shortNameSql(locale, "o")} as organisation_name,
      null::uuid as body_id, null::text as body_name, 'primary_contact'::text as seat,
      (select (max(r.valid_to) + 1)::text from representations r
        where r.organisation_id = o.id and r.body_id is null and r.role = 'primary_contact'
          and r.valid_to < ${date}::date) as vacant_since
    from organisations o
    where ${statusOnSql(sql`o.id`, date)} in (${cityMember})${scope}
      and not exists (select 1 from representations r where r.organisation_id = o.id and r.body_id is null
        and r.role = 'primary_contact' and ${valid(date)})
    union all
    select o.id, ${shortNameSql(locale, "o")}, b.id, ${displayNameSql(locale, "b")}, 'body_member',
      (select (max(r.valid_to) + 1)::text from representations r
        where r.body_id = b.id and r.role <> 'deputy' and r.valid_to < ${date}::date)
    from bodies b join organisations o on o.id = b.organisation_id
    where b.active and ${statusOnSql(sql`o.id`, date)} in (${cityMember})${scope}
      and not exists (select 1 from representations r where r.body_id = b.id
        and r.role <> 'deputy' and ${valid(date)})
  )`;
}

/** The number of vacant seats of one organisation (as SQL on its id), for per-row figures. */
export function vacancyCountSql(organisationId: SQL, date: IsoDate): SQL<number> {
  return sql<number>`(select count(*)::int from ${vacanciesSql(date, DEFAULT_LOCALE, sql`o.id = ${organisationId}`)} v)`;
}

export type VacantSeat = {
  organisationId: string;
  organisationName: string;
  bodyId: string | null;
  bodyName: string | null;
  seat: VacantSeatRole;
  vacantSince: IsoDate | null;
};

export type RawVacancy = {
  organisation_id: string;
  organisation_name: string;
  body_id: string | null;
  body_name: string | null;
  seat: VacantSeatRole;
  vacant_since: string | null;
};

export const toVacantSeat = (r: RawVacancy): VacantSeat => ({
  organisationId: r.organisation_id,
  organisationName: r.organisation_name,
  bodyId: r.body_id,
  bodyName: r.body_name,
  seat: r.seat,
  vacantSince: r.vacant_since,
});
