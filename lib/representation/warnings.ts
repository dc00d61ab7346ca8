import "server-only";
import { sql } from "drizzle-orm";
import { addDays, todayInPrague, type IsoDate } from "@/lib/dates";
import { defineQuery } from "@/lib/queries";
import type { RepresentationRole } from "./schemas";
import { toVacantSeat, vacanciesSql, type RawVacancy, type VacantSeat } from "./vacancies";
import { uiLocale } from "@/lib/i18n/ui-locale";
import { displayNameSql, shortNameSql } from "@/lib/registry/display-name";

/** A mandate ending within this many days is flagged, so a successor can be named in time. */
export const ENDING_SOON_DAYS = 60;

export type Vacancy = VacantSeat;
export type EndingSoon = {
  id: string;
  organisationId: string;
  organisationName: string;
  bodyName: string | null;
  holder: string;
  personId: string | null;
  role: RepresentationRole;
  validTo: IsoDate;
};
export type LeftOrMoved = Omit<EndingSoon, "validTo"> & {
  validTo: IsoDate | null;
  reason: "left" | "moved"; leftOn: IsoDate | null; departmentCode: string | null };

/**
 * What needs a coordinator's attention today (the home page), each kind newest first and capped
 * at `limit` rows with the full count beside it:
 * - a vacancy, as lib/representation/vacancies.ts defines it;
 * - a mandate ending within 60 days;
 * - a current or future seat held by someone who has left the office (or leaves before the
 *   mandate ends), or whose department is no longer the one the seat was saved with.
 */
export const listRepresentationWarnings = defineQuery({
  name: "representations.warnings",
  permission: "registry.read",
  run: async (db, { limit = 10, today = todayInPrague() }: { limit?: number; today?: IsoDate }) => {
    const soon = addDays(today, ENDING_SOON_DAYS);
    const holder = sql`coalesce(case when p.id is not null then trim(coalesce(p.title || ' ', '') || p.first_name || ' ' || p.last_name) end, d.code || ' MHMP')`;
    const locale = await uiLocale();
    const orgName = shortNameSql(locale, "o");
    const bodyName = displayNameSql(locale, "b");

    const vacancies = sql`from ${vacanciesSql(today, locale)} v`;
    const ending = sql`
      from representations r join organisations o on o.id = r.organisation_id
      left join bodies b on b.id = r.body_id
      left join people p on p.id = r.person_id
      left join departments d on d.id = r.department_id
      where r.valid_from <= ${today}::date and r.valid_to between ${today}::date and ${soon}::date`;
    const leftOrMoved = sql`
      from representations r join organisations o on o.id = r.organisation_id
      join people p on p.id = r.person_id
      left join bodies b on b.id = r.body_id
      left join departments d on d.id = p.department_id
      where (r.valid_to is null or r.valid_to >= ${today}::date)
        and ((p.left_on is not null and (r.valid_to is null or r.valid_to > p.left_on))
          or (r.department_id is not null and r.department_id is distinct from p.department_id))`;

    const [v, vn, e, en, l, ln] = await Promise.all([
      db.execute<RawVacancy>(sql`
        select * ${vacancies}
        order by vacant_since desc nulls last, organisation_name, body_name nulls first limit ${limit}`),
      db.execute<{ n: number }>(sql`select count(*)::int as n ${vacancies}`),
      db.execute<{ id: string; organisation_id: string; organisation_name: string; body_name: string | null; holder: string; person_id: string | null; role: RepresentationRole; valid_to: string }>(sql`
        select r.id, o.id as organisation_id, ${orgName} as organisation_name, ${bodyName} as body_name,
          ${holder} as holder, r.person_id, r.role::text as role, r.valid_to::text as valid_to
        ${ending}
        order by r.valid_to, organisation_name limit ${limit}`),
      db.execute<{ n: number }>(sql`select count(*)::int as n ${ending}`),
      db.execute<{ id: string; organisation_id: string; organisation_name: string; body_name: string | null; holder: string; person_id: string; role: RepresentationRole; valid_to: string | null; left_on: string | null; department_code: string | null; moved: boolean }>(sql`
        select r.id, o.id as organisation_id, ${orgName} as organisation_name, ${bodyName} as body_name,
          ${holder} as holder, r.person_id, r.role::text as role, r.valid_to::text as valid_to,
          p.left_on::text as left_on, d.code as department_code,
          (p.left_on is null or (r.valid_to is not null and r.valid_to <= p.left_on)) as moved
        ${leftOrMoved}
        order by r.updated_at desc limit ${limit}`),
      db.execute<{ n: number }>(sql`select count(*)::int as n ${leftOrMoved}`),
    ]);

    return {
      today,
      vacancies: {
        total: Number(vn.rows[0]?.n ?? 0),
        rows: v.rows.map(toVacantSeat),
      },
      endingSoon: {
        total: Number(en.rows[0]?.n ?? 0),
        rows: e.rows.map((r): EndingSoon => ({
          id: r.id,
          organisationId: r.organisation_id,
          organisationName: r.organisation_name,
          bodyName: r.body_name,
          holder: r.holder,
          personId: r.person_id,
          role: r.role,
          validTo: r.valid_to,
        })),
      },
      leftOrMoved: {
        total: Number(ln.rows[0]?.n ?? 0),
        rows: l.rows.map((r): LeftOrMoved => ({
          id: r.id,
          organisationId: r.organisation_id,
          organisationName: r.organisation_name,
          bodyName: r.body_name,
          holder: r.holder,
          personId: r.person_id,
          role: r.role,
          validTo: r.valid_to,
          reason: r.moved ? "moved" : "left",
          leftOn: r.left_on,
          departmentCode: r.department_code,
        })),
      },
    };
  },
});
